import type {Figure} from '../core/schema.js';
import {
	capitalisedOpeners,
	clausePronouns,
	clauseWords,
	danglingWords,
	percentForms,
	predicateStarts,
	timeUnits,
	unitStopWords,
} from './lexicon/figure-words.js';
import {hedges, magnitudes, ofDeterminers, shareOf} from './lexicon/hedges.js';
import {currencySymbols, dollarPrefixes, measurementSuffixes, moneySuffixes, scaleWords, smallNumberWords} from './lexicon/number-words.js';
import {findTimes, type TimeMention} from './times.js';

/** A figure found in a text, with its offsets (UTF-16): `text.slice(start, end) === figure.text`. */
export type FigureMention = {start: number; end: number; figure: Figure};

type Qualifier = Figure['qualifier'];

type Token = {text: string; lower: string; start: number; end: number};

/** The number itself, before hedges and units: token indices are inclusive. */
type NumberCore = {
	first: number;
	last: number;
	value: number | null;
	magnitude?: Qualifier;
	/** A unit the number carries itself: a currency, "per cent", a suffix such as "km". */
	ownUnit?: string;
	/** Plain digits or words with nothing that marks them as a quantity (currency, scale, percentage). */
	bare: boolean;
	range?: boolean;
};

type Found = {
	first: number;
	last: number;
	figure: Omit<Figure, 'measure'>;
	/** A share ("most of the 400 drones") is measured by what was done to it, before it, not by the count's own clause after it. */
	share?: boolean;
};

