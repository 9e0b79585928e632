import {escapeRegExp} from '../core/text.js';
import {
	datePrepositions,
	monthNames,
	partsOfDay,
	periodCounts,
	periodUnits,
	relativePeriods,
	standaloneTimes,
	weekdayNames,
} from './lexicon/calendar.js';

/** A time expression as written, with its offsets (UTF-16) in the text searched. */
export type TimeMention = {start: number; end: number; text: string};

/** An alternation of literal phrases, longest first so the regex prefers "as of" to "as". */
const anyOf = (phrases: readonly string[]) =>
	`(?:${[...phrases]
		.sort((a, b) => b.length - a.length)
		.map(phrase => escapeRegExp(phrase))
		.join('|')})`;

/** "on" → "[Oo]n": a preposition may open the sentence, but month and weekday names stay case-sensitive. */
const capitalisable = (phrase: string) => {
	const first = phrase.charAt(0);
	return `[${first}${first.toUpperCase()}]${escapeRegExp(phrase.slice(1))}`;
};

const month = anyOf(monthNames);
const day = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const year = String.raw`(?:1[89]|20)\d{2}`;
const weekday = `${anyOf(weekdayNames)}(?: ${anyOf(partsOfDay)})?`;
const notMoreDigits = String.raw`(?!\d|,\d{3})`;

/** Dates that are times wherever they stand. */
const calendarDates = [
	`${weekday},? ${month} ${day}(?:,? ${year})?${notMoreDigits}`,
	`${weekday},? ${day} ${month}(?:,? ${year})?`,
	`${month} ${day}(?:,? ${year})?${notMoreDigits}`,
	`${day} ${month}(?:,? ${year})?`,
	`${month},? ${year}`,
	`(?:early|mid|late)[- ](?:${month}|${year})`,
	String.raw`(?:the )?(?:1[89]|20)\d0s`,
	weekday,
	year,
].join('|');

const preposition = `(?:${[...datePrepositions]
	.sort((a, b) => b.length - a.length)
	.map(capitalisable)
	.join('|')})`;

const timeOfDay = [
	String.raw`\d{1,2}(?:[:.]\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)`,
	String.raw`\d{1,2}:\d{2}(?: (?:GMT|UTC|local time))?`,
	String.raw`[012]\d{3} ?(?:GMT|UTC)`,
	'noon',
	'midnight',
].join('|');

const calendarPattern = `(?:${preposition} (?:the )?(?:${calendarDates}|${month})|(?:[Aa]t |[Bb]y |[Uu]ntil )?(?:${timeOfDay})|${calendarDates})`;

const count = `(?:${anyOf(periodCounts)}|\\d+)`;
const unit = anyOf(periodUnits);
const period = anyOf(relativePeriods);

/** Expressions relative to the time of writing; matched regardless of case ("Last month, …"). */
const relativePattern = [
	`(?:earlier|later|early|late) (?:this|last|next) ${period}`,
	`(?:in|over|during|for|within) (?:the )?(?:past|last|previous|coming|next|first|final) (?:${count} )?${unit}`,
	`in recent (?:days|weeks|months|years)`,
	`(?:last|this|next|past|previous|coming) ${period}`,
	`${count} ${unit} (?:ago|earlier|later)`,
	`(?:at|by|until|before|since) the (?:end|start|beginning|middle) of (?:the|this|last|next) (?:week|month|year)`,
	`(?<!up )${anyOf(standaloneTimes)}`,
].join('|');

const before = String.raw`(?<![\p{L}\p{N}$£€\-])`;
const after = String.raw`(?![\p{L}\p{N}%]|[.,]\d)`;
const calendarExpression = new RegExp(`${before}(?:${calendarPattern})${after}`, 'gu');
const relativeExpression = new RegExp(`${before}(?:${relativePattern})${after}`, 'giu');

/**
 * The time expressions in a sentence, as written and in order: dates with
 * their preposition ("in October", "on March 3", "since February 2022", "as of
 * May"), bare dates and years ("May 5", "2022"), times of day, and relative
 * times ("last month", "earlier this week", "in recent weeks", "to date").
 * A counted duration on its own ("31 days") is a figure, not a time; one that
 * locates an event ("in the past two weeks", "three days ago") is a time, and
 * the count of a window ("the next 45 days") is a figure as well (figures.ts).
 */
export function findTimes(sentence: string): TimeMention[] {
	const candidates = [...sentence.matchAll(calendarExpression), ...sentence.matchAll(relativeExpression)]
		.map((match) => ({start: match.index, end: match.index + match[0].length, text: match[0]}))
		.sort((a, b) => a.start - b.start || b.end - a.end);

	const times: TimeMention[] = [];
	for (const candidate of candidates) {
		const last = times.at(-1);
		if (last === undefined || candidate.start >= last.end) {
			times.push(candidate);
		}
	}

	return times;
}
