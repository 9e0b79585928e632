import {magnitudes} from './lexicon/hedges.js';
import {measureUnits, timeUnits} from './lexicon/figure-words.js';
import {marginWords, minusSigns, minusWords, smallNumberWords} from './lexicon/number-words.js';
import {phraseAt, phrasesByLength, type Token} from './figure-tokens.js';
import {readLetteredMoney, readMoney} from './figure-money.js';
import {readNumberWords} from './figure-number-words.js';
import {readNumeral, type NumberCore} from './figure-numerals.js';

/**
 * Reading the number at a token: money (figure-money.ts), digits
 * (figure-numerals.ts), number words (figure-number-words.ts), a span made an
 * adjective, a negative number, a range, a magnitude ("hundreds of").
 */

export type {NumberCore} from './figure-numerals.js';

const numeralRange = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)[-–](\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$/;
const magnitudePhrases = phrasesByLength(magnitudes);

/** The number at `index`: a magnitude ("hundreds of"), or a number, negative or not. */
export function readCore(tokens: Token[], index: number): NumberCore | undefined {
	for (const {words, qualifier} of magnitudePhrases) {
		if (phraseAt(tokens, index, words)) {
			return {first: index, last: index + words.length - 1, value: null, magnitude: qualifier, bare: false};
		}
	}

	return readNegative(tokens, index) ?? readNumber(tokens, index);
}

/** Money, digits or number words. */
function readNumber(tokens: Token[], index: number): NumberCore | undefined {
	return readMoney(tokens, index) ?? readLetteredMoney(tokens, index) ?? readNumeral(tokens, index) ?? readSpan(tokens, index) ?? readNumberWords(tokens, index);
}

const spanAdjective = /^(?<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\p{Ll}+)-(?:(?<power>square|cubic)-)?(?<unit>\p{Ll}+)(?<old>-old)?$/u;

/**
 * "the 30-year concession", "a 10-day truce", "a 4-kilometer (2.5-mile)
 * fissure", "a 4,198-foot peak", "a 320-square-kilometre site", "a two-acre
 * field", "a 62-year-old teacher": a span of time or a measure made an
 * adjective counts its units.
 */
function readSpan(tokens: Token[], index: number): NumberCore | undefined {
	const groups = spanAdjective.exec(tokens[index]!.lower)?.groups;
	if (groups === undefined) {
		return undefined;
	}

	const {number, power, unit, old} = groups as {number: string; power?: string; unit: string; old?: string};
	const value = /^\d/u.test(number) ? Number(number.replaceAll(',', '')) : smallNumberWords[number];
	const measure = old === undefined ? measureUnits.get(unit) : undefined;
	const plural = power === undefined && timeUnits.has(unit) && !unit.endsWith('s') ? `${unit}s` : measure && `${power === undefined ? '' : `${power} `}${measure}`;
	// "zero-hour contracts" count nothing.
	if (plural === undefined || value === undefined || value === 0) {
		return undefined;
	}

	return {first: index, last: index, value, ownUnit: old === undefined ? plural : `${plural} old`, bare: false};
}

type NumberReader = (tokens: Token[], index: number) => NumberCore | undefined;

/** "minus five degrees", "minus 5", "-5C", "−3.2%": the number after the sign, negated. */
function readNegative(tokens: Token[], index: number, read: NumberReader = readNumber): NumberCore | undefined {
	if (!negates(tokens, index)) {
		return undefined;
	}

	const number = read(tokens, index + 1);
	if (number === undefined || number.value === null) {
		return undefined;
	}

	// The sign marks a quantity, as a currency does: it is no year and no part of a name.
	return {...number, first: index, value: -number.value, bare: false};
}

/**
 * "minus" (not "plus or minus", a margin), or a minus sign written onto the
 * number; a hyphen between words or numbers ("Su-35", "20-30") is part of
 * their token, and a dash with a space after it is punctuation.
 */
function negates(tokens: Token[], index: number): boolean {
	const [sign, number] = [tokens[index]!, tokens[index + 1]];
	if (minusWords.has(sign.lower)) {
		return !phraseAt(tokens, index - marginWords.length, marginWords);
	}

	return minusSigns.has(sign.text) && number?.start === sign.end;
}

/** "between 20 and 30 people", "20-30 people": one figure, its lower bound. */
export function readRange(tokens: Token[], index: number): NumberCore | undefined {
	const single = numeralRange.exec(tokens[index]!.text);
	if (single !== null) {
		const [low, high] = [single[1]!, single[2]!].map((side) => Number(side.replaceAll(',', ''))) as [number, number];
		return low < high ? {first: index, last: index, value: low, bare: false, range: true} : undefined;
	}

	if (tokens[index]!.lower !== 'between') {
		return undefined;
	}

	const low = readBound(tokens, index + 1);
	if (low === undefined || tokens[low.last + 1]?.lower !== 'and') {
		return undefined;
	}

	const high = readBound(tokens, low.last + 2);
	if (high === undefined || low.value === null) {
		return undefined;
	}

	return {first: index, last: high.last, value: low.value, bare: false, range: true, ...(high.ownUnit ? {ownUnit: high.ownUnit} : {})};
}

/** One side of "between … and …": digits or number words, negative or not ("between -5 and 5 degrees"). */
function readBound(tokens: Token[], index: number): NumberCore | undefined {
	return readNegative(tokens, index, readDigitsOrWords) ?? readDigitsOrWords(tokens, index);
}

function readDigitsOrWords(tokens: Token[], index: number): NumberCore | undefined {
	return readNumeral(tokens, index) ?? readNumberWords(tokens, index);
}
