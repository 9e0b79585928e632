import {filterMatcher} from './filters.js';
import type {BriefRecord, CorpusIndex} from './records.js';
import {searchFold} from './text.js';
import {groupingSteps} from './search/grouping.js';
import {operatorRanges, operatorSteps} from './search/operator-search.js';
import {asksForFigure} from './search/filler-words.js';
import {queryWords} from './search/query-words.js';
import {rankedSteps, type RankedRecord} from './search/ranked-search.js';
import {mergeRanges, type Range} from './search/ranges.js';
import {finished, positionsOf, preparedSearcher} from './search/searcher.js';
import type {WordMatch} from './search/word-match.js';

export {preparedSearcher} from './search/searcher.js';
export {mergeRanges, type Range} from './search/ranges.js';
export type {WordMatch} from './search/word-match.js';
import type {SearchHit, SearchOptions} from './search/hit.js';
export type {SearchHit, SearchOptions} from './search/hit.js';

export type SearchResult = {
	hits: SearchHit[];
	/** How many hits there were before the limit. */
	total: number;
};

/** The kinds of record a hit stands for: its own, and those of the same passage. */
export function kindsOf(hit: SearchHit): Array<BriefRecord['kind']> {
	return [hit.record.kind, ...(hit.sameAs ?? []).map(other => other.record.kind)];
}

/**
 * Search across every kind of record, best first.
 *
 * A query in plain words is ranked as search/ranking.ts describes: records
 * holding more of its meaningful words first, filler words ("how many",
 * "who is") left aside, each word matched by fuse.js in any field, in any of
 * its forms (spellings, stem), or in the paragraph around the record.
 * A query using fuse.js's extended syntax — `'exact`, `^prefix`, `suffix$`,
 * `=whole`, `!not`, ` | ` between alternatives — is the user's exact intent:
 * every word of an alternative must match (see search/operator-search.ts).
 */
export function searchRecords(index: CorpusIndex, query: string, options: SearchOptions = {}): SearchHit[] {
	return finished(searchSteps(index, query, {group: true, ...options}));
}

/** The hits, with how many there were before the limit. */
export function searchWithTotal(index: CorpusIndex, query: string, options: SearchOptions = {}): SearchResult {
	return finished(resultSteps(index, query, {group: true, ...options}));
}

/**
 * The same search as `searchRecords`, in small steps: it yields between them
 * and returns the hits. The app runs a step or two between keystrokes and
 * drops the search when the query changes, so typing never waits for it.
 */
export function* searchSteps(index: CorpusIndex, query: string, options: SearchOptions = {}): Generator<void, SearchHit[]> {
	return (yield* resultSteps(index, query, options)).hits;
}

/** Hits made in one step. */
const hitSlice = 1000;

