import {byParagraph} from '../by-paragraph.js';
import {gazetteer} from './gazetteer.js';
import {placesThatAreFirstNames} from './not-places.js';
import {slugOf} from './name-keys.js';
import {kilometresBetween} from './distance.js';
import {abbreviatedDivisionAfter, type DivisionAbbreviation} from './division-abbreviations.js';
import {districtsNamed, findLocalPlaces} from './local-places.js';
import {matchNames, type NameMatch} from './match-names.js';
import {nearestNamesakes} from './namesakes.js';
import {findNaturalFeatures} from './natural-features.js';
import type {IgnoredSpan, Place, PlaceMention} from './place.js';
import {articleContext} from './article-context.js';
import {isCalledASettlement, isPutInPlace} from './name-surroundings.js';
import {isCommonWord, largestCity, placeNamedAfter, resolve, resolveBeside, standsBesideAName, type ArticleContext} from './resolve-place.js';
import {hasCountyBefore} from './resolve-local.js';
import {tokensOf, type Token} from './tokens.js';

/**
 * Finds the places an article names, in text order: countries, GeoNames
 * cities and curated seas, straits, rivers, lakes, regions, ports and zones,
 * then the districts, streets and landmarks of those towns. The longest name
 * wins; nothing overlaps an ignored span.
 */
export function findPlaces(paragraphs: string[], options: {ignore?: IgnoredSpan[]} = {}): PlaceMention[] {
	return articlePlaces(paragraphs).find(options.ignore ?? []);
}

/** What a name standing alone means in this article (see `articlePlaces`). */
export function placeNamer(paragraphs: string[]): (name: string) => Place | undefined {
	return articlePlaces(paragraphs).placeNamed;
}

export type ArticlePlaces = {
	/** The places the article names, none overlapping an ignored span (see `findPlaces`). */
	find(ignore: IgnoredSpan[]): PlaceMention[];
	/**
	 * What a name standing alone means in this article: a place wherever it is
	 * written (a country, a curated place, a large town), or a province of the
	 * article's own or named country ("Cabo Delgado" in an article on
	 * Mozambique), so that no one takes it for a person's or an organisation's name.
	 */
	placeNamed(name: string): Place | undefined;
};

/**
 * The places of one article, asked for twice: by the actor finder (which
 * names are places) and then with the actors' spans to leave out. The
 * article's words and gazetteer names are read once; a paragraph is matched
 * again only where an ignored span overlaps one of its names.
 */
