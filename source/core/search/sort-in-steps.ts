/**
 * Sort an array a slice at a time, so that a search over a large corpus can
 * give way to the app's keys between steps: runs of `slice` items are sorted
 * one a step, then merged pairwise, pass after pass, yielding after every
 * `slice` items written. O(n log n) in all, like Array.prototype.sort; the
 * order is the one `compare` gives (a total order gives the same result as a
 * plain sort).
 */
export function* sortInSteps<T>(items: T[], compare: (left: T, right: T) => number, slice: number): Generator<void, T[]> {
	let runs: T[][] = [];
	for (let start = 0; start < items.length; start += slice) {
		runs.push(items.slice(start, start + slice).sort(compare));
		yield;
	}

	while (runs.length > 1) {
		const merged: T[][] = [];
		for (let pair = 0; pair < runs.length; pair += 2) {
			const left = runs[pair]!;
			const right = runs[pair + 1];
			merged.push(right ? yield* mergeInSteps(left, right, compare, slice) : left);
		}

		runs = merged;
	}

	return runs[0] ?? [];
}

function* mergeInSteps<T>(left: T[], right: T[], compare: (left: T, right: T) => number, slice: number): Generator<void, T[]> {
	const out: T[] = [];
	let [l, r] = [0, 0];
	while (l < left.length || r < right.length) {
		out.push(r >= right.length || (l < left.length && compare(left[l]!, right[r]!) <= 0) ? left[l++]! : right[r++]!);
		if (out.length % slice === 0) {
			yield;
		}
	}

	return out;
}
