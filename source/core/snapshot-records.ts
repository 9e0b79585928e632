import {fstatSync, readSync} from 'node:fs';
import type {Actor, Fact, Location, Provenance, Quote, Route, Source} from './schema.js';

/** The records of a snapshot (see index-snapshot.ts), each reading from the file only what it is asked for. */

export type SourceHead = Pick<Source, 'id' | 'title' | 'outlet' | 'date'>;

/**
 * The numbers of every passage: where its id starts among the ids (and where
 * the last ends); its speaker's or attribution's position in `actors` (-1 for
 * none); its source's position in `sources`, paragraph, start and end; as
 * runs, the positions in `actors` and `locations` of every actor and place it
 * involves; where each passage's text starts in the texts, and where the last
 * one ends; as runs, the positions of the records (passages and others)
 * involving each actor, then each place (the search's numbers follow: see
 * snapshot-search.ts). Then where each passage's line, then each source's,
 * starts after the texts, and where the last one ends.
 */
export type Numbers = {
	idStarts: Int32Array;
	voices: Int32Array;
	provenance: Int32Array;
	actorStarts: Int32Array;
	actorRefs: Int32Array;
	locationStarts: Int32Array;
	locationRefs: Int32Array;
	textStarts: Int32Array;
	involvingStarts: Int32Array;
	involving: Int32Array;
	lineStarts: Int32Array;
};

/** An open snapshot file, read a piece at a time. */
export class SnapshotFile {
	readonly size: number;

	constructor(readonly fd: number) {
		this.size = fstatSync(fd).size;
	}

	/** Bytes of a buffer of their own, so starting at a multiple of four. */
	read(position: number, length: number): Buffer {
		const bytes = Buffer.allocUnsafeSlow(length);
		let done = 0;
		while (done < length) {
			const read = readSync(this.fd, bytes, done, length - done, position + done);
			if (read === 0) {
				throw new Error('the snapshot file ended early');
			}

			done += read;
		}

		return bytes;
	}
}

/** The lines after the numbers, each read and parsed the first time it is asked for, then kept. */
export class JsonLines {
	readonly #parsed: unknown[] = [];

	constructor(
		readonly file: SnapshotFile,
		readonly start: number,
		readonly lineStarts: Int32Array,
	) {}

	at<T>(line: number): T {
		if (this.#parsed[line] === undefined) {
			const from = this.lineStarts[line]!;
			this.#parsed[line] = JSON.parse(this.file.read(this.start + from, this.lineStarts[line + 1]! - from - 1).toString('utf8'));
		}

		return this.#parsed[line] as T;
	}
}

/**
 * Texts laid end to end in the file, where `starts` says (in bytes), each read
 * and decoded when first asked for. Once as many have been read one by one as
 * reading the whole run would have cost, it is read whole, as a command going
 * through every record would want: never more than twice the better of the two.
 */
export class TextRun {
	#asked = 0;
	#whole: Buffer | undefined;

	constructor(
		readonly file: SnapshotFile,
		readonly start: number,
		readonly starts: Int32Array,
	) {}

	at(position: number): string {
		const from = this.starts[position]!;
		const to = this.starts[position + 1]!;
		if (!this.#whole && ++this.#asked > this.starts.at(-1)! / bytesAsDearAsARead) {
			this.#whole = this.file.read(this.start, this.starts.at(-1)!);
		}

		return this.#whole ? this.#whole.toString('utf8', from, to) : this.file.read(this.start + from, to - from).toString('utf8');
	}
}

/** A read of a few hundred bytes costs about 20 µs here, as much as reading some 6,000 bytes more in one go. */
const bytesAsDearAsARead = 6000;

/** What a snapshot's records read from when asked: `ids` holds the passages' ids, where `idStarts` says. */
export type Store = {lines: JsonLines; texts: TextRun; ids: Buffer; numbers: Numbers; actors: Actor[]; locations: Location[]; sourceIds: string[]};

