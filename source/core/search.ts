import Fuse, {type Expression, type FuseIndex, type FuseResult} from 'fuse.js';
import {matchesFilters, type Filters} from './filters.js';
import {voiceOf, type BriefRecord, type CorpusIndex} from './records.js';
import {haystackOf, wordFilter, type Haystack} from './search/word-filter.js';

/** A half-open range [start, end) of characters to highlight. */
export type Range = [start: number, end: number];

export type SearchHit = {
	record: BriefRecord;
	/** 0 is a perfect match, 1 the worst. */
	score: number;
	/** Matched ranges within `record.text`. */
	ranges: Range[];
};

export type SearchOptions = {
	filters?: Filters;
	limit?: number;
	/** Compute the matched ranges for highlighting (default true); without them a search is cheaper. */
	ranges?: boolean;
	/** Score every record in one fuse.js search, without the quick test first: plain fuse.js, for tests and the benchmark to compare with. */
	plainFuse?: boolean;
};

/** What fuse.js searches for each record, with how much each field counts. */
type SearchDocument = {
	text: string;
	names: string[];
	voice: string[];
	actors: string[];
	places: string[];
};

const keys = [
	{name: 'text', weight: 1},
	{name: 'names', weight: 0.8},
	{name: 'voice', weight: 0.7},
	{name: 'places', weight: 0.4},
	{name: 'actors', weight: 0.3},
] as const;

const fuseOptions = {
	keys: keys.map(key => ({...key})),
	includeScore: true,
	ignoreLocation: true,
	useExtendedSearch: true,
	threshold: 0.3,
} as const;

type IndexRecord = FuseIndex<SearchDocument>['records'][number];

type Searcher = {
	documents: SearchDocument[];
	haystacks: Haystack[];
	/** fuse.js's prepared form of each document, made the first time the document is scored. */
	indexRecords: Array<IndexRecord | undefined>;
	preparer: FuseIndex<SearchDocument>;
	positions: Map<BriefRecord, number>;
};

const searchers = new WeakMap<CorpusIndex, Searcher>();

/** How many records each step of a search looks at, so that a step takes a millisecond or two. */
const prepareSlice = 1000;
const filterSlice = 4000;
const scoreSlice = 300;

/** What a corpus is searched through, kept with it and filled in by `preparedSearcher`. */
function searcherFor(index: CorpusIndex): Searcher {
	let searcher = searchers.get(index);
	if (!searcher) {
		const preparer = Fuse.createIndex<SearchDocument>(fuseOptions.keys.map(key => ({...key})), []);
		searcher = {documents: [], haystacks: [], indexRecords: [], preparer, positions: new Map()};
		searchers.set(index, searcher);
	}

	return searcher;
}

/** The searcher, with every record's document made: in steps, as at 100,000 records that takes most of a second. */
export function* preparedSearcher(index: CorpusIndex): Generator<void, Searcher> {
	const searcher = searcherFor(index);
	const {documents, haystacks, positions} = searcher;
	while (documents.length < index.records.length) {
		const end = Math.min(documents.length + prepareSlice, index.records.length);
		for (let position = documents.length; position < end; position++) {
			const record = index.records[position]!;
			const document = searchDocument(index, record);
			documents.push(document);
			haystacks.push(haystackOf([document.text, ...document.names, ...document.voice, ...document.actors, ...document.places]));
			positions.set(record, position);
		}

		yield;
	}

	return searcher;
}

function finished<T>(steps: Generator<void, T>): T {
	let step = steps.next();
	while (!step.done) {
		step = steps.next();
	}

	return step.value;
}

function searchDocument(index: CorpusIndex, record: BriefRecord): SearchDocument {
	const voice = voiceOf(record);
	// Involved actors and places by name and alias, so "kiev attacks" finds the Kyiv facts.
	const namesOf = (ids: string[], lookup: Map<string, {name: string; aliases: string[]}>) => ids.flatMap(id => {
		const entity = lookup.get(id);
		return entity ? [entity.name, ...entity.aliases] : [];
	});

	let names: string[] = [];
	if (record.kind === 'actor') {
		names = [...record.actor.aliases, ...(record.actor.role ? [record.actor.role] : [])];
	} else if (record.kind === 'location') {
		names = [...record.location.aliases, record.location.kind, ...(record.location.country ? [record.location.country] : [])];
	} else if (record.kind === 'route') {
		names = [record.route.name];
	}

	return {
		text: record.text,
		names,
		voice: voice ? [voice.name, ...voice.aliases, ...(voice.role ? [voice.role] : [])] : [],
		actors: namesOf(
			record.actorIds.filter(id => id !== voice?.id && id !== record.id),
			index.actors,
		),
		places: namesOf(
			record.locationIds.filter(id => id !== record.id),
			index.locations,
		),
	};
}

/**
 * Fuzzy search across every kind of record, best first.
 *
 * The query uses fuse.js's extended syntax — `'exact`, `^prefix`, `suffix$`,
 * `=whole`, `!not`, and ` | ` between alternatives — but, unlike plain fuse.js,
 * each word may match in a different field: "kirby caspian" finds Kirby's quote
 * about the Caspian Sea.
 */
export function searchRecords(index: CorpusIndex, query: string, options: SearchOptions = {}): SearchHit[] {
	return finished(searchSteps(index, query, options));
}

