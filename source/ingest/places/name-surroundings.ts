import type {NameMatch} from './match-names.js';
import {capitalisedFunctionWords, notPlaces} from './not-places.js';
import type {IgnoredSpan} from './place.js';
import {inOrdinaryCase, possessive, type Token} from './tokens.js';

/** What an article says around a name it holds: the words before and beside it, shared by the resolution of places and of local places. */

/** Lower-case words that put a small town in place, where a surname rarely stands. */
const wordsOfPlace = new Set(['in', 'near', 'at', 'from', 'outside', 'around', 'to', 'towards', 'toward', 'into', 'between', 'via', 'across', 'through', 'above', 'below', 'off', 'along', 'beyond', 'downstream', 'upstream', 'inland', 'opposite']);

/** Titles of a place's officers, written after its name: "Saratov Gov.", "Kharkiv Mayor", "Texas Governor". */
const titlesAfterAPlace = new Set(['Gov', 'Governor', 'Mayor', 'Premier', 'Sen', 'Senator', 'Rep', 'Representative', 'Police', 'Prosecutor', 'Regional']);

/** What the whole article tells about its names. */
export type ArticleContext = {
	paragraphs: string[];
	tokensByParagraph: Token[][];
	matches: NameMatch[];
	ignore: IgnoredSpan[];
	/** The matches and the ignored spans of one paragraph. */
	matchesIn: (paragraph: number) => NameMatch[];
	ignoredIn: (paragraph: number) => IgnoredSpan[];
	/** ISO codes of the countries the article names, itself or through a curated place in it (Tehran: Iran), and its own country. */
	namedCountries: Set<string>;
	/** The country most of the article's names point to, named or not (see homeCountryOf). */
	homeCountry: string | undefined;
	/** GeoNames first-level divisions the article names, such as US states ("US.CA"). */
	namedDivisions: Set<string>;
	/** Words the article also writes in lower case ("most", "reading"). */
	lowercaseWords: Set<string>;
	/** Keys of the rivers and other curated places the article names in full ("River Wye", "the river Wye"). */
	namedInFull: Set<string>;
};

export function isCommonWord(match: NameMatch, lowercaseWords: ReadonlySet<string>): boolean {
	const written = inOrdinaryCase(match.written);
	return notPlaces.has(written) || capitalisedFunctionWords.has(written) || lowercaseWords.has(written.toLowerCase());
}

/**
 * Words for a village or a ward written before its name as part of it, in the
 * languages the news keeps them in: "Barangay Sulat" (the Philippines),
 * "Kampung Baru", "Desa Sukamaju", "Aldea Santa Rosa", "Kibbutz Be'eri".
 */
export const settlementTitles: ReadonlySet<string> = new Set(['Barangay', 'Brgy', 'Kampung', 'Kampong', 'Desa', 'Kelurahan', 'Aldea', 'Vereda', 'Kibbutz', 'Moshav']);

/**
 * "the town of Valdoro", "the village of Kettleby", "the island of Skarholm",
 * "Tarn island", "the Kerkennah islands", "Barangay Sulat", "the Ferbane
 * area": the article says it is a settlement, or the island one stands for,
 * however small.
 */
export function isCalledASettlement(match: NameMatch, article: ArticleContext): boolean {
	const paragraph = article.paragraphs[match.paragraph - 1]!;
	const before = article.tokensByParagraph[match.paragraph - 1]![match.firstToken - 1];
	return /\b(?:town|village|city|hamlet|port|municipality|island)\s+of\s+$/u.test(paragraph.slice(Math.max(0, match.start - 30), match.start))
		|| /^ (?:[Ii]slands?|area)\b/u.test(paragraph.slice(match.end, match.end + 9))
		|| (before !== undefined && settlementTitles.has(before.text) && paragraph.slice(before.end, match.start) === ' ');
}

/** Words before "of" that make it a word of place: "north of Holmvik Bay", "residents of Eastholm", "the outskirts of Port Alder". */
const placeWordsBeforeOf = new Set([
	'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west',
	'residents', 'villagers', 'inhabitants', 'outskirts', 'suburbs',
	'area', 'areas', 'part', 'parts', 'districts', 'villages', 'towns', 'coast', 'shores', 'banks',
]);

