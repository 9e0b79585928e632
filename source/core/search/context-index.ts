/**
 * The context field: the paragraph each quote, fact and route sits in. Many
 * records share a paragraph, so a query word is looked for once a paragraph,
 * and what it finds there holds for every record in it.
 */
import type {CorpusIndex} from '../records.js';
import {searchFold} from '../text.js';
import type {Paragraphs} from './prepared.js';

const made = new WeakMap<CorpusIndex, Paragraphs>();
type Work = Pick<Paragraphs, 'records' | 'paragraphOf'> & {texts: string[]; numbers: Map<string, number>; next: number};
const inProgress = new WeakMap<CorpusIndex, Work>();

/** Records looked at in one step: at 100,000 records the whole takes tens of milliseconds. */
const prepareSlice = 5000;

/** Records sorted into paragraphs in one pass, once a corpus, in steps so that the app can draw between them; a search that is dropped leaves its work for the next. */
export function* preparedParagraphs(index: CorpusIndex): Generator<void, Paragraphs> {
	const done = made.get(index) ?? index.preparedSearch?.()?.paragraphs;
	if (done) {
		return done;
	}

	let work = inProgress.get(index);
	if (!work) {
		work = {texts: [], records: [], paragraphOf: new Int32Array(index.records.length).fill(-1), numbers: new Map(), next: 0};
		inProgress.set(index, work);
	}

	const {texts, records, paragraphOf} = work;
	while (work.next < index.records.length) {
		const end = Math.min(index.records.length, work.next + prepareSlice);
		for (let position = work.next; position < end; position++) {
			const {provenance} = index.records[position]!;
			if (!provenance) {
				continue;
			}

			const text = index.sources.get(provenance.source)?.paragraphs[provenance.paragraph - 1];
			if (text === undefined) {
				continue;
			}

			const key = `${provenance.source}\n${provenance.paragraph}`;
			let number = work.numbers.get(key);
			if (number === undefined) {
				number = texts.length;
				work.numbers.set(key, number);
				texts.push(searchFold(text).toLowerCase());
				records.push([]);
			}

			records[number]!.push(position);
			paragraphOf[position] = number;
		}

		work.next = end;
		yield;
	}

	const paragraphs = {count: texts.length, text: (number: number) => texts[number]!, records, paragraphOf};
	made.set(index, paragraphs);
	inProgress.delete(index);
	return paragraphs;
}
