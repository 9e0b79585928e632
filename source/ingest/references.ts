import type {ActorDraft, ActorRegistry} from './actor-registry.js';
import {reportedSpeakerClue} from './attribution.js';
import {isReference, type SpeakerClue} from './speaker-clue.js';
import {genderOfWord, gendersOf, type Gender} from './genders.js';
import {personAsObject, surnameAlone} from './reference-rules.js';
import {surnameResolver} from './surname-references.js';
import {byParagraph} from './by-paragraph.js';
import {organisationNouns} from './lexicon/organisations.js';
import {peopleAtOrganisation, unnamedPerson} from './lexicon/titles.js';
import {isByline, type ActorMention} from './mentions.js';
import {hasRoleNoun, headedByProfession} from './names.js';
import {hasNoun, isCompanyName, isOrganisation, roleHas} from './role-words.js';
import {spokespersonResolver} from './spokesperson-references.js';
import type {ActorFor} from './speaker-actors.js';
import type {NameResolver, RecentSpeaker, ReferenceResolver} from './speakers.js';

/** How many paragraphs back a reference looks for whom it means: news copy names them within a few; the bound keeps each look-up constant. */
const referenceReach = 10;

type ArticleText = {
	paragraphs: string[];
	/** The paragraphs with quoted text blanked out. */
	masked: string[];
	/** Every actor mention, in text order. */
	mentions: ActorMention[];
	registry: ActorRegistry;
	actorFor: ActorFor;
};

