import type {Location} from '../../core/schema.js';

export type LocationKind = Location['kind'];

/** A place the finder can name: a country, a GeoNames city or a curated place. */
export type Place = {
	/** Stable slug of the canonical name ('kyiv', 'caspian-sea'); location ids are `l-${key}`. */
	key: string;
	/** Canonical English name. */
	name: string;
	kind: LocationKind;
	/** Name of the country it lies in; null for a country or a sea shared by several. */
	country: string | null;
	/** Key of that country's place. */
	countryKey: string | null;
	lat: number;
	lon: number;
	/** Where the coordinates come from: gazetteer and id, or how they were derived. */
	coordinatesSource: string;
	/** News spellings and alternate names. */
	aliases: string[];
};

/** A place named in an article: `paragraphs[paragraph - 1].slice(start, end) === written`. */
export type PlaceMention = {
	/** 1-based. */
	paragraph: number;
	/** UTF-16 offsets within the paragraph. */
	start: number;
	end: number;
	written: string;
	place: Place;
};

/** Text the caller already knows is something else, such as a person's name. */
export type IgnoredSpan = {paragraph: number; start: number; end: number};
