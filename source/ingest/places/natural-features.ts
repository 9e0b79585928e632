import {byParagraph} from '../by-paragraph.js';
import {organisationNouns} from '../lexicon/organisations.js';
import {splitSentences} from '../sentences.js';
import {featureRows} from './feature-rows.js';
import {gazetteer} from './gazetteer.js';
import {placeTakenAt} from './local-places.js';
import {foldName} from './name-keys.js';
import {capitalisedFunctionWords, notPlaces} from './not-places.js';
import type {IgnoredSpan, LocationKind, Place, PlaceMention} from './place.js';
import {possessive, tokensOf, type Token} from './tokens.js';

/** A named river, lake, bay, island, mountain or valley written in a paragraph (feature-rows.ts). */
export type FeatureName = {start: number; end: number; name: string; kind: LocationKind; capitalised: boolean; /** The name without its feature words: "Kolvar". */ bareName: string};

type Phrase = {words: string[]; kind: LocationKind; lowerCase: boolean};

const phrasesOf = (words: string[] | undefined, kind: LocationKind, lowerCase = false): Phrase[] => (words ?? []).map(word => ({words: word.split(' '), kind, lowerCase}));
/** Phrases by the word they open with, as written (and in lower case where the row allows): one look-up a word. */
function byFirstWord(phrases: Phrase[]): ReadonlyMap<string, Phrase[]> {
	const map = new Map<string, Phrase[]>();
	for (const phrase of phrases) {
		for (const first of phrase.lowerCase ? [phrase.words[0]!, phrase.words[0]!.toLowerCase()] : [phrase.words[0]!]) {
			map.set(first, [...(map.get(first) ?? []), phrase]);
		}
	}

	return map;
}

const afterPhrases = byFirstWord(featureRows.flatMap(row => phrasesOf(row.after, row.kind, row.lowerCase)));
/** "dams", "Rivers": the one-word `after` phrases in the plural, for two names listed before them. */
const pluralAfterPhrases: ReadonlyMap<string, Phrase> = new Map(
	[...afterPhrases.values()].flat().filter(phrase => phrase.words.length === 1 && !phrase.words[0]!.endsWith('s')).flatMap(phrase => {
		const word = phrase.words[0]!;
		return [[`${word}s`, phrase] as const, ...(phrase.lowerCase ? [[`${word.toLowerCase()}s`, phrase] as const] : [])];
	}),
);
const beforePhrases = byFirstWord(featureRows.flatMap(row => phrasesOf(row.before, row.kind)));
const beforeOfPhrases = byFirstWord(featureRows.flatMap(row => phrasesOf(row.beforeOf, row.kind)));
const organisationWords = new Set(organisationNouns.filter(noun => !noun.includes(' ')));
const startsCapitalised = /^\p{Lu}/u;
const mostNameWords = 3;

/**
 * The natural features a paragraph names by what they are: "the Kolvar River",
 * "Lake Tessin", "the Bay of Lenns". A name is one to three capitalised words,
 * none a word for a country's people ("a Greek island") or an organisation
 * ("Mount Sinai Hospital"), and no capitalised word runs on after it ("the
 * Kolvar River Authority"). Where names overlap, the longest is kept.
 */
