import type {Figure} from '../core/schema.js';
import {clausePronouns, clauseWords, danglingWords, pluralModifiers, predicateStarts, unitStopWords} from './lexicon/figure-words.js';
import {ofDeterminers} from './lexicon/hedges.js';
import {scaleWords, smallNumberWords} from './lexicon/number-words.js';
import type {NumberCore} from './figure-numbers.js';
import {isPluralNoun, type Token} from './figure-tokens.js';
import type {TimeMention} from './times.js';

/** A figure found, by token indices (inclusive), before its measure is known. */
export type Found = {
	first: number;
	last: number;
	figure: Omit<Figure, 'measure'>;
	/** A share ("most of the 400 drones") is measured by what was done to it, before it, not by the count's own clause after it. */
	share?: boolean;
};

// A word, or a unit written with a slash ("90 km/h").
const word = /^\p{L}[\p{L}\p{N}’'\-–]*(?:\/\p{L}+)?$/u;
const boundaryMarks = new Set([',', ';', ':', '(', ')', '“', '”', '"', '‘', '’', '—', '–', '-', '?', '!', '.', '[', ']']);
const quoteMarks = /[“”"‘]/g;

/**
 * What the number counts: the noun phrase after it ("18 bombardments",
 * "hundreds of one-way attack drones", "900 of these drones" → "drones"), up
 * to four words, ending before a function word, a verb form after the noun
 * ("drones launched"), an adverb, a number or a time expression; with what
 * its head is of, when a noun follows ("1.5m tonnes of grain").
 */
export function readCounted(tokens: Token[], core: NumberCore, inTime: (token: Token) => boolean): {unit: string; last: number} | undefined {
	let start = core.last + 1;
	if (core.magnitude !== undefined && ofDeterminers.has(tokens[start]?.lower ?? '')) {
		start++;
	} else if (core.magnitude === undefined && tokens[start]?.lower === 'of' && ofDeterminers.has(tokens[start + 1]?.lower ?? '')) {
		start += 2;
		// "ten of the company’s workers": a possessive stands for a determiner.
		if (/\p{L}[’']s$/u.test(tokens[start]?.text ?? '')) {
			start++;
		}

		// "50 of the parliament’s 129 seats": a count of a whole that is a figure of its own is in its unit, and ends before it.
		const whole = /^\d[\d,.]*$/u.test(tokens[start]?.text ?? '') ? nounPhraseAt(tokens, start + 1, 4, inTime) : [];
		if (whole.length > 0) {
			return {unit: whole.map(token => token.text).join(' '), last: core.last};
		}
	}

	const words = nounPhraseAt(tokens, start, 4, inTime);
	// A lone participle ("12 killed") is what happened to the count, not what is counted.
	if (words.length === 0 || (words.length === 1 && /(?:ed|ing)$/.test(words[0]!.lower))) {
		return undefined;
	}

	const of = start + words.length;
	const ofWhat = tokens[of]?.lower === 'of' ? nounPhraseAt(tokens, of + 1, 3, inTime) : [];
	if (ofWhat.length > 0) {
		words.push(tokens[of]!, ...ofWhat);
	}

	return {unit: words.map((token) => token.text).join(' '), last: tokens.indexOf(words.at(-1)!)};
}

function nounPhraseAt(tokens: Token[], start: number, limit: number, inTime: (token: Token) => boolean): Token[] {
	const words: Token[] = [];
	for (let at = start; at < tokens.length && words.length < limit; at++) {
		const token = tokens[at]!;
		const lower = token.lower;
		const stops =
			!word.test(token.text) ||
			inTime(token) ||
			unitStopWords.has(lower) ||
			/..ly$/.test(lower) ||
			smallNumberWords[lower] !== undefined ||
			scaleWords[lower] !== undefined ||
			(/(?:ed|ing)$/.test(lower) && words.length > 0);
		if (stops) {
			break;
		}

		words.push(token);
		// "several hundred workers lit braziers", "the two ports account for": a plural noun ends what is counted.
		if (isPluralNoun(token.text) && !pluralModifiers.has(lower)) {
			break;
		}
	}

	return words;
}

/**
 * What the figure measures, from its clause: when a predicate follows the
 * figure ("… have been used against Ukraine", "… it had purchased from
 * Tehran"), that predicate; otherwise the words before it in its clause and
 * any that follow ("Iran sold … to Moscow", "The package is worth"). A clause
 * ends at punctuation, quotation marks, a conjunction or relative word, or
 * another figure; time expressions at its edges are left to the time field.
 * Empty when nothing is left, and the caller falls back to the unit.
 */
export function measureOf(sentence: string, tokens: Token[], span: Found, found: Found[], times: TimeMention[]): string {
	// Figures nested in this one ("400 drones" in "most of the 400 drones") or around it are not other figures.
	const nested = (other: Found) =>
		(other.first >= span.first && other.last <= span.last) || (span.first >= other.first && span.last <= other.last);
	const inOtherFigure = (at: number) => found.some((other) => !nested(other) && at >= other.first && at <= other.last);
	const endsClause = (at: number) => {
		const token = tokens[at]!;
		return boundaryMarks.has(token.text) || clauseWords.has(token.lower) || inOtherFigure(at);
	};

	const inTime = (at: number) => times.some((time) => tokens[at]!.start >= time.start && tokens[at]!.start < time.end);
	const trim = (from: number, to: number) => {
		let [first, last] = [from, to];
		while (first <= last && inTime(first)) {
			first++;
		}

		while (last >= first && (inTime(last) || danglingWords.has(tokens[last]!.lower))) {
			last--;
		}

		return {first, last};
	};

	let beforeStart = span.first;
	while (beforeStart > 0 && !endsClause(beforeStart - 1) && span.first - beforeStart < 6) {
		beforeStart--;
	}

	let afterEnd = span.last;
	while (afterEnd + 1 < tokens.length && !endsClause(afterEnd + 1) && afterEnd - span.last < 8) {
		afterEnd++;
	}

	const before = trim(beforeStart, span.first - 1);
	const after = trim(span.last + 1, afterEnd);
	const phrase = ({first, last}: {first: number; last: number}) =>
		first > last ? '' : sentence.slice(tokens[first]!.start, tokens[last]!.end).replace(quoteMarks, '').replace(/\s+/g, ' ').trim();

	const opener = tokens[after.first]?.lower ?? '';
	const predicateFollows =
		after.first <= after.last &&
		(predicateStarts.has(opener) ||
			/ed$/.test(opener) ||
			(clausePronouns.has(opener) && predicateStarts.has(tokens[after.first + 1]?.lower ?? '')));
	if (span.share && phrase(before) !== '') {
		return phrase(before);
	}

	if (predicateFollows) {
		return phrase(after);
	}

	return [phrase(before), phrase(after)].filter((part) => part !== '').join(' … ');
}