export function articlePlaces(paragraphs: string[]): ArticlePlaces {
	let tokensByParagraph: Token[][] | undefined;
	let unignored: NameMatch[][] | undefined;
	const read = () => {
		tokensByParagraph ??= paragraphs.map(paragraph => tokensOf(paragraph));
		// Every name, small towns and villages too: the article's own evidence decides which it means.
		unignored ??= paragraphs.map((paragraph, index) => matchNames(paragraph, index + 1, tokensByParagraph![index]!, [], true));
		return {tokensByParagraph, unignored};
	};

	let plain: ArticleContext | undefined;
	/** The article's context with no span ignored, made the first time a question needs it. */
	const plainContext = () => {
		const {tokensByParagraph, unignored} = read();
		plain ??= articleContext(paragraphs, tokensByParagraph, unignored.flat(), []);
		return plain;
	};
	let matchesWritten: Map<string, NameMatch[]> | undefined;
	/** "Oyster farmers in Lau Fau Shan": a name the article puts in place somewhere is a place wherever it stands. */
	const placedElsewhere = (name: string, article: ArticleContext) => {
		if (matchesWritten === undefined) {
			matchesWritten = new Map();
			for (const match of article.matches) {
				const same = matchesWritten.get(match.written);
				if (same === undefined) {
					matchesWritten.set(match.written, [match]);
				} else {
					same.push(match);
				}
			}
		}

		// Where words put it in place first, then its first few other uses: a name's every use is not read again.
		const uses = matchesWritten.get(name) ?? [];
		const placedByWords = uses.filter(match => isPutInPlace(match, article) || isCalledASettlement(match, article));
		for (const match of new Set([...placedByWords, ...uses.slice(0, usesAskedAbout)])) {
			const place = resolve(match, undefined, article);
			if (place !== undefined) {
				return place;
			}
		}

		return undefined;
	};

	let firstNaming: Map<string, number> | undefined;
	let districtPlaces: Map<string, Place> | undefined;
	/** "Guet Ndar, the fishing quarter of Saint-Louis": a part of a town the article names so is no one's name. */
	const districtNamed = (name: string) => {
		if (firstNaming === undefined) {
			firstNaming = new Map();
			for (const [index, paragraph] of paragraphs.entries()) {
				for (const district of districtsNamed([paragraph])) {
					if (!firstNaming.has(district)) {
						firstNaming.set(district, index + 1);
					}
				}
			}
		}

		if (!firstNaming.has(name)) {
			return undefined;
		}

		// Placed by the first paragraph that names it so, in the article's context, the other paragraphs left blank: the whole article is not read again.
		if (districtPlaces === undefined) {
			const article = plainContext();
			const naming = new Set(firstNaming.values());
			const matches = article.matches.filter(match => naming.has(match.paragraph));
			const kept = <T,>(values: T[], blank: T) => values.map((value, index) => (naming.has(index + 1) ? value : blank));
			const placed = placesIn({...article, paragraphs: kept(paragraphs, ''), tokensByParagraph: kept(article.tokensByParagraph, []), matches, matchesIn: byParagraph(matches)});
			districtPlaces = new Map(placed.filter(mention => firstNaming!.has(mention.written)).map(mention => [mention.written, mention.place]));
		}

		return districtPlaces.get(name);
	};

	return {
		find(ignore) {
			const {tokensByParagraph, unignored} = read();
			const ignoredIn = byParagraph(ignore);
			const matches = unignored.flatMap((found, index) => {
				const ignoredHere = ignoredIn(index + 1);
				const overlaps = found.some(match => ignoredHere.some(span => match.start < span.end && span.start < match.end));
				return overlaps ? matchNames(paragraphs[index]!, index + 1, tokensByParagraph[index]!, ignoredHere, true) : found;
			});
			return placesIn(articleContext(paragraphs, tokensByParagraph, matches, ignore, unignored.flat()));
		},
		placeNamed(name) {
			// The name read alone, as its own article: the gazetteer's places only, no street, district or feature around it.
			const tokens = tokensOf(name);
			const alone = matchNames(name, 1, tokens, [], true);
			const [found] = placesIn(articleContext([name], [tokens], alone, []), {aroundNames: false});
			const [match] = alone;
			// "Co Clare", "County Galway": the county of the article's country, not a person of that name.
			const county = match?.firstToken === 1 && hasCountyBefore(match, {paragraphs: [name], tokensByParagraph: [tokens]}) ? match.start : 0;
			if (found !== undefined) {
				return (found.start === 0 || (found.start === county && found.place.kind === 'region')) && found.end === name.length ? found.place : undefined;
			}

			if ((match?.start !== 0 && match?.start !== county) || match.end !== name.length) {
				return districtNamed(name);
			}

			const article = plainContext();
			const place = resolve(match, undefined, {...article, paragraphs: [name], tokensByParagraph: [tokens], matches: [match], matchesIn: () => [match], ignoredIn: () => []});
			const isProvince = match.names.some(({target}) => target.type === 'division' && (target.level === 1 || county > 0) && target.place === place);
			return isProvince ? place : county > 0 ? undefined : (townOfNamedCountry(match, article) ?? placedElsewhere(name, article) ?? districtNamed(name));
		},
	};
}

