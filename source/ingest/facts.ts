import type {Figure} from '../core/schema.js';
import {reportedSpeakerClue} from './attribution.js';
import {maskQuotes} from './quotes.js';
import type {SpeakerClue} from './speaker-clue.js';
import type {ActorDraft} from './actor-registry.js';
import {byParagraph, within} from './by-paragraph.js';
import {findFigures} from './figures.js';
import type {ActorMention} from './mentions.js';
import type {PlaceMention} from './places/index.js';
import type {AttributedQuote} from './speakers.js';
import {splitSentences, type Sentence} from './sentences.js';
import {findTimes} from './times.js';

export type FactDraft = {
	paragraph: number;
	start: number;
	end: number;
	text: string;
	actors: ActorDraft[];
	places: PlaceMention[];
	figures: Figure[];
	time: string | null;
	attribution: ActorDraft | null;
};

export type FactContext = {
	quotes: AttributedQuote[];
	actorMentions: ActorMention[];
	placeMentions: PlaceMention[];
	/** The actor a speaker clue names, as for quotes. */
	resolveClue: (clue: SpeakerClue, paragraph: number) => ActorDraft | null;
};

const minimumWords = 4;

/**
 * One fact per sentence that states something: its actors, places, figures
 * and time, and who asserts it — the speaker of a quote in it, or the subject
 * of its reporting verb ("Kirby said …"); null when the article says it itself.
 */
export function extractFacts(paragraphs: string[], context: FactContext): FactDraft[] {
	const facts: FactDraft[] = [];
	const quotesIn = byParagraph(context.quotes);
	const actorsIn = byParagraph(context.actorMentions);
	const placesIn = byParagraph(context.placeMentions);
	for (const [index, paragraph] of paragraphs.entries()) {
		const number = index + 1;
		const quotesHere = quotesIn(number);
		const masked = maskQuotes(paragraph, quotesHere);
		for (const sentence of sentencesAcrossQuotes(paragraph, quotesHere)) {
			if (sentence.text.split(/\s+/).length < minimumWords) {
				continue;
			}

			const inside = within({paragraph: number, start: sentence.start, end: sentence.end});
			const quoted = quotesHere.find(quote => quote.speaker !== null && quote.start < sentence.end && sentence.start < quote.end);
			const attribution = quoted?.speaker ?? context.resolveClue(reportedSpeakerClue(masked, sentence.start, sentence.end), number);
			const times = findTimes(sentence.text);
			facts.push({
				paragraph: number,
				start: sentence.start,
				end: sentence.end,
				text: sentence.text,
				actors: unique(actorsIn(number).filter(inside).map(mention => mention.actor)).filter(actor => actor !== attribution),
				places: placesIn(number).filter(inside),
				figures: findFigures(sentence.text, times).map(mention => mention.figure),
				time: times[0]?.text ?? null,
				attribution,
			});
		}
	}

	return facts;
}

/**
 * The paragraph's sentences, a quote of several sentences kept whole with the
 * words that attribute it: “I used to dream of it. Now we have two,” Tedros
 * said — one statement, not a fragment opening with a quotation mark.
 */
function sentencesAcrossQuotes(paragraph: string, quotes: AttributedQuote[]): Sentence[] {
	const merged: Sentence[] = [];
	for (const sentence of splitSentences(paragraph)) {
		const previous = merged.at(-1);
		const quoteGoesOn = previous !== undefined && quotes.some(quote => quote.start < previous.end && previous.end < quote.end);
		if (quoteGoesOn) {
			merged[merged.length - 1] = {...previous, end: sentence.end, text: paragraph.slice(previous.start, sentence.end)};
		} else {
			merged.push(sentence);
		}
	}

	return merged;
}

function unique<T>(items: T[]): T[] {
	return [...new Set(items)];
}
