/**
 * The search for a query that uses fuse.js's extended operators (`'exact`,
 * `^prefix`, `suffix$`, `=whole`, `!not`, ` | `): the user's exact intent,
 * so every word of an alternative must match, as fuse.js documents, each
 * word in any field. Ranked by fuse.js's score.
 */
import Fuse, {type Expression, type FuseResult} from 'fuse.js';
import {filterMatcher} from '../filters.js';
import type {BriefRecord, CorpusIndex} from '../records.js';
import {searchFold} from '../text.js';
import type {SearchHit, SearchOptions} from './hit.js';
import type {Range} from './ranges.js';
import {mergeRanges} from './ranges.js';
import {narrowedFrom} from './narrowing.js';
import {recordFilter, type WordTest} from './record-filter.js';
import {fuseOptions, searchKeys, type SearchDocument} from './search-document.js';
import {sortInSteps} from './sort-in-steps.js';
import {documentAt, finished, positionsOf, type Matchable, type RecordFilter, fuseIndexOf, preparedSearcher} from './searcher.js';

/** How many records each step of a search looks at, so that a step takes a few milliseconds at most. */
const filterSlice = 2000;
export const scoreSlice = 150;

/**
 * The same search as `searchRecords`, in small steps: it yields between them
 * and returns the hits. The app runs a step or two between keystrokes and
 * drops the search when the query changes, so typing never waits for it.
 *
 * First a quick test (see word-filter.ts) keeps every record fuse.js could
 * match: found by native string searches over the texts, or, while a growing
 * query narrows the last one's, tested one by one. Then fuse.js scores the
 * ones kept, a slice at a time. fuse.js scores each record on its own and
 * orders by score, then by position, so the hits are those one fuse.js search
 * over the whole corpus would give.
 */
export function* operatorSteps(index: CorpusIndex, query: string, options: SearchOptions = {}): Generator<void, SearchHit[]> {
	const searcher = yield* preparedSearcher(index);
	const alternatives = parseQuery(query);
	const matchesFilters = filterMatcher(index.records, options.filters ?? {});
	const wanted = (refIndex: number, candidates: Alternative[]) =>
		matchesFilters(index.records[refIndex]!) && candidates.some(alternative => alternative.exclude.length === 0 || !excluded(documentAt(index, searcher, refIndex), alternative.exclude));

	const positive = alternatives.filter(alternative => alternative.include.length > 0);
	let hits: SearchHit[];
	if (positive.length === 0) {
		// Only exclusions ("!kirby"): everything that survives them, in corpus order.
		hits = index.records.filter((_, refIndex) => alternatives.length > 0 && wanted(refIndex, alternatives)).map(record => ({record, score: 0, ranges: []}));
	} else {
		const plain = options.plainFuse ?? false;
		const words = positive.map(alternative => alternative.include);
		const wordTests = plain ? undefined : words.map(include => include.map(word => recordFilter(index, searcher, word)));
		const recordFilters = wordTests ? wordTests.map(tests => tests.map(test => test.passes)) : words.map(include => include.map(() => () => true));
		// What some word may match: fuse.js's documents need nothing else (see fuseIndexOf).
		const tests = wordTests?.flat();
		const matchable: Matchable | undefined = tests && {
			entities: new Set(tests.flatMap(test => [...test.entities])),
			text: refIndex => tests.some(test => test.textMayMatch(refIndex)),
		};
		const within = plain ? undefined : narrowedFrom(searcher.lastPassed, words, fuseOptions.threshold);
		const passing = wordTests && !within ? yield* allPassingAny(wordTests) : yield* eachPassingAny(recordFilters, within ?? index.records.length);

		if (!plain) {
			searcher.lastPassed = {words, passing};
		}

		const candidates = passing.filter(refIndex => wanted(refIndex, positive));

		const expression = expressionFor(positive);
		const includeMatches = options.ranges ?? true;
		const scored: Array<FuseResult<SearchDocument>> = [];
		const slicedBy = plain ? candidates.length : scoreSlice;
		for (let start = 0; start < candidates.length; start += slicedBy) {
			const slice = candidates.slice(start, start + slicedBy);
			const fuse = new Fuse(searcher.documents, {...fuseOptions, includeMatches}, fuseIndexOf(index, searcher, slice, matchable));
			for (const result of fuse.search(expression)) {
				scored.push(result);
			}

			yield;
		}

		const sorted = yield* sortInSteps(scored, (a, b) => (a.score! - b.score!) || (a.refIndex - b.refIndex), filterSlice);
		const kept = options.limit === undefined ? sorted : sorted.slice(0, options.limit);
		const hits: SearchHit[] = [];
		for (const result of kept) {
			hits.push(toHit(index.records[result.refIndex]!, result, query));
			if (hits.length % filterSlice === 0) {
				yield;
			}
		}

		return hits;
	}

	return options.limit === undefined ? hits : hits.slice(0, options.limit);
}

