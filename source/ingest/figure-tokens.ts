import type {Figure} from '../core/schema.js';
import {hedges} from './lexicon/hedges.js';

type Qualifier = Figure['qualifier'];

/** Words and their places in a sentence, and the phrase tables figures are read with. */

/** A word (with inner hyphens, apostrophes, digit separators) or a single other character, and where it is. */
export type Token = {text: string; lower: string; start: number; end: number};

// "15 000 jobs", "4 000 square kilometres", "R9 000": thousands set apart by a space (as in southern Africa, France, the SI) are one number, with a currency's letters written onto it.
const tokenPattern = /(?<![\p{L}\p{N}])\p{Lu}{0,3}\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:[-–’'.,:/][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

const irregularPlurals = new Set(['people', 'children', 'men', 'women', 'sheep', 'cattle']);

/** A lower-case plural noun by its shape: "ships", "people"; not "gas", "bonus" or the proper noun "Hercules". */
export function isPluralNoun(word: string): boolean {
	return /^\p{Ll}{2,}[^su]s$/u.test(word) || irregularPlurals.has(word);
}

export function tokenize(text: string): Token[] {
	return [...text.matchAll(tokenPattern)].map((match) => ({
		text: match[0],
		lower: match[0].toLowerCase(),
		start: match.index,
		end: match.index + match[0].length,
	}));
}

export function textOf(sentence: string, tokens: Token[], first: number, last: number): string {
	return sentence.slice(tokens[first]!.start, tokens[last]!.end);
}

/** Whether the phrase's words stand at `index` (lower-cased). */
export function phraseAt(tokens: Token[], index: number, words: string[]): boolean {
	return index >= 0 && words.every((expected, offset) => tokens[index + offset]?.lower === expected);
}

/** Phrase tables (hedges, magnitudes, shares) as word lists, longest first. */
export const phrasesByLength = <T extends [string, Qualifier]>(table: T[]) =>
	table.map(([phrase, qualifier]) => ({words: phrase.split(' '), qualifier})).sort((a, b) => b.words.length - a.words.length);

const hedgePhrases = phrasesByLength(hedges);

/** The hedge ("about", "at least", "nearly") written just before token `first`. */
export function hedgeBefore(tokens: Token[], first: number): {words: string[]; qualifier: Qualifier} | undefined {
	return hedgePhrases.find(({words}) => phraseAt(tokens, first - words.length, words));
}
