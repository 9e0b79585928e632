/** A word of a paragraph, by its UTF-16 offsets. */
export type Token = {start: number; end: number; text: string};

// Dotted abbreviations (U.S., D.C.) or words, with inner apostrophes (N'Djamena, Russia's).
const tokenPattern = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*/gu;
export const possessive = /['’]s$/;
const abbreviationsBeforeFullStop = new Set(['St', 'Ste', 'Mt', 'Ft']);

export function tokensOf(paragraph: string): Token[] {
	return [...paragraph.matchAll(tokenPattern)].map(match => ({start: match.index, end: match.index + match[0].length, text: match[0]}));
}

/** Whether a name may run on from one token to the next across what lies between them. */
export function joins(paragraph: string, before: Token, after: Token): boolean {
	const between = paragraph.slice(before.end, after.start);
	return /^(?:[ \u00a0]|, |[-‐])$/.test(between) || (between === '. ' && abbreviationsBeforeFullStop.has(before.text));
}

export function isAllCapitals(text: string): boolean {
	return /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** "KIEV" → "Kiev", so that a dateline meets the same checks as running text. */
export function inOrdinaryCase(written: string): string {
	return isAllCapitals(written) ? written.toLowerCase().replaceAll(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()) : written;
}
