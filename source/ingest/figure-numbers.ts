import type {Figure} from '../core/schema.js';
import {measureUnits, percentForms, timeUnits} from './lexicon/figure-words.js';
import {magnitudes} from './lexicon/hedges.js';
import {
	currencyLetters,
	currencySymbols,
	degreeScales,
	degreeSign,
	dollarPrefixes,
	marginWords,
	measurementSuffixes,
	minusSigns,
	minusWords,
	moneySuffixes,
	rateDenominators,
	scaleWords,
	smallNumberWords,
} from './lexicon/number-words.js';
import {hedgeBefore, isPluralNoun, phraseAt, phrasesByLength, type Token} from './figure-tokens.js';

type Qualifier = Figure['qualifier'];

/** The number itself, before hedges and units: token indices are inclusive. */
export type NumberCore = {
	first: number;
	last: number;
	value: number | null;
	magnitude?: Qualifier;
	/** A unit the number carries itself: a currency, "per cent", a suffix such as "km" or "km/h", "°C". */
	ownUnit?: string;
	/** Plain digits or words with nothing that marks them as a quantity (currency, scale, percentage). */
	bare: boolean;
	range?: boolean;
};

const numeral = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([a-z]*|[a-z]+\/[a-z]+)$/i;
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

const spanAdjective = /^(\d+(?:\.\d+)?)-(\p{Ll}+)(-old)?$/u;

/**
 * "the 30-year concession", "a 10-day truce", "a 4-kilometer (2.5-mile)
 * fissure", "a 62-year-old teacher": a span of time or a measure made an
 * adjective counts its units.
 */