/** The words after a possessive, up to three, before punctuation: "’s deputy chief of staff" → "deputy chief of". */
const possessedAfter = /^[’']s\s+((?:[\p{L}-]+\s*){1,3})/u;

/**
 * Who "he", "she", "the minister" or "the company" is at a point in the
 * article, and the actor any speaker clue denotes.
 */
export function referenceResolver({paragraphs, masked, mentions, registry, actorFor}: ArticleText) {
	const mentionsIn = byParagraph(mentions);
	// "Putin’s spokesman", "Ana Ruiz’s husband": what the possessive has is a person, who is the one a pronoun means ("Ana Ruiz’s kitchen" is not).
	const ownsAPerson = (mention: ActorMention) => {
		const owned = possessedAfter.exec(paragraphs[mention.paragraph - 1]!.slice(mention.end, mention.end + 60))?.[1];
		return owned !== undefined && (hasRoleNoun(owned) || headedByProfession(owned));
	};

	const isQuoted = ({paragraph, start, end}: ActorMention) => masked[paragraph - 1]!.slice(start, end) !== paragraphs[paragraph - 1]!.slice(start, end);
	// Names inside a quote are not who a pronoun means.
	const isPerson = (mention: ActorMention) => mention.actor.type === 'person' && !ownsAPerson(mention) && !isQuoted(mention);
	const isBefore = (mention: ActorMention, paragraph: number, offset: number) => mention.paragraph < paragraph || (mention.paragraph === paragraph && mention.end <= offset);
	const namedBefore = (actor: ActorDraft, paragraph: number, offset: number) => mentions.some(mention => mention.actor === actor && isBefore(mention, paragraph, offset));

	const resolveSurname = surnameResolver({paragraphs, masked, mentions, mentionsIn, reach: referenceReach});
	const genders = gendersOf(paragraphs, mentions);
	// "she" is never someone the article calls "he" ("Mr Hart", "his son", "Hart said he"); a person it gives no gender may be either.
	const fits = (actor: ActorDraft, gender: Gender | undefined) => gender === undefined || (genders.get(actor) ?? gender) === gender;
	// "Wong said he had asked lawmaker Chan …. “…,” he said": of the people named earlier in the paragraph, one named as an object ("asked Chan", "with Chan") is the last to be meant.
	const isObject = (mention: ActorMention) => personAsObject.pattern.test(masked[mention.paragraph - 1]!.slice(Math.max(0, mention.start - 60), mention.start));
	// "Lee Sun-hee, …, and her deputy, Choi Dong-hyun, said …. “…,” she said": one the article calls "she" before one it gives no gender.
	const personEarlierInParagraph = (paragraph: number, offset: number, gender?: Gender) => {
		const earlier = mentionsIn(paragraph).filter(mention => isPerson(mention) && mention.end <= offset && fits(mention.actor, gender));
		// "Sreymom’s son, Chhorn Dara, … “…,” she said": when no one else fits, the owner the article calls "she" is meant.
		if (earlier.length === 0 && gender !== undefined) {
			return mentionsIn(paragraph).findLast(mention => mention.actor.type === 'person' && mention.end <= offset && !isQuoted(mention) && ownsAPerson(mention) && genders.get(mention.actor) === gender);
		}

		const subjects = earlier.filter(mention => !isObject(mention));
		const pool = subjects.length > 0 ? subjects : earlier;
		const said = gender === undefined ? [] : pool.filter(mention => genders.get(mention.actor) === gender);
		return (said.length > 0 && pool.some(mention => !genders.has(mention.actor)) ? said : pool).at(-1);
	};
	const personInEarlierParagraphs = (paragraph: number, gender?: Gender, from = 1) => {
		for (let earlier = paragraph - 1; earlier >= from; earlier--) {
			const found = mentionsIn(earlier).findLast(mention => isPerson(mention) && fits(mention.actor, gender));
			if (found) {
				return found.actor;
			}
		}

		return undefined;
	};

	/** The unnamed person ("one evacuee", "a spokeswoman for …") a paragraph brings in after anyone it names before `offset`, if any. */
	const unnamedLast = (paragraph: number, offset: number, named: ActorMention | undefined) => {
		const text = masked[paragraph - 1]!;
		const unnamed = [...text.slice(0, offset).matchAll(unnamedPerson)].at(-1);
		// "Kojo Mensah, a trader, said": a description set off after a name is that person, whoever "she" is.
		const isAppositive = (match: RegExpExecArray) => mentionsIn(paragraph).some(mention => isPerson(mention) && mention.end <= match.index && /^\s*,\s*$/u.test(text.slice(mention.end, match.index)));
		return unnamed && (!named || unnamed.index >= named.end) && !isAppositive(unnamed) ? unnamed : undefined;
	};

	/**
	 * "he"/"she": the last person named earlier in the paragraph — unless an
	 * unnamed one ("one evacuee") came after them; else the speaker quoted just
	 * before, unless a paragraph since names someone else who fits ("Ben
	 * Whitcomb has since had his blood tested." then "“I feel fine,” he said");
	 * else the last person named at all. "Helen Carter, a climate scientist,
	 * said": the description set off after a name is that person. After "A
	 * spokeswoman for Galway County Council said …", the next paragraph's "she"
	 * is still the council's.
	 */
	const resolvePronoun = (paragraph: number, offset: number, recentSpeaker: RecentSpeaker | undefined, gender?: Gender): ActorDraft | null => {
		const named = personEarlierInParagraph(paragraph, offset, gender);
		const unnamed = unnamedLast(paragraph, offset, named);
		if (unnamed) {
			// "A spokesperson for the Paraguayan Navy said …, in what he called “…”": named no further, they speak for it.
			return /spokes/iu.test(unnamed[0]) ? organisationSpokenFor(paragraph, unnamed.index, offset) ?? null : null;
		}

		// "A spokeswoman for Galway County Council said …" then a paragraph of "“…,” she said": still the spokeswoman.
		const previous = paragraph - 1;
		const unnamedBefore = named || previous < 1 ? undefined : unnamedLast(previous, masked[previous - 1]!.length, personEarlierInParagraph(previous, masked[previous - 1]!.length, gender));
		const spokenFor = unnamedBefore && /spokes/iu.test(unnamedBefore[0]) ? organisationSpokenFor(previous, unnamedBefore.index, masked[previous - 1]!.length) : undefined;
		if (spokenFor) {
			return spokenFor;
		}

		const speaker = recentSpeaker?.actor.type === 'person' && fits(recentSpeaker.actor, gender) ? recentSpeaker : undefined;
		const namedSince = speaker && personInEarlierParagraphs(paragraph, gender, speaker.paragraph + 1);
		return named?.actor ?? namedSince ?? speaker?.actor ?? personInEarlierParagraphs(paragraph, gender) ?? personNamedNext(paragraph, gender) ?? null;
	};

	/** "“…,” she says." then "Her name is Mwanajuma Ali Haji": a feature names the person it has described only after she speaks. */
	const personNamedNext = (paragraph: number, gender?: Gender) => {
		const named = personOpening(paragraph + 1, /^(?:Her|His) name is\s/u.exec(masked[paragraph] ?? '')?.[0].length);
		return named && fits(named, gender) ? named : undefined;
	};

	/** The person named at `offset` in a paragraph (its start, or past "Her name is", "The director, "). */
	const personOpening = (paragraph: number, offset: number | undefined) => (offset === undefined ? undefined : mentionsIn(paragraph).find(mention => mention.start === offset && isPerson(mention))?.actor);

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
			// "the institute" after the Honduran Coffee Institute, "the company" after "the energy company Nordlys Energi" or Namhae Heavy Industries Co.
			const isSo = (actor: ActorDraft) => isOrganisation(actor) && (hasNoun(actor, noun) || (noun === 'company' && isCompanyName(actor.name)));
			const namedSo = [...mentionsBefore(paragraph, offset)].find(mention => isSo(mention.actor))?.actor;
			const earlier = [paragraph - 1, paragraph].flatMap(number => mentionsIn(number).filter(mention => number < paragraph || mention.end <= offset));
			const mentioned = earlier.findLast(mention => isOrganisation(mention.actor))?.actor;
			const subject = reportedSpeakerClue(masked[paragraph - 1]!, 0, offset);
			const reported = subject.kind === 'name' ? actorFor(subject.name, subject.role) ?? undefined : undefined;
			const describedEarlier = registry.actors.findLast(actor => isSo(actor) && namedBefore(actor, paragraph, offset));
			// "the port authority said" with none named: the description itself; "the company said", one bare noun, names no one.
			return namedSo ?? mentioned ?? (reported?.type === 'person' ? undefined : reported) ?? describedEarlier ?? (/\s/u.test(phrase) ? registry.organisation(phrase) : null);
		}

		const hasRole = (actor: ActorDraft) => actor.type === 'person' && actor.role !== null && roleHas(actor.role, noun);
		// The one of them named last, else the last the article described so.
		const described = [...mentionsBefore(paragraph, offset)].find(mention => isPerson(mention) && hasRole(mention.actor))?.actor ?? registry.actors.findLast(actor => hasRole(actor) && namedBefore(actor, paragraph, offset));
		return (
			described ??
			personNamedLaterInParagraph(paragraph, offset, phrase) ??
			organisationOfSpokesperson(noun, paragraph, offset) ??
			(personNamedBefore(paragraph, offset) ? null : speakerOfNextParagraph(paragraph, phrase, noun))
		);
	};

	const {organisationSpokenFor, organisationOfSpokesperson, resolveSpokesperson} = spokespersonResolver({paragraphs, masked, mentions, mentionsIn, isBefore, mentionsBefore, reporterIn: (number, end) => reporterIn(number, end)});

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
	const speakerOfNextParagraph = (paragraph: number, phrase: string, noun: string): ActorDraft | null => {
		const next = masked[paragraph];
		const clue = next === undefined ? undefined : reportedSpeakerClue(next, 0, next.length);
		// "The director, Hannah Van Wagoner, a former hydrologist, said …": the description named, set off after it.
		const setOff = next?.indexOf(', ') ?? -1;
		const namedAfter = setOff > 0 && setOff < 60 && /^the\s/iu.test(next!) && next!.slice(0, setOff).toLowerCase().split(/\s+/u).includes(noun) ? personOpening(paragraph + 1, setOff + 2) : undefined;
		const speaker = namedAfter ?? (clue?.kind === 'name' ? registry.find(clue.name) : undefined);
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
		// "Anna Berg and Tom Lund said they…": two people named together are "they", the first named speaking.
		if (actor !== null && (actor.type !== 'person' || (subject.kind === 'name' && subject.alsoSpeaking !== undefined))) {
			return actor;
		}

		const text = paragraphs[paragraph - 1]!;
		const employer = mentionsIn(paragraph).findLast(mention => mention.end <= offset && mention.actor.type === 'organisation' && peopleAtOrganisation.test(text.slice(0, mention.start)));
		return employer?.actor ?? null;
	};

	/** The mentions before a point, latest first, as far back as a reference reaches. */
	function* mentionsBefore(paragraph: number, offset: number): Generator<ActorMention> {
		for (let number = paragraph; number >= Math.max(1, paragraph - referenceReach); number--) {
			const inParagraph = mentionsIn(number);
			for (let index = inParagraph.length - 1; index >= 0; index--) {
				if (number < paragraph || inParagraph[index]!.end <= offset) {
					yield inParagraph[index]!;
				}
			}
		}
	}

	/** Who the text of a paragraph up to `end` reports as speaking, first: "The ministry said in a statement that …". */
	const reporterIn = (number: number, end: number): ActorDraft | null => {
		const clue = number < 1 ? undefined : reportedSpeakerClue(masked[number - 1]!, 0, end);
		return clue?.kind === 'name' ? actorFor(clue.name, clue.role, clue) : null;
	};

	/**
	 * "“…,” the statement said": whoever the paragraph, or else the one before, reported as speaking; else, after a
	 * quote in the paragraph before (a statement quoted over two paragraphs), its speaker.
	 */
	const resolveDocument = (paragraph: number, offset: number, recentSpeaker: RecentSpeaker | undefined): ActorDraft | null =>
		reporterIn(paragraph, offset) ?? reporterIn(paragraph - 1, masked[paragraph - 2]?.length ?? 0) ?? (recentSpeaker !== undefined && recentSpeaker.paragraph >= paragraph - 1 ? recentSpeaker.actor : null);

	const resolveReference: ReferenceResolver = (clue, paragraph, recentSpeaker) => {
		if (clue.kind === 'pronoun') {
			return clue.plural ? resolvePlural(paragraph, clue.start) : resolvePronoun(paragraph, clue.start, recentSpeaker, clue.gender);
		}

		if (clue.kind === 'document') {
			return resolveDocument(paragraph, clue.start, recentSpeaker);
		}

		return clue.kind === 'spokesperson' ? resolveSpokesperson(clue.noun, paragraph, clue.start) : resolveDescription(clue, paragraph);
	};

	// "The U.N. Office for the Coordination of Humanitarian Affairs (OCHA) said": a clue read as the end of a longer organisation's name found there is that organisation.
	const organisationAround = (clue: {start: number; end: number}, paragraph: number) =>
		mentionsIn(paragraph).find(mention => mention.actor.type === 'organisation' && mention.start < clue.start && clue.end <= mention.end)?.actor;
	/** The actor a named clue denotes: a bare surname by who bears it nearby, else the organisation whose name holds it, else by the name. */
	const resolveName: NameResolver = (clue, paragraph) => {
		// "Ms Kamara", "Mr Brennan, a builder,": the form of address written before the name.
		const wordBefore = /(\p{L}+)\.?\s+$/u.exec(paragraphs[paragraph - 1]!.slice(Math.max(0, clue.start - 12), clue.start))?.[1];
		const gender = wordBefore === undefined ? undefined : genderOfWord(wordBefore);
		const addressedAs = gender === undefined ? undefined : {gender, genderOf: (actor: ActorDraft) => genders.get(actor)};
		const salient = surnameAlone.pattern.test(clue.name) ? resolveSurname(clue.name, paragraph, clue.start, addressedAs) : undefined;
		return salient === undefined ? organisationAround(clue, paragraph) ?? actorFor(clue.name, clue.role, clue) : salient;
	};

	const resolveClue = (clue: SpeakerClue, paragraph: number): ActorDraft | null => {
		if (clue.kind === 'name') {
			return resolveName(clue, paragraph);
		}

		return isReference(clue) ? resolveReference(clue, paragraph, undefined) : null;
	};

	/** The person a paragraph names last between two points, not as an object nor an owner ("Abdelkader's cousin"): "Back on her plot, Chilufya has started again. She shrugs. “…”" */
	const personNamedBetween = (paragraph: number, from: number, to: number): ActorDraft | null =>
		mentionsIn(paragraph).findLast(mention => mention.start >= from && mention.end <= to && isPerson(mention) && !isObject(mention) && !/^[’']s\b/u.test(paragraphs[paragraph - 1]!.slice(mention.end)))?.actor ?? null;

	return {resolveReference, resolveName, resolveClue, personNamedBetween};
}
