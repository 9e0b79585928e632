import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {indexCorpus} from '../source/core/records.js';
import {resolveActor} from '../source/core/resolve.js';
import {searchRecords, searchSteps} from '../source/core/search.js';
import {allowedErrors, haystackOf, wordFilter} from '../source/core/search/word-filter.js';
import {generateCorpus} from './bench/generate-corpus.js';

/** The quick test before fuse.js: it may let through records fuse.js rejects, never the other way round. */

const index = indexCorpus(generateCorpus(2000, 7));
const queries = [
	'makhachkla', 'kirby', 'kirbi', 'drones', 'dron', 'sanctons', 'ceasefire talks', 'fighter jets', 'air defenses', 'satelite imagery',
	'1,160', '2022', 'm', 'ma', 'zelensky iran', 'peskof', 'lavrov tehran', 'oil fields', 'hundreds of', 'one-way',
	'\'drones', '^kirby', 'ukraine$', '=kyiv', 'kyiv | moscow', 'kirby !caspian', 'smugglers customs', 'semiconductorz', 'declassified intelligence report', 'q',
];

describe('search with the quick test finds what plain fuse.js finds', () => {
	for (const query of queries) {
		test(JSON.stringify(query), () => {
			const plain = searchRecords(index, query, {plainFuse: true});
			const quick = searchRecords(index, query);
			assert.deepEqual(
				quick.map(hit => [hit.record.id, hit.score]),
				plain.map(hit => [hit.record.id, hit.score]),
			);
			assert.deepEqual(quick.map(hit => hit.ranges), plain.map(hit => hit.ranges));
		});
	}

	test('typed a character at a time, narrowing from the query before, the same hits at every step', () => {
		for (const query of ['makhachkla kirbi', 'satelite imagery', 'ceasefire talks | oil', '\'drones kirby', 'ukraine$']) {
			for (let length = 1; length <= query.length; length++) {
				const prefix = query.slice(0, length);
				assert.deepEqual(
					searchRecords(index, prefix, {ranges: false}).map(hit => hit.record.id),
					searchRecords(index, prefix, {ranges: false, plainFuse: true}).map(hit => hit.record.id),
					`typed ${JSON.stringify(prefix)}`,
				);
			}
		}
	});

	test('texts with letters that lower-case to two (İ) do not shift where the texts after them start', () => {
		const corpus = generateCorpus(300, 11);
		for (const fact of corpus.facts.slice(0, 40)) {
			fact.text = `İstanbul and İzmir: ${fact.text}`;
		}

		const shifted = indexCorpus(corpus);
		for (const query of ['drones', 'kirby', 'istanbul', 'izmir', 'q', 'makhachkla']) {
			assert.deepEqual(
				searchRecords(shifted, query).map(hit => [hit.record.id, hit.score]),
				searchRecords(shifted, query, {plainFuse: true}).map(hit => [hit.record.id, hit.score]),
				query,
			);
		}
	});

	test('letters with diacritics are found as typed without them, and highlighted where they stand', () => {
		const corpus = generateCorpus(300, 13);
		for (const fact of corpus.facts.slice(0, 20)) {
			fact.text = `Crews from São Paulo and Łódź met Þórólfur’s team: ${fact.text}`;
		}

		corpus.actors[0]!.name = 'Þórólfur Ásgeirsson';
		const folded = indexCorpus(corpus);
		for (const query of ['sao paulo', 'lodz', 'thorolfur', 'são paulo', 'ŁÓDŹ', 'thorolfur\'s', '\'lodz', 'drones']) {
			assert.deepEqual(
				searchRecords(folded, query).map(hit => [hit.record.id, hit.score, hit.ranges]),
				searchRecords(folded, query, {plainFuse: true}).map(hit => [hit.record.id, hit.score, hit.ranges]),
				query,
			);
		}

		const hits = searchRecords(folded, 'sao paulo').filter(hit => hit.record.kind === 'fact');
		assert.equal(hits.length, 20);
		for (const hit of hits) {
			assert.deepEqual(hit.ranges.map(([start, end]) => hit.record.text.slice(start, end)), ['São', 'Paulo']);
		}

		assert.equal(searchRecords(folded, '\'lodz').filter(hit => hit.record.kind === 'fact').length, 20, 'an exact word is found without its diacritics too');
		assert.equal(resolveActor(folded, 'thorolfur'), corpus.actors[0]!.id);
		assert.equal(resolveActor(folded, 'asgeirsson'), corpus.actors[0]!.id);
	});

	test('step by step, the same hits', () => {
		const steps = searchSteps(index, 'drones kirby');
		let step = steps.next();
		let count = 0;
		while (!step.done) {
			count++;
			step = steps.next();
		}

		assert.ok(count > 1, 'more than one step');
		assert.deepEqual(step.value.map(hit => hit.record.id), searchRecords(index, 'drones kirby').map(hit => hit.record.id));
	});
});

describe('wordFilter', () => {
	const passes = (word: string, ...values: string[]) => wordFilter(word, 0.3)(haystackOf(values));

	test('allows the edits fuse.js allows at threshold 0.3', () => {
		assert.deepEqual([1, 3, 4, 6, 7, 10, 20].map(length => allowedErrors(length, 0.3)), [0, 0, 1, 1, 2, 3, 6]);
	});

	test('finds a word within its edits anywhere in any field, whatever the case', () => {
		assert.ok(passes('makhachkla', 'shipped to Makhachkala, Russia'));
		assert.ok(passes('kirbi', 'Iran', 'John Kirby'));
		assert.ok(passes('caspain', 'the Caspian Sea'));
		assert.ok(!passes('kirbi', 'Peskov said'));
		assert.ok(!passes('abc', 'a b c'));
	});

	test('says yes exactly when some stretch of the text is within the allowed edits: checked against dynamic programming on random text', () => {
		// Sellers' algorithm: the fewest edits between the word and any stretch of the text.
		const fewestEdits = (word: string, text: string) => {
			let previous = Array.from({length: word.length + 1}, (_, index) => index);
			let best = previous[word.length]!;
			for (const character of text) {
				const current = [0];
				for (let index = 1; index <= word.length; index++) {
					current.push(Math.min(previous[index]! + 1, current[index - 1]! + 1, previous[index - 1]! + (word[index - 1] === character ? 0 : 1)));
				}

				best = Math.min(best, current[word.length]!);
				previous = current;
			}

			return best;
		};

		let seed = 42;
		const random = (below: number) => {
			seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
			return (seed >>> 8) % below;
		};

		const letters = 'abcd';
		const randomText = (length: number) => Array.from({length}, () => letters[random(letters.length)]).join('');
		let matches = 0;
		for (let trial = 0; trial < 3000; trial++) {
			const word = randomText(4 + random(12));
			const text = randomText(random(120));
			const expected = fewestEdits(word, text) <= allowedErrors(word.length, 0.3);
			matches += expected ? 1 : 0;
			assert.equal(wordFilter(word, 0.3)(text), expected, `${word} in ${text}`);
		}

		assert.ok(matches > 300, 'the trials include matches');
	});

	test('operators need the bare word as written', () => {
		assert.ok(passes('\'shahed', 'Shaheds'));
		assert.ok(!passes('\'shahed', 'Shaded'));
		assert.ok(passes('^kirby', 'Kirby said'));
		assert.ok(passes('ukraine$', 'against Ukraine'));
		assert.ok(passes('=kyiv', 'Kyiv'));
	});
});
