import type {QueryWord} from './query-words.js';
import {fuseOptions} from './search-document.js';
import {betterIn, locate, type MatchField, type WordMatch} from './word-match.js';

const exactThenFuzzy = [false, true];
const exactOnly = [false];

/** The best match of any form of the word in any of these lower-cased values: as it is, or else within fuse.js's edits (a match with typos is never better than one without). */
export function bestIn(word: QueryWord, values: string[], field: MatchField, mayBeFuzzy = true): WordMatch | undefined {
	let best: WordMatch | undefined;
	for (const fuzzy of mayBeFuzzy ? exactThenFuzzy : exactOnly) {
		for (let valueIndex = 0; valueIndex < values.length; valueIndex++) {
			const value = values[valueIndex]!;
			for (const form of word.forms) {
				const where = locate(value, form, fuseOptions.threshold, fuzzy);
				if (where && betterIn(field, where, form.kind, best)) {
					best = {word: word.word, form: form.kind, pattern: form.pattern, field, valueIndex, value, ...where};
				}
			}
		}

		if (best) {
			return best;
		}
	}

	return best;
}
