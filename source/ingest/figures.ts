import type {Figure} from '../core/schema.js';
import {capitalisedOpeners, scalesBeforeNumber, timeUnits, windowWords} from './lexicon/figure-words.js';
import {ofDeterminers, shareOf} from './lexicon/hedges.js';
import {belowZero} from './lexicon/number-words.js';
import {fractionAt, shareOfOneAt} from './figure-fractions.js';
import {readCore, readRange, type NumberCore} from './figure-numbers.js';
import {hedgeBefore, phraseAt, phrasesByLength, textOf, tokenize, type Token} from './figure-tokens.js';
import {measureOf, readCounted, type Found} from './figure-units.js';
import {findTimes, type TimeMention} from './times.js';

/** A figure found in a text, with its offsets (UTF-16): `text.slice(start, end) === figure.text`. */
export type FigureMention = {start: number; end: number; figure: Figure};

type Qualifier = Figure['qualifier'];

const sentenceOpeners = new Set(['.', '!', '?', '“', '"', '‘', '(', '—', ':', ';']);
const numberSigns = new Set(['no', 'nos', 'number', '#']);
const sharePhrases = phrasesByLength(shareOf);
const scalePhrases = scalesBeforeNumber.map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length);

/**
 * The figures in a sentence (or paragraph), in order: a number with its hedge
 * and the noun phrase it counts. Dates, years, times of day, ordinals and
 * numbers inside names ("Su-35", "G7", "Boeing 737", "Article 5") are not
 * figures; "most of the 400 drones" gives two (the 400, and the share); a
 * fraction or a ratio ("two-thirds of firms", "one in five adults") is a share in per cent.
 * `times`: the sentence's time expressions, when the caller has found them already.
 */
export function findFigures(sentence: string, times: TimeMention[] = findTimes(sentence)): FigureMention[] {
	const tokens = tokenize(sentence);
	const inTime = timeTokens(tokens, times);
	const found: Found[] = [];

	for (let index = 0; index < tokens.length; index++) {
		// "half a million people": the number is read where it starts, and the share taken of it.
		const fractionHere = fractionAt(tokens, index);
		const shareOfOne = shareOfOneAt(tokens, index, fractionHere);
		if (shareOfOne !== undefined) {
			index = shareOfOne.numberAt;
		}

		const fraction = shareOfOne === undefined ? fractionHere : undefined;
		if (fraction !== undefined && !tokens.slice(fraction.first, fraction.last + 1).some(inTime)) {
			const hedge = hedgeBefore(tokens, fraction.first);
			const first = fraction.first - (hedge?.words.length ?? 0);
			found.push({first, last: fraction.last, figure: {text: textOf(sentence, tokens, first, fraction.last), value: fraction.percent, qualifier: hedge?.qualifier ?? 'exact', unit: 'per cent'}});
			index = fraction.last;
			continue;
		}

		const core = readRange(tokens, index) ?? readCore(tokens, index);
		if (core === undefined || tokens.slice(core.first, core.last + 1).some(inTime)) {
			continue;
		}

		const opening = shareOfOne?.first ?? core.first;
		const hedge = core.magnitude === undefined ? hedgeBefore(tokens, opening) : undefined;
		const hedgeStart = opening - (hedge?.words.length ?? 0);
		const scale = core.bare ? scaleBefore(tokens, hedgeStart) : undefined;
		const marked = hedge !== undefined || scale !== undefined;
		if (!marked && core.bare && !looksLikeQuantity(tokens, core, inTime)) {
			index = core.last;
			continue;
		}

		const counted = core.ownUnit === undefined && scale === undefined ? readCounted(tokens, core, inTime) : undefined;
		if (!marked && core.bare && counted === undefined && isAge(tokens, core)) {
			continue;
		}

		const unit = scale?.unit ?? core.ownUnit ?? counted?.unit ?? 'unspecified';
		const spanOver = hedge?.words.join(' ') === 'over' && timeUnits.has(unit.toLowerCase());
		const hedgeUsed = spanOver ? undefined : hedge;
		const first = scale?.first ?? (hedgeUsed ? hedgeStart : opening);
		const {last, value: whole} = belowZeroAfter(tokens, counted?.last ?? core.last, core.value);
		const value = shareOfOne === undefined || whole === null ? whole : Math.round((whole * shareOfOne.percent) / 100);
		const qualifier: Qualifier = core.magnitude ?? hedgeUsed?.qualifier ?? (core.range ? 'at least' : 'exact');
		found.push({first, last, figure: {text: textOf(sentence, tokens, first, last), value, qualifier, unit}});

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

/**
 * Whether a token belongs to a time expression, for figures. The count of a
 * window ("over the next 45 days", "in the past 24 hours") does not: it says
 * how long, so it is a figure too; a date or an offset ("three days ago") only
 * says when.
 */
function timeTokens(tokens: Token[], times: TimeMention[]): (token: Token) => boolean {
	const inTimes = (token: Token) => times.some((time) => token.start >= time.start && token.start < time.end);
	const windowCounts = new Set<Token>();
	tokens.forEach((token, index) => {
		const core = inTimes(token) && windowWords.has(token.lower) ? readCore(tokens, index + 1) : undefined;
		const unit = core?.bare ? tokens[core.last + 1] : undefined;
		if (core !== undefined && unit !== undefined && timeUnits.has(unit.lower) && inTimes(unit)) {
			tokens.slice(core.first, core.last + 2).forEach((counted) => windowCounts.add(counted));
		}
	});

	return (token) => inTimes(token) && !windowCounts.has(token);
}

/**
 * "magnitude 6.4", "a Category 4 hurricane", "a magnitude of about 7": the
 * named scale a bare number (or its hedge) is read on, and where it starts.
 */
function scaleBefore(tokens: Token[], first: number): {first: number; unit: string} | undefined {
	const scale = scalePhrases.find((words) => phraseAt(tokens, first - words.length, words));
	return scale && {first: first - scale.length, unit: tokens[first - scale.length]!.text};
}

/** "five degrees below zero": the figure's last token and value, negative when "below zero" follows it. */
function belowZeroAfter(tokens: Token[], last: number, value: number | null): {last: number; value: number | null} {
	return value !== null && value > 0 && phraseAt(tokens, last + 1, belowZero) ? {last: last + belowZero.length, value: -value} : {last, value};
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
