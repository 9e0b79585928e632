import {kilometresBetween} from './places/distance.js';
import {fold} from '../core/text.js';
import type {ActorDraft} from './actor-registry.js';
import type {Actor, Location} from '../core/schema.js';
import type {Place} from './places/index.js';
import {slugOfFolded} from './places/name-keys.js';

/** Actors and places the corpus already has: an article naming them reuses their ids. */
export type KnownEntities = {actors: Actor[]; locations: Location[]};

/** A place in the corpus within this distance of a found place with the same name is the same place. */
const samePlaceKilometres = 50;

/**
 * Ids for an article's actors and places. One the corpus already knows (same
 * name or alias; for a place, also within 50 km) keeps its id, so a second
 * article about John Kirby adds to the same a-kirby; a new one gets a slug of
 * its name, made unique.
 */
export function entityIds(actors: ActorDraft[], places: Place[], known: KnownEntities) {
	const taken = new Set([...known.actors.map(actor => actor.id), ...known.locations.map(location => location.id)]);
	const actorIds = new Map<ActorDraft, string>();
	for (const actor of actors) {
		const names = [actor.name, ...actor.aliases].map(fold);
		const match = known.actors.find(candidate => candidate.type === actor.type && [candidate.name, ...candidate.aliases].some(name => fold(name) === names[0]))
			?? known.actors.find(candidate => candidate.type === actor.type && actor.type !== 'person' && [candidate.name, ...candidate.aliases].some(name => names.includes(fold(name))));
		actorIds.set(actor, match?.id ?? claim(`a-${slug(actor.name)}`, taken));
	}

	const locationIds = new Map<string, string>();
	const locationOf = (place: Place): string => {
		const cached = locationIds.get(place.key);
		if (cached) {
			return cached;
		}

		const names = new Set([place.name, ...place.aliases].map(fold));
		const match = known.locations.find(location => [location.name, ...location.aliases].some(name => names.has(fold(name))) && kilometresBetween(location, place) <= samePlaceKilometres);
		const id = match?.id ?? claim(`l-${place.key}`, taken);
		locationIds.set(place.key, id);
		return id;
	};

	for (const place of places) {
		locationOf(place);
	}

	return {actor: (actor: ActorDraft) => actorIds.get(actor)!, location: locationOf};
}

function claim(wanted: string, taken: Set<string>): string {
	let id = wanted;
	for (let suffix = 2; taken.has(id); suffix++) {
		id = `${wanted}-${suffix}`;
	}

	taken.add(id);
	return id;
}

function slug(name: string): string {
	return slugOfFolded(fold(name)) || 'unnamed';
}
