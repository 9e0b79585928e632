/**
 * A quick test that a record may match one query word, run before fuse.js
 * scores it. It never says no to a record fuse.js would match, so searching
 * only the records it passes finds exactly what searching all of them would,
 * with the same scores in the same order.
 *
 * A plain word is fuzzy in fuse.js: it matches where some stretch of a field
 * is within `errors` edits of it (substitutions, insertions, deletions), and
 * with `ignoreLocation` the allowed edits are threshold × length. Here a
 * native string search first finds a piece of the word that any match must
 * hold (see piecesOf), then Myers' bit-parallel edit distance decides, over
 * just the stretch of text around that piece where such a match could lie.
 * Words with an operator (`'exact`, `^prefix`, `suffix$`, `=whole`) need the
 * bare word as it is, so a substring test will do.
 */

import {searchFold} from '../text.js';

/** Text folded and lower-cased as fuse.js compares it (see searchFold), every field of a record in one string. */
export type Haystack = string;

export const fieldSeparator = '\n';

export function haystackOf(values: string[]): Haystack {
	return searchFold(values.join(fieldSeparator)).toLowerCase();
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
 * unless `exact`, that the stretch around it passes Myers' test (`nearPiece`).
 * Undefined for a word that every haystack passes (too long to test, or an
 * operator alone).
 */
export type WordNeeds = {
	pieces: string[];
	exact: boolean;
	/** Whether `pieces[piece]`, found at `at`, lies in a stretch of `haystack` within the word's edits, looking no further than [from, to). */
	nearPiece: (haystack: string, piece: number, at: number, from: number, to: number) => boolean;
};

export function wordNeeds(rawWord: string, threshold: number): WordNeeds | undefined {
	const word = rawWord.toLowerCase();
	const operator = /^[='^]|\$$/.test(word);
	const bare = operator ? word.replace(/^[='^]/, '').replace(/\$$/, '').replaceAll('"', '') : word;
	if (bare === '' || (!operator && word.length > longestFuzzyWord)) {
		return undefined;
	}

	const errors = operator ? 0 : allowedErrors(word.length, threshold);
	if (errors === 0) {
		return {pieces: [bare], exact: true, nearPiece: () => true};
	}

	const pieces = piecesOf(word, errors + 1);
	const offsets = pieces.map((_, piece) => pieces.slice(0, piece).join('').length);
	const near = withinEdits(word, errors);
	return {
		pieces,
		exact: false,
		// A match holding this very piece as it is starts at most `errors` characters either side of where the piece's place in the word puts it.
		nearPiece: (haystack, piece, at, from, to) => near(haystack, Math.max(from, at - offsets[piece]! - errors), Math.min(to, at - offsets[piece]! + word.length + errors)),
	};
}

export function wordFilter(rawWord: string, threshold: number): WordFilter {
	const needs = wordNeeds(rawWord, threshold);
	if (!needs) {
		return passAll;
	}

	const {pieces, exact, nearPiece} = needs;
	return haystack => {
		for (let piece = 0; piece < pieces.length; piece++) {
			for (let at = haystack.indexOf(pieces[piece]!); at !== -1; at = haystack.indexOf(pieces[piece]!, at + 1)) {
				if (exact || nearPiece(haystack, piece, at, 0, haystack.length)) {
					return true;
				}
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
 * The edits before that piece shift it by at most their number from its
 * place in the word, and so bound where the stretch can start and end.
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

/** Myers (1999): is some substring of haystack[from, to) within `errors` edits of `word`? */
function withinEdits(word: string, errors: number): (haystack: string, from: number, to: number) => boolean {
	const scan = myersScan(word);
	return (haystack, from, to) => scan(haystack, from, to, errors).edits <= errors;
}

export type EditMeasure = (haystack: string) => {edits: number; end: number};

/** The fewest edits that turn `word` into some substring of a haystack, and where the first such substring ends (one past it); words longer than 31 characters are not measured. Made once a word, used on many haystacks. */
export function fewestEdits(word: string): EditMeasure {
	if (word.length === 0 || word.length > longestFuzzyWord) {
		return () => ({edits: 0, end: -1});
	}

	const scan = myersScan(word);
	// An exact match is found by a native search first: one edit is the least a scan needs to find.
	return haystack => scan(haystack, 0, haystack.length, 1);
}

/**
 * Myers' bit-parallel scan of haystack[from, to) for `word`, following the
 * edit distance of the word to the best substring ending at each character:
 * it stops at the first distance ≤ `stopAt`; it returns the least distance
 * met and where the first substring at that distance ends (one past it).
 */
function myersScan(word: string): (haystack: string, from: number, to: number, stopAt: number) => {edits: number; end: number} {
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
	return (haystack, from, to, stopAt) => {
		let positive = all;
		let negative = 0;
		let distance = word.length;
		let least = word.length;
		let end = -1;
		for (let index = from; index < to; index++) {
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

			if (distance < least) {
				least = distance;
				end = index + 1;
				if (distance <= stopAt) {
					return {edits: least, end};
				}
			}

			horizontalPositive <<= 1;
			horizontalNegative <<= 1;
			positive = horizontalNegative | ~(vertical | horizontalPositive);
			negative = horizontalPositive & vertical;
		}

		return {edits: least, end};
	};
}
