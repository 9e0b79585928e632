import {spokespersonOf} from './described-speakers.js';
import type {Gender} from './genders.js';
import {notNames} from './lexicon/not-names.js';
import {organisationNouns} from './lexicon/organisations.js';
import {spokespersonFor} from './lexicon/titles.js';
import {isNationality} from './name-kind.js';
import {capitalisedRun, splitTitle, withoutAffiliation, withoutOpeningWord} from './names.js';
import {withoutPortfolio} from './portfolio-titles.js';
import {wordHas} from './word-tags.js';

/** What attribution finds around a quote (a name, a pronoun, a description) and how a name clue is cut out of its text. */

/**
 * How a name was written: after a preposition ("analysts at Danske Bank"), after "the" ("the Guardia Civil");
 * `alsoSpeaking`, a second speaker named with the first ("Maria Lopez and Karl Weber said"): not the speaker, one of the quote's actors;
 * `aged`, an age right after the name ("Rusdi, 47,"): only a person has one.
 */
export type NameContext = {afterPreposition?: boolean; definite?: boolean; alsoSpeaking?: NamedSpeaker; aged?: boolean};
export type NamedSpeaker = {kind: 'name'; name: string; role: string | null; start: number; end: number};

/** What the text around a quote says about who spoke it. Offsets are within the paragraph. */
export type SpeakerClue =
	/** `afterPreposition`: the name follows "at", "in"… ("Analysts at Danske Bank said"): an organisation may speak so, a place may not. */
	| (NamedSpeaker & NameContext)
	/** `plural`: "they", which speaks for a group or an organisation named before, never for a person. */
	| {kind: 'pronoun'; start: number; plural?: boolean; gender?: Gender}
	/** "the minister said", "the company said": someone the article has described before. */
	| {kind: 'description'; noun: string; phrase: string; start: number}
	/** "a ministry spokesman": the organisation named before whose name or description has the noun; '' for "a spokesperson" alone. */
	| {kind: 'spokesperson'; noun: string; start: number}
	/** "the statement said": whoever the article reported as saying what it says. */
	| {kind: 'document'; start: number}
	| {kind: 'unnamed'}
	| {kind: 'none'};

/** A clue that names no one and must be resolved against the article: "she", "the minister", "a ministry spokesman", "the statement". */
export type ReferenceClue = Extract<SpeakerClue, {kind: 'pronoun' | 'description' | 'spokesperson' | 'document'}>;
export const isReference = (clue: SpeakerClue): clue is ReferenceClue => clue.kind === 'pronoun' || clue.kind === 'description' || clue.kind === 'spokesperson' || clue.kind === 'document';

/** Words that are never a speaker's name: a weekday, a pronoun, a number opening a sentence ("Seven Western states"), a nationality alone ("according to Chinese customs data"). */
export function cannotSpeak(run: string): boolean {
	return notNames.has(run) || wordHas(run.split(' ')[0]!, 'Value') || (!run.includes(' ') && wordHas(run, 'Demonym'));
}

/** "he", "she"; "they" and "it", which speak for a group or an organisation. */
export function pronounClue(pronoun: string, start: number): Extract<SpeakerClue, {kind: 'pronoun'}> {
	const word = pronoun.toLowerCase();
	// "it wrote", after "The Izmir Governor's Office said in a post": an organisation, as "they" may be.
	return word === 'they' || word === 'it' ? {kind: 'pronoun', start, plural: true} : {kind: 'pronoun', start, gender: word === 'he' ? 'male' : 'female'};
}

/** The name written from `fullStart` to `end`, its title split off as the role when no other role is given. */
export function named(masked: string, fullStart: number, end: number, role: string | null): Extract<SpeakerClue, {kind: 'name'}> {
	// "The US said": a sentence's capital "The" is not part of the name, but says it is not a person's.
	const opening = /^The\s+(?=\S)/u.exec(masked.slice(fullStart, end))?.[0].length ?? 0;
	const afterThe = masked.slice(fullStart + opening, end);
	// "Kazakhstan's Agriculture Ministry", "Russia's Vladimir Putin": the owner before a possessive is no part of the name.
	const owner = /^\p{Lu}[\p{L}-]*[’']s\s+(?=\p{Lu})/u.exec(afterThe)?.[0].length ?? 0;
	const start = fullStart + opening + owner + afterThe.length - owner - withoutOpeningWord(afterThe.slice(owner)).length;
	const written = masked.slice(start, end);
	const {title, name: titled} = withoutPortfolio(masked.slice(0, start), splitTitle(written));
	const name = withoutAffiliation(titled);
	const nameStart = start + written.lastIndexOf(name.split(' ')[0]!);
	const clue = {kind: 'name' as const, name, role: role ?? title, start: nameStart, end: nameStart + name.length, ...(/^,\s+\d{1,3},/u.test(masked.slice(end, end + 8)) && {aged: true})};
	return opening > 0 ? {...clue, definite: true} : clue;
}

/** "a ministry spokesman" at `start`: the organisation's noun to resolve, or the organisation it names ("a Kremlin spokesman"). */
export const whereSpoken = /(?<=spokes(?:man|woman|person)(?:\s+(?:for|of)\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}\p{Lu}[\p{L}’'-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}’'-]*)){0,6})?)\s+(?:(?:based|speaking)\s+)?(?:in|at)\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}$/u;

export function spokespersonClue(masked: string, start: number, written: string): SpeakerClue | undefined {
	// "a PCG spokesperson in Manila", "a spokesperson for the EBRD in London": where they spoke is not whose they are.
	if (!/spokes/iu.test(written)) {
		return undefined;
	}

	const phrase = written.replace(whereSpoken, '');
	const of = spokespersonOf(phrase);
	if (of === undefined) {
		return undefined;
	}

	const nameStart = 'name' in of ? start + phrase.indexOf(of.name) : start;
	return 'noun' in of ? {kind: 'spokesperson', noun: of.noun, start: start + phrase.length} : {...named(masked, nameStart, nameStart + of.name.length, null), definite: true};
}

/** A description's match, unless the capitalised word before its noun is no nationality ("the BC Wildfire Service" is a name; "the French energy company" is not). */
export function describedBy(match: RegExpExecArray | null): RegExpExecArray | null {
	const nationality = match?.groups?.['nationality'];
	// "the province's wildfire service": an organisation of someone's the article need not name; "the trust's executive director" is a person it will.
	const ownedOrganisation = match?.groups?.['owner'] !== undefined && organisationNouns.includes(match.groups['noun']!.toLowerCase());
	return (nationality === undefined || isNationality(nationality)) && !ownedOrganisation ? match : null;
}

/** "A spokesperson for the World Food Programme": no person is named, the organisation named last speaks. */
export function speaksForNamedOrganisation(subject: string): boolean {
	const last = [...subject.matchAll(capitalisedRun)].at(-1);
	return last !== undefined && last.index + last[0].length === subject.length && spokespersonFor.test(subject.slice(0, last.index));
}