/**
 * The same search as `searchRecords`, in small steps: it yields between them
 * and returns the hits. The app runs a step or two between keystrokes and
 * drops the search when the query changes, so typing never waits for it.
 *
 * First every record goes through a quick test (see word-filter.ts) that
 * keeps each one fuse.js could match; then fuse.js scores the ones kept, a
 * slice at a time. fuse.js scores each record on its own and orders by score,
 * then by position, so the hits are those one fuse.js search over the whole
 * corpus would give.
 */
export function* searchSteps(index: CorpusIndex, query: string, options: SearchOptions = {}): Generator<void, SearchHit[]> {
	const searcher = yield* preparedSearcher(index);
	const {documents, haystacks} = searcher;
	const alternatives = parseQuery(query);
	const filters = options.filters ?? {};
	const wanted = (refIndex: number, candidates: Alternative[]) =>
		matchesFilters(index.records[refIndex]!, filters) && candidates.some(alternative => !excluded(documents[refIndex]!, alternative.exclude));

	const positive = alternatives.filter(alternative => alternative.include.length > 0);
	let hits: SearchHit[];
	if (positive.length === 0) {
		// Only exclusions ("!kirby"): everything that survives them, in corpus order.
		hits = index.records.filter((_, refIndex) => alternatives.length > 0 && wanted(refIndex, alternatives)).map(record => ({record, score: 0, ranges: []}));
	} else {
		const plain = options.plainFuse ?? false;
		const wordFilters = positive.map(alternative => alternative.include.map(word => (plain ? () => true : wordFilter(word, fuseOptions.threshold))));
		const candidates: number[] = [];
		for (let start = 0; start < haystacks.length; start += filterSlice) {
			const end = Math.min(start + filterSlice, haystacks.length);
			for (let refIndex = start; refIndex < end; refIndex++) {
				const haystack = haystacks[refIndex]!;
				if (wordFilters.some(words => words.every(passes => passes(haystack))) && wanted(refIndex, positive)) {
					candidates.push(refIndex);
				}
			}

			yield;
		}

		const expression = expressionFor(positive);
		const includeMatches = options.ranges ?? true;
		const scored: Array<{refIndex: number; result: FuseResult<SearchDocument>}> = [];
		const slicedBy = plain ? candidates.length : scoreSlice;
		for (let start = 0; start < candidates.length; start += slicedBy) {
			const slice = candidates.slice(start, start + slicedBy);
			const fuse = new Fuse(documents, {...fuseOptions, includeMatches}, prepared(searcher, slice));
			for (const result of fuse.search(expression)) {
				scored.push({refIndex: result.refIndex, result});
			}

			yield;
		}

		scored.sort((a, b) => (a.result.score! - b.result.score!) || (a.refIndex - b.refIndex));
		hits = scored.map(({refIndex, result}) => toHit(index.records[refIndex]!, result, query));
	}

	return options.limit === undefined ? hits : hits.slice(0, options.limit);
}

/** The hits with their matched ranges, worked out for just these records (those on screen). */
export function matchRanges(index: CorpusIndex, query: string, hits: SearchHit[]): SearchHit[] {
	const searcher = finished(preparedSearcher(index));
	const positive = parseQuery(query).filter(alternative => alternative.include.length > 0);
	const refIndexes = hits.map(hit => searcher.positions.get(hit.record)).filter(position => position !== undefined);
	if (positive.length === 0 || refIndexes.length === 0) {
		return hits;
	}

	const fuse = new Fuse(searcher.documents, {...fuseOptions, includeMatches: true}, prepared(searcher, refIndexes));
	const ranges = new Map(fuse.search(expressionFor(positive)).map(result => [result.refIndex, toHit(index.records[result.refIndex]!, result, query).ranges]));
	return hits.map(hit => ({...hit, ranges: ranges.get(searcher.positions.get(hit.record) ?? -1) ?? hit.ranges}));
}

/** A fuse.js index of just these documents, in the same positions as in the whole corpus. */
function prepared(searcher: Searcher, refIndexes: number[]): FuseIndex<SearchDocument> {
	const records = refIndexes.map(refIndex => {
		let record = searcher.indexRecords[refIndex];
		if (!record) {
			record = searcher.preparer.add(searcher.documents[refIndex]!, refIndex)!;
			searcher.preparer.records.pop();
			searcher.indexRecords[refIndex] = record;
		}

		return record;
	});
	return Fuse.parseIndex<SearchDocument>({keys: searcher.preparer.keys, records});
}

type Alternative = {include: string[]; exclude: string[]};

function parseQuery(query: string): Alternative[] {
	return query
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
	return {$or: keys.map(key => ({[key.name]: word}))};
}

/** `!word` drops records holding it in any field; `!^word` those with a field starting with it; `!word$` ending with it. */
function excluded(document: SearchDocument, words: string[]): boolean {
	if (words.length === 0) {
		return false;
	}

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

function toHit(record: BriefRecord, result: FuseResult<SearchDocument>, query: string): SearchHit {
	const shortest = query.length >= 2 ? 2 : 1;
	const ranges = (result.matches ?? [])
		.filter(match => match.key === 'text')
		.flatMap(match => match.indices.map(([start, end]): Range => [start, end + 1]))
		.filter(([start, end]) => end - start >= shortest);
	return {record, score: result.score ?? 0, ranges: mergeRanges(ranges)};
}

export function mergeRanges(ranges: Range[]): Range[] {
	const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
	const merged: Range[] = [];
	for (const [start, end] of sorted) {
		const last = merged.at(-1);
		if (last && start <= last[1]) {
			last[1] = Math.max(last[1], end);
		} else {
			merged.push([start, end]);
		}
	}

	return merged;
}