/** Operators as fuse.js's extended search reads them, at the start or end of a word, or ` | ` between alternatives. */
const operatorPattern = /(?:^|\s)[='^!"]|\$(?:\s|$)|\s\|\s/;

export function usesOperators(query: string): boolean {
	return operatorPattern.test(query.trim());
}

function* resultSteps(index: CorpusIndex, query: string, options: SearchOptions): Generator<void, SearchResult> {
	if (usesOperators(query)) {
		const hits = yield* operatorSteps(index, query, {...options, limit: undefined});
		return {hits: options.limit === undefined ? hits : hits.slice(0, options.limit), total: hits.length};
	}

	const searcher = yield* preparedSearcher(index);
	const words = queryWords(searchFold(query.normalize('NFC')), query, searcher.entityNames.values());
	if (words.length === 0) {
		return {hits: [], total: 0};
	}

	const matchesFilters = filterMatcher(index.records, options.filters ?? {});
	const ranked = yield* rankedSteps(index, searcher, words, {isWanted: refIndex => matchesFilters(index.records[refIndex]!), plain: options.plainFuse, wantsFigure: asksForFigure(query)});
	// Ranking, grouping and making the hits each take a step of their own, the hits a slice at a time: a query of a letter or two ranks most of the corpus.
	yield;
	const groups = options.group ? yield* groupingSteps(index, ranked) : ranked.map(item => [item]);
	yield;
	const kept = options.limit === undefined ? groups : groups.slice(0, options.limit);
	const withRanges = options.ranges ?? true;
	const hits: SearchHit[] = [];
	for (let position = 0; position < kept.length; position++) {
		const group = kept[position]!;
		const score = position / Math.max(1, groups.length);
		const lead = toHit(index, group[0]!, score, withRanges);
		hits.push(group.length > 1 ? {...lead, sameAs: group.slice(1).map(item => toHit(index, item, score, withRanges))} : lead);
		if (position % hitSlice === hitSlice - 1) {
			yield;
		}
	}

	return {hits, total: groups.length};
}

/** The hits with their matched ranges and explanations, worked out for just these records (those on screen). */
export function matchRanges(index: CorpusIndex, query: string, hits: SearchHit[]): SearchHit[] {
	if (usesOperators(query)) {
		return operatorRanges(index, query, hits);
	}

	const searcher = finished(preparedSearcher(index));
	const words = queryWords(searchFold(query.normalize('NFC')), query, searcher.entityNames.values());
	const positions = positionsOf(index, searcher);
	const refIndexes = hits.flatMap(hit => [hit, ...(hit.sameAs ?? [])]).map(hit => positions.get(hit.record)).filter(position => position !== undefined);
	if (words.length === 0 || refIndexes.length === 0) {
		return hits;
	}

	const ranked = finished(rankedSteps(index, searcher, words, {isWanted: () => true, only: refIndexes}));
	const byRecord = new Map(ranked.map(item => [index.records[item.refIndex]!, item]));
	const withRanges = (hit: SearchHit): SearchHit => {
		const item = byRecord.get(hit.record);
		return item ? {...hit, ranges: rangesOf(item), explain: explainOf(item), ...snippetOf(index, item)} : hit;
	};

	return hits.map(hit => (hit.sameAs ? {...withRanges(hit), sameAs: hit.sameAs.map(other => withRanges(other))} : withRanges(hit)));
}

/** Shared by every hit without ranges: a search can have a hundred thousand of them. */
const noRanges: Range[] = [];

function toHit(index: CorpusIndex, item: RankedRecord, score: number, withRanges: boolean): SearchHit {
	return {record: index.records[item.refIndex]!, score, ranges: withRanges ? rangesOf(item) : noRanges, explain: explainOf(item)};
}

function rangesOf(item: RankedRecord): Range[] {
	const ranges = item.matches.filter(match => match?.field === 'text').map((match): Range => [match!.start, match!.end]);
	return ranges.length === 0 ? noRanges : mergeRanges(ranges);
}

/** Characters of context shown either side of the first word matched there. */
const snippetReach = 30;

/** A stretch of the paragraph around the first word matched only there, with every such word in it. */
function snippetOf(index: CorpusIndex, item: RankedRecord): Pick<SearchHit, 'snippet'> {
	const inContext = item.matches.filter(match => match?.field === 'context').map(match => match!).toSorted((a, b) => a.start - b.start);
	const {provenance} = index.records[item.refIndex]!;
	const paragraph = provenance && index.sources.get(provenance.source)?.paragraphs[provenance.paragraph - 1];
	if (inContext.length === 0 || !paragraph) {
		return {};
	}

	const from = Math.max(0, inContext[0]!.start - snippetReach);
	const to = Math.min(paragraph.length, Math.max(...inContext.map(match => match.end)) + snippetReach, from + 4 * snippetReach + inContext[0]!.end - inContext[0]!.start);
	const ranges = inContext.filter(match => match.end <= to).map((match): Range => [match.start - from, match.end - from]);
	const text = `${from > 0 ? '…' : ''}${paragraph.slice(from, to)}${to < paragraph.length ? '…' : ''}`;
	const shift = from > 0 ? 1 : 0;
	return {snippet: {text, ranges: mergeRanges(ranges.map(([start, end]): Range => [start + shift, end + shift]))}};
}

function explainOf(item: RankedRecord): SearchHit['explain'] {
	const matched: WordMatch[] = [];
	const missed: string[] = [];
	for (let position = 0; position < item.matches.length; position++) {
		const match = item.matches[position];
		if (match) {
			matched.push(match);
		} else {
			missed.push(item.words[position]!);
		}
	}

	return {matched, missed};
}
