import type {ActorDraft, ActorRegistry} from './actor-registry.js';
import {reportedSpeakerClue, type SpeakerClue} from './attribution.js';
import {byParagraph} from './by-paragraph.js';
import {organisationNouns} from './lexicon/organisations.js';
import {peopleAtOrganisation, spokespersonFor, unnamedPerson} from './lexicon/titles.js';
import {isByline, type ActorMention} from './mentions.js';
import type {ActorFor, ReferenceResolver} from './speakers.js';

type ArticleText = {
	paragraphs: string[];
	/** The paragraphs with quoted text blanked out. */
	masked: string[];
	/** Every actor mention, in text order. */
	mentions: ActorMention[];
	registry: ActorRegistry;
	actorFor: ActorFor;
};

/**
 * Who "he", "she", "the minister" or "the company" is at a point in the
 * article, and the actor any speaker clue denotes.
 */
export function referenceResolver({paragraphs, masked, mentions, registry, actorFor}: ArticleText) {
	const mentionsIn = byParagraph(mentions);
	const isPossessive = (mention: ActorMention) => /^[’']s\b/u.test(paragraphs[mention.paragraph - 1]!.slice(mention.end));
	const isQuoted = ({paragraph, start, end}: ActorMention) => masked[paragraph - 1]!.slice(start, end) !== paragraphs[paragraph - 1]!.slice(start, end);
	// Possessives ("Putin’s spokesman") and names inside a quote are not who a pronoun means.
	const isPerson = (mention: ActorMention) => mention.actor.type === 'person' && !isPossessive(mention) && !isQuoted(mention);
	const isBefore = (mention: ActorMention, paragraph: number, offset: number) => mention.paragraph < paragraph || (mention.paragraph === paragraph && mention.end <= offset);
	const namedBefore = (actor: ActorDraft, paragraph: number, offset: number) => mentions.some(mention => mention.actor === actor && isBefore(mention, paragraph, offset));

	const personEarlierInParagraph = (paragraph: number, offset: number) => mentionsIn(paragraph).findLast(mention => isPerson(mention) && mention.end <= offset);
	const personInEarlierParagraphs = (paragraph: number) => {
		for (let earlier = paragraph - 1; earlier >= 1; earlier--) {
			const found = mentionsIn(earlier).findLast(isPerson);
			if (found) {
				return found.actor;
			}
		}

		return undefined;
	};

	/**
	 * "he"/"she": the last person named earlier in the paragraph — unless an
	 * unnamed one ("one evacuee") came after them; else the speaker quoted just
	 * before; else the last person named at all. "Helen Carter, a climate
	 * scientist, said": the description set off after a name is that person.
	 */
	const resolvePronoun = (paragraph: number, offset: number, recentSpeaker: ActorDraft | undefined): ActorDraft | null => {
		const named = personEarlierInParagraph(paragraph, offset);
		const text = masked[paragraph - 1]!;
		const unnamed = [...text.slice(0, offset).matchAll(unnamedPerson)].at(-1);
		const isAppositive = (match: RegExpExecArray) => named !== undefined && /^\s*,\s*$/u.test(text.slice(named.end, match.index));
		if (unnamed && (!named || unnamed.index >= named.end) && !isAppositive(unnamed)) {
			return null;
		}

		return named?.actor ?? (recentSpeaker?.type === 'person' ? recentSpeaker : personInEarlierParagraphs(paragraph) ?? null);
	};

	/**
	 * "the minister": the last person named so far whose role has that word.
	 * "the company": the last organisation named in this paragraph or the one
	 * before, or the subject of this paragraph's reporting verb ("Tidewater
	 * Lines, a container carrier, said …"), or else the description itself
	 * ("the port authority said"). No minister named means the article did not
	 * name them.
	 */
	const resolveDescription = ({noun, phrase, start: offset}: Extract<SpeakerClue, {kind: 'description'}>, paragraph: number): ActorDraft | null => {
		if (organisationNouns.includes(noun)) {
			const earlier = [paragraph - 1, paragraph].flatMap(number => mentionsIn(number).filter(mention => number < paragraph || mention.end <= offset));
			const mentioned = earlier.findLast(mention => mention.actor.type === 'organisation' && !mention.actor.collective)?.actor;
			const subject = reportedSpeakerClue(masked[paragraph - 1]!, 0, offset);
			const reported = subject.kind === 'name' ? actorFor(subject.name, subject.role) ?? undefined : undefined;
			return mentioned ?? (reported?.type === 'person' ? undefined : reported) ?? registry.organisation(phrase);
		}

		const wanted = new RegExp(String.raw`\b${noun}\b`, 'iu');
		const described = registry.actors.findLast(actor => actor.type === 'person' && actor.role !== null && wanted.test(actor.role) && namedBefore(actor, paragraph, offset));
		return (
			described ??
			personNamedLaterInParagraph(paragraph, offset, phrase) ??
			organisationOfSpokesperson(noun, paragraph, offset) ??
			(personNamedBefore(paragraph, offset) ? null : speakerOfNextParagraph(paragraph, phrase))
		);
	};

	/** "A spokesperson for the World Food Programme said …", then "the spokesperson said": still the organisation, its spokesperson named no further. */
	const organisationOfSpokesperson = (noun: string, paragraph: number, offset: number): ActorDraft | undefined =>
		/^spokes/u.test(noun)
			? mentions.findLast(mention => isBefore(mention, paragraph, offset) && mention.actor.type === 'organisation' && spokespersonFor.test(paragraphs[mention.paragraph - 1]!.slice(0, mention.start)))?.actor
			: undefined;

	/**
	 * "In Manchester, the owner of a chain of three bakeries said … “…,” said
	 * Amira Khan": a description no one named before fits, then a person named
	 * later in the paragraph with no role of their own, is that person, who takes it as their role.
	 */
	const personNamedLaterInParagraph = (paragraph: number, offset: number, phrase: string): ActorDraft | undefined => {
		const later = mentionsIn(paragraph).find(mention => mention.start > offset && isPerson(mention));
		if (later === undefined || later.actor.role !== null || namedBefore(later.actor, paragraph, offset)) {
			return undefined;
		}

		later.actor.role = phrase;
		return later.actor;
	};

	// The reporter of a byline is named before the lede, but is not who it describes.
	const personNamedBefore = (paragraph: number, offset: number) =>
		mentions.some(mention => isPerson(mention) && !isByline(paragraphs[mention.paragraph - 1]!) && isBefore(mention, paragraph, offset));

	/**
	 * "The chancellor has defended …" in the lede, "Rachel Reeves said …" in
	 * the next paragraph: a description before anyone is named is the person
	 * who speaks first in the next paragraph, who takes it as their role.
	 */
	const speakerOfNextParagraph = (paragraph: number, phrase: string): ActorDraft | null => {
		const next = masked[paragraph];
		const clue = next === undefined ? undefined : reportedSpeakerClue(next, 0, next.length);
		const speaker = clue?.kind === 'name' ? registry.find(clue.name) : undefined;
		if (speaker?.type !== 'person') {
			return null;
		}

		speaker.role ??= phrase;
		return speaker;
	};

	/**
	 * "Analysts at Jefferies said … “…,” they wrote": the organisation that
	 * spoke earlier in the paragraph, or whose people it named ("Analysts at
	 * Morgan Stanley estimated …"); no one else.
	 */
	const resolvePlural = (paragraph: number, offset: number): ActorDraft | null => {
		const subject = reportedSpeakerClue(masked[paragraph - 1]!, 0, offset);
		const actor = subject.kind === 'name' ? actorFor(subject.name, subject.role, subject) : null;
		if (actor !== null && actor.type !== 'person') {
			return actor;
		}

		const text = paragraphs[paragraph - 1]!;
		const employer = mentionsIn(paragraph).findLast(mention => mention.end <= offset && mention.actor.type === 'organisation' && peopleAtOrganisation.test(text.slice(0, mention.start)));
		return employer?.actor ?? null;
	};

	const resolveReference: ReferenceResolver = (clue, paragraph, recentSpeaker) => {
		if (clue.kind === 'pronoun') {
			return clue.plural ? resolvePlural(paragraph, clue.start) : resolvePronoun(paragraph, clue.start, recentSpeaker);
		}

		return resolveDescription(clue, paragraph);
	};

	const resolveClue = (clue: SpeakerClue, paragraph: number): ActorDraft | null => {
		if (clue.kind === 'name') {
			return actorFor(clue.name, clue.role, clue);
		}

		return clue.kind === 'pronoun' || clue.kind === 'description' ? resolveReference(clue, paragraph, undefined) : null;
	};

	return {resolveReference, resolveClue};
}
