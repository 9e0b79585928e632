/**
 * A quick test that a record may match one query word, run before fuse.js
 * scores it. It never says no to a record fuse.js would match, so searching
 * only the records it passes finds exactly what searching all of them would,
 * with the same scores in the same order.
 *
 * A plain word is fuzzy in fuse.js: it matches where some stretch of a field
 * is within `errors` edits of it (substitutions, insertions, deletions), and
 * with `ignoreLocation` the allowed edits are threshold × length. Here that is
 * decided with Myers' bit-parallel edit distance over all of a record's fields
 * at once, one pass per field text. Words with an operator (`'exact`,
 * `^prefix`, `suffix$`, `=whole`) need the bare word as it is, so a substring
 * test will do.
 */

/** Text lower-cased as fuse.js compares it, every field of a record in one string. */
export type Haystack = string;

export const fieldSeparator = '\n';

export function haystackOf(values: string[]): Haystack {
	return values.join(fieldSeparator).toLowerCase();
}

export type WordFilter = (haystack: Haystack) => boolean;

/** Which letters and digits a lower-cased text holds, one bit each (digits share six bits). */
export function characterMask(text: string): number {
	let mask = 0;
	for (let index = 0; index < text.length; index++) {
		mask |= characterBit(text.charCodeAt(index));
	}

	return mask;
}

function characterBit(code: number): number {
	if (code >= 97 && code <= 122) {
		return 1 << (code - 97);
	}

	return code >= 48 && code <= 57 ? 1 << (26 + ((code - 48) % 6)) : 0;
}

/**
 * A cheaper first test on a text's character mask: every character of the
 * word the text lacks costs an edit, so a text lacking more than the allowed
 * edits cannot match. Other characters than letters and digits are not counted.
 */
export function characterFilter(rawWord: string, threshold: number): (mask: number) => boolean {
	const word = rawWord.toLowerCase();
	const operator = /^[='^]|\$$/.test(word);
	const bare = operator ? word.replace(/^[='^]/, '').replace(/\$$/, '').replaceAll('"', '') : word;
	const errors = operator || bare.length > longestFuzzyWord ? 0 : allowedErrors(bare.length, threshold);
	if (bare.length > longestFuzzyWord && !operator) {
		return () => true;
	}

	const counts = new Map<number, number>();
	for (let index = 0; index < bare.length; index++) {
		const bit = characterBit(bare.charCodeAt(index));
		if (bit !== 0) {
			counts.set(bit, (counts.get(bit) ?? 0) + 1);
		}
	}

	let wanted = 0;
	for (const bit of counts.keys()) {
		wanted |= bit;
	}

	return mask => {
		if ((wanted & ~mask) === 0) {
			return true;
		}

		let missing = 0;
		for (const [bit, count] of counts) {
			if ((mask & bit) === 0) {
				missing += count;
			}
		}

		return missing <= errors;
	};
}

const passAll: WordFilter = () => true;

/** The longest word tested edit by edit: one bit per character in 32-bit integers. */
export const longestFuzzyWord = 31;

/** The most edits fuse.js allows for a word of `length` characters, computed as fuse.js does (errors ÷ length ≤ threshold). */
export function allowedErrors(length: number, threshold: number): number {
	let errors = 0;
	while (errors + 1 <= length && (errors + 1) / length <= threshold) {
		errors++;
	}

	return errors;
}

export function wordFilter(rawWord: string, threshold: number): WordFilter {
	const word = rawWord.toLowerCase();
	const operator = /^[='^]|\$$/.test(word);
	if (operator) {
		const bare = word.replace(/^[='^]/, '').replace(/\$$/, '').replaceAll('"', '');
		return bare === '' ? passAll : haystack => haystack.includes(bare);
	}

	if (word.length === 0 || word.length > longestFuzzyWord) {
		return passAll;
	}

	const errors = allowedErrors(word.length, threshold);
	return errors === 0 ? haystack => haystack.includes(word) : withinEdits(word, errors);
}

/** Myers (1999): is some substring of the haystack within `errors` edits of `word`? */
function withinEdits(word: string, errors: number): WordFilter {
	const masks = new Map<number, number>();
	for (let index = 0; index < word.length; index++) {
		const code = word.charCodeAt(index);
		masks.set(code, (masks.get(code) ?? 0) | (1 << index));
	}

	// Characters of the word by code for the common (Latin-1) range; a Map for the rest.
	const latin = new Int32Array(256);
	for (const [code, mask] of masks) {
		if (code < 256) {
			latin[code] = mask;
		}
	}

	const last = 1 << (word.length - 1);
	const all = word.length === 32 ? -1 : (1 << word.length) - 1;
	return haystack => {
		let positive = all;
		let negative = 0;
		let distance = word.length;
		for (let index = 0; index < haystack.length; index++) {
			const code = haystack.charCodeAt(index);
			const equal = code < 256 ? latin[code]! : masks.get(code) ?? 0;
			const vertical = equal | negative;
			// `| 0` keeps the sum a 32-bit integer (the carry out of the top bit does not matter).
			const horizontal = ((((equal & positive) + positive) | 0) ^ positive) | equal;
			let horizontalPositive = negative | ~(horizontal | positive);
			let horizontalNegative = positive & horizontal;
			if (horizontalPositive & last) {
				distance++;
			} else if (horizontalNegative & last) {
				distance--;
			}

			if (distance <= errors) {
				return true;
			}

			horizontalPositive <<= 1;
			horizontalNegative <<= 1;
			positive = horizontalNegative | ~(vertical | horizontalPositive);
			negative = horizontalPositive & vertical;
		}

		return false;
	};
}
