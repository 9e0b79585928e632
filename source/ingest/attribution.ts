import {speechAdverbs, speechVerbs} from './lexicon/speech-verbs.js';
import {organisationNouns} from './lexicon/organisations.js';
import {roleNouns, unnamedSpeaker} from './lexicon/titles.js';
import {capitalisedRun, hasRoleNoun, roleAfter, roleBefore, splitTitle, withoutAffiliation} from './names.js';
import type {QuoteSpan} from './quotes.js';
import {splitSentences} from './sentences.js';

/** What the text around a quote says about who spoke it. Offsets are within the paragraph. */
export type SpeakerClue =
	/** `afterPreposition`: the name follows "at", "in"… ("Analysts at Danske Bank said"): an organisation may speak so, a place may not. */
	| {kind: 'name'; name: string; role: string | null; start: number; end: number; afterPreposition?: boolean}
	| {kind: 'pronoun'; start: number}
	/** "the minister said", "the company said": someone the article has described before. */
	| {kind: 'description'; noun: string; phrase: string; start: number}
	| {kind: 'unnamed'}
	| {kind: 'none'};

const verbs = speechVerbs.join('|');
const adverbs = speechAdverbs.filter(word => !speechVerbs.includes(word)).join('|');
const verbAfterQuote = new RegExp(String.raw`^[\s,.!?:;—–-]*(?:(?:${adverbs})\s+)*(?:${verbs})\b\s*`, 'iu');
const subjectThenVerb = new RegExp(String.raw`(?:\s+(?:${adverbs}))*\s+(?:${verbs})\b`, 'iu');
const speechVerbsInText = new RegExp(String.raw`\b(?:${verbs})\b`, 'giu');
const firstSpeechVerb = new RegExp(String.raw`\b(?:${verbs})\b`, 'iu');
const trailingAdverbs = new RegExp(String.raw`(?:\s+(?:${adverbs}))+\s*$`, 'iu');
const accordingTo = /\baccording to\s+/iu;
const capitalisedRunAtStart = new RegExp(`^(?:${capitalisedRun.source})`, 'u');
const pronoun = /^(?:he|she)\b/iu;
/**
 * ", a container carrier based in Hamburg, Germany" at the end of a subject: an appositive opens with a
 * determiner, a possessive, "who"/"which", or is an age (", 54") or a party label (", D-Nev.").
 */
const appositiveAtEnd = /,\s+(?:(?:an?|the|his|her|its|their|who|which|whose)\s|\p{Lu}[\p{L}.-]*[’']s\s|\d+$|\p{Lu}-\p{Lu}[\p{L}.]*$)[^]{0,120}$/u;
const describedNouns = [...roleNouns, ...organisationNouns].sort((a, b) => b.length - a.length).join('|');
const descriptionAtStart = new RegExp(String.raw`^the\s+((?:[\p{Ll}-]+\s+){0,2}?(${describedNouns}))\b`, 'iu');
const descriptionAtEnd = new RegExp(String.raw`(?:^|\s)the\s+((?:[\p{Ll}-]+\s+){0,2}?(${describedNouns}))$`, 'iu');
const notSpeakers = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'It', 'This', 'That', 'There', 'They', 'We', 'I', 'You', 'The', 'But', 'And', 'In', 'On', 'At']);

/**
 * Who spoke a quote, from the words around it in its sentence: after it
 * (`“…,” said X`, `“…,” X said`, `“…,” according to X`) first, then before it
 * (`X said “…”`, `X said on Friday that “…”`, `According to X, “…”`).
 * `masked` is the paragraph with every quote's text blanked out, so words
 * inside quotes never count as attribution.
 */
export function speakerClue(masked: string, quote: QuoteSpan): SpeakerClue {
	const sentences = splitSentences(masked);
	const closing = quote.closed ? quote.end + 1 : masked.length;
	const afterSentence = sentences.find(sentence => sentence.start <= closing && closing <= sentence.end);
	const after = afterSentence ? closing : masked.length;
	const afterClue = clueAfter(masked, after, afterSentence?.end ?? masked.length);
	if (afterClue.kind !== 'none') {
		return afterClue;
	}

	const opening = Math.max(0, quote.start - 1);
	const beforeSentence = sentences.find(sentence => sentence.start <= opening && opening < sentence.end);
	return clueBefore(masked, beforeSentence?.start ?? 0, opening);
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

	return {kind: 'none'};
}

