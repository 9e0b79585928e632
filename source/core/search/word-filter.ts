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
 * at once, one pass per field text, once a native string search has found a
 * piece of the word that any match must hold (see piecesOf). Words with an
 * operator (`'exact`, `^prefix`, `suffix$`, `=whole`) need the bare word as it
 * is, so a substring test will do.
 */

/** Text lower-cased as fuse.js compares it, every field of a record in one string. */
export type Haystack = string;

export const fieldSeparator = '\n';

export function haystackOf(values: string[]): Haystack {
	return values.join(fieldSeparator).toLowerCase();
}

export type WordFilter = (haystack: Haystack) => boolean;

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

/**
 * What a word asks of a haystack: that it hold one of `pieces` as it is and,
 * unless `exact`, that Myers' test then passes (`near`). Undefined for a word
 * that every haystack passes (too long to test, or an operator alone).
 */
export type WordNeeds = {pieces: string[]; exact: boolean; near: WordFilter};

export function wordNeeds(rawWord: string, threshold: number): WordNeeds | undefined {
	const word = rawWord.toLowerCase();
	const operator = /^[='^]|\$$/.test(word);
	const bare = operator ? word.replace(/^[='^]/, '').replace(/\$$/, '').replaceAll('"', '') : word;
	if (bare === '' || (!operator && word.length > longestFuzzyWord)) {
		return undefined;
	}

	const errors = operator ? 0 : allowedErrors(word.length, threshold);
	return errors === 0 ? {pieces: [bare], exact: true, near: passAll} : {pieces: piecesOf(word, errors + 1), exact: false, near: withinEdits(word, errors)};
}

export function wordFilter(rawWord: string, threshold: number): WordFilter {
	const needs = wordNeeds(rawWord, threshold);
	if (!needs) {
		return passAll;
	}

	const {pieces, near} = needs;
	return haystack => {
		for (const piece of pieces) {
			if (haystack.includes(piece)) {
				return near(haystack);
			}
		}

		return false;
	};
}

/**
 * The word cut into `count` pieces of near-equal length. An edit touches at
 * most one piece, so a stretch of text within count − 1 edits of the word
 * holds at least one piece as it is: a haystack holding none cannot match,
 * and finding a piece is a native string search, far quicker than Myers'.
 */
function piecesOf(word: string, count: number): string[] {
	const pieces: string[] = [];
	let start = 0;
	for (let piece = 0; piece < count; piece++) {
		const end = start + Math.ceil((word.length - start) / (count - piece));
		pieces.push(word.slice(start, end));
		start = end;
	}

	return pieces;
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
