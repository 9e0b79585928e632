import {adverbs, ageAsDescription, accordingToAfterQuote, accordingToBefore, accordingToLater, appositiveAtEnd, clauseBeforeColon, descriptionAtEnd, descriptionAtStart, issuedBy, jointSpeakers, nameAfterDescription, organisationAfterComma, peopleOfOrganisation, placeFirst as placeFirstRule, speechParticiple, verbJoinedByAnd, subjectThenVerb, titledNameAtStart, verbAfterQuote, verbs} from './attribution-rules.js';
import {organisationNouns} from './lexicon/organisations.js';
import {hasOrganisationShape} from './name-kind.js';
import {spokespersonFor, theOrganisationPeople, unnamedSpeaker} from './lexicon/titles.js';
import {capitalisedRun, hasRoleNoun, describesOrganisation, roleAfter, roleBefore} from './names.js';
import {cannotSpeak, describedBy, named, pronounClue, speaksForNamedOrganisation, spokespersonClue, type NamedSpeaker, type SpeakerClue} from './speaker-clue.js';
import type {QuoteSpan} from './quotes.js';
import {sentenceAt, splitSentences, type Sentence} from './sentences.js';

// Lower case only: "The United States" holds no verb.
const speechVerbsInText = new RegExp(String.raw`\b(?:${verbs})\b`, 'gu');
const firstSpeechVerb = new RegExp(String.raw`\b(?:${verbs})\b`, 'u');
const trailingAdverbs = new RegExp(String.raw`(?:\s+(?:${adverbs}))+\s*$`, 'iu');
const capitalisedRunAtStart = new RegExp(`^(?:${capitalisedRun.source})`, 'u');
const pronounAtStart = /^(he|she|they)\b/iu;
const pronounAtEnd = /(?:^|\s)(he|she|they)$/iu;
const organisationNounAt = new RegExp(String.raw`\b(${organisationNouns.join('|')})$`, 'iu');

/**
 * Who spoke a quote, from the words around it in its sentence: after it
 * (`“…,” said X`, `“…,” X said`, `“…,” according to X`) first, then before it
 * (`X said “…”`, `X said on Friday that “…”`, `According to X, “…”`).
 * `masked` is the paragraph with every quote's text blanked out, so words
 * inside quotes never count as attribution.
 */
export function speakerClue(masked: string, quote: QuoteSpan, sentences: Sentence[] = splitSentences(masked)): SpeakerClue {
	const closing = quote.closed ? quote.end + 1 : masked.length;
	const afterSentence = sentenceAt(sentences, closing, sentence => sentence.start <= closing && closing <= sentence.end);
	const after = afterSentence ? closing : masked.length;
	const afterClue = clueAfter(masked, after, Math.min(afterSentence?.end ?? masked.length, after + attributionReach));
	if (afterClue.kind !== 'none') {
		return afterClue;
	}

	const opening = Math.max(0, quote.start - 1);
	const beforeSentence = sentenceAt(sentences, opening, sentence => sentence.start <= opening && opening < sentence.end);
	return clueBefore(masked, Math.max(beforeSentence?.start ?? 0, opening - attributionReach), opening);
}

/**
 * How far from a quote its attribution is looked for, within its sentence:
 * news copy names the speaker within a few dozen words; a longer reach only
 * costs time on run-on text (each quote would rescan its whole sentence).
 */
const attributionReach = 500;

