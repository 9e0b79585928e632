import {reportedSpeakerClue, speakerClue} from './attribution.js';
import {quoteAfterReportedSpeech} from './reference-rules.js';
import {isReference, type ReferenceClue, type SpeakerClue} from './speaker-clue.js';
import type {ActorDraft} from './actor-registry.js';
import {byParagraph} from './by-paragraph.js';
import {statementVerbs} from './lexicon/speech-verbs.js';
import {maskQuotes, type QuoteSpan} from './quotes.js';
import {sentenceAt, splitSentences, type Sentence} from './sentences.js';

export type AttributedQuote = QuoteSpan & {
	speaker: ActorDraft | null;
	/** A second speaker named with the first ("Maria Lopez and Karl Weber said"): one of the quote's actors. */
	alsoSpeaking: ActorDraft | null;
	mode: 'direct' | 'partial';
	/** Whether the speaker comes from the quote's own sentence (not inherited or guessed). */
	attributedInPlace: boolean;
};

/** Who "he", "she" or "the minister" in a paragraph is, given the latest speaker quoted nearby. */
/** The speaker of the last attributed quote, and its paragraph. */
export type RecentSpeaker = {actor: ActorDraft; paragraph: number};

export type ReferenceResolver = (clue: ReferenceClue, paragraph: number, recentSpeaker: RecentSpeaker | undefined) => ActorDraft | null;

/** Who a name in a paragraph denotes: a surname alone by who bears it nearby. */
export type NameResolver = (clue: Extract<SpeakerClue, {kind: 'name'}>, paragraph: number) => ActorDraft | null;

/**
 * Give every quote its speaker, reading the article in order: the clue in the
 * quote's own sentence first; a pronoun or description by `resolveReference`;
 * a quote standing alone, or reopening a quote the previous paragraph left
 * open, continues the previous quote's speaker; an unnamed source stays null.
 */
export function attributeQuotes(
	paragraphs: string[],
	quotes: QuoteSpan[],
	resolveName: NameResolver,
	resolveReference: ReferenceResolver,
	personNamedBetween: (paragraph: number, from: number, to: number) => ActorDraft | null = () => null,
): AttributedQuote[] {
	const attributed: AttributedQuote[] = [];
	let previous: AttributedQuote | undefined;
	let lastSpeaker: RecentSpeaker | undefined;
	const quotesIn = byParagraph(quotes);
	/**
	 * "Ms Lee added that the rules were unclear." then a paragraph that is only
	 * a quote: the speaker the paragraph before reports, in its last sentence
	 * that reports anyone.
	 */
	const reportedSpeakerBefore = (number: number): ActorDraft | null => {
		const before = paragraphs[number - 2];
		const clue = before === undefined ? undefined : splitSentences(before).reverse().map(sentence => reportedSpeakerClue(before, sentence.start, sentence.end)).find(each => each.kind !== 'none');
		if (clue?.kind === 'name') {
			return resolveName(clue, number - 1);
		}

		return clue !== undefined && isReference(clue) ? resolveReference(clue, number - 1, lastSpeaker) : null;
	};

	/**
	 * "“…,” said one fisherman, who asked not to be named." then "“…,” he
	 * added": "he" is still the unnamed fisherman, when no one is named
	 * between the two quotes.
	 */
	let previousUnnamed: AttributedQuote | undefined;
	const stillUnnamed = (clue: SpeakerClue, quote: QuoteSpan): boolean => {
		if (clue.kind !== 'pronoun' || clue.plural || previousUnnamed === undefined || quote.paragraph - previousUnnamed.paragraph > 1) {
			return false;
		}

		const from = previousUnnamed.paragraph;
		const namedSince = from === quote.paragraph ? personNamedBetween(from, previousUnnamed.end, quote.start) : personNamedBetween(from, previousUnnamed.end, paragraphs[from - 1]!.length) ?? personNamedBetween(quote.paragraph, 0, quote.start);
		return namedSince === null;
	};

	let maskedParagraph: {number: number; masked: string; sentences: Sentence[]} | undefined;
	for (const quote of quotes) {
		const paragraph = paragraphs[quote.paragraph - 1]!;
		if (maskedParagraph?.number !== quote.paragraph) {
			const masked = maskQuotes(paragraph, quotesIn(quote.paragraph));
			maskedParagraph = {number: quote.paragraph, masked, sentences: splitSentences(masked)};
		}

		const {masked, sentences} = maskedParagraph;
		const clue = speakerClue(masked, quote, sentences);
		const standsAlone = standsAloneInSentence(masked, quote, sentences);
		const follows = previous !== undefined && quote.paragraph - previous.paragraph <= 1 && (quote.continued || standsAlone);
		let speaker: ActorDraft | null = null;
		let alsoSpeaking: ActorDraft | null = null;
		let attributedInPlace = true;
		if (clue.kind === 'name') {
			speaker = resolveName(clue, quote.paragraph);
			alsoSpeaking = clue.alsoSpeaking ? resolveName(clue.alsoSpeaking, quote.paragraph) : null;
		} else if (isReference(clue) && !stillUnnamed(clue, quote)) {
			speaker = resolveReference(clue, quote.paragraph, lastSpeaker && quote.paragraph - lastSpeaker.paragraph <= 2 ? lastSpeaker : undefined);
		} else if (clue.kind === 'none') {
			attributedInPlace = false;
			const opensParagraph = quoteAfterReportedSpeech.pattern.test(masked.slice(0, quote.start));
			const afterReportedSpeech = !follows && opensParagraph && standsAlone && quotesIn(quote.paragraph - 1).length === 0;
			// "Chilufya has started again. She shrugs. “What else can I do?”": a quote alone after the paragraph has put someone on stage is theirs.
			const since = previous?.paragraph === quote.paragraph ? previous.end : 0;
			const onStage = standsAlone && !opensParagraph ? personNamedBetween(quote.paragraph, since, quote.start) : null;
			speaker = onStage ?? (follows ? previous!.speaker : afterReportedSpeech ? reportedSpeakerBefore(quote.paragraph) : null);
		}

		const current: AttributedQuote = {...quote, speaker, alsoSpeaking: alsoSpeaking === speaker ? null : alsoSpeaking, mode: modeOf(paragraph, masked, quote, clue, standsAlone), attributedInPlace};
		// The start of a quote run on from the paragraph before takes the speaker its continuation names.
		if (quote.continued && previous && previous.speaker === null && !previous.closed && speaker !== null) {
			previous.speaker = speaker;
		}

		attributed.push(current);
		previous = current;
		previousUnnamed = clue.kind === 'unnamed' ? current : undefined;
		if (speaker) {
			lastSpeaker = {actor: speaker, paragraph: quote.paragraph};
		}
	}

	return attributed;
}

