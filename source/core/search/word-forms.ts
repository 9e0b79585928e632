/**
 * The forms of a query word that search also looks for: its British or
 * American spelling, and its stem (Porter's, from the `stemmer` package), so
 * that "addresses" finds "address", "defense" finds "defences" and
 * "missiles" finds "missile"; and the words of its row in related-words.ts
 * ("built" finds "building", "dead" finds "killed"). A form is searched as
 * fuse.js searches any word, so a stem also finds the longer words that
 * start with it.
 */
import {stemmer} from 'stemmer';
import {relatedWords} from './related-words.js';

export type FormKind = 'word' | 'spelling' | 'stem' | 'related';
export type WordForm = {pattern: string; kind: FormKind};

/**
 * British and American spellings, as rows: a word ending in `british` may be
 * written ending in `american`, and the other way round. Each row's examples
 * run as tests (test/search-forms.test.ts).
 */
export const spellingRows: ReadonlyArray<{british: string; american: string; examples: [string, string]}> = [
	{british: 'ence', american: 'ense', examples: ['defence', 'defense']},
	{british: 'ences', american: 'enses', examples: ['offences', 'offenses']},
	{british: 'our', american: 'or', examples: ['harbour', 'harbor']},
	{british: 'ours', american: 'ors', examples: ['neighbours', 'neighbors']},
	{british: 'ise', american: 'ize', examples: ['organise', 'organize']},
	{british: 'ised', american: 'ized', examples: ['criticised', 'criticized']},
	{british: 'ising', american: 'izing', examples: ['mobilising', 'mobilizing']},
	{british: 'isation', american: 'ization', examples: ['organisation', 'organization']},
	{british: 'iser', american: 'izer', examples: ['fertiliser', 'fertilizer']},
	{british: 'isers', american: 'izers', examples: ['organisers', 'organizers']},
	{british: 'yse', american: 'yze', examples: ['analyse', 'analyze']},
	{british: 'tre', american: 'ter', examples: ['centre', 'center']},
	{british: 'tres', american: 'ters', examples: ['kilometres', 'kilometers']},
	{british: 'ogue', american: 'og', examples: ['catalogue', 'catalog']},
	{british: 'programme', american: 'program', examples: ['programme', 'program']},
	{british: 'programmes', american: 'programs', examples: ['programmes', 'programs']},
	{british: 'lled', american: 'led', examples: ['travelled', 'traveled']},
	{british: 'lling', american: 'ling', examples: ['labelling', 'labeling']},
];

/** Words shorter than this keep their one spelling: "or", "tour", "ours" have no other. */
const shortestRespelt = 5;
/** A stem shorter than this is too loose a net ("used" → "us"). */
const shortestStem = 4;

/** The other spellings of a word: every row whose ending it has, turned the other way. */
export function otherSpellings(word: string): string[] {
	if (word.length < shortestRespelt) {
		return [];
	}

	const spellings = new Set<string>();
	for (const {british, american} of spellingRows) {
		for (const [from, to] of [[british, american], [american, british]] as const) {
			if (word.endsWith(from) && (word.length - from.length >= 2 || from.length >= shortestRespelt)) {
				spellings.add(word.slice(0, -from.length) + to);
			}
		}
	}

	spellings.delete(word);
	return [...spellings];
}

/**
 * The word's Porter stem as a pattern: the part word and stem share
 * ("advisory" → "advisori" → "advisor"), when shorter than the word and not
 * too short; else the stem itself when it differs ("deny" → "deni", found in
 * "denied" and "denies").
 */
export function stemOf(word: string): string | undefined {
	if (!/^[a-z]+$/.test(word)) {
		return undefined;
	}

	const stem = stemmer(word);
	let shared = 0;
	while (shared < stem.length && stem[shared] === word[shared]) {
		shared++;
	}

	if (shared >= shortestStem && shared < word.length) {
		return word.slice(0, shared);
	}

	return stem.length >= shortestStem && stem !== word && !word.startsWith(stem) ? stem : undefined;
}

/** The word, its other spellings, its stem and its related words, each once. */
export function formsOf(word: string): WordForm[] {
	const forms: WordForm[] = [{pattern: word, kind: 'word'}];
	const seen = new Set([word]);
	const add = (pattern: string | undefined, kind: FormKind) => {
		if (pattern && !seen.has(pattern)) {
			seen.add(pattern);
			forms.push({pattern, kind});
		}
	};

	for (const spelling of otherSpellings(word)) {
		add(spelling, 'spelling');
	}

	add(stemOf(word), 'stem');
	for (const related of relatedWords(word)) {
		add(related, 'related');
	}

	return forms;
}
