import {isFiller} from './filler-words.js';
import {formsOf, type WordForm} from './word-forms.js';
import {formFinder, type FormFinder} from './word-match.js';

/**
 * A meaningful word of the query (or a name of several), with the forms it
 * may match in; `last` when it is the word still being typed, the query's
 * last with nothing after it, that any longer word may complete.
 */
export type QueryWord = {word: string; forms: FormFinder[]; last: boolean};

/** Punctuation around a word as typed ("kirby?", "(shahed)"), not inside it ("1,160", "one-way", "putin's"). */
const aroundWord = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** The query's meaningful words, folded and lower-cased, each with its forms; filler words only when the query has nothing else; neighbours that make one of `names` joined. */
export function queryWords(folded: string, typed: string, names: Iterable<string> = []): QueryWord[] {
	const typedWords = typed.trim().split(/\s+/);
	const all = folded.trim().split(/\s+/).map((word, position) => ({word: word.toLowerCase().replace(aroundWord, ''), typed: (typedWords[position] ?? '').replace(aroundWord, '')})).filter(({word}) => word !== '');
	const meaningful = all.filter(({word, typed}) => !isFiller(word, typed));
	const kept = meaningful.length > 0 ? meaningful : all;
	const unique = [...new Set(kept.map(({word}) => word))];
	const terms = joinedNames(joinedFigures(unique), names);
	const stillTyping = !/\s$/.test(typed);
	return terms.map((word, position) => ({word, forms: termForms(word).map(form => formFinder(form)), last: stillTyping && position === terms.length - 1}));
}

/** Scale words as typed after a number, each with the letters news writes onto the number instead. */
const scales: Record<string, string[]> = {thousand: ['k'], million: ['m', 'mn'], billion: ['bn', 'b'], trillion: ['tn']};
const scaleLetters = new Map(Object.entries(scales).flatMap(([word, letters]) => letters.map(letter => [letter, word] as const)));
/** A number as a query word holds it ("$5.3m" is "5.3m" by then: a currency sign is punctuation around the word). */
const amount = String.raw`\d[\d.,]*`;
const bareAmount = new RegExp(`^${amount}$`, 'u');
const figureTerm = new RegExp(String.raw`^(${amount})(?: (${Object.keys(scales).join('|')})|(${[...scaleLetters.keys()].join('|')}))$`, 'u');

/** "11.4 million" typed as two words is one figure: its number and scale word joined into one term. */
function joinedFigures(words: string[]): string[] {
	const joined: string[] = [];
	for (let position = 0; position < words.length; position++) {
		const [word, next] = [words[position]!, words[position + 1]];
		if (bareAmount.test(word) && next !== undefined && Object.hasOwn(scales, next)) {
			joined.push(`${word} ${next}`);
			position++;
		} else {
			joined.push(word);
		}
	}

	return joined;
}

/**
 * A term's forms: a word's (word-forms.ts); a name of several words as it is; a figure as typed and as news writes
 * it ("11.4 million" is also "11.4m", "$5.3m" also "$5.3 million").
 */
function termForms(term: string): WordForm[] {
	const figure = figureTerm.exec(term);
	if (figure) {
		const [, number, word, letters] = figure as unknown as [string, string, string | undefined, string | undefined];
		const scale = word ?? scaleLetters.get(letters!)!;
		const others = [`${number} ${scale}`, ...scales[scale]!.map(letter => `${number}${letter}`)].filter(form => form !== term);
		return [{pattern: term, kind: 'word'}, ...others.map(pattern => ({pattern, kind: 'spelling' as const}))];
	}

	return term.includes(' ') ? [{pattern: term, kind: 'word'}] : formsOf(term);
}

/** The longest run of words joined into one term. */
const longestName = 3;

/**
 * Neighbouring words that together are a name some actor or place goes by
 * ("white house", "national security council") taken as one term, as
 * Meilisearch takes n-grams: the name is one thing the query asks for, not
 * two words that each outweigh a third.
 */
function joinedNames(words: string[], names: Iterable<string>): string[] {
	const haystacks = [...names];
	const isName = (phrase: string) => haystacks.some(haystack => holdsWords(haystack, phrase));
	const joined: string[] = [];
	for (let position = 0; position < words.length;) {
		let length = Math.min(longestName, words.length - position);
		while (length > 1 && !isName(words.slice(position, position + length).join(' '))) {
			length--;
		}

		joined.push(words.slice(position, position + length).join(' '));
		position += length;
	}

	return joined;
}

/** Whether a haystack holds the phrase as whole words. */
function holdsWords(haystack: string, phrase: string): boolean {
	for (let at = haystack.indexOf(phrase); at !== -1; at = haystack.indexOf(phrase, at + 1)) {
		const before = haystack.charAt(at - 1);
		const after = haystack.charAt(at + phrase.length);
		if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
			return true;
		}
	}

	return false;
}
