import {speechAdverbs, speechVerbs} from './lexicon/speech-verbs.js';
import {notNames} from './lexicon/not-names.js';
import {organisationNouns} from './lexicon/organisations.js';
import {nameTitles, roleNouns, spokespersonFor, theOrganisationPeople, unnamedSpeaker} from './lexicon/titles.js';
import {capitalisedRun, hasRoleNoun, describesOrganisation, roleAfter, roleBefore, splitTitle, withoutAffiliation, withoutOpeningWord} from './names.js';
import type {QuoteSpan} from './quotes.js';
import {splitSentences, type Sentence} from './sentences.js';
import {wordHas} from './word-tags.js';

/** How a name was written: after a preposition ("analysts at Danske Bank"), after "the" ("the Guardia Civil"). */
export type NameContext = {afterPreposition?: boolean; definite?: boolean};

/** What the text around a quote says about who spoke it. Offsets are within the paragraph. */
export type SpeakerClue =
	/** `afterPreposition`: the name follows "at", "in"… ("Analysts at Danske Bank said"): an organisation may speak so, a place may not. */
	| ({kind: 'name'; name: string; role: string | null; start: number; end: number} & NameContext)
	/** `plural`: "they", which speaks for a group or an organisation named before, never for a person. */
	| {kind: 'pronoun'; start: number; plural?: boolean}
	/** "the minister said", "the company said": someone the article has described before. */
	| {kind: 'description'; noun: string; phrase: string; start: number}
	| {kind: 'unnamed'}
	| {kind: 'none'};

const verbs = speechVerbs.join('|');
const adverbs = speechAdverbs.filter(word => !speechVerbs.includes(word)).join('|');
const verbAfterQuote = new RegExp(String.raw`^[\s,.!?:;—–-]*(?:(?:${adverbs})\s+)*(?:${verbs})\b\s*`, 'u');
const subjectThenVerb = new RegExp(String.raw`(?:\s+(?:${adverbs}))*\s+(?:${verbs})\b`, 'u');
// Lower case only: "The United States" holds no verb.
const speechVerbsInText = new RegExp(String.raw`\b(?:${verbs})\b`, 'gu');
const firstSpeechVerb = new RegExp(String.raw`\b(?:${verbs})\b`, 'u');
const trailingAdverbs = new RegExp(String.raw`(?:\s+(?:${adverbs}))+\s*$`, 'iu');
const accordingTo = /\baccording to\s+/iu;
/** ", insisting it was needed to “…”": a participle of speech after the sentence's main clause. */
const speechParticiple = /,\s+(?:saying|adding|insisting|arguing|warning|claiming|noting|stressing|explaining|declaring|vowing|promising|telling|asking|writing|replying|responding|accusing|acknowledging|admitting)\b/iu;
/** "researchers from the ", "analysts at ": people named only by what they do, then their organisation. */
const peopleOfOrganisation = /^(?:\p{Ll}[\p{L}-]*\s+){1,2}(?:at|from|with)\s+(?:the\s+)?(?=\p{Lu})/u;
/**
 * "…, Manzello was cautious: ", "Scottish Labour leader Callum Brodie was blunt: " — a name, perhaps after
 * its title, a few lower-case words and a colon, just before the quote.
 */
