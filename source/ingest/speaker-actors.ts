import {articleWords} from './article-words.js';
import type {ActorDraft, ActorRegistry} from './actor-registry.js';
import {hasOrganisationShape, isAcronymName, isFirstName, isKnownOrganisationWord, looksLikeOrganisation} from './name-kind.js';
import {describesOrganisation, fullNameIn} from './names.js';
import type {Place} from './places/index.js';
import type {NameContext} from './speaker-clue.js';

/** Decides what kind of actor a speaker's name denotes ("Moscow" → the state Russia, "the Kremlin" → an organisation). */
export type ActorFor = (name: string, role: string | null, context?: NameContext) => ActorDraft | null;

/**
 * What kind of actor a speaker's name denotes: an organisation by the lexicon,
 * its head noun, its last word ("Severn Valley Water"), its description ("a
 * container carrier"), an acronym ("AFAD said"), an article ("according to
 * the Guardia Civil") or a preposition ("analysts at Danske Bank"); a state for a country, or for its capital ("Moscow
 * said"); no one for another place ("the southern Red Sea", "leaders in
 * Sanaa"); otherwise a person.
 */
export function actorForName(registry: ActorRegistry, placeNamed: (name: string) => Place | undefined, paragraphs: string[]): ActorFor {
	return (name: string, role: string | null, {afterPreposition = false, definite = false, aged = false}: NameContext = {}): ActorDraft | null => {
		// "Deputy Minister for Energy Transition": a title whose words were all its portfolio's names no one.
		if (name === '') {
			return null;
		}

		const place = placeNamed(name);
		if (afterPreposition && place) {
			return null;
		}

		const describedAsOrganisation = role !== null && describesOrganisation(role);
		const known = registry.find(name);
		// "Coastal Affairs said", the end of the "Ministry of Fisheries and Coastal Affairs" the article named: that ministry.
		// "Ministry of Tourism" read up to "and Heritage": the "Ministry of Tourism and Heritage" the article named.
		const longer = known === undefined ? ((hasOrganisationShape(name) || !name.includes(' ') ? registry.organisationEndingWith(name) : undefined) ?? registry.organisationEndingWith(`and ${name}`) ?? registry.organisationGoingOnAfter(name)) : undefined;
		if (longer) {
			return longer;
		}

		const organisationName = hasOrganisationShape(name) || (!known && (looksLikeOrganisation(name) || (!place && (isAcronymName(name) || definite || afterPreposition))));
		if (organisationName || describedAsOrganisation) {
			return registry.organisation(name, role);
		}

		if (place?.kind === 'country') {
			return registry.state(place.name, name === place.name ? [] : [name]);
		}

		if (place?.kind === 'capital' && place.country !== null) {
			return registry.state(place.country, [place.name]);
		}

		if (place) {
			return null;
		}

		const fullName = registry.find(name) ? undefined : longerNameIn(paragraphs, name);
		if (fullName) {
			return registry.find(fullName) ?? (isFirstName(name) ? registry.person(fullName, role) : registry.organisation(fullName, role, [name]));
		}

		if (/\s/.test(name) || known) {
			return registry.person(name, role);
		}

		// "Mr Brodie said" where the article wrote "Callum Brodie" but compromise did not know him: the person in full.
		// A single word no one is called in full, with no title, is an organisation's ("Airbus said", "Nvidia said"):
		// news copy names a person in full before it shortens them to a surname.
		const writtenInFull = fullNameIn(paragraphs, name);
		if (role === null && !aged && !isFirstName(name) && (isKnownOrganisationWord(name) || writtenInFull === undefined)) {
			return registry.organisation(name);
		}

		return registry.person(writtenInFull ?? name, role);
	};
}

/**
 * "Nordhavn said" after "Norwegian fertiliser maker Nordhavn Agri": a single
 * word no one has been called, which the article also writes as the first
 * word of a longer name, is that name's short form — an organisation's, as a
 * person's short form is their surname, the last word; unless the word is a
 * first name ("Maria said" for Maria Lopez).
 */
function longerNameIn(paragraphs: string[], word: string): string | undefined {
	if (/\s/.test(word)) {
		return undefined;
	}

	const after = articleWords(paragraphs).wordsAfter(word);
	return after === undefined ? undefined : `${word}${after}`;
}
