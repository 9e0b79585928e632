import {sourceLabel} from '../../core/format/describe.js';
import {marginOf} from '../../core/format/reading.js';
import type {ArticleReading, ReaderMark, ReaderParagraph} from '../../core/reader.js';
import {sanitize, sanitizeLine} from '../../core/sanitize.js';
import {mergeRanges} from '../../core/search.js';
import {truncateLine, wrapSegments, type Line, type Segment} from './segments.js';

/** The article as screen lines, and where each paragraph and each record begins among them. */
export type ReaderLayout = {
	lines: Line[];
	/** The first line of each paragraph, by paragraph number - 1. */
	paragraphLines: number[];
	/** The line each record's passage starts on, by record id. */
	markLines: Map<string, number>;
};

/** Margin: the kinds of record a paragraph holds (Q F R P), then its number. */
const marginWidth = 5;

/**
 * Lay out a whole article for the reader: a heading with title, outlet and
 * date, then every paragraph wrapped under its margin, the current record's
 * passage highlighted and the other records' passages marked.
 */
export function readerLayout(reading: ArticleReading, width: number, currentId: string | null): ReaderLayout {
	const {source} = reading;
	const lines: Line[] = [
		truncateLine([{text: sanitizeLine(sourceLabel(source)), style: 'heading'}], width),
		truncateLine([{text: sanitizeLine([source.date ?? 'undated', `${reading.paragraphs.length} paragraphs`, `${reading.marks.length} records`].join(' · ')), style: 'dim'}], width),
		[],
	];
	const paragraphLines: number[] = [];
	const markLines = new Map<string, number>();
	const textWidth = Math.max(width - marginWidth, 10);
	for (const paragraph of reading.paragraphs) {
		paragraphLines.push(lines.length);
		const wrapped = wrapSegments([{text: `¶${paragraph.number} `, style: 'label'}, ...paragraphSegments(paragraph, currentId)], textWidth);
		for (const mark of paragraph.marks) {
			markLines.set(mark.record.id, lines.length + lineOfOffset(paragraph, mark.start, textWidth));
		}

		const margin = marginOf(paragraph).padEnd(marginWidth);
		lines.push(...wrapped.map((line, at): Line => [{text: at === 0 ? margin : ' '.repeat(marginWidth), style: 'label'}, ...line]));
		lines.push([]);
	}

	return {lines, paragraphLines, markLines};
}

type Range = [start: number, end: number];

/** The current record's passage as the passage, every other record's as strong text. */
function paragraphSegments(paragraph: ReaderParagraph, currentId: string | null): Segment[] {
	const rangeOf = (mark: ReaderMark): Range => [mark.start, mark.end];
	const current = paragraph.marks.filter(mark => mark.record.id === currentId).map(rangeOf);
	// Where the current passage overlaps another (a quote inside its fact), the current one shows.
	const others = current.reduce((ranges, cut) => ranges.flatMap(range => outside(range, cut)), mergeRanges(paragraph.marks.filter(mark => mark.record.id !== currentId).map(rangeOf)));
	const styled = [...current.map(range => ({range, style: 'passage' as const})), ...others.map(range => ({range, style: 'strong' as const}))].sort((left, right) => left.range[0] - right.range[0]);
	const segments: Segment[] = [];
	let cursor = 0;
	for (const {range: [start, end], style} of styled) {
		if (start >= cursor) {
			segments.push({text: paragraph.text.slice(cursor, start), style: 'plain'}, {text: paragraph.text.slice(start, end), style});
			cursor = end;
		}
	}

	segments.push({text: paragraph.text.slice(cursor), style: 'plain'});
	return segments.filter(segment => segment.text !== '').map(segment => ({...segment, text: sanitize(segment.text)}));
}

/** What of `range` lies outside `cut`: nothing, one piece or two. */
function outside([start, end]: Range, [from, to]: Range): Range[] {
	return ([[start, Math.min(end, from)], [Math.max(start, to), end]] as Range[]).filter(([left, right]) => left < right);
}

/** Which wrapped line of a paragraph an offset falls on: the lines its text before the offset fills. */
function lineOfOffset(paragraph: ReaderParagraph, offset: number, width: number): number {
	const before = wrapSegments([{text: `¶${paragraph.number} `, style: 'label'}, {text: sanitize(paragraph.text.slice(0, offset)), style: 'plain'}], width);
	return Math.max(before.length - 1, 0);
}