const clauseBeforeColon = /(?:^|[,;]\s*)(?:\p{Lu}[\p{L}’'-]*\s+){0,3}?(?:\p{Ll}[\p{L}’'-]*\s+){0,2}?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)(?:\s+\p{Ll}+){1,4}:\s*$/u;
const capitalisedRunAtStart = new RegExp(`^(?:${capitalisedRun.source})`, 'u');
const pronounAtStart = /^(he|she|they)\b/iu;
const pronounAtEnd = /(?:^|\s)(he|she|they)$/iu;
/** A lower-case role, perhaps opened by a capitalised word, then a name: "Dutch economy minister Sophie Hermans", "state Sen. Nancy Skinner". */
const titledNameAtStart = new RegExp(
	String.raw`^((?:\p{Lu}[\p{L}’'-]*\s+)?(?:\p{Ll}[\p{L}’'-]*\s+){0,3}?(?:${roleNouns.join('|')})\s+|(?:\p{Ll}[\p{L}’'-]*\s+){1,2}(?=(?:${nameTitles.map(title => title.replace('.', String.raw`\.`)).join('|')})\s))(${capitalisedRun.source})`,
	'u',
);
/**
 * ", a container carrier based in Hamburg, Germany" at the end of a subject: an appositive opens with a
 * determiner, a possessive, "who"/"which", a role noun with its organisation (", director of operations at …", ", deputy director of the centre"),
 * a participle of speaking (", speaking in Brussels,"),
 * where they work or study (", of the University of Lima's school of law,"),
 * or is an age (", 54") or a party label (", D-Nev.").
 */
const appositiveAtEnd = new RegExp(
	String.raw`,\s+(?:(?:an?|the|his|her|its|their|who|which|whose)\s|\p{Lu}[\p{L}.-]*[’']s\s|\d+$|\p{Lu}-\p{Lu}[\p{L}.]*$|(?:of|from|at)\s+(?:the\s+)?\p{Lu}|(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:${roleNouns.join('|')})\s+(?:of|at|for|to|in)\s|(?:speaking|writing|talking|addressing|visiting|appearing|responding|testifying)\s)[^]{0,120}$`,
	'u',
);
/** The noun may be capitalised ("the Ministry said"), the words before it may not: "the BC Wildfire Service" is a name. */
const describedNouns = [...roleNouns, ...organisationNouns]
	.sort((a, b) => b.length - a.length)
	.map(noun => noun.replace(/^\p{Ll}/u, letter => `[${letter}${letter.toUpperCase()}]`))
	.join('|');
const descriptionAtStart = new RegExp(String.raw`^[Tt]he\s+((?:[\p{Ll}-]+\s+){0,2}?(${describedNouns}))\b`, 'u');
const organisationNounAt = new RegExp(String.raw`\b(${organisationNouns.join('|')})$`, 'iu');
/** "the minister", "the owner of a chain of three bakeries": a description, perhaps with what it is of, ending the subject. */
const descriptionAtEnd = new RegExp(String.raw`(?:^|\s)[Tt]he\s+((?:[\p{Ll}-]+\s+){0,2}?(${describedNouns})(?:\s+(?:of|at|for)\s+[\p{Ll}\d][^,;:]{0,60}?)?)$`, 'u');

/** Words that are never a speaker's name: a weekday, a pronoun, a number opening a sentence ("Seven Western states"), a nationality alone ("according to Chinese customs data"). */
function cannotSpeak(run: string): boolean {
	return notNames.has(run) || wordHas(run.split(' ')[0]!, 'Value') || (!run.includes(' ') && wordHas(run, 'Demonym'));
}

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

