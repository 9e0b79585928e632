import {passageKindRank} from './passages.js';
import type {BriefRecord, CorpusIndex} from './records.js';
import type {Source} from './schema.js';

/** What a passage of the article is, as the reader's margin marks it. */
export type MarkKind = 'quote' | 'fact' | 'route' | 'place';

/** A record anchored in a paragraph: where its passage lies. */
export type ReaderMark = {record: BriefRecord; start: number; end: number};

export type ReaderParagraph = {
	/** 1-based, as the records' provenance counts. */
	number: number;
	text: string;
	/** The records cut from this paragraph, in the order their passages start. */
	marks: ReaderMark[];
	/** The places those records name (not the countries derived from them), each once. */
	places: BriefRecord[];
	/** The kinds the margin shows, in a fixed order. */
	kinds: MarkKind[];
};

/** A whole article with its records in place: what `brief read` prints and the app's reader draws. */
export type ArticleReading = {
	source: Source;
	paragraphs: ReaderParagraph[];
	/** Every mark in reading order, for next / previous record. */
	marks: ReaderMark[];
};

const kindOrder: MarkKind[] = ['quote', 'fact', 'route', 'place'];

/** One article, paragraph by paragraph, with the records drawn from it; null when the corpus has no such source. */
export function readArticle(index: CorpusIndex, sourceId: string): ArticleReading | null {
	const source = index.sources.get(sourceId);
	if (!source) {
		return null;
	}

	const paragraphs: ReaderParagraph[] = source.paragraphs.map((text, at) => ({number: at + 1, text, marks: [], places: [], kinds: []}));
	for (const record of index.records) {
		const provenance = record.provenance;
		if (provenance?.source !== sourceId) {
			continue;
		}

		paragraphs[provenance.paragraph - 1]?.marks.push({record, start: provenance.start, end: provenance.end});
	}

	for (const paragraph of paragraphs) {
		paragraph.marks.sort((left, right) => left.start - right.start || passageKindRank[left.record.kind] - passageKindRank[right.record.kind] || left.end - right.end);
		paragraph.places = placesNamedBy(index, paragraph.marks);
		const kinds = new Set<MarkKind>(paragraph.marks.map(mark => mark.record.kind as MarkKind));
		if (paragraph.places.length > 0) {
			kinds.add('place');
		}

		paragraph.kinds = kindOrder.filter(kind => kinds.has(kind));
	}

	return {source, paragraphs, marks: paragraphs.flatMap(paragraph => paragraph.marks)};
}

/** The places a paragraph's records name themselves, in the order first named. */
function placesNamedBy(index: CorpusIndex, marks: ReaderMark[]): BriefRecord[] {
	const ids = new Set<string>();
	for (const {record} of marks) {
		const named = record.kind === 'quote' ? record.quote.locations : record.kind === 'fact' ? record.fact.locations : record.kind === 'route' ? record.route.steps.map(step => step.location) : [];
		for (const id of named) {
			ids.add(id);
		}
	}

	return [...ids].map(id => index.byId.get(id)).filter((record): record is BriefRecord => record !== undefined);
}

/** The mark after (or before) the given record in reading order, wrapping at neither end; null at the end. */
export function neighbourMark(reading: ArticleReading, recordId: string, step: 1 | -1): ReaderMark | null {
	const at = reading.marks.findIndex(mark => mark.record.id === recordId);
	if (at === -1) {
		return step === 1 ? reading.marks[0] ?? null : reading.marks.at(-1) ?? null;
	}

	return reading.marks[at + step] ?? null;
}
