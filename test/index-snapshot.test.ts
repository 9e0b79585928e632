import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {readIndexSnapshot, snapshotOf} from '../source/core/index-snapshot.js';
import {loadCorpus} from '../source/core/load-corpus.js';
import {loadCorpusIndex} from '../source/core/load-index.js';
import {shippedCorpusPath} from '../source/core/paths.js';
import {indexCorpus, type BriefRecord, type CorpusIndex} from '../source/core/records.js';
import {searchRecords} from '../source/core/search.js';
import type {Corpus} from '../source/core/schema.js';
import {generateCorpus} from './bench/generate-corpus.js';
import {corpusFileIn} from './helpers/corpora.js';
import {briefInProcess} from './helpers/in-process.js';
import {runBrief} from './helpers/run-brief.js';

/** Everything a record shows, read through its properties (a snapshot's records are read lazily). */
function shown(record: BriefRecord) {
	const passage = record.kind === 'quote' ? {quote: record.quote, voice: record.speaker} : record.kind === 'fact' ? {fact: record.fact, voice: record.attribution} : record.kind === 'route' ? {route: record.route, voice: record.attribution} : {};
	const entity = record.kind === 'actor' ? {actor: record.actor} : record.kind === 'location' ? {location: record.location} : {};
	return {kind: record.kind, id: record.id, text: record.text, provenance: record.provenance, actorIds: record.actorIds, locationIds: record.locationIds, ...passage, ...entity};
}

function sourcesOf(index: CorpusIndex) {
	return [...index.sources.values()].map(({id, title, outlet, date, text, paragraphs}) => ({id, title, outlet, date, text, paragraphs}));
}

/** Texts in other scripts and sizes of character: accents, Cyrillic, Arabic, CJK, emoji (two UTF-16 units), a combining mark, an empty string. */
const manyScripts = ['Zelenskyy’s “drones”', 'Москва и Тегеран', 'طهران', '德黑兰与莫斯科', 'drones 🛩️ over 🇺🇦', 'e\u0301', ''];

/** The corpus with its quotes' and facts' texts replaced by these, in turn. */
function withTexts(corpus: Corpus, texts: string[]): Corpus {
	let next = 0;
	const text = () => texts[next++ % texts.length]!;
	return {...corpus, quotes: corpus.quotes.map(quote => ({...quote, text: text()})), facts: corpus.facts.map(fact => ({...fact, text: text()}))};
}

const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'brief-snapshot-'));

function roundTrip(index: CorpusIndex, key = 'key'): CorpusIndex | undefined {
	const file = path.join(scratch(), 'index.snapshot');
	writeFileSync(file, snapshotOf(index, key)!);
	return readIndexSnapshot(file, 'key');
}

const corpusFile = (corpus: Corpus, secondsAgo = 60) => corpusFileIn(scratch(), corpus, secondsAgo);

describe('an index read back from its snapshot', () => {
	const corpora = {shipped: loadCorpus(shippedCorpusPath()), synthetic: generateCorpus(1500, 3), 'many scripts': withTexts(generateCorpus(200, 5), manyScripts)};
	for (const [name, corpus] of Object.entries(corpora)) {
		test(`${name}: every record, source, actor and place as they were`, () => {
			const original = indexCorpus(corpus);
			const stored = roundTrip(original)!;
			assert.equal(stored.name, original.name);
			assert.deepEqual(stored.records.map(record => shown(record)), original.records.map(record => shown(record)));
			assert.deepEqual(sourcesOf(stored), sourcesOf(original));
			assert.deepEqual([...stored.actors.values()], [...original.actors.values()]);
			assert.deepEqual([...stored.locations.values()], [...original.locations.values()]);
		});

		test(`${name}: the records involving each actor and place, as the snapshot lists them, are those whose ids say so`, () => {
			const stored = roundTrip(indexCorpus(corpus))!;
			const listed = stored.recordsInvolving();
			const expected = new Map<string, number[]>();
			for (const [position, record] of stored.records.entries()) {
				for (const id of [...record.actorIds, ...record.locationIds]) {
					expected.set(id, [...(expected.get(id) ?? []), position]);
				}
			}

			assert.deepEqual(new Map([...listed].map(([id, positions]): [string, number[]] => [id, [...positions]]).filter(([, positions]) => positions.length > 0)), expected);
			assert.ok(expected.size > 10);
		});

		test(`${name}: the same hits, scores and highlights`, () => {
			const original = indexCorpus(corpus);
			const stored = roundTrip(original)!;
			for (const query of ['kirby', 'makhachkla', 'drones iran', 'peskof', 'q', 'kyiv | moscow', '!kirby']) {
				const hits = (index: CorpusIndex) => searchRecords(index, query).map(hit => [hit.record.id, hit.score, hit.ranges]);
				assert.deepEqual(hits(stored), hits(original), query);
			}
		});
	}

	test('is not used when made with another key, cut short, or not a snapshot at all', () => {
		const index = indexCorpus(corpora.shipped);
		assert.equal(roundTrip(index, 'another key'), undefined);
		const bytes = snapshotOf(index, 'key')!;
		const directory = scratch();
		for (const [name, damaged] of Object.entries({short: bytes.subarray(0, bytes.length - 10), garbage: Buffer.from('{"name": "not a snapshot"}\n')})) {
			const file = path.join(directory, name);
			writeFileSync(file, damaged);
			assert.equal(readIndexSnapshot(file, 'key'), undefined, name);
		}
	});
});

