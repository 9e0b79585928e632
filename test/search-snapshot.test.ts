import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {readIndexSnapshot, snapshotOf} from '../source/core/index-snapshot.js';
import {loadCorpus} from '../source/core/load-corpus.js';
import {loadCorpusIndex} from '../source/core/load-index.js';
import {shippedCorpusPath} from '../source/core/paths.js';
import {indexCorpus, type CorpusIndex} from '../source/core/records.js';
import {preparedParagraphs} from '../source/core/search/context-index.js';
import {finished, preparedSearcher} from '../source/core/search/searcher.js';
import type {Corpus} from '../source/core/schema.js';
import {generateCorpus} from './bench/generate-corpus.js';
import {corpusFileIn} from './helpers/corpora.js';
import {briefInProcess} from './helpers/in-process.js';
import {tempDir} from './helpers/run-brief.js';

/**
 * A snapshot carries what search prepares before its first word (the records'
 * and paragraphs' texts as search compares them): a search through it must
 * print what a search of the corpus file prints.
 */

const scratch = () => mkdtempSync(path.join(tempDir(), 'search-snapshot-'));
const snapshotsIn = (home: string) => path.join(home, 'cache', 'snapshots');
const snapshotFileIn = (home: string) => path.join(snapshotsIn(home), readdirSync(snapshotsIn(home))[0]!);

/** Queries of every sort: words, words found only in the paragraph around a record, typos, filler, operators, nothing at all. */
const queries = [
	['kirby'],
	['zelenskiy evening address'],
	['how many shaheds shot down'],
	['drones used against ukraine', '--limit', '3'],
	['peskof', '--kind', 'quote'],
	['q'],
	['\'shipments'],
	['kyiv | moscow'],
	['!kirby'],
	['caspian', '--format', 'tsv'],
	['nothing like this anywhere'],
];

/** `brief search …` read from the corpus file: a new cache each time, so never from a snapshot. */
const fromCorpus = async (file: string, args: string[]) => briefInProcess(['search', ...args, '--corpus', file], {BRIEF_HOME: scratch()});

/** A corpus file of this corpus, and a cache holding its snapshot. */
function snapshotted(corpus: Corpus) {
	const file = corpusFileIn(scratch(), corpus);
	const home = scratch();
	loadCorpusIndex([file], {BRIEF_HOME: home});
	return {file, home, snapshot: snapshotFileIn(home)};
}

async function assertSearchesAsTheCorpus(file: string, home: string, queries: string[][]) {
	for (const args of queries) {
		assert.deepEqual(await briefInProcess(['search', ...args, '--json', '--corpus', file], {BRIEF_HOME: home}), await fromCorpus(file, [...args, '--json']), args.join(' '));
	}
}

describe('search through a snapshot', () => {
	test('prints what it prints from the corpus file, for every sort of query, with its explanations', async () => {
		const {file, home} = snapshotted(loadCorpus(shippedCorpusPath()));
		assert.ok(loadCorpusIndex([file], {BRIEF_HOME: home}).preparedSearch?.(), 'the snapshot brings the prepared search');
		await assertSearchesAsTheCorpus(file, home, queries.map(args => [...args, '--explain']));
	});

	test('finds the new words of a corpus changed since, even with its old size and modification time', async () => {
		const corpus = loadCorpus(shippedCorpusPath());
		const file = corpusFileIn(scratch(), corpus);
		const home = scratch();
		const [first, ...rest] = corpus.actors;
		const newName = 'zqxwvjk'.repeat(first!.name.length).slice(0, first!.name.length);
		assert.equal((await briefInProcess(['search', newName, '--corpus', file], {BRIEF_HOME: home})).status, 1);
		const {mtime, size} = statSync(file);
		writeFileSync(file, JSON.stringify({...corpus, actors: [{...first!, name: newName}, ...rest]}));
		utimesSync(file, mtime, mtime);
		assert.equal(statSync(file).size, size);
		const found = await briefInProcess(['search', newName, '--json', '--corpus', file], {BRIEF_HOME: home});
		assert.equal(found.status, 0);
		assert.deepEqual(found, await fromCorpus(file, [newName, '--json']));
	});

	test('a snapshot cut short is read past, searched as the corpus is, and made again whole', async () => {
		const {file, home, snapshot} = snapshotted(generateCorpus(600, 11));
		const whole = readFileSync(snapshot);
		writeFileSync(snapshot, whole.subarray(0, Math.floor(whole.length / 2)));
		await assertSearchesAsTheCorpus(file, home, [['kirby'], ['drones iran', '--explain']]);

		assert.deepEqual(readFileSync(snapshot), whole);
	});

	test('a snapshot whose search part was damaged in place is searched as the corpus is', async () => {
		const {file, home, snapshot} = snapshotted(generateCorpus(600, 12));
		const bytes = readFileSync(snapshot);
		// Three letters of the records' texts as search compares them become one character of three bytes: the same size, a shorter text.
		const [headLength, numberCount, idsLength] = /^.* (\d+) (\d+) (\d+) \d+ \d+ \d+\n/.exec(bytes.toString('latin1', 0, 200))!.slice(1).map(Number) as [number, number, number];
		const headStart = bytes.indexOf(10) + 1;
		const chunksStart = headStart + headLength + ((4 - ((headStart + headLength) % 4)) % 4) + numberCount * 4 + idsLength;
		Buffer.from('’').copy(bytes, chunksStart + 10);
		writeFileSync(snapshot, bytes);
		await assertSearchesAsTheCorpus(file, home, [['kirby'], ['drones iran', '--explain'], ['q']]);
	});
});

/** What search prepares for an index, in plain values. */
function prepared(index: CorpusIndex) {
	const searcher = finished(preparedSearcher(index));
	const paragraphs = finished(preparedParagraphs(index));
	return {
		chunks: searcher.chunks.map(({first, text, starts}) => ({first, text, starts: [...starts]})),
		ownNames: [...searcher.ownNames],
		entityNames: [...searcher.entityNames],
		paragraphs: Array.from({length: paragraphs.count}, (_, number) => ({text: paragraphs.text(number), records: paragraphs.records[number]})),
		paragraphOf: [...paragraphs.paragraphOf],
	};
}

describe('the prepared search a snapshot brings', () => {
	const withScripts = (corpus: Corpus): Corpus => {
		const scripts = ['Москва и Тегеран', 'طهران', '德黑兰', 'İstanbul ΣΟΦΊΑ', 'e\u0301 🛩️'];
		return {...corpus, quotes: corpus.quotes.map((quote, at) => ({...quote, text: scripts[at % scripts.length]!}))};
	};

	for (const [name, corpus] of Object.entries({shipped: loadCorpus(shippedCorpusPath()), synthetic: generateCorpus(12_000, 3), 'other scripts': withScripts(generateCorpus(300, 5))})) {
		test(`${name}: is what search prepares from the corpus`, () => {
			const file = path.join(scratch(), 'index.snapshot');
			writeFileSync(file, snapshotOf(indexCorpus(corpus), 'key')!);
			const stored = readIndexSnapshot(file, 'key')!;
			assert.ok(stored.preparedSearch?.());
			assert.deepEqual(prepared(stored), prepared(indexCorpus(corpus)));
		});
	}
});
