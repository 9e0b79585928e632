import Fuse, {type FuseIndex} from 'fuse.js';
import type {Passed} from './narrowing.js';
import type {BriefRecord, CorpusIndex} from '../records.js';
import {actorNames, fuseOptions, namesOf, searchDocument, type SearchDocument} from './search-document.js';
import {searchFold} from '../text.js';
import {fieldSeparator, haystackOf} from './word-filter.js';
import type {TextChunk} from './prepared.js';

/**
 * What a corpus is searched through. Most of a record's search document is
 * the names of the actors and places it involves, shared by many records, so
 * the quick test looks at each actor's and place's names once a word, and at
 * each record only for its own text (and, for an actor, place or route, its
 * own names). fuse.js's documents are made only for the records it scores.
 */
export type Searcher = {
	/** Every record's text, folded and lower-cased as fuse.js compares it, joined a run of records at a time (see TextChunk). */
	chunks: TextChunk[];
	/** An actor's, place's or route's own other names, lower-cased, by position (passages have none). */
	ownNames: Map<number, string>;
	/** Every name an actor or place goes by (and an actor's role), lower-cased, by id. */
	entityNames: Map<string, string>;
	/** The records involving each actor and place, by id. */
	recordsInvolving: ReadonlyMap<string, Iterable<number>>;
	/** fuse.js's documents, made when first scored. */
	documents: SearchDocument[];
	/** Each record's position, made on first use (only the app's highlighting asks). */
	positions?: Map<BriefRecord, number>;
	/** What the last search's quick test let through, to narrow the next one (see narrowing.ts). */
	lastPassed?: Passed;
	preparer: FuseIndex<SearchDocument>;
};

const searchers = new WeakMap<CorpusIndex, Searcher>();

/** Records prepared in one step: at 100,000 records the whole takes a few tens of milliseconds. */
const prepareSlice = 5000;

function searcherFor(index: CorpusIndex): Searcher {
	let searcher = searchers.get(index);
	if (!searcher) {
		const prepared = index.preparedSearch?.();
		const entityNames = prepared?.entityNames ?? namesOfEntities(index);
		const preparer = Fuse.createIndex<SearchDocument>(fuseOptions.keys.map(key => ({...key})), []);
		searcher = {chunks: prepared?.chunks ?? [], ownNames: prepared?.ownNames ?? new Map(), entityNames, recordsInvolving: index.recordsInvolving(), documents: [], preparer};
		searchers.set(index, searcher);
	}

	return searcher;
}

function namesOfEntities(index: CorpusIndex): Map<string, string> {
	const entityNames = new Map<string, string>();
	for (const actor of index.actors.values()) {
		entityNames.set(actor.id, haystackOf(actorNames(actor)));
	}

	for (const location of index.locations.values()) {
		entityNames.set(location.id, haystackOf([location.name, ...location.aliases]));
	}

	return entityNames;
}

/** The searcher, with every record prepared: in steps, so the app can draw between them. */
export function* preparedSearcher(index: CorpusIndex): Generator<void, Searcher> {
	const searcher = searcherFor(index);
	const {chunks, ownNames} = searcher;
	for (let first = chunks.length * prepareSlice; first < index.records.length; first += prepareSlice) {
		const records = index.records.slice(first, first + prepareSlice);
		chunks.push(textChunk(records.map(record => searchFold(record.text)), first));
		for (let within = 0; within < records.length; within++) {
			const names = namesOf(records[within]!);
			if (names.length > 0) {
				ownNames.set(first + within, haystackOf(names));
			}
		}

		yield;
	}

	return searcher;
}

function textChunk(originals: string[], first: number): TextChunk {
	const joined = originals.join(fieldSeparator);
	let text = joined.toLowerCase();
	// A few characters lower-case to two (İ): then each text is lower-cased on its own, to know where it starts.
	const lowered = text.length === joined.length ? originals : originals.map(original => original.toLowerCase());
	if (lowered !== originals) {
		text = lowered.join(fieldSeparator);
	}

	const starts = new Int32Array(originals.length + 1);
	for (let index = 0; index < lowered.length; index++) {
		starts[index + 1] = starts[index]! + lowered[index]!.length + 1;
	}

	return {first, text, starts};
}

/** A record's text, lower-cased as fuse.js compares it. */
export function lowerTextAt(searcher: Searcher, position: number): string {
	const chunk = searcher.chunks[Math.floor(position / prepareSlice)]!;
	return textIn(chunk, position - chunk.first);
}

/** The chunk's `within`th text. */
function textIn(chunk: TextChunk, within: number): string {
	return chunk.text.slice(chunk.starts[within]!, chunk.starts[within + 1]! - 1);
}

/** Which text of the chunk holds the character at `offset`. */
export function textAt(chunk: TextChunk, offset: number): number {
	let low = 0;
	let high = chunk.starts.length - 2;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (chunk.starts[middle]! <= offset) {
			low = middle;
		} else {
			high = middle - 1;
		}
	}

	return low;
}

export function finished<T>(steps: Generator<void, T>): T {
	let step = steps.next();
	while (!step.done) {
		step = steps.next();
	}

	return step.value;
}

export function positionsOf(index: CorpusIndex, searcher: Searcher): Map<BriefRecord, number> {
	searcher.positions ??= new Map(index.records.map((record, position) => [record, position]));
	return searcher.positions;
}

export function documentAt(index: CorpusIndex, searcher: Searcher, refIndex: number): SearchDocument {
	let document = searcher.documents[refIndex];
	if (!document) {
		document = searchDocument(index, index.records[refIndex]!);
		searcher.documents[refIndex] = document;
	}

	return document;
}

/** Whether the record at a position passes a test. */
export type RecordFilter = (refIndex: number) => boolean;

/** What a query may match (see word-filter.ts): the actors and places by name, and which records by their own text. */
export type Matchable = {entities: Set<string>; text: RecordFilter};

/**
 * A fuse.js index of just these records, at their positions in the whole
 * corpus. Given what a query may match, each record's document leaves out
 * the rest: the names of other actors and places, and its text when no word
 * can match it. fuse.js would match none of those, and it scores a record by
 * what matched only, so the scores are the same, for a fraction of the work
 * (most of a document is names, and most of the time goes on long texts).
 */
export function fuseIndexOf(index: CorpusIndex, searcher: Searcher, refIndexes: number[], matchable?: Matchable): FuseIndex<SearchDocument> {
	const {preparer} = searcher;
	for (const refIndex of refIndexes) {
		const record = index.records[refIndex]!;
		preparer.add(matchable ? searchDocument(index, record, matchable.entities, matchable.text(refIndex)) : documentAt(index, searcher, refIndex), refIndex);
	}

	const records = preparer.records;
	preparer.records = [];
	return Fuse.parseIndex<SearchDocument>({keys: preparer.keys, records});
}
