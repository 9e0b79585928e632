import {currencyCodes, currencyLetters, currencySymbols, dollarPrefixes, moneySuffixes, scaleWords} from './lexicon/number-words.js';
import type {Token} from './figure-tokens.js';
import {numberOf, numeral, withScaleWords, type NumberCore} from './figure-numerals.js';

/** "$1.5bn", "US$2 billion", "£40m", "€3.2 million", "HTG 2,000", "Tk 200 crore". */
export function readMoney(tokens: Token[], index: number): NumberCore | undefined {
	const token = tokens[index]!;
	const next = tokens[index + 1];
	const prefixed = dollarPrefixes[token.text] !== undefined && next?.text === '$' && next.start === token.end;
	const symbolIndex = prefixed ? index + 1 : index;
	const symbol = tokens[symbolIndex]!.text;
	const currency = prefixed ? dollarPrefixes[token.text] : (currencySymbols[symbol] ?? currencyCodes[symbol] ?? spacedLetters(tokens, symbolIndex));
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

/** "Tk 60,000", "RM 1,000": letters of two or more set apart from the amount by a space (a lone "P 20" is no sum). */
function spacedLetters(tokens: Token[], index: number): string | undefined {
	const token = tokens[index]!;
	return token.text.length >= 2 && tokens[index + 1]?.start === token.end + 1 ? currencyLetters[token.text] : undefined;
}

const letters = [...Object.keys(currencyCodes), ...Object.keys(currencyLetters)].sort((a, b) => b.length - a.length);
/** The letters, the amount (its thousands set apart by commas or spaces), a scale written onto it, and the rest of a range ("VND350,000-450,000"). */
const letteredAmount = new RegExp(String.raw`^(${letters.join('|')})((?:\d{1,3}(?:[, \u00A0\u202F]\d{3})+|\d+)(?:\.\d+)?)(bn|mn|mil|m|tn|-million|-billion|-trillion)?(?:[-–](?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)?$`, 'u');

/** "N1.2 trillion", "Rs500m", "KSh2,500", "VND300 million", "RM2mil", "R9 000", "R2-million": a currency's letters written onto the amount. */
export function readLetteredMoney(tokens: Token[], index: number): NumberCore | undefined {
	const parsed = letteredAmount.exec(tokens[index]!.text);
	if (parsed === null) {
		return undefined;
	}

	const [, written, amount, suffix] = parsed as unknown as [string, string, string, string | undefined];
	// "R2-million": a scale word joined by a hyphen, as South African papers write it.
	const scale = suffix === undefined ? 1 : suffix.startsWith('-') ? scaleWords[suffix.slice(1)]! : moneySuffixes[suffix]!;
	const scaled = withScaleWords(tokens, index, Number(amount.replaceAll(/[, \u00A0\u202F]/gu, '')) * scale);
	const marked = suffix !== undefined || scaled.last > index || /[,. \u00A0\u202F]/u.test(amount);
	return marked ? {first: index, last: scaled.last, value: scaled.value, ownUnit: (currencyCodes[written] ?? currencyLetters[written])!, bare: false} : undefined;
}
