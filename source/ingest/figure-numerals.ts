import type {Figure} from '../core/schema.js';
import {percentForms} from './lexicon/figure-words.js';
import {currencyNames, degreeScales, degreeSign, measurementSuffixes, moneySuffixes, rateDenominators, scaleWords} from './lexicon/number-words.js';
import {isPluralNoun, phraseAt, type Token} from './figure-tokens.js';

/** Numbers written in digits ("1,160", "2.5", "3 million", "12%", "40km", "40°C"), and what follows a number: scale words, per cent, degrees. */

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

/** A number in digits with whatever is written onto it: "1,160", "15 000", "2.5", "12bn", "5th", "40km", "90km/h". */
export const numeral = /^(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)(\.\d+)?([a-z]*|[a-z]+\/[a-z]+)$/i;

/** "1,160", "2.5", "3 million", "12%", "12 per cent", "40km", "90km/h", "40°C". */
export function readNumeral(tokens: Token[], index: number): NumberCore | undefined {
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
		const at = modifiers === -1 ? following.length : modifiers;
		const head = following[at];
		// "11.4m Ugandan shillings": a currency named with its country's adjective.
		const namedCurrency = head !== undefined && /^\p{Lu}/u.test(head.text) && currencyNames.has(following[at + 1]?.lower ?? '');
		const plural = head !== undefined && (isPluralNoun(head.text) || currencyNames.has(head.lower) || namedCurrency);
		return plural ? moneySuffixes.m : undefined;
	}

	return suffix === 'b' || suffix === 'k' ? undefined : moneySuffixes[suffix];
}

export function numberOf(parsed: RegExpExecArray): number {
	return Number(`${parsed[1]!.replaceAll(/[, \u00A0\u202F]/gu, '')}${parsed[2] ?? ''}`);
}

/** Multiply by any scale words that follow ("1.2 billion", "3 million"). */
export function withScaleWords(tokens: Token[], index: number, value: number): {last: number; value: number} {
	let last = index;
	let result = value;
	while (scaleWords[tokens[last + 1]?.lower ?? ''] !== undefined) {
		last++;
		result *= scaleWords[tokens[last]!.lower]!;
	}

	return {last, value: Number(result.toPrecision(12))};
}

export function percentAfter(tokens: Token[], index: number): {last: number; unit: string} | undefined {
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