function clueAfter(masked: string, from: number, to: number): SpeakerClue {
	const window = masked.slice(from, to);
	const according = accordingToAfterQuote.pattern.exec(window);
	if (according) {
		return subjectAt(masked, from + according[0].length, to);
	}

	const verbFirst = verbAfterQuote.pattern.exec(window);
	if (verbFirst) {
		return subjectAt(masked, from + verbFirst[0].length, to);
	}

	const lead = /^[\s,.!?:;—–-]*/u.exec(window)![0].length;
	const rest = window.slice(lead);
	const verb = subjectThenVerb.pattern.exec(rest);
	// The subject sits between the quote and its verb: at most a name with its appositive.
	if (verb && verb.index <= 140 && !/[“”"]/.test(rest.slice(0, verb.index))) {
		return subjectEndingAt(masked, from + lead, from + lead + verb.index);
	}

	// "“…” in two provinces, according to the Department of Agriculture": the source named later in the quote's sentence, no other quote between.
	const laterAccording = accordingToLater.pattern.exec(rest);
	if (laterAccording && !/[“”"]/.test(rest.slice(0, laterAccording.index))) {
		return subjectAt(masked, from + lead + laterAccording.index + laterAccording[0].length, to);
	}

	return {kind: 'none'};
}

function clueBefore(masked: string, from: number, to: number): SpeakerClue {
	const window = masked.slice(from, to);
	const according = accordingToBefore.pattern.exec(window);
	if (according) {
		return subjectAt(masked, from + according.index + according[0].length, to);
	}

	// The verb nearest the quote first; "Ruiz insisted … but acknowledged that “…”" falls back to the first.
	const verbsBefore = [...window.matchAll(speechVerbsInText)].reverse();
	for (const verb of verbsBefore) {
		const beforeVerb = window.slice(0, verb.index).replace(trailingAdverbs, '');
		const clue = subjectEndingAt(masked, from, from + beforeVerb.trimEnd().length);
		if (clue.kind !== 'none') {
			return clue;
		}
	}

	// "The chancellor defended the rise, insisting it was needed to “…”", "Lopez visited the site and said “…”": the sentence's subject speaks.
	const clauseEnd = speechParticiple.pattern.exec(window)?.index ?? verbsBefore.find(verb => verbJoinedByAnd.pattern.test(window.slice(0, verb.index)))?.index;
	if (clauseEnd !== undefined) {
		return subjectAt(masked, from + (/^\s*/u.exec(window)?.[0].length ?? 0), from + clauseEnd);
	}

	// "Asked whether reefs could recover, Manzello was cautious: “…”": the name of a short clause the colon ends.
	const colon = clauseBeforeColon.pattern.exec(window);
	return colon && !cannotSpeak(colon[1]!) ? subjectAt(masked, from + colon.index + colon[0].indexOf(colon[1]!), to) : {kind: 'none'};
}

/** The speaker named at `start`: "John Kirby, the US … spokesman", "a senior official", "he". */
function subjectAt(masked: string, fullStart: number, limit: number): SpeakerClue {
	const start = fullStart + (issuedBy.pattern.exec(masked.slice(fullStart, limit))?.[0].length ?? 0);
	const text = masked.slice(start, limit);
	const pronoun = pronounAtStart.exec(text)?.[1];
	if (pronoun !== undefined) {
		return pronounClue(pronoun, start);
	}

	const description = describedBy(descriptionAtStart.pattern.exec(text));
	// "the Department of Agriculture": a capitalised noun that goes on "of" a name is that name, not a description.
	const namedOf = description !== null && /^\p{Lu}/u.test(description.groups!['noun']!) && /^\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(description[0].length));
	if (description && !namedOf) {
		return {kind: 'description', noun: description.groups!['noun']!.toLowerCase(), phrase: description.groups!['phrase']!, start};
	}

	const subject = /^[^,.;:!?]*/u.exec(text)![0];
	if (ageAsDescription.pattern.test(subject)) {
		return {kind: 'pronoun', start};
	}

	const spokesperson = spokespersonClue(masked, start, subject);
	if (spokesperson !== undefined) {
		return spokesperson;
	}

	// "according to researchers from the University of Sydney": people of an organisation speak for it.
	const ofOrganisation = peopleOfOrganisation.pattern.exec(text);
	const organisation = ofOrganisation ? capitalisedRunAtStart.exec(text.slice(ofOrganisation[0].length)) : null;
	if (ofOrganisation && organisation && !cannotSpeak(organisation[0])) {
		const organisationStart = start + ofOrganisation[0].length;
		return {...named(masked, organisationStart, organisationStart + organisation[0].length, null), afterPreposition: true};
	}

	// "said a spokesperson for the World Food Programme": named no further, the spokesperson speaks for the organisation.
	const spokenFor = [...text.matchAll(capitalisedRun)].at(0);
	if (spokenFor && spokespersonFor.exec(text.slice(0, spokenFor.index))?.index === 0 && !/[’']s$/u.test(spokenFor[0])) {
		return named(masked, start + spokenFor.index, start + spokenFor.index + spokenFor[0].length, null);
	}

	if (unnamedSpeaker.test(text)) {
		return {kind: 'unnamed'};
	}

	// "according to Dutch economy minister Sophie Hermans": the role's words come first.
	const titled = titledNameAtStart.pattern.exec(text);
	if (titled) {
		const nameStart = start + titled[1]!.length;
		const nameEnd = nameStart + titled[2]!.length;
		return named(masked, nameStart, nameEnd, roleAfter(masked.slice(nameEnd, limit)) ?? roleBefore(titled[1]!));
	}

	// "said veteran organiser Ana Ruiz": a description no role noun heads, then the name.
	const described = nameAfterDescription(subject);
	if (described) {
		const nameStart = start + subject.lastIndexOf(described.name);
		return named(masked, nameStart, nameStart + described.name.length, described.role);
	}

	// "according to the Guardia Civil": a name after "the" is not a person's.
	const definite = /^the\s+/u.exec(text)?.[0].length ?? 0;
	const run = capitalisedRunAtStart.exec(text.slice(definite));
	if (!run || cannotSpeak(run[0])) {
		return {kind: 'none'};
	}

	const runStart = start + definite;
	const clue = named(masked, runStart, runStart + run[0].length, roleAfter(masked.slice(runStart + run[0].length, limit)));
	const alsoSpeaking = secondSpeakerAfter(masked, runStart + run[0].length, limit);
	return {...clue, ...(definite > 0 && {definite: true}), ...(alsoSpeaking && {alsoSpeaking})};
}

/** "said Anna Berg and Tom Lund": the second of two speakers, named right after the first. */
function secondSpeakerAfter(masked: string, firstEnd: number, limit: number): NamedSpeaker | undefined {
	const rest = masked.slice(firstEnd, Math.min(limit, firstEnd + 120));
	const second = [...rest.matchAll(capitalisedRun)].at(0);
	if (!second || !jointSpeakers.pattern.test(rest.slice(0, second.index)) || cannotSpeak(second[0]) || hasOrganisationShape(second[0])) {
		return undefined;
	}

	const {definite, ...speaker} = named(masked, firstEnd + second.index, firstEnd + second.index + second[0].length, null);
	return speaker;
}

/** The speaker whose name ends at `end`, with an appositive between name and verb allowed. */
function subjectEndingAt(masked: string, subjectFrom: number, end: number): SpeakerClue {
	let from = subjectFrom;
	// "the Confederation of British Industry (CBI) said": the short form in brackets is not the subject's last word.
	let text = masked.slice(from, end).replace(/,\s*$/, '').replace(/\s*\(\p{Lu}{2,6}\)$/u, '');
	// "In Rabat, a spokesman for Morocco's transport ministry said": the phrase after the comma is the subject.
	const placeFirst = placeFirstRule.pattern.exec(text);
	if (placeFirst) {
		from += placeFirst[0].length;
		text = text.slice(placeFirst[0].length);
	}

	let role: string | null = null;
	// "Dmitry Peskov, Putin’s spokesman," or "Ana Beltrán, a meteorologist there," — step back over the appositive.
	const appositive = appositiveAtEnd.pattern.exec(text);
	// "…in the southern Red Sea, the Pentagon said": a named organisation after the comma is the subject itself.
	const namedAfterComma = organisationAfterComma.pattern.exec(text);
	if (namedAfterComma && !hasRoleNoun(namedAfterComma[1]!)) {
		const start = from + namedAfterComma.index + namedAfterComma[0].length - namedAfterComma[1]!.length;
		return named(masked, start, start + namedAfterComma[1]!.length, null);
	}

	const wordBefore = appositive ? /\p{Lu}[\p{L}.’'-]*$/u.exec(text.slice(0, appositive.index))?.[0] : undefined;
	if (appositive && wordBefore !== undefined) {
		role = roleAfter(text.slice(appositive.index));
		// "…evacuated on Saturday, Italy’s civil protection agency said": no name before it, the description is the subject.
		const organisation = cannotSpeak(wordBefore) && role !== null ? organisationNounAt.exec(role) : null;
		if (organisation) {
			return {kind: 'description', noun: organisation[1]!.toLowerCase(), phrase: role!, start: from + appositive.index};
		}

		text = text.slice(0, appositive.index);
	}

	const trimmed = text.trimEnd();
	const lastPhrase = /[^,.;:!?]*$/u.exec(trimmed)![0];
	const age = ageAsDescription.pattern.exec(lastPhrase);
	if (age) {
		return {kind: 'pronoun', start: from + trimmed.length - lastPhrase.length + age.index};
	}

	const spokesperson = spokespersonClue(masked, from + trimmed.length - lastPhrase.length, lastPhrase);
	if (spokesperson !== undefined) {
		return spokesperson;
	}

	const description = describedBy(descriptionAtEnd.pattern.exec(trimmed));
	if (description) {
		return {kind: 'description', noun: description.groups!['noun']!.toLowerCase(), phrase: description.groups!['phrase']!, start: from + description.index};
	}

	const lastWords = trimmed.slice(Math.max(0, trimmed.length - 60));
	const pronoun = pronounAtEnd.exec(trimmed)?.[1];
	if (pronoun !== undefined) {
		return pronounClue(pronoun, from + trimmed.length - pronoun.length);
	}

	// "the analysts wrote", after "Analysts at Morgan Stanley estimated": the group speaks for its organisation, like "they".
	if (theOrganisationPeople.test(trimmed)) {
		return {kind: 'pronoun', start: from + trimmed.lastIndexOf('the'), plural: true};
	}

	const unnamed = /(?:^|[\s,])((?:an?|one|another|two|three|several|some|many|other|the)\s+[^,]*)$/iu.exec(lastWords);
	if (unnamed && unnamedSpeaker.test(unnamed[1]!) && !/\p{Lu}/u.test(unnamed[1]!.replace(/^\S+\s/, '').slice(0, 1)) && !speaksForNamedOrganisation(trimmed)) {
		return {kind: 'unnamed'};
	}

	const runs = [...trimmed.matchAll(capitalisedRun)];
	const endRun = runs.at(-1);
	if (!endRun || endRun.index + endRun[0].length !== trimmed.length || cannotSpeak(endRun[0])) {
		return {kind: 'none'};
	}

	// "Maria Lopez and Karl Weber told": the first of two speakers, as "told Maria Lopez and Karl Weber" gives; "Oceanic and Atmospheric Administration" is one name.
	const firstOfTwo = runs.at(-2);
	const joined = firstOfTwo && jointSpeakers.pattern.test(trimmed.slice(firstOfTwo.index + firstOfTwo[0].length, endRun.index)) && !cannotSpeak(firstOfTwo[0]) && !hasOrganisationShape(endRun[0]);
	const last = joined ? firstOfTwo : endRun;

	// "Houthi leaders in Sanaa said", "Shipping agents in Colón say": people somewhere, unnamed.
	if (/\b(?:in|on|near|across|over|into|toward|towards|outside|inside)\s+$/iu.test(trimmed.slice(0, last.index))) {
		return {kind: 'unnamed'};
	}

	// "Analysts at Danske Bank said": the name after a preposition is an organisation's, or a place's (no one speaks).
	const afterPreposition = /\b(?:at|from|of|for|with|to|by)\s+$/iu.test(trimmed.slice(0, last.index));

	// "Analysts say", "Officials said": a group, not a name.
	if (!last[0].includes(' ') && unnamedSpeaker.test(last[0])) {
		return {kind: 'unnamed'};
	}

	const start = from + last.index;
	// "the Chamber of Commerce said": a name after "the" is not a person's.
	const definite = /\bthe\s+$/iu.test(trimmed.slice(0, last.index));
	// After a preposition only a description of an organisation is kept ("Forecasters at Aemet, Spain's weather agency").
	const described = afterPreposition ? (role !== null && describesOrganisation(role) ? role : null) : role ?? roleBefore(masked.slice(from, start));
	const clue = named(masked, start, start + last[0].length, described);
	const alsoSpeaking = joined ? named(masked, from + endRun.index, from + endRun.index + endRun[0].length, null) : undefined;
	return {...clue, ...(afterPreposition && {afterPreposition}), ...(definite && {definite}), ...(alsoSpeaking && {alsoSpeaking})};
}

/**
 * Who a sentence reports as speaking, without quotation marks: "Kirby said
 * the US had information…", "According to the ministry, …".
 */
export function reportedSpeakerClue(masked: string, from: number, to: number): SpeakerClue {
	const window = masked.slice(from, to);
	const according = accordingToBefore.pattern.exec(window);
	if (according) {
		return subjectAt(masked, from + according.index + according[0].length, to);
	}

	const verb = firstSpeechVerb.exec(window);
	if (!verb || verb.index === 0) {
		return {kind: 'none'};
	}

	const beforeVerb = window.slice(0, verb.index).replace(trailingAdverbs, '');
	return subjectEndingAt(masked, from, from + beforeVerb.trimEnd().length);
}
