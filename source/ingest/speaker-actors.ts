import type {ActorDraft, ActorRegistry} from './actor-registry.js';
import {knownOrganisations, organisationHeads} from './lexicon/organisations.js';
import {looksLikeOrganisation} from './name-kind.js';
import {organisationNounPattern} from './names.js';
import type {Place} from './places/index.js';
import type {ActorFor} from './speakers.js';

/**
 * What kind of actor a speaker's name denotes: an organisation by the lexicon,
 * its head noun, its last word ("Severn Valley Water") or its description ("a container carrier"); a state for a
 * country, or for its capital ("Moscow said"); no one for another place ("the
 * southern Red Sea", "leaders in Sanaa"); otherwise a person.
 */
export function actorForName(registry: ActorRegistry, placeNamed: (name: string) => Place | undefined): ActorFor {
	return (name: string, role: string | null, afterPreposition = false): ActorDraft | null => {
		const place = placeNamed(name);
		if (afterPreposition && place) {
			return null;
		}

		const describedAsOrganisation = role !== null && organisationNounPattern.test(role);
		const organisationName = knownOrganisations.includes(name.replace(/^the\s+/iu, '')) || organisationHeads.test(name) || (looksLikeOrganisation(name) && !registry.find(name));
		if (organisationName || describedAsOrganisation) {
			return registry.organisation(name, role);
		}

		if (place?.kind === 'country') {
			return registry.state(place.name, name === place.name ? [] : [name]);
		}

		if (place?.kind === 'capital' && place.country !== null) {
			return registry.state(place.country, [place.name]);
		}

		return place ? null : registry.person(name, role);
	};
}
