/**
 * The longest paragraph handed to the extraction steps. News paragraphs run to a
 * few hundred characters; a longer one (a page pasted as one line, a hostile
 * input) is cut into pieces of at most this length, so that whatever a step
 * costs within a paragraph, the article's cost stays linear in its length.
 */
export const longestParagraph = 2000;

/** Paragraphs cut, where over `longestParagraph`, at the last sentence end or space before the limit. */
export function boundedParagraphs(paragraphs: string[], limit = longestParagraph): string[] {
	return paragraphs.flatMap(paragraph => (paragraph.length <= limit ? [paragraph] : piecesOf(paragraph, limit)));
}

function piecesOf(paragraph: string, limit: number): string[] {
	const pieces: string[] = [];
	let start = 0;
	while (paragraph.length - start > limit) {
		const end = cutBefore(paragraph, start, start + limit);
		const piece = paragraph.slice(start, end).trim();
		if (piece !== '') {
			pieces.push(piece);
		}

		start = end;
	}

	const last = paragraph.slice(start).trim();
	return last === '' ? pieces : [...pieces, last];
}

/** Where to cut in (start, limit]: after the last sentence end, else at the last space, else at the limit itself. */
function cutBefore(text: string, start: number, limit: number): number {
	const earliest = start + Math.floor((limit - start) / 2);
	let space = -1;
	for (let at = limit; at > earliest; at--) {
		if (!isSpace(text[at]!)) {
			continue;
		}

		if (/[.!?]["”’')\]]?$/u.test(text.slice(Math.max(start, at - 2), at))) {
			return at;
		}

		space = space === -1 ? at : space;
	}

	return space === -1 ? limit : space;
}

function isSpace(character: string): boolean {
	return character === ' ' || character === '\t' || character === '\u00A0';
}

/**
 * Soft hyphens (U+00AD), zero-width spaces and joiners of words (U+200B,
 * U+2060) and stray byte-order marks (U+FEFF) are formatting, not text: left
 * in, they split a word ("Vladi­mir") and so a name. (U+200C/U+200D are kept:
 * they shape scripts and emoji.)
 */
const invisibleBreaks = /[\u00AD\u200B\u2060\uFEFF]/gu;

export function withoutInvisibleBreaks(paragraph: string): string {
	return paragraph.replace(invisibleBreaks, '');
}
