import {voiceOf, type BriefRecord, type CorpusIndex} from '../records.js';
import type {Actor} from '../schema.js';
import {searchFold} from '../text.js';

/** What fuse.js searches for each record, with how much each field counts: every value folded (see searchFold). */
export type SearchDocument = {
	text: string;
	names: string[];
	voice: string[];
	actors: string[];
	places: string[];
};

export const searchKeys = [
	{name: 'text', weight: 1},
	{name: 'names', weight: 0.8},
	{name: 'voice', weight: 0.7},
	{name: 'places', weight: 0.4},
	{name: 'actors', weight: 0.3},
] as const;

export const fuseOptions = {
	keys: searchKeys.map(key => ({...key})),
	includeScore: true,
	ignoreLocation: true,
	useExtendedSearch: true,
	threshold: 0.3,
} as const;

/** An actor's name, aliases and role: what finds it, and what finds a record it speaks or acts in. */
export function actorNames(actor: Actor): string[] {
	return [actor.name, ...actor.aliases, ...(actor.role ? [actor.role] : [])];
}

/** A record's own other names: an actor's aliases and role, a place's aliases, kind and country, a route's name. */
export function namesOf(record: BriefRecord): string[] {
	switch (record.kind) {
		case 'actor': {
			return actorNames(record.actor).slice(1);
		}

		case 'location': {
			return [...record.location.aliases, record.location.kind, ...(record.location.country ? [record.location.country] : [])];
		}

		case 'route': {
			return [record.route.name];
		}

		default: {
			return [];
		}
	}
}

/** A record's fuse.js document; given `matchable`, only the names of those actors and places, and its text only `withText`. */
export function searchDocument(index: CorpusIndex, record: BriefRecord, matchable?: Set<string>, withText = true): SearchDocument {
	const voice = voiceOf(record);
	const kept = (id: string) => !matchable || matchable.has(id);
	// Involved actors and places by name and alias, so "kiev attacks" finds the Kyiv facts.
	const entityNames = (ids: string[], lookup: Map<string, {name: string; aliases: string[]}>) => ids.flatMap(id => {
		const entity = kept(id) ? lookup.get(id) : undefined;
		return entity ? [entity.name, ...entity.aliases].map(searchFold) : [];
	});

	return {
		// fuse.js leaves a blank field out of its index.
		text: withText ? searchFold(record.text) : '',
		names: namesOf(record).map(searchFold),
		voice: voice && kept(voice.id) ? actorNames(voice).map(searchFold) : [],
		actors: entityNames(
			record.actorIds.filter(id => id !== voice?.id && id !== record.id),
			index.actors,
		),
		places: entityNames(
			record.locationIds.filter(id => id !== record.id),
			index.locations,
		),
	};
}
