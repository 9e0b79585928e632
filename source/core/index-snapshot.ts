import {closeSync, openSync} from 'node:fs';
import os from 'node:os';
import type {Actor, Fact, Location, Quote, Route, Source} from './schema.js';
import {entityRecords, type BriefRecord, type CorpusIndex} from './records.js';
import type {PreparedSearch} from './search/prepared.js';
import {preparedFrom, searchNumbersIn, searchSection, type SearchHead, type SearchNumbers} from './snapshot-search.js';
import {JsonLines, SnapshotFile, TextRun, StoredFact, StoredQuote, StoredRoute, StoredSource, starts, type Numbers, type SourceHead, type Store} from './snapshot-records.js';

/**
 * A corpus index written out so that the next process reads it in a fraction
 * of the time. Read at once: a JSON head (actors, places, sources' titles),
 * the numbers as 32-bit integers (who and where, for every passage), the
 * passages' ids. Read when asked for: each passage's text, and each quote,
 * fact, route and source as a JSON line of its own, parsed then. At 100,000
 * records the corpus file parses in about half a second and holds its 50 MB
 * in memory; the head and numbers read in a fraction of that, and a search
 * that shows twenty records reads twenty texts and lines (or, once it has
 * asked for many, the whole run of texts at once; see TextRun).
 *
 * A snapshot carries a key (see load-index.ts): asked for with another key, it
 * is not used.
 *
 * What search prepares travels with the index (see snapshot-search.ts), so
 * that the process reading the snapshot searches at once.
 *
 * The file: a first line `brief index snapshot 5 LE <head bytes> <numbers>
 * <id bytes> <search's text bytes> <text bytes> <paragraph bytes>`; the head
 * (SnapshotHead) and a newline; spaces up to a multiple of four bytes; the
 * numbers (Numbers, then SearchNumbers, then where the lines start); the ids,
 * one after another; the records' texts as search compares them; the passages'
 * texts, one after another; the paragraphs as search compares them; the JSON
 * lines. What comes before the search's texts is read at once; the search's
 * texts when search first asks (snapshot-search.ts).
 */

// Integers are written in the machine's byte order: a snapshot is only read where it was made.
const format = `brief index snapshot 5 ${os.endianness()}`;

type PassageRecord = Extract<BriefRecord, {kind: 'quote' | 'fact' | 'route'}>;
const passageKinds = {quote: 'q', fact: 'f', route: 'r'} as const;

type SnapshotHead = {
	key: string;
	name: string;
	actors: Actor[];
	locations: Location[];
	sources: SourceHead[];
	/** One letter a passage, in the index's order: q, f or r. */
	kinds: string;
	search: SearchHead;
};

function numbersIn(all: Int32Array, passages: number, entities: number, search: SearchHead): Numbers & {search: SearchNumbers} {
	let at = 0;
	const take = (length: number) => all.subarray(at, (at += length));
	const idStarts = take(passages + 1);
	const voices = take(passages);
	const provenance = take(passages * 4);
	const actorStarts = take(passages + 1);
	const actorRefs = take(actorStarts[passages]!);
	const locationStarts = take(passages + 1);
	const locationRefs = take(locationStarts[passages]!);
	const textStarts = take(passages + 1);
	const involvingStarts = take(entities + 1);
	const involving = take(involvingStarts[entities]!);
	const searchNumbers = searchNumbersIn(take, search, passages + entities);
	return {idStarts, voices, provenance, actorStarts, actorRefs, locationStarts, locationRefs, textStarts, involvingStarts, involving, search: searchNumbers, lineStarts: all.subarray(at)};
}

/** Runs of numbers, flattened: [[1, 2], [3]] → starts [0, 2, 3], values [1, 2, 3]. */
function runs(lists: number[][]): number[] {
	return [...starts(lists.map(list => list.length)), ...lists.flat()];
}

const paddingTo4 = (length: number) => (4 - (length % 4)) % 4;

