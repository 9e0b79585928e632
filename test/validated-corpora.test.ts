import {after, beforeEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {loadCorpus} from '../source/core/load-corpus.js';
import {tinyCorpus} from './helpers/corpora.js';

/** Corpora found valid once are remembered by content, and never at the cost of a different answer. */

const home = mkdtempSync(path.join(os.tmpdir(), 'brief-valid-'));
const cache = path.join(home, 'cache', 'valid-corpora.json');
const previousHome = process.env['BRIEF_HOME'];
process.env['BRIEF_HOME'] = home;
after(() => {
	if (previousHome === undefined) {
		delete process.env['BRIEF_HOME'];
	} else {
		process.env['BRIEF_HOME'] = previousHome;
	}

	rmSync(home, {recursive: true, force: true});
});
beforeEach(() => {
	rmSync(cache, {force: true});
});

const write = (name: string, data: unknown) => {
	const file = path.join(home, name);
	writeFileSync(file, JSON.stringify(data));
	return file;
};

const remembered = () => (existsSync(cache) ? (JSON.parse(readFileSync(cache, 'utf8')) as {hashes: string[]}).hashes.length : 0);

test('a valid corpus is remembered, and read the same the second time', () => {
	const file = write('valid.json', tinyCorpus());
	const first = loadCorpus(file);
	assert.equal(remembered(), 1);
	assert.deepEqual(loadCorpus(file), first);
	assert.equal(remembered(), 1);
});

test('a corpus with fields the schema does not know is not remembered: they are dropped every time', () => {
	const file = write('extra.json', {...tinyCorpus(), extra: 'not in the schema'});
	assert.equal('extra' in loadCorpus(file), false);
	assert.equal(remembered(), 0);
	assert.equal('extra' in loadCorpus(file), false);
});

test('an invalid corpus is never remembered and fails every time with the same message', () => {
	const broken = tinyCorpus();
	broken.quotes[0]!.speaker = 'a-nobody';
	const file = write('broken.json', broken);
	const message = /invalid corpus at quotes\[0\]\.speaker: unknown actor "a-nobody"/;
	assert.throws(() => loadCorpus(file), message);
	assert.throws(() => loadCorpus(file), message);
	assert.equal(remembered(), 0);
});

test('a cache that cannot be written is no error', () => {
	writeFileSync(path.join(home, 'cache-blocker'), '');
	const saved = process.env['BRIEF_HOME'];
	process.env['BRIEF_HOME'] = path.join(home, 'cache-blocker');
	try {
		assert.equal(loadCorpus(write('again.json', tinyCorpus({quote: 'Another quote entirely'}))).quotes.length, 1);
	} finally {
		process.env['BRIEF_HOME'] = saved;
	}
});