/** The quote is its sentence: nothing but marks and punctuation around it. */
function standsAloneInSentence(masked: string, quote: QuoteSpan, sentences: Sentence[]): boolean {
	const sentence = sentenceAt(sentences, quote.start, candidate => candidate.start <= quote.start && quote.start <= candidate.end);
	if (!sentence) {
		return true;
	}

	const before = masked.slice(sentence.start, quote.start);
	const after = masked.slice(quote.end, quote.closed ? sentence.end : masked.length);
	return /^[\s“"‘']*$/u.test(before) && /^[\s”"’'.,!?]*$/u.test(after);
}

/** "said “…”", "told reporters: “…”": a statement verb (told with whom) just before the quote. */
const followsStatementVerb = new RegExp(String.raw`\b(?:${statementVerbs.filter(verb => verb !== 'told').join('|')}|told\s+\w+)[,:]?\s*$`, 'iu');

/**
 * Direct: a whole statement — a quote that is its own sentence, opens with a
 * capital, or follows its speech verb ("asked “…”"). Partial: a fragment
 * woven into the reporter's sentence ("said Russia “never had illusions”").
 */
function modeOf(paragraph: string, masked: string, quote: QuoteSpan, clue: SpeakerClue, standsAlone: boolean): 'direct' | 'partial' {
	if (standsAlone) {
		return 'direct';
	}

	// The words just before the quote: a $-anchored pattern over the whole paragraph would rescan it for every quote.
	const before = masked.slice(Math.max(0, quote.start - 200), Math.max(0, quote.start - 1));
	if (followsStatementVerb.test(before)) {
		return 'direct';
	}

	// "…, telling the audience: “People in Glasgow…”": a statement introduced by a colon.
	if (/:\s*$/u.test(before) && /^\p{Lu}/u.test(quote.text)) {
		return 'direct';
	}

	const opensWithCapital = /^\p{Lu}/u.test(quote.text) && !/\bthat\s*$/iu.test(before);
	return opensWithCapital && clue.kind !== 'none' && /[.!?,]$/u.test(paragraph.slice(quote.start, quote.end)) ? 'direct' : 'partial';
}