describe('a text with half a surrogate pair', () => {
	test('is not snapshotted, as UTF-8 cannot hold it (a whole pair is)', () => {
		assert.equal(snapshotOf(indexCorpus(withTexts(generateCorpus(50, 5), ['a lone \uD83D surrogate'])), 'key'), undefined);
		assert.notEqual(snapshotOf(indexCorpus(withTexts(generateCorpus(50, 5), ['a whole 🛩 pair'])), 'key'), undefined);
	});
});

describe('loading corpora through snapshots', () => {
	const environment = () => ({BRIEF_HOME: scratch()});
	const snapshots = (home: string) => {
		const directory = path.join(home, 'cache', 'snapshots');
		return existsSync(directory) ? readdirSync(directory).filter(name => name.endsWith('.snapshot')) : [];
	};

	test('a corpus left alone is snapshotted once and read back from it', () => {
		const env = environment();
		const file = corpusFile(generateCorpus(300, 5));
		const first = loadCorpusIndex([file], env);
		assert.equal(snapshots(env.BRIEF_HOME).length, 1);
		const second = loadCorpusIndex([file], env);
		assert.notEqual(Object.getPrototypeOf(second.records[0]), Object.prototype, 'read from the snapshot');
		assert.deepEqual(second.records.map(record => shown(record)), first.records.map(record => shown(record)));
	});

	test('a corpus changed since is read again, even with its old size and modification time', () => {
		const env = environment();
		const corpus = loadCorpus(shippedCorpusPath());
		const file = corpusFile(corpus);
		loadCorpusIndex([file], env);
		const {mtime, size} = statSync(file);
		const [first, ...rest] = corpus.actors;
		const renamed = {...first!, name: first!.name.toUpperCase()};
		writeFileSync(file, JSON.stringify({...corpus, actors: [renamed, ...rest]}));
		utimesSync(file, mtime, mtime);
		assert.equal(statSync(file).size, size);
		assert.equal(loadCorpusIndex([file], env).actors.get(renamed.id)?.name, renamed.name);
	});

	test('a corpus written in the last moments is read from the file and not snapshotted yet', () => {
		const env = environment();
		const file = corpusFile(generateCorpus(100, 6), 0);
		loadCorpusIndex([file], env);
		assert.deepEqual(snapshots(env.BRIEF_HOME), []);
	});

	test('a damaged snapshot is read past, from the corpus', () => {
		const env = environment();
		const file = corpusFile(generateCorpus(200, 8));
		const original = loadCorpusIndex([file], env);
		const [snapshot] = snapshots(env.BRIEF_HOME);
		const snapshotFile = path.join(env.BRIEF_HOME, 'cache', 'snapshots', snapshot!);
		writeFileSync(snapshotFile, readFileSync(snapshotFile).subarray(0, 5000));
		assert.deepEqual(loadCorpusIndex([file], env).records.map(record => shown(record)), original.records.map(record => shown(record)));
	});
});

describe('the built binary through a snapshot', () => {
	test('prints for every command what the command functions print from the corpus, when it reads the snapshot they made', async () => {
		const home = scratch();
		const file = corpusFile(loadCorpus(shippedCorpusPath()));
		const commands = [
			['search', 'kirby', '--json'],
			['search', 'makhachkla', '--format', 'md'],
			['show', 'q-kirby-supply-route', '--json'],
			['quotes', '--actor', 'peskov'],
			['facts', '--location', 'iran', '--format', 'tsv'],
			['sources', '--json'],
			['actors'],
		];
		// The first pass in this process reads the corpus and snapshots it; the second, the binary's, reads the snapshot.
		const first = [];
		for (const args of commands) {
			first.push(await briefInProcess([...args, '--corpus', file], {BRIEF_HOME: home}));
		}

		assert.equal(readdirSync(path.join(home, 'cache', 'snapshots')).length, 1);
		const second = commands.map(args => runBrief([...args, '--corpus', file], {BRIEF_HOME: home}));
		for (const [position, args] of commands.entries()) {
			assert.equal(first[position]!.status, 0, args.join(' '));
			assert.deepEqual(second[position], first[position], args.join(' '));
		}
	});
});
