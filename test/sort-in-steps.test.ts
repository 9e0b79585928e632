import assert from 'node:assert/strict';
import {test} from 'node:test';
import {sortInSteps} from '../source/core/search/sort-in-steps.js';

test('sorting a slice at a time gives what one sort gives, and gives way between slices', () => {
	let seed = 7;
	const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
	const compare = (left: {key: number; id: number}, right: {key: number; id: number}) => left.key - right.key || left.id - right.id;
	for (const [length, slice] of [[0, 3], [1, 3], [7, 3], [100, 7], [1000, 64], [5000, 2000]] as const) {
		const items = Array.from({length}, (_, id) => ({key: Math.floor(random() * 50), id}));
		const steps = sortInSteps([...items], compare, slice);
		let step = steps.next();
		let yields = 0;
		while (!step.done) {
			yields++;
			step = steps.next();
		}

		assert.deepEqual(step.value, items.toSorted(compare), `${length} items, ${slice} a step`);
		assert.ok(yields >= Math.ceil(length / slice), `${length} items in at least ${Math.ceil(length / slice)} steps`);
	}
});
