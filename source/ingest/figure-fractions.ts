import type {Token} from './figure-tokens.js';
import {lookupTable} from '../core/lookup-table.js';
import {smallNumberWords} from './lexicon/number-words.js';

/** Parts written out, by how many make a whole. */
const parts = lookupTable<number>({
	half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5,
	sixth: 6, sixths: 6, eighth: 8, eighths: 8, tenth: 10, tenths: 10,
});

/** A share written as a fraction or a ratio, and what it is in per cent. */
export type Fraction = {first: number; last: number; percent: number};

/**
 * "two-thirds of", "a third of", "half of", "three quarters of", "one in five":
 * a share of what follows, read at token `index`. A fraction must be followed
 * by "of" ("the third quarter" and "half-time" are none); a ratio's first
 * number must be the smaller.
 */
export function fractionAt(tokens: Token[], index: number): Fraction | undefined {
	const word = tokens[index]?.lower ?? '';
	const isOf = (at: number) => tokens[at]?.lower === 'of';

	const hyphenated = word.includes('-') ? /^(\p{L}+)-(\p{L}+)$/u.exec(word) : null;
	if (hyphenated && isOf(index + 1)) {
		const share = shareOf(hyphenated[1]!, hyphenated[2]!);
		return share === undefined ? undefined : {first: index, last: index, percent: share};
	}

	if (word === 'half' && isOf(index + 1)) {
		return {first: index, last: index, percent: 50};
	}

	const next = tokens[index + 1]?.lower ?? '';
	if (parts[next] !== undefined && isOf(index + 2)) {
		const share = shareOf(word, next);
		return share === undefined ? undefined : {first: index, last: index + 1, percent: share};
	}

	// "one in five adults", "3 in 10 voters", "one in every four".
	if (next === 'in') {
		const every = tokens[index + 2]?.lower === 'every' ? 1 : 0;
		const [part, whole] = [countOf(word), countOf(tokens[index + 2 + every]?.lower ?? '')];
		if (part !== undefined && whole !== undefined && part < whole) {
			return {first: index, last: index + 2 + every, percent: round(part / whole)};
		}
	}

	return undefined;
}

function shareOf(numerator: string, part: string): number | undefined {
	const count = numerator === 'a' ? 1 : countOf(numerator);
	const whole = parts[part];
	return count === undefined || whole === undefined || count >= whole ? undefined : round(count / whole);
}

function countOf(word: string): number | undefined {
	const value = /^\d{1,4}$/.test(word) ? Number(word) : smallNumberWords[word];
	return value === undefined || value === 0 ? undefined : value;
}

function round(share: number): number {
	return Math.round(share * 1000) / 10;
}
