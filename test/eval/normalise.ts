/** Text folding shared by the scorer's matching rules. */

const singleMarks = /[‘’‚‛′`´]/g;
const doubleMarks = /[“”„‟″«»]/g;

/** Curly, straight and typographic quote marks and apostrophes folded to ' and ". */
export function foldMarks(text: string): string {
	return text.replace(singleMarks, "'").replace(doubleMarks, '"');
}

/** A quote's text for comparison: marks folded, spaces collapsed, surrounding punctuation and spaces trimmed. Case is kept. */
export function normaliseQuote(text: string): string {
	return foldMarks(text)
		.replace(/\s+/g, ' ')
		.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
}

/** A name for comparison: lower case, no diacritics, marks folded, spaces collapsed. */
export function foldName(name: string): string {
	return foldMarks(name.normalize('NFD').replace(/\p{M}/gu, ''))
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

export function lastWord(name: string): string {
	return foldName(name).split(' ').at(-1) ?? '';
}

/** Length of the longest run of characters the two strings share. */
export function longestCommonSubstring(a: string, b: string): number {
	let longest = 0;
	let previous = new Array<number>(b.length + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		const current = new Array<number>(b.length + 1).fill(0);
		for (let j = 1; j <= b.length; j++) {
			if (a[i - 1] === b[j - 1]) {
				current[j] = previous[j - 1]! + 1;
				longest = Math.max(longest, current[j]!);
			}
		}

		previous = current;
	}

	return longest;
}

/** Great-circle distance in kilometres: brief's own (source/ingest/places/distance.ts). */
export {kilometresBetween as haversineKm} from '../../source/ingest/places/distance.js';
