import type {Token} from './figure-tokens.js';
import {lookupTable} from '../core/lookup-table.js';
import {readCore} from './figure-numbers.js';
import {hedges} from './lexicon/hedges.js';
import {smallNumberWords} from './lexicon/number-words.js';

/** Parts written out, by how many make a whole. */
const parts = lookupTable<number>({
	half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5,
	sixth: 6, sixths: 6, eighth: 8, eighths: 8, tenth: 10, tenths: 10,
});

/** A share written as a fraction or a ratio, and what it is in per cent. */
export type Fraction = {first: number; last: number; percent: number};

/**
 * "two-thirds of", "a third of", "half of", "three quarters of", "one in five",
 * "fell by a fifth": a share, read at token `index`. A fraction must be
 * followed by "of" or be a change "by" it ("the third quarter", "half-time" and
 * "a third party" are none); a ratio's first number must be the smaller.
 */
export function fractionAt(tokens: Token[], index: number): Fraction | undefined {
	const word = tokens[index]?.lower ?? '';
	const isOf = (at: number) => tokens[at]?.lower === 'of';

	const hyphenated = word.includes('-') ? /^(\p{L}+)-(\p{L}+)$/u.exec(word) : null;
	if (hyphenated && (isOf(index + 1) || isChangeBy(tokens, index, index))) {
		const share = shareOf(hyphenated[1]!, hyphenated[2]!);
		return share === undefined ? undefined : {first: index, last: index, percent: share};
	}

	// "half the country", "half their capacity": English drops the "of" after "half".
	const determinerAfter = halfDeterminers.has(tokens[index + 1]?.lower ?? '');
	if (word === 'half' && (isOf(index + 1) || determinerAfter || isChangeBy(tokens, index, index))) {
		return {first: index, last: index, percent: 50};
	}

	const next = tokens[index + 1]?.lower ?? '';
	if (parts[next] !== undefined && (isOf(index + 2) || isChangeBy(tokens, index, index + 1))) {
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

/** A share of the one large number after it: where that number starts, and the share in per cent. */
export type ShareOfOne = {first: number; numberAt: number; percent: number};

/**
 * "half a million people", "a quarter of a million tonnes", "three-quarters of a billion dollars": a share of one
 * number written with "a" ("a million", "a dozen"), read at token `index`; the figure is that share of the number.
 * `fraction`: the fraction at `index`, when the caller has read it already.
 */
export function shareOfOneAt(tokens: Token[], index: number, fraction = fractionAt(tokens, index)): ShareOfOne | undefined {
	const isA = (at: number) => tokens[at]?.lower === 'a' || tokens[at]?.lower === 'an';
	const isOne = (at: number) => isA(at) && (readCore(tokens, at)?.value ?? null) !== null;
	if (tokens[index]?.lower === 'half' && isOne(index + 1)) {
		return {first: index, numberAt: index + 1, percent: 50};
	}

	return fraction !== undefined && tokens[fraction.last + 1]?.lower === 'of' && isOne(fraction.last + 2) ? {first: fraction.first, numberAt: fraction.last + 2, percent: fraction.percent} : undefined;
}

/** What "half" takes without "of": "half the country", "half their capacity". */
const halfDeterminers = new Set(['the', 'their', 'its', 'his', 'her', 'our', 'your', 'this', 'that', 'these', 'those', 'all']);

/** Words that may follow a change by a share: "fell by a fifth last year", "rose by a third to 4,000", "cut by half." */
const afterChange = new Set(['last', 'this', 'in', 'on', 'to', 'from', 'since', 'over', 'compared', 'between', 'after', 'before', 'and', 'or', 'but', 'while', 'as', 'when', 'at', 'for', 'against', 'year-on-year']);

/**
 * "fell by a fifth", "cut by about half": a change by a share of what it was — "by" before the fraction, a hedge
 * between them or none, and after it the sentence's end or a word that goes on the sentence (not "by a third party").
 */
function isChangeBy(tokens: Token[], first: number, last: number): boolean {
	const after = tokens[last + 1];
	if (after !== undefined && /\p{L}/u.test(after.lower) && !afterChange.has(after.lower)) {
		return false;
	}

	return tokens[first - 1]?.lower === 'by' || hedges.some(([phrase]) => {
		const words = phrase.split(' ');
		const start = first - words.length;
		return start >= 1 && tokens[start - 1]?.lower === 'by' && words.every((hedge, offset) => tokens[start + offset]?.lower === hedge);
	});
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
