import {currencyLetters, currencySymbols, dollarPrefixes, moneySuffixes} from './lexicon/number-words.js';
import type {Token} from './figure-tokens.js';
import {numberOf, numeral, withScaleWords, type NumberCore} from './figure-numerals.js';

/** "$1.5bn", "US$2 billion", "£40m", "€3.2 million". */
export function readMoney(tokens: Token[], index: number): NumberCore | undefined {
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
export function readLetteredMoney(tokens: Token[], index: number): NumberCore | undefined {
	const parsed = letteredAmount.exec(tokens[index]!.text);
	if (parsed === null) {
		return undefined;
	}

	const [, letters, amount, suffix] = parsed as unknown as [string, string, string, string | undefined];
	const scaled = withScaleWords(tokens, index, Number(amount.replaceAll(',', '')) * (suffix === undefined ? 1 : moneySuffixes[suffix]!));
	const marked = suffix !== undefined || scaled.last > index || /[,.]/u.test(amount);
	return marked ? {first: index, last: scaled.last, value: scaled.value, ownUnit: currencyLetters[letters]!, bare: false} : undefined;
}