/** The sentence around `offset` (by binary search, sentences being in order) that `fits`. */
export function sentenceAt(sentences: Sentence[], offset: number, fits: (sentence: Sentence) => boolean): Sentence | undefined {
	let low = 0;
	let high = sentences.length - 1;
	while (low < high) {
		const middle = Math.floor((low + high) / 2);
		if (sentences[middle]!.end < offset) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	// A sentence ends where the next may start: look at the one found and the one after.
	return [sentences[low], sentences[low + 1]].find(sentence => sentence !== undefined && fits(sentence));
}

function clueAfter(masked: string, from: number, to: number): SpeakerClue {
	const window = masked.slice(from, to);
	const according = /^[\s,.!?:;—–-]*according to\s+/iu.exec(window);
	if (according) {
		return subjectAt(masked, from + according[0].length, to);
	}

	const verbFirst = verbAfterQuote.exec(window);
	if (verbFirst) {
		return subjectAt(masked, from + verbFirst[0].length, to);
	}

	const lead = /^[\s,.!?:;—–-]*/u.exec(window)![0].length;
	const rest = window.slice(lead);
	const verb = subjectThenVerb.exec(rest);
	// The subject sits between the quote and its verb: at most a name with its appositive.
	if (verb && verb.index <= 140 && !/[“”"]/.test(rest.slice(0, verb.index))) {
		return subjectEndingAt(masked, from + lead, from + lead + verb.index);
	}

	// "“…” in two provinces, according to the Department of Agriculture": the source named later in the quote's sentence, no other quote between.
	const laterAccording = /(?:^|[\s,])according to\s+/iu.exec(rest);
	if (laterAccording && !/[“”"]/.test(rest.slice(0, laterAccording.index))) {
		return subjectAt(masked, from + lead + laterAccording.index + laterAccording[0].length, to);
	}

	return {kind: 'none'};
}

function clueBefore(masked: string, from: number, to: number): SpeakerClue {
	const window = masked.slice(from, to);
	const according = accordingTo.exec(window);
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

	// "The chancellor defended the rise, insisting it was needed to “…”": the sentence's subject speaks.
	const participle = speechParticiple.exec(window);
	if (participle) {
		return subjectAt(masked, from + (/^\s*/u.exec(window)?.[0].length ?? 0), from + participle.index);
	}

	// "Asked whether reefs could recover, Manzello was cautious: “…”": the name of a short clause the colon ends.
	const colon = clauseBeforeColon.exec(window);
	return colon && !cannotSpeak(colon[1]!) ? subjectAt(masked, from + colon.index + colon[0].indexOf(colon[1]!), to) : {kind: 'none'};
}

/** "according to a statement from the Defense Ministry": what was issued stands before who issued it. */
const issuedBy = /^(?:an?|the)\s+(?:(?:joint|written|brief|separate)\s+)?(?:statement|report|letter|post|filing|notice|announcement|release|press release)\s+(?:from|by|issued by)\s+/iu;

/** The speaker named at `start`: "John Kirby, the US … spokesman", "a senior official", "he". */
function subjectAt(masked: string, fullStart: number, limit: number): SpeakerClue {
	const start = fullStart + (issuedBy.exec(masked.slice(fullStart, limit))?.[0].length ?? 0);
	const text = masked.slice(start, limit);
	const pronoun = pronounAtStart.exec(text)?.[1];
	if (pronoun !== undefined) {
		return pronounClue(pronoun, start);
	}

	const description = descriptionAtStart.exec(text);
	// "the Department of Agriculture": a capitalised noun that goes on "of" a name is that name, not a description.
	const namedOf = description !== null && /^\p{Lu}/u.test(description[2]!) && /^\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(description[0].length));
	if (description && !namedOf) {
		return {kind: 'description', noun: description[2]!.toLowerCase(), phrase: description[1]!, start};
	}

	// "according to researchers from the University of Sydney": people of an organisation speak for it.
	const ofOrganisation = peopleOfOrganisation.exec(text);
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
	const titled = titledNameAtStart.exec(text);
	if (titled) {
		const nameStart = start + titled[1]!.length;
		const nameEnd = nameStart + titled[2]!.length;
		return named(masked, nameStart, nameEnd, roleAfter(masked.slice(nameEnd, limit)) ?? roleBefore(titled[1]!));
	}

	// "according to the Guardia Civil": a name after "the" is not a person's.
	const definite = /^the\s+/u.exec(text)?.[0].length ?? 0;
	const run = capitalisedRunAtStart.exec(text.slice(definite));
	if (!run || cannotSpeak(run[0])) {
		return {kind: 'none'};
	}

	const runStart = start + definite;
	const clue = named(masked, runStart, runStart + run[0].length, roleAfter(masked.slice(runStart + run[0].length, limit)));
	return definite > 0 ? {...clue, definite: true} : clue;
}

/** The speaker whose name ends at `end`, with an appositive between name and verb allowed. */
function subjectEndingAt(masked: string, subjectFrom: number, end: number): SpeakerClue {
	let from = subjectFrom;
	// "the Confederation of British Industry (CBI) said": the short form in brackets is not the subject's last word.
	let text = masked.slice(from, end).replace(/,\s*$/, '').replace(/\s*\(\p{Lu}{2,6}\)$/u, '');
	// "In Rabat, a spokesman for Morocco's transport ministry said": the phrase after the comma is the subject.
	const placeFirst = /^\s*(?:In|At|From|Near|Outside|Inside)\s+\p{Lu}[^,]*,\s+/u.exec(text);
	if (placeFirst) {
		from += placeFirst[0].length;
		text = text.slice(placeFirst[0].length);
	}

	let role: string | null = null;
	// "Dmitry Peskov, Putin’s spokesman," or "Ana Beltrán, a meteorologist there," — step back over the appositive.
	const appositive = appositiveAtEnd.exec(text);
	// "…in the southern Red Sea, the Pentagon said": a named organisation after the comma is the subject itself.
	const namedAfterComma = /,\s+the\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)$/u.exec(text);
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
	const description = descriptionAtEnd.exec(trimmed);
	if (description) {
		return {kind: 'description', noun: description[2]!.toLowerCase(), phrase: description[1]!, start: from + description.index};
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
	const last = runs.at(-1);
	if (!last || last.index + last[0].length !== trimmed.length || cannotSpeak(last[0])) {
		return {kind: 'none'};
	}

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
	return {...clue, ...(afterPreposition && {afterPreposition}), ...(definite && {definite})};
}

/** "A spokesperson for the World Food Programme": no person is named, the organisation named last speaks. */
function speaksForNamedOrganisation(subject: string): boolean {
	const last = [...subject.matchAll(capitalisedRun)].at(-1);
	return last !== undefined && last.index + last[0].length === subject.length && spokespersonFor.test(subject.slice(0, last.index));
}

function pronounClue(pronoun: string, start: number): Extract<SpeakerClue, {kind: 'pronoun'}> {
	return pronoun.toLowerCase() === 'they' ? {kind: 'pronoun', start, plural: true} : {kind: 'pronoun', start};
}

function named(masked: string, fullStart: number, end: number, role: string | null): Extract<SpeakerClue, {kind: 'name'}> {
	// "The US said": a sentence's capital "The" is not part of the name, but says it is not a person's.
	const opening = /^The\s+(?=\S)/u.exec(masked.slice(fullStart, end))?.[0].length ?? 0;
	const afterThe = masked.slice(fullStart + opening, end);
	const start = fullStart + opening + afterThe.length - withoutOpeningWord(afterThe).length;
	const written = masked.slice(start, end);
	const {title, name: titled} = splitTitle(written);
	const name = withoutAffiliation(titled);
	const nameStart = start + written.lastIndexOf(name.split(' ')[0]!);
	const clue = {kind: 'name' as const, name, role: role ?? title, start: nameStart, end: nameStart + name.length};
	return opening > 0 ? {...clue, definite: true} : clue;
}

/** The paragraph with each quote's text replaced by filler of the same length. */
export function maskQuotes(paragraph: string, quotes: QuoteSpan[]): string {
	const pieces: string[] = [];
	let from = 0;
	for (const quote of quotes) {
		const start = Math.max(from, quote.start);
		pieces.push(paragraph.slice(from, start), 'x'.repeat(Math.max(0, quote.end - start)));
		from = Math.max(from, quote.end);
	}

	pieces.push(paragraph.slice(from));
	return pieces.join('');
}

/**
 * Who a sentence reports as speaking, without quotation marks: "Kirby said
 * the US had information…", "According to the ministry, …".
 */
export function reportedSpeakerClue(masked: string, from: number, to: number): SpeakerClue {
	const window = masked.slice(from, to);
	const according = accordingTo.exec(window);
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
