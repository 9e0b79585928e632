/**
 * The context field: the paragraph each quote, fact and route sits in. Many
 * records share a paragraph, so a query word is looked for once a paragraph,
 * and what it finds there holds for every record in it.
 */
import type {CorpusIndex} from '../records.js';
import {searchFold} from '../text.js';

export type Paragraphs = {
	/** Each paragraph folded and lower-cased as search compares text. */
	texts: string[];
	/** The positions of the records in each paragraph. */
	records: number[][];
	/** Each record's paragraph, or -1 (actors and places have none). */
	paragraphOf: Int32Array;
};

const made = new WeakMap<CorpusIndex, Paragraphs>();

/** Records sorted into paragraphs in one pass, once a corpus. */
export function paragraphsOf(index: CorpusIndex): Paragraphs {
	let paragraphs = made.get(index);
	if (!paragraphs) {
		const numbers = new Map<string, number>();
		const texts: string[] = [];
		const records: number[][] = [];
		const paragraphOf = new Int32Array(index.records.length).fill(-1);
		for (const [position, record] of index.records.entries()) {
			const {provenance} = record;
			if (!provenance) {
				continue;
			}

			const text = index.sources.get(provenance.source)?.paragraphs[provenance.paragraph - 1];
			if (text === undefined) {
				continue;
			}

			const key = `${provenance.source}\n${provenance.paragraph}`;
			let number = numbers.get(key);
			if (number === undefined) {
				number = texts.length;
				numbers.set(key, number);
				texts.push(searchFold(text).toLowerCase());
				records.push([]);
			}

			records[number]!.push(position);
			paragraphOf[position] = number;
		}

		paragraphs = {texts, records, paragraphOf};
		made.set(index, paragraphs);
	}

	return paragraphs;
}
