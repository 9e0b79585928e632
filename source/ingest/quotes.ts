import {nicknameWords} from './nicknames.js';

/** A passage inside quotation marks: offsets of the text between the marks. */
export type QuoteSpan = {
	paragraph: number;
	start: number;
	end: number;
	text: string;
	/** False when the paragraph ends with the quote still open (it runs on into the next paragraph). */
	closed: boolean;
	/** True when this paragraph reopens a quote the previous paragraph left open. */
	continued: boolean;
};

type Mark = {at: number; kind: 'double' | 'single'; mark: string};

const letterOrDigit = /[\p{L}\p{N}]/u;
// What may stand before an opening mark: nothing, a space, an opening bracket, a dash, the other kind of mark.
const beforeOpening = /[\s([{—–\-"“‘']/;

/**
 * Every quotation in an article: “curly”, "straight", ‘single’ and 'single'
 * marks. An apostrophe (Russia’s, don't) is not a mark; quotes nested in
 * another quote belong to it. A quote left open at the end of a paragraph
 * runs on: the next paragraph, opening with a mark, continues it (a single
 * mark runs on only then; otherwise it was an apostrophe).
 */
export function findQuotes(paragraphs: string[]): QuoteSpan[] {
	const quotes: QuoteSpan[] = [];
	let leftOpen = false;
	for (const [index, paragraph] of paragraphs.entries()) {
		const continuing = leftOpen && opensWithMark.test(paragraph);
		const found = quotesInParagraph(paragraph, index + 1, opensWithMark.test(paragraphs[index + 1] ?? ''));
		if (continuing && found[0]) {
			found[0].continued = true;
		}

		quotes.push(...found);
		leftOpen = found.at(-1)?.closed === false;
	}

	return quotes;
}

const opensWithMark = /^\s*["“‘']/u;

const nickname = new RegExp(`^${nicknameWords}$`, 'u');

/**
 * "Maricel “Cel” Abuda", "Edgardo “Bong” Tenorio": a name in quotation marks
 * between a first name and a surname is what the person is called, not
 * something they said (names.ts keeps it inside the name).
 */
function isNicknameAt(paragraph: string, openAt: number, after: number, text: string): boolean {
	return nickname.test(text) && /\p{Lu}[\p{L}’'-]*\s$/u.test(paragraph.slice(Math.max(0, openAt - 40), openAt)) && /^\s\p{Lu}/u.test(paragraph.slice(after, after + 2));
}

function quotesInParagraph(paragraph: string, number: number, nextOpensWithMark: boolean): QuoteSpan[] {
	const quotes: QuoteSpan[] = [];
	const add = (from: number, to: number, closed: boolean) => {
		const text = paragraph.slice(from, to);
		const leading = text.length - text.trimStart().length;
		const trimmed = text.trim();
		if (trimmed !== '' && letterOrDigit.test(trimmed) && !isNicknameAt(paragraph, from - 1, to + 1, trimmed)) {
			quotes.push({paragraph: number, start: from + leading, end: from + leading + trimmed.length, text: trimmed, closed, continued: false});
		}
	};

	let from = 0;
	while (from < paragraph.length) {
		const open = nextOpening(paragraph, from);
		if (open === undefined) {
			break;
		}

		const close = closingOf(paragraph, open);
		if (close !== undefined) {
			add(open.at + 1, close, true);
			from = close + 1;
		} else if (open.kind === 'double' || (nextOpensWithMark && !paragraph.slice(open.at + 1).includes(open.mark === '‘' ? '‘' : '\''))) {
			// Left open: it runs on into the next paragraph (for single marks, only when the next reopens one).
			add(open.at + 1, paragraph.length, false);
			break;
		} else {
			// An unclosed single mark was an apostrophe ('90s): carry on after it.
			from = open.at + 1;
		}
	}

	return quotes;
}

function nextOpening(paragraph: string, from: number): Mark | undefined {
	for (let at = from; at < paragraph.length; at++) {
		const character = paragraph[at]!;
		const before = paragraph[at - 1];
		const after = paragraph[at + 1];
		const mayOpen = before === undefined || at === from || beforeOpening.test(before);
		if (character === '“' || (character === '"' && mayOpen)) {
			return {at, kind: 'double', mark: character};
		}

		if ((character === '‘' || character === '\'') && mayOpen && after !== undefined && letterOrDigit.test(after)) {
			return {at, kind: 'single', mark: character};
		}
	}

	return undefined;
}

function closingOf(paragraph: string, open: Mark): number | undefined {
	const candidates: number[] = [];
	for (let at = open.at + 1; at < paragraph.length; at++) {
		const character = paragraph[at]!;
		if (open.kind === 'double' && (character === '”' || character === '"')) {
			return at;
		}

		// A single closing mark is not followed by a letter: that would be an apostrophe (Russia’s).
		const after = paragraph[at + 1];
		if (open.kind === 'single' && (character === '’' || character === '\'') && paragraph[at - 1] !== ' ' && (after === undefined || !letterOrDigit.test(after))) {
			candidates.push(at);
		}
	}

	// "passengers' lives" is a plural possessive, not the close: prefer a mark after the quote's own
	// punctuation (",’ said") or before punctuation or the end.
	const closesClearly = (at: number) => /[,.;:!?…]$/u.test(paragraph.slice(0, at)) || /^(?:$|[,.;:!?)—–-])/u.test(paragraph.slice(at + 1));
	return candidates.find(at => closesClearly(at)) ?? candidates[0];
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
