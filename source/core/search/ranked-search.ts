/**
 * The search for a query in plain words: each meaningful word is matched on
 * its own, by fuse.js in a record's own fields and in the paragraph around it,
 * and the records matching any of them are ranked by the rules in ranking.ts.
 * A record need not hold every word: one that holds fewer ranks lower.
 */
import Fuse, {type Expression, type FuseResult} from 'fuse.js';
import type {CorpusIndex} from '../records.js';
import {paragraphsOf} from './context-index.js';
import {compareKeys, rankKeys, rarityOf, type RankKeys} from './ranking.js';
import {fuseIndexOf, fuseOptions, recordFilter, searchKeys, type Matchable, type SearchDocument, type Searcher} from './searcher.js';
import {wordFilter} from './word-filter.js';
import {formsOf, type WordForm} from './word-forms.js';
import {isFiller} from './filler-words.js';
import {betterMatch, isStrong, locate, type MatchField, type WordMatch} from './word-match.js';

export type QueryWord = {word: string; forms: WordForm[]};

export type RankedRecord = {
	refIndex: number;
	/** The query's meaningful words, and each one's best match in this record. */
	words: string[];
	matches: Array<WordMatch | undefined>;
	keys: RankKeys;
};

/** Records fuse.js scores in one step, and paragraphs looked through in one step. */
const scoreSlice = 150;
const paragraphSlice = 100;

