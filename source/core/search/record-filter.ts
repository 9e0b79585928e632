import type {CorpusIndex} from '../records.js';
import {fuseOptions} from './search-document.js';
import {lowerTextAt, textAt, type RecordFilter, type Searcher} from './searcher.js';
import {type WordFilter, wordFilter, wordNeeds} from './word-filter.js';

/** The quick test: which records may match a word, before fuse.js scores any (see word-filter.ts). */

export type WordTest = {
	/** Whether a record may match the word in any field. */
	passes: RecordFilter;
	/** Whether its own text may match. */
	textMayMatch: RecordFilter;
	/** The actors and places whose names may match. */
	entities: Set<string>;
	/** Every record that may match the word, in order: found a run of records at a time, without testing each. */
	allPassing: () => Generator<void, number[]>;
};

/**
 * Whether a record may match a word (see word-filter.ts): in its text, its own
 * names, or the names of an actor or place it involves; and which actors and
 * places the word may match by name.
 */
export function recordFilter(index: CorpusIndex, searcher: Searcher, word: string): WordTest {
	const passes = wordFilter(word, fuseOptions.threshold);
	const entities = new Set<string>();
	for (const [id, names] of searcher.entityNames) {
		if (passes(names)) {
			entities.add(id);
		}
	}

	const {ownNames} = searcher;
	// Marked once for the word, rather than looking through each record's actors and places.
	const involved = new Uint8Array(index.records.length);
	for (const id of entities) {
		for (const position of searcher.recordsInvolving.get(id) ?? []) {
			involved[position] = 1;
		}
	}

	const textMayMatch: RecordFilter = refIndex => passes(lowerTextAt(searcher, refIndex));
	const recordPasses: RecordFilter = refIndex => {
		if (involved[refIndex] === 1) {
			return true;
		}

		const names = ownNames.get(refIndex);
		return textMayMatch(refIndex) || (names !== undefined && passes(names));
	};

	const allPassing = () => recordsThatMayMatch(searcher, index.records.length, word, passes, entities);

	return {passes: recordPasses, textMayMatch, entities, allPassing};
}

/**
 * Every record that may match a word, in order, without testing each: the
 * records involving an actor or place whose names may match, those whose own
 * names may, and those whose text holds a piece of the word (found by native
 * searches a chunk of texts at a time) in a stretch that passes Myers' test.
 */
function * recordsThatMayMatch(searcher: Searcher, recordCount: number, word: string, passes: WordFilter, entities: Set<string>): Generator<void, number[]> {
	const marks = new Uint8Array(recordCount);
	const found: number[] = [];
	const mark = (position: number) => {
		if (marks[position] !== 1) {
			marks[position] = 1;
			found.push(position);
		}
	};

	for (const id of entities) {
		for (const position of searcher.recordsInvolving.get(id) ?? []) {
			mark(position);
		}
	}

	for (const [position, names] of searcher.ownNames) {
		if (passes(names)) {
			mark(position);
		}
	}

	const needs = wordNeeds(word, fuseOptions.threshold);
	for (const chunk of searcher.chunks) {
		const count = chunk.starts.length - 1;
		if (needs) {
			for (let piece = 0; piece < needs.pieces.length; piece++) {
				const pieceText = needs.pieces[piece]!;
				for (let at = chunk.text.indexOf(pieceText); at !== -1;) {
					const within = textAt(chunk, at);
					const position = chunk.first + within;
					const from = chunk.starts[within]!;
					const to = chunk.starts[within + 1]! - 1;
					if (marks[position] !== 1 && (needs.exact || needs.nearPiece(chunk.text, piece, at, from, to))) {
						mark(position);
					}

					// The piece again in this text, if this one was too far from the word; else on to the next text.
					at = marks[position] === 1 ? (within + 1 < count ? chunk.text.indexOf(pieceText, to + 1) : -1) : chunk.text.indexOf(pieceText, at + 1);
				}
			}
		} else {
			// A word every text passes (see wordNeeds).
			for (let position = chunk.first; position < chunk.first + count; position++) {
				mark(position);
			}
		}

		yield;
	}

	return Array.from(Int32Array.from(found).sort());
}