function placesIn(article: ArticleContext, {aroundNames = true} = {}): PlaceMention[] {
	const {matches, paragraphs, ignore} = article;
	// "Churchill, Man.", "Paradise, Calif.": the state or province abbreviated after a town places the town, and is named itself.
	const abbreviated = matches.map(match => abbreviatedDivisionAfter(paragraphs[match.paragraph - 1]!, match.end));
	const resolved = nearestNamesakes(matches, matches.map((match, index) => {
		const division = abbreviated[index];
		return resolve(match, division === undefined ? placeNamedAfter(index, article) : {countryCode: division.division.slice(0, 2), division: division.division}, article);
	}));
	// "bound for Homonhon … Homonhon has no hospital": a name the article has put in place is that place wherever it is written bare.
	const placeWritten = new Map<string, Place>();
	for (const [index, place] of resolved.entries()) {
		if (place !== undefined && place.kind !== 'country' && !placeWritten.has(matches[index]!.written)) {
			placeWritten.set(matches[index]!.written, place);
		}
	}

	// "In Gion, …" after "the Gion and Arashiyama districts" of Kyoto: the district, not a town of that name far from it (a Gion in Hiroshima).
	const districts = aroundNames ? districtsNamed(paragraphs) : new Set<string>();
	const writtenBefore = (match: NameMatch) => {
		const place = placeWritten.get(match.written);
		return place === undefined || districts.has(match.written) || isCommonWord(match, article.lowercaseWords) || standsBesideAName(match, article) ? undefined : place;
	};
	const found = matches.flatMap((match, index) => {
		const place = resolved[index] ?? listedBeside(index, matches, resolved, paragraphs).map(neighbour => resolveBeside(match, neighbour, article)).find(Boolean) ?? writtenBefore(match);
		if (place === undefined) {
			return [];
		}

		const mention = {paragraph: match.paragraph, start: match.start, end: match.end, written: match.written, place};
		const division = abbreviated[index];
		const divisionPlace = division === undefined ? undefined : placeOfDivision(division);
		return divisionPlace === undefined || division === undefined ? [mention] : [mention, {paragraph: match.paragraph, start: division.start, end: division.end, written: division.abbreviation, place: divisionPlace}];
	});
	if (!aroundNames) {
		return found;
	}

	const local = findLocalPlaces(paragraphs, found, ignore);
	const isFarFromItsDistrict = ({written, place}: PlaceMention) =>
		place.kind === 'city' && districts.has(written) && local.some(district => district.written === written && kilometresBetween(district.place, place) > districtReachKilometres);
	const towns = found.filter(mention => !isFarFromItsDistrict(mention));
	// With a town left out, its span is free for the district: the local places are found again.
	const placed = [...towns, ...(towns.length === found.length ? local : findLocalPlaces(paragraphs, towns, ignore))];
	const {features, replaced} = findNaturalFeatures(paragraphs, article.tokensByParagraph, placed, ignore);
	return [...placed.filter(mention => !replaced.has(mention)), ...features].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

/** The state or province an abbreviation stands for, as its full name is found: a curated region (California) or a GeoNames division (Manitoba). */
function placeOfDivision({name, division}: DivisionAbbreviation): Place | undefined {
	const regions = gazetteer().namesWithSlug(slugOf(name), {withSmallTowns: true}).flatMap(({target}) => (target.type === 'curated' || target.type === 'division' ? [target] : []));
	return (regions.find(target => target.division === division) ?? regions.find(target => target.type === 'curated' && target.countryCode === division.slice(0, 2) && target.place.kind === 'region'))?.place;
}

/** How many uses of a name, beyond those words put in place, are resolved to ask whether it is a place anywhere. */
const usesAskedAbout = 4;

/** How large a town of a country the article names must be for its name, standing alone, to be the town's: not a company's namesake village (Albemarle, N.C.). */
const townPopulation = 50_000;

/**
 * "moved to Saint-Marc or Gonaïves" in an article on Haiti: the largest town of that name, of some size, in a
 * country the article names; never a name that is also a word or a person's (not-places.ts).
 */
function townOfNamedCountry(match: NameMatch, article: ArticleContext): Place | undefined {
	if (isCommonWord(match, article.lowercaseWords) || placesThatAreFirstNames.has(match.written)) {
		return undefined;
	}

	const town = largestCity(match.names.flatMap(({target}) => (target.type === 'city' && target.city.population >= townPopulation && article.namedCountries.has(target.city.country) ? [target] : [])));
	return town?.type === 'city' ? gazetteer().placeOfCity(town.city) : undefined;
}

/** How far from the towns an article names a district of the same name may lie. */
const districtReachKilometres = 100;

/** The places named next to a match in the same list: "Hamburg, Bremerhaven and Wilhelmshaven". */
function listedBeside(index: number, matches: NameMatch[], resolved: Array<Place | undefined>, paragraphs: string[]): Place[] {
	const separatedByList = (first: NameMatch, second: NameMatch) =>
		first.paragraph === second.paragraph && /^(?:,\s+|,?\s+(?:and|or)\s+)$/u.test(paragraphs[first.paragraph - 1]!.slice(first.end, second.start));
	const match = matches[index]!;
	const before = index > 0 && separatedByList(matches[index - 1]!, match) ? resolved[index - 1] : undefined;
	const after = index + 1 < matches.length && separatedByList(match, matches[index + 1]!) ? resolved[index + 1] : undefined;
	return [before, after].filter(place => place !== undefined);
}

/** The place with this key ('kyiv', 'united-states', 'odessa-us'), e.g. to fetch a country for `within`. */
export function placeByKey(key: string): Place | undefined {
	return gazetteer().placeByKey(key);
}
