import {adverbs, accordingToAfterQuote, accordingToBefore, accordingToLater, clauseBeforeColon, speechParticiple, verbJoinedByAnd, withParticiple, subjectThenVerb, verbAfterQuote, verbs} from './attribution-rules.js';
import {cannotSpeak, type SpeakerClue} from './speaker-clue.js';
import type {QuoteSpan} from './quotes.js';
import {sentenceAt, splitSentences, type Sentence} from './sentences.js';
import {subjectAt, subjectEndingAt} from './speaker-subject.js';

// Lower case only: "The United States" holds no verb.
const speechVerbsInText = new RegExp(String.raw`\b(?:${verbs})\b`, 'gu');
const firstSpeechVerb = new RegExp(String.raw`\b(?:${verbs})\b`, 'u');
const trailingAdverbs = new RegExp(String.raw`(?:\s+(?:${adverbs}))+\s*$`, 'iu');

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

	// "…, with Minister … Rukia Salum Juma posting on Instagram that “…”": the name after "with".
	const absolute = withParticiple.pattern.exec(window);
	if (absolute) {
		return subjectAt(masked, from + absolute.index + absolute[0].length, to);
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
