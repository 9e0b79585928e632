import {allowedErrors, longestFuzzyWord} from './word-filter.js';

/**
 * Narrowing while a query only grows. A record within k edits of "makhach"
 * is within k edits of "makhac", so while the last word only gets longer
 * (and is allowed no more edits), or words are added, the records that pass
 * the quick test are among those that passed for the query before.
 */

/** The include words of each alternative, and the records that passed the quick test for all of them. */
export type Passed = {words: string[][]; passing: number[]};

const operator = /^[='^!"]|[$"]$/;

/** The records worth testing for `words`: those that passed for the query before, when this one only adds to it; else undefined (test them all). */
export function narrowedFrom(last: Passed | undefined, words: string[][], threshold: number): number[] | undefined {
	if (!last || last.words.length !== words.length) {
		return undefined;
	}

	const grows = words.every((now, alternative) => {
		const before = last.words[alternative]!;
		if (now.length < before.length) {
			return false;
		}

		return before.every((word, position) => {
			const longer = now[position]!;
			if (longer === word) {
				return true;
			}

			return (
				position === before.length - 1 &&
				longer.startsWith(word) &&
				!operator.test(word) &&
				!operator.test(longer) &&
				longer.length <= longestFuzzyWord &&
				allowedErrors(longer.length, threshold) === allowedErrors(word.length, threshold)
			);
		});
	});
	return grows ? last.passing : undefined;
}