/** The snapshot of an index; undefined when it cannot hold the index exactly (a text with half a surrogate pair, which UTF-8 cannot hold). */
export function snapshotOf(index: CorpusIndex, key: string): Buffer | undefined {
	const actors = [...index.actors.values()];
	const locations = [...index.locations.values()];
	const sources = [...index.sources.values()];
	const positions = (items: Array<{id: string}>) => new Map(items.map((item, position) => [item.id, position]));
	const actorAt = positions(actors);
	const locationAt = positions(locations);
	const sourceAt = positions(sources);
	const passages = index.records.filter((record): record is PassageRecord => record.kind in passageKinds);
	const involving = index.recordsInvolving();
	const search = searchSection(index);

	// A passage's text is in the texts; its line keeps the key, empty, so that the parsed passage has its fields in their order.
	const lines = Buffer.from([...passages.map(record => JSON.stringify({...passageOf(record), text: ''})), ...sources.map(source => JSON.stringify(source))].map(line => `${line}\n`).join(''));
	const lineStarts = [0];
	for (let at = lines.indexOf(10); at !== -1; at = lines.indexOf(10, at + 1)) {
		lineStarts.push(at + 1);
	}

	const numbers = Int32Array.from([
		...starts(passages.map(record => record.id.length)),
		...passages.map(record => actorAt.get(voiceIdOf(record) ?? '') ?? -1),
		...passages.flatMap(record => {
			const {source, paragraph, start, end} = passageOf(record).provenance;
			return [sourceAt.get(source)!, paragraph, start, end];
		}),
		...runs(passages.map(record => record.actorIds.map(id => actorAt.get(id)!))),
		...runs(passages.map(record => record.locationIds.map(id => locationAt.get(id)!))),
		...starts(passages.map(record => Buffer.byteLength(record.text))),
		...runs([...actors, ...locations].map(entity => [...(involving.get(entity.id) ?? [])])),
		...search.numbers,
		...lineStarts,
	]);
	const head: SnapshotHead = {
		key,
		name: index.name,
		actors,
		locations,
		sources: sources.map(({id, title, outlet, date}) => ({id, title, outlet, date})),
		kinds: passages.map(record => passageKinds[record.kind]).join(''),
		search: search.head,
	};

	const headBytes = Buffer.from(`${JSON.stringify(head)}\n`);
	// Ids are lower-case letters, digits and hyphens (see schema.ts).
	const ids = Buffer.from(passages.map(record => record.id).join(''), 'latin1');
	const runsOfText = [search.chunkTexts, passages.map(record => record.text).join(''), search.paragraphTexts];
	// In Unicode mode only a surrogate without its other half is a match.
	if (runsOfText.some(text => /[\uD800-\uDFFF]/u.test(text))) {
		return undefined;
	}

	const [chunkTexts, texts, paragraphTexts] = runsOfText.map(text => Buffer.from(text)) as [Buffer, Buffer, Buffer];
	const firstLine = Buffer.from(`${format} ${headBytes.length} ${numbers.length} ${ids.length} ${chunkTexts.length} ${texts.length} ${paragraphTexts.length}\n`);
	const padding = Buffer.alloc(paddingTo4(firstLine.length + headBytes.length), 32);
	return Buffer.concat([firstLine, headBytes, padding, Buffer.from(numbers.buffer), ids, chunkTexts, texts, paragraphTexts, lines]);
}

/**
 * The index a snapshot file holds, or undefined when the file is not a whole
 * snapshot made with this key. The file stays open while the index is in use,
 * to read lines from: if another process replaces or removes it meanwhile,
 * this one goes on reading what it opened.
 */
export function readIndexSnapshot(file: string, key: string): CorpusIndex | undefined {
	const fd = openSync(file, 'r');
	let index: CorpusIndex | undefined;
	try {
		index = indexFromSnapshot(new SnapshotFile(fd), key);
		return index;
	} finally {
		if (!index) {
			closeSync(fd);
		}
	}
}