export function featureNamesIn(paragraph: string, tokens: Token[] = tokensOf(paragraph)): FeatureName[] {
	const found: FeatureName[] = [];
	const joined = (index: number) => index + 1 < tokens.length && /^[ \u00a0-]$/u.test(paragraph.slice(tokens[index]!.end, tokens[index + 1]!.start));
	const bare = (token: Token) => token.text.replace(possessive, '');
	const phraseAt = (index: number, phrase: Phrase, lowerCase: boolean) =>
		phrase.words.every((word, offset) => {
			const token = tokens[index + offset];
			const text = token === undefined ? '' : offset === phrase.words.length - 1 ? bare(token) : token.text;
			return (text === word || (lowerCase && text === word.toLowerCase())) && (offset === 0 || joined(index + offset - 1));
		});
	const isNameWord = (token: Token) => startsCapitalised.test(token.text) && !organisationWords.has(bare(token).toLowerCase());
	const runsOn = (last: number) => joined(last) && startsCapitalised.test(tokens[last + 1]!.text) && !possessive.test(tokens[last]!.text);
	const textOf = (first: number, last: number) => paragraph.slice(tokens[first]!.start, tokens[last]!.start + bare(tokens[last]!).length);
	const add = (first: number, last: number, [nameFirst, nameLast]: [number, number], kind: LocationKind, capitalised: boolean, name = textOf(first, last)) => {
		if (!gazetteer().demonyms.has(tokens[nameFirst]!.text)) {
			found.push({start: tokens[first]!.start, end: tokens[last]!.start + bare(tokens[last]!).length, name, kind, capitalised, bareName: textOf(nameFirst, nameLast)});
		}
	};

	/** Where the up to three name words before `index` start, a sentence's opening function word left out (`index` when there are none). */
	const nameStartBefore = (index: number) => {
		let first = index;
		while (first > 0 && index - first < mostNameWords && joined(first - 1) && isNameWord(tokens[first - 1]!) && !possessive.test(tokens[first - 1]!.text)) {
			first--;
		}

		while (first < index && capitalisedFunctionWords.has(tokens[first]!.text)) {
			first++;
		}

		return first;
	};

	for (const [index, token] of tokens.entries()) {
		// "the Kolvar River": the name words before the phrase.
		const word = bare(token);
		for (const phrase of (afterPhrases.get(word) ?? []).filter(phrase => phraseAt(index, phrase, phrase.lowerCase))) {
			const first = nameStartBefore(index);
			const last = index + phrase.words.length - 1;
			// "the Tuul River valley" is the valley of the Tuul River, which is the name.
			const afterAFeature = !startsCapitalised.test(word) && index > 0 && afterPhrases.has(tokens[index - 1]!.text);
			if (first < index && !runsOn(last) && !afterAFeature) {
				add(first, last, [first, index - 1], phrase.kind, startsCapitalised.test(token.text));
			}
		}

		// "the Tiga and Challawa Gorge dams": two features, each with the word in the singular.
		const plural = pluralAfterPhrases.get(word);
		const second = plural === undefined ? index : nameStartBefore(index);
		if (plural !== undefined && second < index && !runsOn(index) && tokens[second - 1]?.text === 'and' && joined(second - 2) && joined(second - 1)) {
			const first = nameStartBefore(second - 1);
			const singular = startsCapitalised.test(word) ? plural.words[0]! : plural.words[0]!.toLowerCase();
			if (first < second - 1) {
				add(first, second - 2, [first, second - 2], plural.kind, startsCapitalised.test(word), `${textOf(first, second - 2)} ${singular}`);
				add(second, index, [second, index - 1], plural.kind, startsCapitalised.test(word), `${textOf(second, index - 1)} ${singular}`);
			}
		}

		// "Lake Tessin", "the Bay of Lenns": the name words after the phrase (and "of").
		const opening = [
			...(beforePhrases.get(token.text) ?? []).filter(phrase => phraseAt(index, phrase, false)).map(phrase => ({phrase, nameFirst: index + phrase.words.length})),
			...(beforeOfPhrases.get(token.text) ?? []).filter(phrase => phraseAt(index, phrase, false) && tokens[index + 1]?.text === 'of' && joined(index) && joined(index + 1)).map(phrase => ({phrase, nameFirst: index + 2})),
		];
		// "the Bear River Migratory Bird Refuge": "River" after a name word closes that name ("Bear River"), it opens none.
		const closesAName = index > 0 && joined(index - 1) && isNameWord(tokens[index - 1]!) && !capitalisedFunctionWords.has(tokens[index - 1]!.text);
		for (const {phrase, nameFirst} of closesAName ? [] : opening) {
			let last = nameFirst - 1;
			while (last + 1 < tokens.length && last + 1 - nameFirst < mostNameWords && joined(last) && isNameWord(tokens[last + 1]!) && !capitalisedFunctionWords.has(tokens[last + 1]!.text)) {
				last++;
				if (possessive.test(tokens[last]!.text)) {
					break;
				}
			}

			if (last >= nameFirst && !runsOn(last)) {
				add(index, last, [nameFirst, last], phrase.kind, true);
			}
		}
	}

	return longestFirst(found).filter(feature => !notPlaces.has(feature.name));
}

function longestFirst(names: FeatureName[]): FeatureName[] {
	const kept: FeatureName[] = [];
	for (const name of [...names].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
		if (!kept.some(other => name.start < other.end && other.start < name.end)) {
			kept.push(name);
		}
	}

	return kept.sort((a, b) => a.start - b.start);
}

