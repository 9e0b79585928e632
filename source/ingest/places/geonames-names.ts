import type {GazetteerName, LocalTarget} from './gazetteer-names.js';
import type {IndexedName} from './gazetteer-index-format.js';
import {geonamesPlacesPackage, smallVillagesPackage, type GeonamesDivision, type GeonamesVillage} from './geonames-places.js';
import {slugOf} from './name-keys.js';
import type {Place} from './place.js';

/** The most words a division's or village's name is matched over ("Rio Grande do Sul state"). */
export const longestLocalNameInWords = 5;

/**
 * A division or village of the index as a gazetteer name, its place made
 * here (divisions and villages are looked up by slug, so few are ever made).
 */
export function localName(indexed: Extract<IndexedName, {type: 'division' | 'village'}>, countriesByCode: ReadonlyMap<string, Place>): GazetteerName {
	const target: LocalTarget =
		indexed.type === 'division'
			? {
				type: 'division',
				place: divisionPlace(indexed.division, countriesByCode.get(indexed.division.country)),
				countryCode: indexed.division.country,
				division: indexed.division.code,
				level: indexed.division.level,
				withNoun: indexed.withNoun,
			}
			: {type: 'village', place: villagePlace(indexed.village, countriesByCode.get(indexed.village.country)), countryCode: indexed.village.country};
	return {name: indexed.name, marked: indexed.marked, isCurated: false, target};
}

function villagePlace(village: GeonamesVillage, country: Place | undefined): Place {
	return {
		key: `${slugOf(village.name)}-${village.country.toLowerCase()}-${slugOf(village.division)}`,
		name: village.name,
		kind: 'city',
		country: country?.name ?? null,
		countryKey: country?.key ?? null,
		lat: village.lat,
		lon: village.lon,
		coordinatesSource: `GeoNames town or village (via ${village.fromCities500 ? smallVillagesPackage : geonamesPlacesPackage})`,
		aliases: [],
	};
}

function divisionPlace(division: GeonamesDivision, country: Place | undefined): Place {
	const aliases = [...new Set([division.geonamesName, ...(division.noun === undefined ? [] : [`${division.name} ${division.noun}`])])].filter(alias => alias !== division.name);
	return {
		key: `${slugOf(division.name)}-${slugOf(division.code)}`,
		name: division.name,
		kind: 'region',
		country: country?.name ?? null,
		countryKey: country?.key ?? null,
		lat: division.lat,
		lon: division.lon,
		coordinatesSource:
			division.seat !== undefined
				? `approximate: ${geonamesPlacesPackage} has no place in ${division.geonamesName} (${division.code}); taken at the town of ${division.seat} in it`
				: division.places === 0
				? `approximate: ${geonamesPlacesPackage} has no place in ${division.geonamesName} (${division.code}); centre of the box spanned by the places of the division around it`
				: `approximate: centre of the box spanned by the ${division.places} GeoNames places of ${division.geonamesName} (${division.code}, level ${division.level}) in ${geonamesPlacesPackage}`,
		aliases,
	};
}