// Words (with inner hyphens, apostrophes, digit separators) or single other characters.
const tokenPattern = /[\p{L}\p{N}]+(?:[-–’'.,:/][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const numeral = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([a-z]*)$/i;
const numeralRange = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)[-–](\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$/;
const word = /^\p{L}[\p{L}\p{N}’'\-–]*$/u;
const boundaryMarks = new Set([',', ';', ':', '(', ')', '“', '”', '"', '‘', '’', '—', '–', '-', '?', '!', '.', '[', ']']);
const sentenceOpeners = new Set(['.', '!', '?', '“', '"', '‘', '(', '—', ':', ';']);
const quoteMarks = /[“”"‘]/g;
const numberSigns = new Set(['no', 'nos', 'number', '#']);
const irregularPlurals = new Set(['people', 'children', 'men', 'women', 'sheep', 'cattle']);

const byLength = <T extends [string, Qualifier]>(table: T[]) =>
	table.map(([phrase, qualifier]) => ({words: phrase.split(' '), qualifier})).sort((a, b) => b.words.length - a.words.length);
const hedgePhrases = byLength(hedges);
const magnitudePhrases = byLength(magnitudes);
const sharePhrases = byLength(shareOf);

/**
 * The figures in a sentence (or paragraph), in order: a number with its hedge
 * and the noun phrase it counts. Dates, years, times of day, ordinals and
 * numbers inside names ("Su-35", "G7", "Boeing 737", "Article 5") are not
 * figures; "most of the 400 drones" gives two (the 400, and the share).
 */
export function findFigures(sentence: string): FigureMention[] {
	const tokens = tokenize(sentence);
	const times = findTimes(sentence);
	const inTime = (token: Token) => times.some((time) => token.start >= time.start && token.start < time.end);
	const found: Found[] = [];

	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index]!;
		if (inTime(token)) {
			continue;
		}

		const core = readRange(tokens, index) ?? readCore(tokens, index);
		if (core === undefined) {
			continue;
		}

		const hedge = core.magnitude === undefined ? hedgeBefore(tokens, core.first) : undefined;
		if (hedge === undefined && core.bare && !looksLikeQuantity(tokens, core, inTime)) {
			index = core.last;
			continue;
		}

		const counted = core.ownUnit === undefined ? readCounted(tokens, core, inTime) : undefined;
		if (hedge === undefined && core.bare && counted === undefined && isAge(tokens, core)) {
			continue;
		}

		const unit = core.ownUnit ?? counted?.unit ?? 'unspecified';
		const spanOver = hedge?.words.join(' ') === 'over' && timeUnits.has(unit.toLowerCase());
		const hedgeUsed = spanOver ? undefined : hedge;
		const first = hedgeUsed ? core.first - hedgeUsed.words.length : core.first;
		const last = counted?.last ?? core.last;
		const qualifier: Qualifier = core.magnitude ?? hedgeUsed?.qualifier ?? (core.range ? 'at least' : 'exact');
		found.push({first, last, figure: {text: textOf(sentence, tokens, first, last), value: core.value, qualifier, unit}});

		const share = core.magnitude === undefined ? shareBefore(tokens, first) : undefined;
		if (share !== undefined) {
			const figure = {text: textOf(sentence, tokens, share.first, last), value: null, qualifier: share.qualifier, unit};
			found.push({first: share.first, last, figure, share: true});
		}

		index = last;
	}

	return found.map((mention) => ({
		start: tokens[mention.first]!.start,
		end: tokens[mention.last]!.end,
		figure: {...mention.figure, measure: measureOf(sentence, tokens, mention, found, times) || mention.figure.unit},
	}));
}

function tokenize(text: string): Token[] {
	return [...text.matchAll(tokenPattern)].map((match) => ({
		text: match[0],
		lower: match[0].toLowerCase(),
		start: match.index,
		end: match.index + match[0].length,
	}));
}

function textOf(sentence: string, tokens: Token[], first: number, last: number): string {
	return sentence.slice(tokens[first]!.start, tokens[last]!.end);
}

/** Whether the phrase's words stand at `index` (lower-cased). */
function phraseAt(tokens: Token[], index: number, words: string[]): boolean {
	return index >= 0 && words.every((expected, offset) => tokens[index + offset]?.lower === expected);
}

function readCore(tokens: Token[], index: number): NumberCore | undefined {
	for (const {words, qualifier} of magnitudePhrases) {
		if (phraseAt(tokens, index, words)) {
			return {first: index, last: index + words.length - 1, value: null, magnitude: qualifier, bare: false};
		}
	}

	return readMoney(tokens, index) ?? readNumeral(tokens, index) ?? readNumberWords(tokens, index);
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

/** "1,160", "2.5", "3 million", "12%", "12 per cent", "40km". */
function readNumeral(tokens: Token[], index: number): NumberCore | undefined {
	const parsed = numeral.exec(tokens[index]!.text);
	if (parsed === null) {
		return undefined;
	}

	const suffix = parsed[3]!.toLowerCase();
	const scale = suffixScale(suffix, tokens[index + 1]);
	if (suffix !== '' && scale === undefined && !measurementSuffixes.has(suffix)) {
		return undefined; // an ordinal ("5th"), a decade ("1990s"), a time ("3pm")
	}

	const scaled = withScaleWords(tokens, index, numberOf(parsed) * (scale ?? 1));
	const percent = percentAfter(tokens, scaled.last + 1);
	const written = parsed[3]!;
	const ownUnit = suffix === 'pc' ? 'per cent' : suffix === '' || scale !== undefined ? percent?.unit : written;
	const last = percent?.last ?? scaled.last;
	const bare = ownUnit === undefined && scale === undefined && scaled.last === index;
	return {first: index, last, value: scaled.value, bare, ...(ownUnit ? {ownUnit} : {})};
}

/**
 * A scale written onto a number without a currency: "50bn", "2tn", and "1.5m"
 * when a plural noun follows ("1.5m people"); otherwise "40m" is metres.
 */
function suffixScale(suffix: string, next: Token | undefined): number | undefined {
	if (suffix === 'm') {
		const plural = next !== undefined && (/^\p{Ll}+s$/u.test(next.text) || irregularPlurals.has(next.text));
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
function readRange(tokens: Token[], index: number): NumberCore | undefined {
	const single = numeralRange.exec(tokens[index]!.text);
	if (single !== null) {
		const [low, high] = [single[1]!, single[2]!].map((side) => Number(side.replaceAll(',', ''))) as [number, number];
		return low < high ? {first: index, last: index, value: low, bare: false, range: true} : undefined;
	}

	if (tokens[index]!.lower !== 'between') {
		return undefined;
	}

	const low = readNumeral(tokens, index + 1) ?? readNumberWords(tokens, index + 1);
	if (low === undefined || tokens[low.last + 1]?.lower !== 'and') {
		return undefined;
	}

	const high = readNumeral(tokens, low.last + 2) ?? readNumberWords(tokens, low.last + 2);
	if (high === undefined || low.value === null) {
		return undefined;
	}

	return {first: index, last: high.last, value: low.value, bare: false, range: true, ...(high.ownUnit ? {ownUnit: high.ownUnit} : {})};
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

function hedgeBefore(tokens: Token[], first: number): {words: string[]; qualifier: Qualifier} | undefined {
	return hedgePhrases.find(({words}) => phraseAt(tokens, first - words.length, words));
}

/** "most of the 400 drones": the share phrase and where it starts. */
function shareBefore(tokens: Token[], first: number): {first: number; qualifier: Qualifier} | undefined {
	const determiner = ofDeterminers.has(tokens[first - 1]?.lower ?? '') ? 1 : 0;
	const phrase = sharePhrases.find(({words}) => phraseAt(tokens, first - determiner - words.length, words));
	return phrase && {first: first - determiner - phrase.words.length, qualifier: phrase.qualifier};
}

/**
 * A bare number (no hedge, currency, scale or percentage) is a figure unless
 * it is a year ("in 2022") or part of a name ("Boeing 737", "Article 5"): a
 * capitalised word just before it that neither opens the sentence nor ends a
 * time expression ("In March 3,000 people fled").
 */
function looksLikeQuantity(tokens: Token[], core: NumberCore, inTime: (token: Token) => boolean): boolean {
	const text = tokens[core.first]!.text;
	if (/^\d{4}$/.test(text) && Number(text) >= 1000 && Number(text) <= 2100) {
		return false;
	}

	const previous = tokens[core.first - 1];
	if (previous !== undefined && numberSigns.has(previous.lower)) {
		return false; // "No 10", "number 5"
	}

	const opensSentence = core.first === 0 || sentenceOpeners.has(tokens[core.first - 2]?.text ?? '.');
	const capitalised = previous !== undefined && /^\p{Lu}/u.test(previous.text) && !/[’']s$/.test(previous.text) && !inTime(previous);
	return !(capitalised && !opensSentence && !capitalisedOpeners.has(previous.lower));
}

/** "Tom Becker, 67, who …": a bare number set off by commas after a name is an age. */
function isAge(tokens: Token[], core: NumberCore): boolean {
	const [name, comma, after] = [tokens[core.first - 2], tokens[core.first - 1], tokens[core.last + 1]];
	return comma?.text === ',' && name !== undefined && /^\p{Lu}/u.test(name.text) && (after === undefined || [',', '.'].includes(after.text));
}

/**
 * What the number counts: the noun phrase after it ("18 bombardments",
 * "hundreds of one-way attack drones", "900 of these drones" → "drones"), up
 * to four words, ending before a function word, a verb form after the noun
 * ("drones launched"), an adverb, a number or a time expression; with what
 * its head is of, when a noun follows ("1.5m tonnes of grain").
 */
function readCounted(tokens: Token[], core: NumberCore, inTime: (token: Token) => boolean): {unit: string; last: number} | undefined {
	let start = core.last + 1;
	if (core.magnitude !== undefined && ofDeterminers.has(tokens[start]?.lower ?? '')) {
		start++;
	} else if (core.magnitude === undefined && tokens[start]?.lower === 'of' && ofDeterminers.has(tokens[start + 1]?.lower ?? '')) {
		start += 2;
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
function measureOf(sentence: string, tokens: Token[], span: Found, found: Found[], times: TimeMention[]): string {
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