/**
 * A passage read from a snapshot: its id, text, voice (speaker or
 * attribution), the ids of the actors and places it involves and its
 * provenance are made, and the quote, fact or route itself parsed from its
 * line, when asked for.
 */
class StoredPassage {
	readonly #store: Store;
	readonly #position: number;
	#id: string | undefined;
	#text: string | undefined;
	#actorIds: string[] | undefined;
	#locationIds: string[] | undefined;
	#provenance: Provenance | undefined;

	constructor(store: Store, position: number) {
		this.#store = store;
		this.#position = position;
	}

	get id(): string {
		const {ids, numbers} = this.#store;
		this.#id ??= ids.toString('latin1', numbers.idStarts[this.#position], numbers.idStarts[this.#position + 1]);
		return this.#id;
	}

	protected get voice(): Actor | null {
		const {actors, numbers} = this.#store;
		const voice = numbers.voices[this.#position]!;
		return voice === -1 ? null : actors[voice]!;
	}

	get text(): string {
		this.#text ??= this.#store.texts.at(this.#position);
		return this.#text;
	}

	get actorIds(): string[] {
		const {actors, numbers} = this.#store;
		this.#actorIds ??= this.#idsOf(actors, numbers.actorRefs, numbers.actorStarts);
		return this.#actorIds;
	}

	get locationIds(): string[] {
		const {locations, numbers} = this.#store;
		this.#locationIds ??= this.#idsOf(locations, numbers.locationRefs, numbers.locationStarts);
		return this.#locationIds;
	}

	/** This passage's run in `refs`, as ids. */
	#idsOf(entities: Array<{id: string}>, refs: Int32Array, starts: Int32Array): string[] {
		const ids: string[] = [];
		for (let at = starts[this.#position]!; at < starts[this.#position + 1]!; at++) {
			ids.push(entities[refs[at]!]!.id);
		}

		return ids;
	}

	get provenance(): Provenance {
		if (!this.#provenance) {
			const {numbers, sourceIds} = this.#store;
			const [source, paragraph, start, end] = numbers.provenance.subarray(this.#position * 4, this.#position * 4 + 4);
			this.#provenance = {source: sourceIds[source!]!, paragraph: paragraph!, start: start!, end: end!};
		}

		return this.#provenance;
	}

	protected passage<T extends {text: string}>(): T {
		const passage = this.#store.lines.at<T>(this.#position);
		passage.text = this.text;
		return passage;
	}
}

export class StoredQuote extends StoredPassage {
	readonly kind = 'quote' as const;
	get speaker() {
		return this.voice;
	}

	get quote(): Quote {
		return this.passage();
	}
}

export class StoredFact extends StoredPassage {
	readonly kind = 'fact' as const;
	get attribution() {
		return this.voice;
	}

	get fact(): Fact {
		return this.passage();
	}
}

export class StoredRoute extends StoredPassage {
	readonly kind = 'route' as const;
	get attribution() {
		return this.voice;
	}

	get route(): Route {
		return this.passage();
	}
}

/** A source whose title and dates are at hand and whose text is read when asked for. */
export class StoredSource implements Source {
	readonly id: string;
	readonly title: string;
	readonly outlet: string | null;
	readonly date: string | null;
	readonly #lines: JsonLines;
	readonly #line: number;

	constructor(head: SourceHead, lines: JsonLines, line: number) {
		({id: this.id, title: this.title, outlet: this.outlet, date: this.date} = head);
		this.#lines = lines;
		this.#line = line;
	}

	get text(): string {
		return this.#lines.at<Source>(this.#line).text;
	}

	get paragraphs(): string[] {
		return this.#lines.at<Source>(this.#line).paragraphs;
	}
}

/** Where each of these lengths starts when laid end to end, and where the last ends: [2, 1] → [0, 2, 3]. */
export function starts(lengths: number[]): number[] {
	const at = [0];
	for (const length of lengths) {
		at.push(at.at(-1)! + length);
	}

	return at;
}
