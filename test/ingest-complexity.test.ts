import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {extractArticle} from '../source/ingest/extract-article.js';
import {hostileInputs, realisticArticle} from './helpers/hostile-inputs.js';

/**
 * Every extraction step is linear (or n log n) in the article's length: for
 * each input class that once stalled ingest, ten times the text may take at
 * most about fifteen times as long (linear, with slack for a noisy machine).
 * A ratio of two sizes, never an absolute time. CPU time, so that other
 * processes on the machine weigh less.
 */

const small = 10_000;
const large = 100_000;
const largestRatio = 15;

function extract(text: string) {
	return extractArticle({text, title: undefined, outlet: undefined, date: undefined, fallbackTitle: 'test'}, {actors: [], locations: []});
}

function cpuMilliseconds(work: () => void): number {
	const start = process.cpuUsage();
	work();
	const used = process.cpuUsage(start);
	return (used.user + used.system) / 1000;
}

/** The smaller size is quick and noisy: its median of three. */
function medianOfThree(work: () => void): number {
	const times = [cpuMilliseconds(work), cpuMilliseconds(work), cpuMilliseconds(work)].sort((a, b) => a - b);
	return times[1]!;
}

describe('ingest time grows linearly with the article', () => {
	// Loading the gazetteer and compromise's model happens once, on the first article: not in any measurement.
	extract(realisticArticle(2000));

	for (const [name, generate] of Object.entries(hostileInputs)) {
		test(name, t => {
			const [smallText, largeText] = [generate(small), generate(large)];
			let smallTime = Math.max(cpuMilliseconds(() => extract(smallText)), 5);
			let largeTime = cpuMilliseconds(() => extract(largeText));
			if (largeTime / smallTime >= largestRatio) {
				// Once more before failing, the smaller size by its median of three: a garbage collection or a busy
				// machine lands in one run, a super-linear step in every run.
				smallTime = Math.max(smallTime, medianOfThree(() => extract(smallText)));
				largeTime = Math.min(largeTime, cpuMilliseconds(() => extract(largeText)));
			}

			const ratio = largeTime / smallTime;
			t.diagnostic(`${smallTime.toFixed(0)} ms → ${largeTime.toFixed(0)} ms CPU: ${ratio.toFixed(1)}×`);
			assert.ok(ratio < largestRatio, `${large / small}× the text took ${ratio.toFixed(1)}× as long (${smallTime.toFixed(0)} ms → ${largeTime.toFixed(0)} ms)`);
		});
	}
});

describe('text that is no name', () => {
	test('a capitalised word of 40,000 characters is extracted without error and named as no one', () => {
		const corpus = extract(`Officials said ${'Z'.repeat(40_000)} spoke. "We are here," he said.`);
		assert.deepEqual(corpus.actors.map(actor => actor.name), []);
		assert.equal(corpus.quotes.length, 1);
	});

	test('a run of 6,000 capitalised words yields no actor with a giant name', () => {
		const corpus = extract(`${'Alpha Bravo Charlie Delta Echo '.repeat(1200)}.`);
		assert.ok(corpus.actors.every(actor => actor.name.length <= 120), 'no actor name longer than a name can be');
	});
});