/** The hits with their matched ranges, worked out for just these records (those on screen). */
export function operatorRanges(index: CorpusIndex, query: string, hits: SearchHit[]): SearchHit[] {
	const searcher = finished(preparedSearcher(index));
	const positive = parseQuery(query).filter(alternative => alternative.include.length > 0);
	const positions = positionsOf(index, searcher);
	const refIndexes = hits.map(hit => positions.get(hit.record)).filter(position => position !== undefined);
	if (positive.length === 0 || refIndexes.length === 0) {
		return hits;
	}

	const fuse = new Fuse(searcher.documents, {...fuseOptions, includeMatches: true}, fuseIndexOf(index, searcher, refIndexes));
	const ranges = new Map(fuse.search(expressionFor(positive)).map(result => [result.refIndex, toHit(index.records[result.refIndex]!, result, query).ranges]));
	return hits.map(hit => ({...hit, ranges: ranges.get(positions.get(hit.record) ?? -1) ?? hit.ranges}));
}

/** The records that pass every word of some alternative, in order: each alternative's first word finds its records, the others test those. */
function* allPassingAny(alternatives: WordTest[][]): Generator<void, number[]> {
	const passing = new Set<number>();
	for (const [first, ...others] of alternatives) {
		for (const refIndex of yield* first!.allPassing()) {
			if (others.every(test => test.passes(refIndex))) {
				passing.add(refIndex);
			}
		}
	}

	return alternatives.length === 1 ? [...passing] : Array.from(Int32Array.from(passing).sort());
}

/** Of these records (or the first `count`), those that pass every word of some alternative, testing each. */
function* eachPassingAny(alternatives: RecordFilter[][], records: number[] | number): Generator<void, number[]> {
	const total = typeof records === 'number' ? records : records.length;
	const passing: number[] = [];
	for (let start = 0; start < total; start += filterSlice) {
		for (let position = start; position < Math.min(start + filterSlice, total); position++) {
			const refIndex = typeof records === 'number' ? position : records[position]!;
			if (passesAny(alternatives, refIndex)) {
				passing.push(refIndex);
			}
		}

		yield;
	}

	return passing;
}

/** Whether a record passes every word of some alternative: plain loops, as this runs for every record. */
function passesAny(alternatives: RecordFilter[][], refIndex: number): boolean {
	for (const words of alternatives) {
		let all = true;
		for (const passes of words) {
			if (!passes(refIndex)) {
				all = false;
				break;
			}
		}

		if (all) {
			return true;
		}
	}

	return false;
}

type Alternative = {include: string[]; exclude: string[]};

/** The query's alternatives and words, composed and folded as the documents are (São Paulo is found by "sao paulo"). */
function parseQuery(query: string): Alternative[] {
	return searchFold(query.normalize('NFC'))
		.split(/\s+\|\s+/)
		.map(part => part.trim().split(/\s+/).filter(Boolean))
		.filter(words => words.length > 0)
		.map(words => ({
			include: words.filter(word => !word.startsWith('!')),
			exclude: words.filter(word => word.startsWith('!') && word.length > 1).map(word => word.slice(1)),
		}));
}

/** Alternatives of words, each word in any field. */
function expressionFor(alternatives: Alternative[]): Expression {
	return {$or: alternatives.map(alternative => ({$and: alternative.include.map(word => anyField(word))}))};
}

function anyField(word: string): Expression {
	return {$or: searchKeys.map(key => ({[key.name]: word}))};
}

/** `!word` drops records holding it in any field; `!^word` those with a field starting with it; `!word$` ending with it. */
function excluded(document: SearchDocument, words: string[]): boolean {
	const values = [document.text, ...document.names, ...document.voice, ...document.actors, ...document.places].map(value => value.toLowerCase());
	return words.some(raw => {
		const word = raw.toLowerCase();
		if (word.startsWith('^')) {
			return values.some(value => value.startsWith(word.slice(1)));
		}

		if (word.endsWith('$')) {
			return values.some(value => value.endsWith(word.slice(0, -1)));
		}

		return values.some(value => value.includes(word));
	});
}

/** Shared by every hit without ranges: a search can have a hundred thousand of them. */
const noRanges: Range[] = [];

function toHit(record: BriefRecord, result: FuseResult<SearchDocument>, query: string): SearchHit {
	if (!result.matches) {
		return {record, score: result.score ?? 0, ranges: noRanges};
	}

	const shortest = query.length >= 2 ? 2 : 1;
	const ranges = (result.matches ?? [])
		.filter(match => match.key === 'text')
		.flatMap(match => match.indices.map(([start, end]): Range => [start, end + 1]))
		.filter(([start, end]) => end - start >= shortest);
	return {record, score: result.score ?? 0, ranges: mergeRanges(ranges)};
}

