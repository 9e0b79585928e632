import type {CorpusIndex} from './records.js';
import {preparedParagraphs} from './search/context-index.js';
import type {PreparedSearch, TextChunk} from './search/prepared.js';
import {finished, preparedSearcher} from './search/searcher.js';
import {starts, type TextRun} from './snapshot-records.js';

/**
 * What search prepares before its first word (see search/prepared.ts), as a
 * snapshot holds it, so that a process reading the snapshot starts searching
 * at once: at 100,000 records, folding every text and reading every source's
 * paragraphs took most of a second of `brief search`. It is made by the code
 * that reads it (the snapshot's key holds the code's fingerprint), so it is
 * what that code would make from the corpus.
 */

/** In the snapshot's head: how many records each chunk holds, how many paragraphs, the names. */
export type SearchHead = {chunkSizes: number[]; paragraphs: number; ownNames: Array<[number, string]>; entityNames: Array<[string, string]>};

/** In the snapshot's numbers: every chunk's starts, one after another; each record's paragraph; where each paragraph's text starts (in bytes), and the last ends. */
export type SearchNumbers = {chunkStarts: Int32Array; paragraphOf: Int32Array; paragraphStarts: Int32Array};

/** The search's part of a snapshot: the chunks' texts and the paragraphs', each one after another. */
export function searchSection(index: CorpusIndex): {head: SearchHead; numbers: number[]; chunkTexts: string; paragraphTexts: string} {
	const searcher = finished(preparedSearcher(index));
	const paragraphs = finished(preparedParagraphs(index));
	const paragraphTexts = Array.from({length: paragraphs.count}, (_, number) => paragraphs.text(number));
	return {
		head: {
			chunkSizes: searcher.chunks.map(chunk => chunk.starts.length - 1),
			paragraphs: paragraphs.count,
			ownNames: [...searcher.ownNames],
			entityNames: [...searcher.entityNames],
		},
		numbers: [...searcher.chunks.flatMap(chunk => [...chunk.starts]), ...paragraphs.paragraphOf, ...starts(paragraphTexts.map(text => Buffer.byteLength(text)))],
		chunkTexts: searcher.chunks.map(chunk => chunk.text).join(''),
		paragraphTexts: paragraphTexts.join(''),
	};
}

/** The search's numbers, taken in turn from the snapshot's numbers. */
export function searchNumbersIn(take: (length: number) => Int32Array, head: SearchHead, records: number): SearchNumbers {
	const chunkStarts = take(records + head.chunkSizes.length);
	const paragraphOf = take(records);
	const paragraphStarts = take(head.paragraphs + 1);
	return {chunkStarts, paragraphOf, paragraphStarts};
}

/**
 * The prepared search, from the snapshot's part: the chunks' texts decoded,
 * each paragraph read from the file when first asked for. Undefined when the
 * parts do not fit together (a damaged file): search then prepares itself.
 */
export function preparedFrom(head: SearchHead, numbers: SearchNumbers, chunkTexts: string, paragraphTexts: TextRun): PreparedSearch | undefined {
	const {chunkStarts, paragraphOf} = numbers;
	if (head.chunkSizes.reduce((sum, size) => sum + size, 0) !== paragraphOf.length || paragraphOf.some(number => number < -1 || number >= head.paragraphs)) {
		return undefined;
	}

	const chunks: TextChunk[] = [];
	let at = 0;
	let startsAt = 0;
	let first = 0;
	for (const size of head.chunkSizes) {
		const starts = chunkStarts.subarray(startsAt, startsAt + size + 1);
		const length = starts[size]! - 1;
		chunks.push({first, text: chunkTexts.slice(at, at + length), starts});
		at += length;
		startsAt += size + 1;
		first += size;
	}

	if (at !== chunkTexts.length) {
		return undefined;
	}

	const records: number[][] = Array.from({length: head.paragraphs}, () => []);
	for (let position = 0; position < paragraphOf.length; position++) {
		const number = paragraphOf[position]!;
		if (number !== -1) {
			records[number]!.push(position);
		}
	}

	const texts: string[] = [];
	const text = (number: number) => {
		texts[number] ??= paragraphTexts.at(number);
		return texts[number];
	};

	return {chunks, ownNames: new Map(head.ownNames), entityNames: new Map(head.entityNames), paragraphs: {count: head.paragraphs, text, records, paragraphOf}};
}
