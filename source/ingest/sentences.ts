import {abbreviations} from './lexicon/abbreviations.js';

export type Sentence = {start: number; end: number; text: string};

// A sentence ends at . ! ? (or an ellipsis), optionally followed by closing quotes or brackets, then whitespace.
const candidateEnd = /(\.\s\.\s\.|[.!?])["”’')\]]*(?=\s+|$)/g;

/**
 * The sentences of a paragraph, with offsets. A full stop after an
 * abbreviation ("U.S.", "Col.") or an initial ("Joseph R. Biden") does not end
 * a sentence; nor does one followed by a lower-case word.
 */
export function splitSentences(paragraph: string): Sentence[] {
	const sentences: Sentence[] = [];
	let start = skipSpace(paragraph, 0);
	for (const match of paragraph.matchAll(candidateEnd)) {
		const end = match.index + match[0].length;
		if (end <= start || !endsSentence(paragraph, match.index, end)) {
			continue;
		}

		sentences.push({start, end, text: paragraph.slice(start, end)});
		start = skipSpace(paragraph, end);
	}

	if (start < paragraph.trimEnd().length) {
		const end = paragraph.trimEnd().length;
		sentences.push({start, end, text: paragraph.slice(start, end)});
	}

	return sentences;
}

function endsSentence(paragraph: string, stop: number, end: number): boolean {
	const next = paragraph.slice(end).trimStart();
	if (next === '') {
		return true;
	}

	// "… the U.S. military": a following lower-case word, digit or ellipsis continues the sentence.
	if (/^[\p{Ll}\d,;.]/u.test(next)) {
		return false;
	}

	if (paragraph[stop] !== '.') {
		return true;
	}

	const word = wordEndingAt(paragraph, stop);
	const bare = word.replace(/^\.+/, '').toLowerCase();
	if (abbreviations.has(bare)) {
		return false;
	}

	// An initial ("R." in "Joseph R. Biden") is a single capital letter.
	return !/^\p{Lu}$/u.test(word);
}

/** The letters and dots right before `end` ("U.S", "Col"); a scan back, not a $-anchored regex over the whole paragraph. */
function wordEndingAt(text: string, end: number): string {
	let start = end;
	while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) {
		start--;
	}

	return text.slice(start, end);
}

function skipSpace(text: string, from: number): number {
	let index = from;
	while (index < text.length && /\s/.test(text[index]!)) {
		index++;
	}

	return index;
}

/** The sentence around `offset` (by binary search, sentences being in order) that `fits`. */
export function sentenceAt(sentences: Sentence[], offset: number, fits: (sentence: Sentence) => boolean): Sentence | undefined {
	let low = 0;
	let high = sentences.length - 1;
	while (low < high) {
		const middle = Math.floor((low + high) / 2);
		if (sentences[middle]!.end < offset) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	// A sentence ends where the next may start: look at the one found and the one after.
	return [sentences[low], sentences[low + 1]].find(sentence => sentence !== undefined && fits(sentence));
}
