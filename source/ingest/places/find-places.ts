import {gazetteer} from './gazetteer.js';
import {findLocalPlaces} from './local-places.js';
import {matchNames, type NameMatch} from './match-names.js';
import type {IgnoredSpan, Place, PlaceMention} from './place.js';
import {homeCountryOf} from './home-country.js';
import {isCalledASettlement, isPutInPlace} from './name-surroundings.js';
import {isCommonWord, isWrittenAsRiver, placeNamedAfter, resolve, resolveBeside, standsBesideAName, type ArticleContext} from './resolve-place.js';
import {tokensOf} from './tokens.js';

/**
 * Finds the places an article names, in text order: countries, GeoNames
 * cities and curated seas, straits, rivers, lakes, regions, ports and zones,
 * then the districts, streets and landmarks of those towns. The longest name
 * wins; nothing overlaps an ignored span.
 */
export function findPlaces(paragraphs: string[], options: {ignore?: IgnoredSpan[]} = {}): PlaceMention[] {
	const ignore = options.ignore ?? [];
	const article = articleContext(paragraphs, ignore);
	const {matches} = article;
	const resolved = matches.map((match, index) => resolve(match, placeNamedAfter(index, article), article));
	const found = matches.flatMap((match, index) => {
		const place = resolved[index] ?? listedBeside(index, matches, resolved, paragraphs).map(neighbour => resolveBeside(match, neighbour, article)).find(Boolean);
		return place === undefined ? [] : [{paragraph: match.paragraph, start: match.start, end: match.end, written: match.written, place}];
	});
	return [...found, ...findLocalPlaces(paragraphs, found, ignore)].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

/**
 * What a name standing alone means in this article: a place wherever it is
 * written (a country, a curated place, a large town), or a province of the
 * article's own or named country ("Cabo Delgado" in an article on
 * Mozambique), so that no one takes it for a person's or an organisation's name.
 */
export function placeNamer(paragraphs: string[]): (name: string) => Place | undefined {
	let article: ArticleContext | undefined;
	return name => {
		const [alone] = findPlaces([name]);
		if (alone !== undefined) {
			return alone.start === 0 && alone.end === name.length ? alone.place : undefined;
		}

		article ??= articleContext(paragraphs, []);
		const tokens = tokensOf(name);
		const [match] = matchNames(name, 1, tokens, [], true);
		if (match?.start !== 0 || match.end !== name.length) {
			return undefined;
		}

		const place = resolve(match, undefined, {...article, paragraphs: [name], tokensByParagraph: [tokens], matches: [match]});
		const isProvince = match.names.some(({target}) => target.type === 'division' && target.level === 1 && target.place === place);
		return isProvince ? place : undefined;
	};
}

/** What the whole article tells about its names: the countries it names or points to, its divisions, its words in lower case. */
function articleContext(paragraphs: string[], ignore: IgnoredSpan[]): ArticleContext {
	const tokensByParagraph = paragraphs.map(paragraph => tokensOf(paragraph));
	// Every name, small towns and villages too: the article's own evidence decides which it means.
	const matches = paragraphs.flatMap((paragraph, index) => matchNames(paragraph, index + 1, tokensByParagraph[index]!, ignore, true));
	const lowercaseWords = new Set(tokensByParagraph.flat().flatMap(token => (/^\p{Ll}/u.test(token.text) ? [token.text] : [])));
	const namedCountries = countriesNamedIn(matches);
	const named: ArticleContext = {
		paragraphs,
		tokensByParagraph,
		matches,
		ignore,
		namedCountries,
		homeCountry: undefined,
		namedDivisions: divisionsNamedIn(matches),
		lowercaseWords,
		namedInFull: namedInFull(matches, paragraphs),
	};
	// A name that is a word here, or part of a longer name ("Florence Pugh", "Mr Lyons"), is no evidence of a country.
	const homeCountry = homeCountryOf(
		matches,
		match => isCommonWord(match, lowercaseWords) || standsBesideAName(match, named),
		match => isPutInPlace(match, named) || isCalledASettlement(match, named),
	);
	return homeCountry === undefined ? named : {...named, homeCountry, namedCountries: new Set([...namedCountries, homeCountry])};
}

/** The places named next to a match in the same list: "Hamburg, Bremerhaven and Wilhelmshaven". */
function listedBeside(index: number, matches: NameMatch[], resolved: Array<Place | undefined>, paragraphs: string[]): Place[] {
	const separatedByList = (first: NameMatch, second: NameMatch) =>
		first.paragraph === second.paragraph && /^(?:,\s+|,?\s+(?:and|or)\s+)$/u.test(paragraphs[first.paragraph - 1]!.slice(first.end, second.start));
	const match = matches[index]!;
	const before = index > 0 && separatedByList(matches[index - 1]!, match) ? resolved[index - 1] : undefined;
	const after = index + 1 < matches.length && separatedByList(match, matches[index + 1]!) ? resolved[index + 1] : undefined;
	return [before, after].filter(place => place !== undefined);
}

/** Countries an article names, itself or through a curated place in it (Tehran: Iran); not through a name curated in several (Punjab). */
function countriesNamedIn(matches: NameMatch[]): Set<string> {
	return new Set(
		matches.flatMap(match => {
			const countries = new Set(match.names.flatMap(({target}) => ((target.type === 'country' || target.type === 'curated') && target.countryCode !== null ? [target.countryCode] : [])));
			return countries.size === 1 ? [...countries] : [];
		}),
	);
}

/** Curated places named by a full name, and rivers named beside the word river ("the river Wye"). */
function namedInFull(matches: NameMatch[], paragraphs: string[]): Set<string> {
	return new Set(
		matches.flatMap(match =>
			match.names.flatMap(({target}) =>
				target.type === 'curated' || (target.type === 'short name' && isWrittenAsRiver(match, paragraphs[match.paragraph - 1]!)) ? [target.place.key] : []),
		),
	);
}

function divisionsNamedIn(matches: NameMatch[]): Set<string> {
	return new Set(matches.flatMap(match => match.names.flatMap(({target}) => (target.type === 'curated' && target.division !== null ? [target.division] : []))));
}

/** The place with this key ('kyiv', 'united-states', 'odessa-us'), e.g. to fetch a country for `within`. */
export function placeByKey(key: string): Place | undefined {
	return gazetteer().placeByKey(key);
}