/** Punctuation around a word as typed ("kirby?", "(shahed)"), not inside it ("1,160", "one-way", "putin's"). */
const aroundWord = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** The query's meaningful words, folded and lower-cased, each with its forms; filler words only when the query has nothing else; neighbours that make one of `names` joined. */
export function queryWords(folded: string, typed: string, names: Iterable<string> = []): QueryWord[] {
	const typedWords = typed.trim().split(/\s+/);
	const all = folded.trim().split(/\s+/).map((word, position) => ({word: word.toLowerCase().replace(aroundWord, ''), typed: (typedWords[position] ?? '').replace(aroundWord, '')})).filter(({word}) => word !== '');
	const meaningful = all.filter(({word, typed}) => !isFiller(word, typed));
	const kept = meaningful.length > 0 ? meaningful : all;
	const unique = [...new Set(kept.map(({word}) => word))];
	return joinedNames(unique, names).map(word => ({word, forms: word.includes(' ') ? [{pattern: word, kind: 'word'}] : formsOf(word)}));
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

export type RankOptions = {
	/** Whether a record may be a hit at all (the filters). */
	isWanted: (refIndex: number) => boolean;
	/** Score every record, without the quick test first (tests compare the two). */
	plain?: boolean;
	/** Only these records (the app's rows on screen, for their highlights). */
	only?: number[];
};

/** Every record matching some word, ranked; in steps, so the app can draw between them. */
export function* rankedSteps(index: CorpusIndex, searcher: Searcher, words: QueryWord[], options: RankOptions): Generator<void, RankedRecord[]> {
	const own: Array<Map<number, {match: WordMatch; score: number}>> = [];
	for (const word of words) {
		own.push(yield* ownFieldMatches(index, searcher, word, options));
	}

	const inContext: Array<Map<number, WordMatch>> = [];
	for (const word of words) {
		inContext.push(yield* contextMatches(index, word, options));
	}

	const paragraphs = paragraphsOf(index);
	const candidates = new Set<number>();
	for (const matches of own) {
		for (const refIndex of matches.keys()) {
			candidates.add(refIndex);
		}
	}

	for (const matches of inContext) {
		for (const paragraph of matches.keys()) {
			for (const refIndex of paragraphs.records[paragraph]!) {
				if (options.isWanted(refIndex)) {
					candidates.add(refIndex);
				}
			}
		}
	}

	yield;
	const matched = [...candidates].map(refIndex => {
		const matches = words.map((_, position) => own[position]!.get(refIndex)?.match ?? inContext[position]!.get(paragraphs.paragraphOf[refIndex]!));
		return {refIndex, matches};
	});
	// How many records hold each word, counted as the words rule counts (see isStrong).
	const counts = words.map((_, position) => matched.filter(({matches}) => matches[position] !== undefined && isStrong(matches[position])).length);
	const rarities = counts.map(count => rarityOf(count, index.records.length));
	yield;
	const wordList = words.map(({word}) => word);
	const ranked = matched.map(({refIndex, matches}) => {
		let fuseScore = 0;
		for (const matches of own) {
			fuseScore += matches.get(refIndex)?.score ?? 1;
		}

		return {refIndex, words: wordList, matches, keys: rankKeys(matches, rarities, fuseScore / words.length)};
	});
	yield;
	ranked.sort((a, b) => compareKeys(a.keys, b.keys) || a.refIndex - b.refIndex);
	return ranked;
}

/** The records whose own fields match a word, by fuse.js, each with its best match and fuse.js's score. */
function* ownFieldMatches(index: CorpusIndex, searcher: Searcher, word: QueryWord, options: RankOptions): Generator<void, Map<number, {match: WordMatch; score: number}>> {
	let candidates: number[];
	let matchable: Matchable | undefined;
	if (options.only) {
		candidates = options.only;
	} else if (options.plain) {
		candidates = index.records.map((_, refIndex) => refIndex);
	} else {
		const tests = word.forms.map(form => recordFilter(index, searcher, form.pattern));
		const passing = new Set<number>();
		for (const test of tests) {
			for (const refIndex of yield* test.allPassing()) {
				passing.add(refIndex);
			}
		}

		candidates = [...passing];
		// What some form may match: fuse.js's documents need nothing else (see fuseIndexOf).
		matchable = {entities: new Set(tests.flatMap(test => [...test.entities])), text: refIndex => tests.some(test => test.textMayMatch(refIndex))};
	}

	candidates = candidates.filter(refIndex => options.isWanted(refIndex));
	const expression: Expression = {$or: word.forms.flatMap(form => searchKeys.map(key => ({[key.name]: form.pattern})))};
	const found = new Map<number, {match: WordMatch; score: number}>();
	for (let start = 0; start < candidates.length; start += scoreSlice) {
		const slice = candidates.slice(start, start + scoreSlice);
		const fuse = new Fuse(searcher.documents, {...fuseOptions, includeMatches: true}, fuseIndexOf(index, searcher, slice, matchable));
		for (const result of fuse.search(expression)) {
			const match = bestOwnMatch(word, result);
			if (match) {
				found.set(result.refIndex, {match, score: result.score ?? 0});
			}
		}

		yield;
	}

	return found;
}

/** Of the fields fuse.js matched, the best match of any form of the word. */
function bestOwnMatch(word: QueryWord, result: FuseResult<SearchDocument>): WordMatch | undefined {
	let best: WordMatch | undefined;
	for (const {key, value, refIndex} of result.matches ?? []) {
		if (value === undefined) {
			continue;
		}

		const field = key as MatchField;
		const lower = value.toLowerCase();
		for (const form of word.forms) {
			const where = locate(lower, form, fuseOptions.threshold);
			const match: WordMatch | undefined = where && {word: word.word, form: form.kind, pattern: form.pattern, field, valueIndex: refIndex ?? 0, value: lower, ...where};
			if (match && betterMatch(match, best)) {
				best = match;
			}
		}
	}

	return best;
}

/** The paragraphs whose text matches a word (by the quick test's edit bound, the same as fuse.js's), each with its best match. */
function* contextMatches(index: CorpusIndex, word: QueryWord, options: RankOptions): Generator<void, Map<number, WordMatch>> {
	const paragraphs = paragraphsOf(index);
	const numbers = options.only ? [...new Set(options.only.map(refIndex => paragraphs.paragraphOf[refIndex]!).filter(number => number !== -1))] : undefined;
	const total = numbers?.length ?? paragraphs.texts.length;
	const tests = word.forms.map(form => ({form, passes: wordFilter(form.pattern, fuseOptions.threshold)}));
	const found = new Map<number, WordMatch>();
	for (let start = 0; start < total; start += paragraphSlice) {
		for (let position = start; position < Math.min(total, start + paragraphSlice); position++) {
			const number = numbers ? numbers[position]! : position;
			const text = paragraphs.texts[number]!;
			let best: WordMatch | undefined;
			for (const {form, passes} of tests) {
				const where = passes(text) ? locate(text, form, fuseOptions.threshold) : undefined;
				const match: WordMatch | undefined = where && {word: word.word, form: form.kind, pattern: form.pattern, field: 'context', valueIndex: 0, value: text, ...where};
				if (match && betterMatch(match, best)) {
					best = match;
				}
			}

			if (best) {
				found.set(number, best);
			}
		}

		yield;
	}

	return found;
}
