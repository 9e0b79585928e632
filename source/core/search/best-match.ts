import type {QueryWord} from './query-words.js';
import {fuseOptions} from './search-document.js';
import {betterIn, locate, type MatchField, type WordMatch} from './word-match.js';

const exactThenFuzzy = [false, true];
const exactOnly = [false];

/**
 * The best match of any form of the word in any of these lower-cased values:
 * as it is, or else within fuse.js's edits. A match with typos is never better
 * than one without, unless only it counts for the words rule ("fertilizer"
 * one edit from "fertiliser", over its stem "fertil" starting another word).
 */
export function bestIn(word: QueryWord, values: string[], field: MatchField, mayBeFuzzy = true): WordMatch | undefined {
	let best: WordMatch | undefined;
	for (const fuzzy of mayBeFuzzy ? exactThenFuzzy : exactOnly) {
		for (let valueIndex = 0; valueIndex < values.length; valueIndex++) {
			const value = values[valueIndex]!;
			for (const form of word.forms) {
				const where = locate(value, form, fuseOptions.threshold, {fuzzy, mayStart: word.last});
				if (where && isBetter(where, field, form.kind, best)) {
					best = {word: word.word, form: form.kind, pattern: form.pattern, field, valueIndex, value, ...where};
				}
			}
		}

		if (best && best.shape !== 'longer') {
			return best;
		}
	}

	return best;
}

function isBetter(where: Pick<WordMatch, 'typos' | 'shape'>, field: MatchField, form: WordMatch['form'], best: WordMatch | undefined): boolean {
	if (best && (where.shape === 'longer') !== (best.shape === 'longer')) {
		return best.shape === 'longer';
	}

	return betterIn(field, where, form, best);
}