/** The speaker named at `start`: "John Kirby, the US … spokesman", "a senior official", "he". */
function subjectAt(masked: string, start: number, limit: number): SpeakerClue {
	const text = masked.slice(start, limit);
	if (pronoun.test(text)) {
		return {kind: 'pronoun', start};
	}

	const description = descriptionAtStart.exec(text);
	if (description) {
		return {kind: 'description', noun: description[2]!.toLowerCase(), phrase: description[1]!, start};
	}

	if (unnamedSpeaker.test(text)) {
		return {kind: 'unnamed'};
	}

	const run = capitalisedRunAtStart.exec(text);
	if (!run || notSpeakers.has(run[0])) {
		return {kind: 'none'};
	}

	return named(masked, start, start + run[0].length, roleAfter(masked.slice(start + run[0].length, limit)));
}

/** The speaker whose name ends at `end`, with an appositive between name and verb allowed. */
function subjectEndingAt(masked: string, from: number, end: number): SpeakerClue {
	let text = masked.slice(from, end).replace(/,\s*$/, '');
	let role: string | null = null;
	// "Dmitry Peskov, Putin’s spokesman," or "Ana Beltrán, a meteorologist there," — step back over the appositive.
	const appositive = appositiveAtEnd.exec(text);
	// "…in the southern Red Sea, the Pentagon said": a named organisation after the comma is the subject itself.
	const namedAfterComma = /,\s+the\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)$/u.exec(text);
	if (namedAfterComma && !hasRoleNoun(namedAfterComma[1]!)) {
		const start = from + namedAfterComma.index + namedAfterComma[0].length - namedAfterComma[1]!.length;
		return named(masked, start, start + namedAfterComma[1]!.length, null);
	}

	if (appositive && /\p{Lu}[\p{L}.’'-]*$/u.test(text.slice(0, appositive.index))) {
		role = roleAfter(text.slice(appositive.index));
		text = text.slice(0, appositive.index);
	}

	const trimmed = text.trimEnd();
	const description = descriptionAtEnd.exec(trimmed);
	if (description) {
		return {kind: 'description', noun: description[2]!.toLowerCase(), phrase: description[1]!, start: from + description.index};
	}

	const lastWords = trimmed.slice(Math.max(0, trimmed.length - 60));
	if (/(?:^|\s)(?:he|she)$/iu.test(trimmed)) {
		return {kind: 'pronoun', start: from + trimmed.length - 2};
	}

	const unnamed = /(?:^|[\s,])((?:an?|one|another|two|three|several|some|many|other|the)\s+[^,]*)$/iu.exec(lastWords);
	if (unnamed && unnamedSpeaker.test(unnamed[1]!) && !/\p{Lu}/u.test(unnamed[1]!.replace(/^\S+\s/, '').slice(0, 1))) {
		return {kind: 'unnamed'};
	}

	const runs = [...trimmed.matchAll(capitalisedRun)];
	const last = runs.at(-1);
	if (!last || last.index + last[0].length !== trimmed.length || notSpeakers.has(last[0])) {
		return {kind: 'none'};
	}

	// "Houthi leaders in Sanaa said", "Analysts at Danske Bank said": the name after a preposition speaks only if it is not a place.
	const afterPreposition = /\b(?:in|at|from|of|for|on|near|with|to|by|across|over|into|toward|towards)\s+$/iu.test(trimmed.slice(0, last.index));

	// "Analysts say", "Officials said": a group, not a name.
	if (!last[0].includes(' ') && unnamedSpeaker.test(last[0])) {
		return {kind: 'unnamed'};
	}

	const start = from + last.index;
	const clue = named(masked, start, start + last[0].length, afterPreposition ? null : role ?? roleBefore(masked.slice(from, start)));
	return afterPreposition ? {...clue, afterPreposition} : clue;
}

function named(masked: string, start: number, end: number, role: string | null): Extract<SpeakerClue, {kind: 'name'}> {
	const written = masked.slice(start, end);
	const {title, name: titled} = splitTitle(written);
	const name = withoutAffiliation(titled);
	const nameStart = start + written.lastIndexOf(name.split(' ')[0]!);
	return {kind: 'name', name, role: role ?? title, start: nameStart, end: nameStart + name.length};
}

/** The paragraph with each quote's text replaced by filler of the same length. */
export function maskQuotes(paragraph: string, quotes: QuoteSpan[]): string {
	let masked = paragraph;
	for (const quote of quotes) {
		masked = masked.slice(0, quote.start) + 'x'.repeat(quote.end - quote.start) + masked.slice(quote.end);
	}

	return masked;
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