/** Whether the token at `index` is a word of place: "near", or "of" after "north" or "residents"; capitalised where it opens a sentence ("In Arviat, …"). */
function isWordOfPlaceAt(tokens: Token[], index: number, paragraph: string): boolean {
	const {text} = tokens[index]!;
	const opensSentence = index === 0 || /[.!?]["”’']?\s+$/u.test(paragraph.slice(tokens[index - 1]!.end, tokens[index]!.start));
	return wordsOfPlace.has(opensSentence ? text.toLowerCase() : text) || (text === 'of' && placeWordsBeforeOf.has(tokens[index - 1]?.text ?? ''));
}

/** How many words a list of names after a word of place may run to before the name: "between Little Ashby and Wexby". */
const longestListInWords = 8;

/**
 * Whether a word of place puts the name in place: right before it ("near
 * Millbrook", "north of Holmvik Bay"), or before a list it ends ("between
 * Little Ashby and Wexby", "residents of Holmvik Bay, Eastholm and Port Alder").
 */
export function isPutInPlace(match: NameMatch, article: ArticleContext): boolean {
	const paragraph = article.paragraphs[match.paragraph - 1]!;
	const tokens = article.tokensByParagraph[match.paragraph - 1]!;
	const previous = match.firstToken - 1;
	const gapAfter = (index: number) => paragraph.slice(tokens[index]!.end, index + 1 === match.firstToken ? match.start : tokens[index + 1]!.start);
	if (previous < 0) {
		return false;
	}

	const isConjunction = (index: number) => tokens[index]!.text === 'and' || tokens[index]!.text === 'or';
	if (gapAfter(previous) === ' ' && !isConjunction(previous)) {
		return isWordOfPlaceAt(tokens, previous, paragraph);
	}

	// In a list: "between Little Ashby and Wexby", "residents of Holmvik Bay, Eastholm and Port Alder".
	if (!isConjunction(previous) && gapAfter(previous) !== ', ') {
		return false;
	}

	let namesBefore = 0;
	for (let index = previous; index >= Math.max(0, previous - longestListInWords); index--) {
		if (!/^(?: |, )$/u.test(gapAfter(index))) {
			return false;
		}

		if (/^\p{Lu}/u.test(tokens[index]!.text)) {
			namesBefore++;
		} else if (!isConjunction(index)) {
			return namesBefore > 0 && isWordOfPlaceAt(tokens, index, paragraph);
		}
	}

	return false;
}

const romanceParticles = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'di', 'du', 'des']);
const romanceArticles = new Set(['la', 'las', 'los', 'el', 'le', 'les', 'lo']);

/**
 * Whether a capitalised word stands right beside the name, as in "Andrew
 * Jackson" or "Lincoln Center", or a name runs on after a particle ("Cabo
 * de la Vela"): then it is part of another name.
 */
export function standsBesideAName(match: NameMatch, article: ArticleContext): boolean {
	const paragraph = article.paragraphs[match.paragraph - 1]!;
	const tokens = article.tokensByParagraph[match.paragraph - 1]!;
	const before = tokens[match.firstToken - 1];
	const after = tokens[match.lastToken + 1];
	const first = tokens[match.firstToken]!;
	const last = tokens[match.lastToken]!;
	const isNameWord = (token: Token) => {
		if (article.ignoredIn(match.paragraph).some(span => token.start < span.end && span.start < token.end)) {
			return true;
		}

		// "Russia's Saratov region": a place's possessive before the name is no part of it.
		const end = possessive.test(token.text) ? token.end - 2 : token.end;
		const inPlaceName = article.matchesIn(match.paragraph).some(
			other => other !== match && token.start >= other.start && end <= other.end && other.names.some(name => name.isCurated),
		);
		return /^\p{Lu}/u.test(token.text) && !capitalisedFunctionWords.has(token.text) && !settlementTitles.has(token.text) && !inPlaceName;
	};
	// "Saratov Gov. Roman Busargin", "Kharkiv Mayor Ihor Terekhov": a title after a place is the place's officer.
	const titleFollows = after !== undefined && titlesAfterAPlace.has(after.text);

	// "Cabo de la Vela", "Puerto del Rosario": a particle and a capitalised word after the name carry a longer one on.
	const particleAfter = after !== undefined && romanceParticles.has(after.text) && paragraph.slice(last.end, after.start) === ' ';
	const carriedOn = particleAfter && [tokens[match.lastToken + 2], tokens[match.lastToken + 3]].some((token, offset) => token !== undefined && /^\p{Lu}/u.test(token.text) && (offset === 0 || romanceArticles.has(tokens[match.lastToken + 2]!.text)));

	return (
		carriedOn
		|| (before !== undefined && paragraph.slice(before.end, first.start) === ' ' && isNameWord(before))
		// "Sylhet’s Companiganj upazila": a possessive ends the name.
		|| (after !== undefined && paragraph.slice(last.end, after.start) === ' ' && isNameWord(after) && !titleFollows && !possessive.test(last.text))
	);
}