/** A capital is no guide: news names it for its government ("Santiago said"). */
const isTown = (place: Place) => place.kind === 'city' || place.kind === 'port';

/**
 * Rivers, lakes, bays, islands, mountains and valleys the gazetteer lacks,
 * taken at the place they are named after ("Geoje Island" at Geoje), else at
 * the town the article names nearest them in the same sentence, else the region
 * there, else the town nearest in the same paragraph; a feature with nothing beside it is
 * left out rather than guessed. A feature named again later is the same place. A
 * capitalised feature name takes the place of a place inside it ("the
 * Artibonite River" is not the Artibonite department); a lower-case one does
 * not ("the Kyiv reservoir" stays Kyiv). Returns the features and the
 * mentions they replace.
 */
export function findNaturalFeatures(paragraphs: string[], tokensByParagraph: Token[][], mentions: PlaceMention[], ignore: IgnoredSpan[]): {features: PlaceMention[]; replaced: Set<PlaceMention>} {
	const mentionsIn = byParagraph(mentions);
	const ignoredIn = byParagraph(ignore);
	const placeWritten = new Map<string, PlaceMention>();
	for (const mention of mentions) {
		if (mention.place.kind !== 'country' && !placeWritten.has(mention.written)) {
			placeWritten.set(mention.written, mention);
		}
	}

	const written: Array<{paragraph: number; feature: FeatureName; town: Place | undefined; inside: PlaceMention[]}> = [];
	for (const [index, paragraph] of paragraphs.entries()) {
		const number = index + 1;
		for (const feature of featureNamesIn(paragraph, tokensByParagraph[index])) {
			const overlapping = mentionsIn(number).filter(mention => feature.start < mention.end && mention.start < feature.end);
			const inside = (mention: PlaceMention) => feature.start <= mention.start && mention.end <= feature.end && mention.end - mention.start < feature.end - feature.start;
			const isFree = !ignoredIn(number).some(span => feature.start < span.end && span.start < feature.end) && overlapping.every(mention => feature.capitalised && inside(mention));
			if (isFree) {
				// "Geoje Island", "the Artibonite River": named after a place the article names, it lies there.
				const namesake = overlapping.find(mention => mention.place.kind !== 'country') ?? placeWritten.get(feature.bareName);
				const beside = mentionsIn(number).filter(mention => !overlapping.includes(mention));
				written.push({paragraph: number, feature, town: namesake?.place ?? nearestPlace(paragraph, feature, beside), inside: overlapping});
			}
		}
	}

	const placeOfName = new Map<string, Place>();
	for (const {feature, town} of written) {
		const name = foldName(feature.name);
		if (town !== undefined && !placeOfName.has(name)) {
			placeOfName.set(name, placeTakenAt(feature.name, feature.kind, town, 'the place the article names beside it'));
		}
	}

	// A place inside a feature with no place to stand at stays as it was.
	const features: PlaceMention[] = [];
	const replaced = new Set<PlaceMention>();
	for (const {paragraph, feature, inside} of written) {
		const place = placeOfName.get(foldName(feature.name));
		if (place !== undefined) {
			features.push({paragraph, start: feature.start, end: feature.end, written: feature.name, place});
			for (const mention of inside) {
				replaced.add(mention);
			}
		}
	}

	return {features, replaced};
}

/** The town named nearest a feature in its sentence, else the region (a region is wide: "the Roper River" is not at the middle of Arnhem Land), else the town nearest in its paragraph. */
function nearestPlace(paragraph: string, feature: FeatureName, beside: PlaceMention[]): Place | undefined {
	const gap = (mention: PlaceMention) => (mention.end <= feature.start ? feature.start - mention.end : mention.start - feature.end);
	const nearest = (among: PlaceMention[]) => among.reduce<PlaceMention | undefined>((best, mention) => (best === undefined || gap(mention) < gap(best) ? mention : best), undefined);
	const sentence = splitSentences(paragraph).find(each => each.start <= feature.start && feature.start < each.end);
	const inSentence = sentence === undefined ? [] : beside.filter(mention => mention.start >= sentence.start && mention.end <= sentence.end);
	const towns = (among: PlaceMention[]) => among.filter(mention => isTown(mention.place));
	return (nearest(towns(inSentence)) ?? nearest(inSentence.filter(mention => mention.place.kind === 'region')) ?? nearest(towns(beside)))?.place;
}