function readSpan(tokens: Token[], index: number): NumberCore | undefined {
	const parsed = spanAdjective.exec(tokens[index]!.text);
	const unit = parsed?.[2];
	const plural = unit === undefined ? undefined : timeUnits.has(unit) && !unit.endsWith('s') ? `${unit}s` : parsed![3] === undefined ? measureUnits.get(unit) : undefined;
	if (plural === undefined) {
		return undefined;
	}

	return {first: index, last: index, value: Number(parsed![1]), ownUnit: parsed![3] === undefined ? plural : `${plural} old`, bare: false};
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

/** "$1.5bn", "US$2 billion", "£40m", "€3.2 million". */
function readMoney(tokens: Token[], index: number): NumberCore | undefined {
	const token = tokens[index]!;
	const next = tokens[index + 1];
	const prefixed = dollarPrefixes[token.text] !== undefined && next?.text === '$' && next.start === token.end;
	const symbolIndex = prefixed ? index + 1 : index;
	const currency = prefixed ? dollarPrefixes[token.text] : currencySymbols[tokens[symbolIndex]!.text];
	const amount = tokens[symbolIndex + 1];
	const parsed = amount === undefined ? undefined : numeral.exec(amount.text);
	if (currency === undefined || parsed === undefined || parsed === null) {
		return undefined;
	}

	const suffix = parsed[3]!.toLowerCase();
	const suffixScale = suffix === '' ? 1 : moneySuffixes[suffix];
	if (suffixScale === undefined) {
		return undefined;
	}

	const scaled = withScaleWords(tokens, symbolIndex + 1, numberOf(parsed) * suffixScale);
	return {first: index, last: scaled.last, value: scaled.value, ownUnit: currency, bare: false};
}

const letteredAmount = new RegExp(String.raw`^(${Object.keys(currencyLetters).join('|')})((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(bn|mn|m|tn)?$`, 'u');

/** "N1.2 trillion", "Rs500m", "KSh2,500": a currency's letters written onto the amount. */
function readLetteredMoney(tokens: Token[], index: number): NumberCore | undefined {
	const parsed = letteredAmount.exec(tokens[index]!.text);
	if (parsed === null) {
		return undefined;
	}

	const [, letters, amount, suffix] = parsed as unknown as [string, string, string, string | undefined];
	const scaled = withScaleWords(tokens, index, Number(amount.replaceAll(',', '')) * (suffix === undefined ? 1 : moneySuffixes[suffix]!));
	const marked = suffix !== undefined || scaled.last > index || /[,.]/u.test(amount);
	return marked ? {first: index, last: scaled.last, value: scaled.value, ownUnit: currencyLetters[letters]!, bare: false} : undefined;
}

/** "1,160", "2.5", "3 million", "12%", "12 per cent", "40km", "90km/h", "40°C". */
function readNumeral(tokens: Token[], index: number): NumberCore | undefined {
	const parsed = numeral.exec(tokens[index]!.text);
	if (parsed === null) {
		return undefined;
	}

	const suffix = parsed[3]!.toLowerCase();
	const scale = suffixScale(suffix, tokens.slice(index + 1, index + 4)) ?? (suffix === 'm' && millionsBefore(tokens, index) ? moneySuffixes.m : undefined);
	if (suffix !== '' && scale === undefined && !isWrittenUnit(suffix)) {
		return undefined; // an ordinal ("5th"), a decade ("1990s"), a time ("3pm")
	}

	const scaled = withScaleWords(tokens, index, numberOf(parsed) * (scale ?? 1));
	// A unit written onto the number is its unit; otherwise one may follow it ("12 per cent", "40°C").
	const unitWritten = suffix !== '' && scale === undefined;
	const unitAfter = unitWritten ? undefined : (percentAfter(tokens, scaled.last + 1) ?? degreesAfter(tokens, scaled.last + 1));
	const ownUnit = suffix === 'pc' ? 'per cent' : unitWritten ? parsed[3]! : unitAfter?.unit;
	const last = unitAfter?.last ?? scaled.last;
	const bare = ownUnit === undefined && scale === undefined && scaled.last === index;
	return {first: index, last, value: scaled.value, bare, ...(ownUnit ? {ownUnit} : {})};
}

/** A unit written onto a number: "km", "kWh", or a rate ("km/h", "m/s"). */
function isWrittenUnit(suffix: string): boolean {
	const [unit, per] = suffix.split('/') as [string, string | undefined];
	return measurementSuffixes.has(unit) && (per === undefined || rateDenominators.has(per));
}

/** "…about 13.4m twenty-foot equivalent units last year, while Antwerp handled about 12.5m": a bare "12.5m" after millions of something is millions too. */
function millionsBefore(tokens: Token[], index: number): boolean {
	return tokens.slice(0, index).some((token, at) => numeral.exec(token.text)?.[3]?.toLowerCase() === 'm' && suffixScale('m', tokens.slice(at + 1, at + 4)) !== undefined);
}

/** A word that may stand between a number and its noun: "twenty-foot", "equivalent", "annual". */
const modifierShape = /^\p{Ll}+(?:-\p{Ll}+)+$|^\p{Ll}+(?:al|ent|ant|ive|ic|ous)$/u;

/**
 * A scale written onto a number without a currency: "50bn", "2tn", and "1.5m"
 * when a plural noun follows within a few words ("1.5m people", "13.4m
 * twenty-foot equivalent units"); otherwise "40m" is metres.
 */
function suffixScale(suffix: string, following: Token[]): number | undefined {
	if (suffix === 'm') {
		const modifiers = following.findIndex(token => !modifierShape.test(token.text));
		const head = following[modifiers === -1 ? following.length : modifiers];
		const plural = head !== undefined && isPluralNoun(head.text);
		return plural ? moneySuffixes.m : undefined;
	}

	return suffix === 'b' || suffix === 'k' ? undefined : moneySuffixes[suffix];
}

/** "eighteen", "twenty-five", "two dozen", "a hundred", "three hundred and fifty", "two million". */
function readNumberWords(tokens: Token[], index: number): NumberCore | undefined {
	let total = 0;
	let current = 0;
	let last = -1;
	let scaled = false;
	for (let at = index; at < tokens.length; at++) {
		const lower = tokens[at]!.lower;
		const parts = lower.split(/[-–]/);
		const next = tokens[at + 1]?.lower ?? '';
		if (parts.every((part) => smallNumberWords[part] !== undefined)) {
			current += parts.reduce((sum, part) => sum + smallNumberWords[part]!, 0);
		} else if (scaleWords[lower] !== undefined) {
			const scale = scaleWords[lower];
			scaled = true;
			if (scale >= 1000) {
				total += Math.max(current, 1) * scale;
				current = 0;
			} else {
				current = Math.max(current, 1) * scale;
			}
		} else if (lower === 'a' && at === index && scaleWords[next] !== undefined) {
			current = 1;
		} else if (lower === 'and' && last === at - 1 && scaled && smallNumberWords[next.split('-')[0]!] !== undefined) {
			continue;
		} else {
			break;
		}

		last = at;
	}

	if (last < 0) {
		return undefined;
	}

	const value = total + current;
	const percent = percentAfter(tokens, last + 1);
	// "one" alone is too often a pronoun ("one of his addresses") to count without a hedge.
	const bare = !scaled && percent === undefined;
	const loneOne = bare && value === 1;
	if (loneOne && hedgeBefore(tokens, index) === undefined) {
		return undefined;
	}

	return {first: index, last: percent?.last ?? last, value, bare: bare && !loneOne, ...(percent ? {ownUnit: percent.unit} : {})};
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

function numberOf(parsed: RegExpExecArray): number {
	return Number(`${parsed[1]!.replaceAll(',', '')}${parsed[2] ?? ''}`);
}

/** Multiply by any scale words that follow ("1.2 billion", "3 million"). */
function withScaleWords(tokens: Token[], index: number, value: number): {last: number; value: number} {
	let last = index;
	let result = value;
	while (scaleWords[tokens[last + 1]?.lower ?? ''] !== undefined) {
		last++;
		result *= scaleWords[tokens[last]!.lower]!;
	}

	return {last, value: Number(result.toPrecision(12))};
}

function percentAfter(tokens: Token[], index: number): {last: number; unit: string} | undefined {
	for (const [words, unit] of percentForms) {
		if (phraseAt(tokens, index, words)) {
			return {last: index + words.length - 1, unit};
		}
	}

	return undefined;
}

/** "40°C", "-5 °F", "a 90° turn": the degree sign after a number, with its scale when written onto it. */
function degreesAfter(tokens: Token[], index: number): {last: number; unit: string} | undefined {
	const [sign, scale] = [tokens[index], tokens[index + 1]];
	if (sign?.text !== degreeSign) {
		return undefined;
	}

	const scaled = scale !== undefined && scale.start === sign.end && degreeScales.has(scale.text);
	return scaled ? {last: index + 1, unit: `${degreeSign}${scale.text}`} : {last: index, unit: degreeSign};
}
