import {isCommonWord} from './name-kind.js';

/** Lines this short, in a block between blank lines, may be one paragraph hard-wrapped. */
const wrappedLineLength = 100;

/**
 * An article's paragraphs: each line is a paragraph (how the seed article and
 * most copied text come). Where blank lines separate blocks, a block of short
 * lines that break mid-sentence is one paragraph hard-wrapped (joined with spaces).
 */
export function splitParagraphs(text: string): string[] {
	const blocks = text.split(/\n[ \t]*\n/);
	return blocks.flatMap(block => {
		const lines = block.split('\n').map(line => line.trim()).filter(Boolean);
		const wrapped = lines.slice(0, -1);
		// A headline over its byline ("By Hoang Nam", or the name alone) or date, perhaps with a deck between, is lines, not one paragraph wrapped.
		const headedBlock = lines.length >= 2 && lines.length <= 4 && isHeadline(lines[0]!) && lines.slice(1).some(line => bareBylineOf(line) !== undefined);
		const hardWrapped = blocks.length > 1 && wrapped.length > 0 && wrapped.every(line => line.length <= wrappedLineLength) && wrapped.some(line => !/[.!?:"”’']$/u.test(line)) && !headedBlock && !lines.some(line => bylineOf(line) !== undefined || dateLineOf(line) !== undefined);
		return hardWrapped ? [lines.join(' ')] : lines;
	});
}

/** Most words a sub-heading has. */
const subheadingWords = 10;

/**
 * "Trawlers in the dark", "How much gas does Uzbekistan have?": a short line
 * between paragraphs of prose, capitalised, quoting no one and not closed as a
 * sentence is (a question may be), is a sub-heading — no paragraph of the
 * article, as a web page's headings are not.
 */
export function withoutSubheadings(paragraphs: string[]): string[] {
	const closesSentence = (paragraph: string) => /[.!?"”’')]$/u.test(paragraph);
	return paragraphs.filter((paragraph, index) => !(index > 0 && index < paragraphs.length - 1 && isSubheading(paragraph) && closesSentence(paragraphs[index - 1]!) && !isSubheading(paragraphs[index + 1]!)));
}

function isSubheading(line: string): boolean {
	const words = line.split(/\s+/u);
	// "‘Like an island’": a few words quoted as a heading, no sentence inside the marks and no one speaking in them ("“We see nothing”" is a quote).
	if (/^[‘“"']\p{Lu}[^.!?,;:‘’“”"]{0,60}[’”"']$/u.test(line) && words.length <= 6 && !/\b(?:I|we|you|he|she|they|it|me|us|them|my|our|your)\b/iu.test(line)) {
		return true;
	}

	return words.length <= subheadingWords && /^\p{Lu}/u.test(line) && !/[.,;:!"”’'»)]$/u.test(line) && !/[“"«»]|(?:^|\s)[‘']/u.test(line) && bylineOf(line) === undefined && dateLineOf(line) === undefined;
}

/** The lines above an article's first paragraph: its headline and byline, when it has them. */
export type ArticleHead = {
	headline: string | undefined;
	/** The byline without its "By": "Maria Delgado", "Tom Hart and Ana Ruiz, BBC News". */
	byline: string | undefined;
	/** A line that is only a date ("Wednesday, September 16, 2026"), as YYYY-MM-DD. */
	date: string | undefined;
	/** The text below them. */
	body: string;
};

/** "By Maria Delgado", "By Tom Hart and Ana Ruiz, BBC News", "By Ana Ruiz, BBC News, Dakar": short, names only, no sentence. */
const bylineLine = /^[Bb]y\s+(?<names>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|and|&|de|da|van|der|von|bin|al|la|le)){0,10}(?:,\s*\p{Lu}[\p{L}\p{M}.'’ -]{0,40}){0,2})$/u;

const headlineWords = 16;
/** Most words a deck under a headline has. */
const deckWords = 60;
const longHeadlineWords = 30;

/**
 * Split off the head of a plain-text article: a first line that reads like a
 * headline (short, not closed by a full stop, with paragraphs after it) and a
 * byline after it or alone at the top. Neither is a paragraph of the article.
 * A line that opens the story with a dateline is never a headline.
 */
export function splitHead(text: string, isDateline: (line: string) => boolean = () => false, givenTitle?: string): ArticleHead {
	const paragraphs = splitParagraphs(text);
	const lines = text.split('\n');
	const nextLine = (from: number) => {
		const index = lines.findIndex((line, at) => at >= from && line.trim() !== '');
		return index === -1 ? {index: lines.length, text: ''} : {index, text: lines[index]!.trim()};
	};

	let bodyStart = 0;
	let headline: string | undefined;
	const first = nextLine(0);
	// The line must be a paragraph of its own, not the first line of a hard-wrapped block. A byline or a date under it
	// says it is a headline even when it is long or asks a question ("…: Why is a gas-rich country running short of heat?").
	const isHeadLine = (line: string) => bylineOf(line) !== undefined || bareBylineOf(line) !== undefined || dateLineOf(line) !== undefined;
	const under = nextLine(first.index + 1);
	// "Federal scientists say the fish may be stuck in a long slump": a deck (standfirst) between the headline and its byline.
	const deck = !isHeadLine(under.text) && under.text.split(/\s+/u).length <= deckWords && isHeadLine(nextLine(under.index + 1).text);
	const headedSo = isHeadLine(under.text) || deck;
	// A first line that is the title the user gave (`--title`) is the headline, whatever its shape.
	const isGivenTitle = givenTitle !== undefined && sameLine(first.text, givenTitle);
	if (first.text === paragraphs[0] && paragraphs.length > 2 && (isGivenTitle || isHeadline(first.text) || (headedSo && isLongHeadline(first.text))) && !isDateline(first.text)) {
		headline = first.text;
		bodyStart = (deck ? under.index : first.index) + 1;
	}

	// Under the headline, in either order: a byline, and a line that is only the date.
	let byline: string | undefined;
	let date: string | undefined;
	const underHeadline = headline === undefined ? -1 : nextLine(bodyStart).index;
	// A second date ("Updated: …" under "Posted: …") is the head's as well.
	for (let line = nextLine(bodyStart); ; line = nextLine(bodyStart)) {
		const names = byline === undefined ? (bylineOf(line.text) ?? (line.index === underHeadline ? bareBylineOf(line.text) : undefined)) : undefined;
		const day = names === undefined ? dateLineOf(line.text) : undefined;
		if (names === undefined && day === undefined) {
			break;
		}

		byline ??= names;
		date ??= day;
		bodyStart = line.index + 1;
	}

	return {headline, byline, date, body: bodyStart === 0 ? text : lines.slice(nextLine(bodyStart).index).join('\n')};
}

/** Two lines that differ only in spacing, case or the shape of their quotation marks. */
function sameLine(a: string, b: string): boolean {
	const plain = (line: string) => line.replace(/[‘’]/gu, "'").replace(/[“”]/gu, '"').replace(/\s+/gu, ' ').trim().toLowerCase();
	return plain(a) === plain(b);
}

/** Whether a paragraph is a byline ("By Jane Doe"), and whose. */
export function bylineOf(line: string): string | undefined {
	return bylineLine.exec(line.trim())?.groups?.['names'];
}

/** "Sarita Gurung": two to four capitalised words. */
const bareName = /^\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,3}$/u;

/** What may follow the name after a comma: the outlet, a desk or a town ("H2 Markets Weekly", "BBC News, Dakar"). */
const creditAfterName = /^(?:\p{Lu}[\p{L}\p{M}\p{N}'’&-]*|\p{N}+|of|and|the)(?:\s+(?:\p{Lu}[\p{L}\p{M}\p{N}'’&-]*|\p{N}+|of|and|the)){0,5}$/u;

const creditOnly = /^(?:(?:Our|Special|Staff|Senior|Foreign|Political|Diplomatic|Business|Legal|Chief|Regional|Local)\s+){1,2}(?:Correspondents?|Reporters?|Writers?|Bureau|Staff|Desk)(?:,\s*\p{Lu}[\p{L}\p{M} .'’-]{0,40})?$/u;

/**
 * A byline printed without its "By", as many papers print it: a line right
 * under the headline that is only a name, none of its words a common word
 * ("Sarita Gurung", not "Breaking News"), and perhaps after a comma its
 * outlet ("Rohan Mehta, H2 Markets Weekly").
 */
function bareBylineOf(line: string): string | undefined {
	// "Special Correspondent", "Our Bureau", "Staff Reporter": a byline that names the desk, not the reporter.
	if (creditOnly.test(line)) {
		return line;
	}

	// "Jillian O'Reilly · CBC News · Posted: Jul 09, 2025": a web page's byline, its parts set apart by dots.
	const [dotted = '', ...more] = line.split(/\s+[·•|]\s+/u);
	if (more.length > 0) {
		return more.length <= 3 && isBareName(dotted) ? line : undefined;
	}

	// "Marta Kelleher in Vlorë": the name and where the reporter filed from.
	const filedFrom = /^(.+?)\s+in\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2}$/u.exec(line);
	if (filedFrom && isBareName(filedFrom[1]!)) {
		return line;
	}

	const [name = '', ...credits] = line.split(/,\s*/u);
	return credits.length <= 2 && isBareName(name) && credits.every(credit => creditAfterName.test(credit)) ? line : undefined;
}

const isBareName = (name: string) => bareName.test(name) && !name.split(/\s+/u).some(word => isCommonWord(word));

/** A headline confirmed by the byline under it may run longer and end in a question, an exclamation or a quotation mark. */
function isLongHeadline(line: string): boolean {
	return line.split(/\s+/).length <= longHeadlineWords && !/[.:;,]$/u.test(line);
}

/** A line that reads like a headline: short (a dash or a bar between its parts is no word), no closing full stop, no byline or date. */
export function isHeadline(line: string): boolean {
	const words = line.split(/\s+/).filter(word => /[\p{L}\p{N}]/u.test(word));
	return words.length <= headlineWords && !/[.!?"”’:]$/u.test(line) && bylineOf(line) === undefined && dateLineOf(line) === undefined;
}

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const month = String.raw`(?<month>sept\.?|${months.map(name => `${name.slice(0, 3)}(?:${name.slice(3)}|\\.)?`).join('|')})`;
const weekday = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`;

/** A time and perhaps its zone: "07.00 BST", "5:00 AM NDT", "10:32 a.m. GMT", "4:12 PM GMT+4". */
const clock = String.raw`\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?`;
/** "07.00 BST", "at 6:14 PM", " - 06:30 CET": a time after the date. */
const timeOfDay = String.raw`(?:(?:,|\s+[-–—|])?\s+(?:at\s+)?${clock})?`;
/** "4:12 PM GMT+4, ", "5:48 pm on ": a time before the date. */
const timeFirst = String.raw`(?:${clock},?\s+(?:on\s+)?)?`;
/** "Posted: ", "Published ", "Last updated on ", "Updated - ": what a web page prints before its date. */
const stamp = String.raw`(?:(?:posted|published|updated|last\s+updated)(?:\s+on)?\s*[:–—-]?\s+)?`;
/** Dates written alone on a line: "Wednesday, September 16, 2026", "16 September 2026", "2026-09-16", "Posted: May 20, 2025 at 6:14 PM". */
const dateLines = [
	new RegExp(String.raw`^${stamp}${timeFirst}${weekday}${month}\s+(?<day>\d{1,2}),?\s+(?<year>\d{4})${timeOfDay}$`, 'iu'),
	new RegExp(String.raw`^${stamp}${timeFirst}${weekday}(?<day>\d{1,2})\s+${month},?\s+(?<year>\d{4})${timeOfDay}$`, 'iu'),
	/^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$/u,
];

/** A line that is only a date, as YYYY-MM-DD. */
export function dateLineOf(line: string): string | undefined {
	for (const pattern of dateLines) {
		const groups = pattern.exec(line.trim())?.groups;
		if (groups) {
			const monthNumber = /^\d+$/.test(groups['month']!) ? Number(groups['month']) : months.findIndex(name => name.startsWith(groups['month']!.slice(0, 3).toLowerCase())) + 1;
			const iso = `${groups['year']}-${String(monthNumber).padStart(2, '0')}-${groups['day']!.padStart(2, '0')}`;
			const time = Date.parse(`${iso}T00:00:00Z`);
			return !Number.isNaN(time) && new Date(time).toISOString().startsWith(iso) ? iso : undefined;
		}
	}

	return undefined;
}