function indexFromSnapshot(file: SnapshotFile, key: string): CorpusIndex | undefined {
	const firstLine = file.read(0, Math.min(file.size, 200)).toString('latin1');
	const sizes = /^(?:.*) (\d+) (\d+) (\d+) (\d+) (\d+) (\d+)\n/.exec(firstLine)?.slice(1).map(Number);
	if (!firstLine.startsWith(`${format} `) || !sizes) {
		return undefined;
	}

	const [headLength, numberCount, idsLength, chunksLength, textsLength, paragraphsLength] = sizes as [number, number, number, number, number, number];
	const headStart = firstLine.indexOf('\n') + 1;
	const numbersStart = headStart + headLength + paddingTo4(headStart + headLength);
	const idsStart = numbersStart + numberCount * 4;
	const chunksStart = idsStart + idsLength;
	const textsStart = chunksStart + chunksLength;
	const paragraphsStart = textsStart + textsLength;
	const linesStart = paragraphsStart + paragraphsLength;
	if (linesStart > file.size) {
		return undefined;
	}

	// Read from the file's start, so that the numbers lie at a multiple of four bytes in memory too.
	const start = file.read(0, chunksStart);
	const head = JSON.parse(start.toString('utf8', headStart, headStart + headLength)) as SnapshotHead;
	const numbers = numbersIn(new Int32Array(start.buffer, start.byteOffset + numbersStart, numberCount), head.kinds.length, head.actors.length + head.locations.length, head.search);
	if (head.key !== key || linesStart + numbers.lineStarts.at(-1)! !== file.size) {
		return undefined;
	}

	const lines = new JsonLines(file, linesStart, numbers.lineStarts);
	const actors = new Map(head.actors.map(actor => [actor.id, actor]));
	const locations = new Map(head.locations.map(location => [location.id, location]));
	const passageCount = head.kinds.length;
	const sourceList = head.sources.map((source, position) => new StoredSource(source, lines, passageCount + position));
	const sources = new Map(sourceList.map(source => [source.id, source as Source]));
	const texts = new TextRun(file, textsStart, numbers.textStarts);
	const store: Store = {lines, texts, ids: start.subarray(idsStart, chunksStart), numbers, actors: head.actors, locations: head.locations, sourceIds: sourceList.map(source => source.id)};
	const records: BriefRecord[] = [];
	for (let position = 0; position < passageCount; position++) {
		const kind = head.kinds[position];
		const Passage = kind === 'q' ? StoredQuote : kind === 'f' ? StoredFact : StoredRoute;
		records.push(new Passage(store, position));
	}

	records.push(...entityRecords(actors.values(), locations));
	// Made when first asked for: searching and listing never look a record up by id.
	let byId: Map<string, BriefRecord> | undefined;
	let preparedSearch: PreparedSearch | undefined | false;
	return {
		name: head.name,
		records,
		get byId() {
			byId ??= new Map(records.map(record => [record.id, record]));
			return byId;
		},
		actors,
		locations,
		sources,
		recordsInvolving: () => recordsInvolving(head, numbers),
		preparedSearch() {
			// False: the snapshot's part did not fit together, and search prepares itself (asked once).
			preparedSearch ??= preparedFrom(head.search, numbers.search, file.read(chunksStart, chunksLength).toString('utf8'), new TextRun(file, paragraphsStart, numbers.search.paragraphStarts)) ?? false;
			return preparedSearch || undefined;
		},
	};
}

/** Which records involve each actor and place, as listed when the snapshot was made. */
function recordsInvolving(head: SnapshotHead, {involvingStarts, involving}: Numbers): Map<string, Int32Array> {
	return new Map([...head.actors, ...head.locations].map((entity, at) => [entity.id, involving.subarray(involvingStarts[at], involvingStarts[at + 1])]));
}

function passageOf(record: PassageRecord): Quote | Fact | Route {
	return record.kind === 'quote' ? record.quote : record.kind === 'fact' ? record.fact : record.route;
}

function voiceIdOf(record: PassageRecord): string | null {
	return record.kind === 'quote' ? record.quote.speaker : record.kind === 'fact' ? record.fact.attribution : record.route.attribution;
}

