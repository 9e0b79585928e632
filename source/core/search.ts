import Fuse, {type Expression, type FuseResult} from 'fuse.js';
import {matchesFilters, type Filters} from './filters.js';
import {voiceOf, type BriefRecord, type CorpusIndex} from './records.js';

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

type Searcher = {fuse: Fuse<SearchDocument>; documents: SearchDocument[]};

const searchers = new WeakMap<CorpusIndex, Map<boolean, Searcher>>();

/** The fuse.js index over a corpus, built on first search and kept with it (one with match ranges, one without). */
function searcherFor(index: CorpusIndex, includeMatches: boolean): Searcher {
	const forIndex = searchers.get(index) ?? new Map<boolean, Searcher>();
	searchers.set(index, forIndex);
	let searcher = forIndex.get(includeMatches);
	if (!searcher) {
		const documents = forIndex.values().next().value?.documents ?? index.records.map(record => searchDocument(index, record));
		const fuse = new Fuse(documents, {
			keys: keys.map(key => ({...key})),
			includeScore: true,
			includeMatches,
			ignoreLocation: true,
			useExtendedSearch: true,
			threshold: 0.3,
		});
		searcher = {fuse, documents};
		forIndex.set(includeMatches, searcher);
	}

	return searcher;
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
	const {fuse, documents} = searcherFor(index, options.ranges ?? true);
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
		const expression: Expression = {$or: positive.map(alternative => ({$and: alternative.include.map(word => anyField(word))}))};
		hits = fuse
			.search(expression)
			.filter(result => wanted(result.refIndex, positive))
			.map(result => toHit(index.records[result.refIndex]!, result, query));
	}

	return options.limit === undefined ? hits : hits.slice(0, options.limit);
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
