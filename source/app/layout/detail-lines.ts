import type {RecordContext} from '../../core/context.js';
import type {RecordDetail} from '../../core/detail.js';
import {sourceLabel} from '../../core/format/describe.js';
import type {BriefRecord} from '../../core/records.js';
import {sanitize, sanitizeLine} from '../../core/sanitize.js';
import {resultRow} from './result-row.js';
import {styleRanges, truncateLine, wrapSegments, type Line, type Segment} from './segments.js';

const labelWidth = 13;

export type DetailOptions = {
	/** Keep only this many lines of each neighbouring paragraph (the end of the one before, the start of the one after). */
	neighbourLines?: number;
	/**
	 * For a small pane: the passage in its paragraph comes right after the
	 * heading (which then carries the role), instead of after every field.
	 */
	compact?: boolean;
};

/**
 * The detail of a record as screen lines for a given width: heading, the
 * passage, its fields, related records, and the passage highlighted in its
 * paragraph between the paragraphs before and after (dimmed).
 */
export function detailLines(detail: RecordDetail, record: BriefRecord, width: number, options: DetailOptions = {}): Line[] {
	return detailScreen(detail, record, width, options).lines;
}

/** A link on a detail page: a related record and the line it is drawn on. */
export type DetailLink = {record: BriefRecord; line: number};

/** The detail's lines and, in the order drawn, the links to the records it names. */
export function detailScreen(detail: RecordDetail, record: BriefRecord, width: number, {neighbourLines = Infinity, compact = false}: DetailOptions = {}): {lines: Line[]; links: DetailLink[]} {
	const lines: Line[] = [];
	const links: DetailLink[] = [];
	const wrap = (text: string, style: Parameters<typeof styleRanges>[2], indent = '') => lines.push(...wrapSegments([{text: sanitize(text), style}], width, indent));
	const {context} = detail;
	const role = compact ? detail.fields.find(field => field.label === 'role') : undefined;
	const fields = detail.fields.filter(field => field !== role);

	lines.push(truncateLine([{text: sanitizeLine(detail.heading), style: 'heading'}, ...(role ? [{text: ` · ${sanitizeLine(role.value)}`, style: 'dim' as const}] : [])], width));
	if (detail.body !== null && !(compact && context)) {
		wrap(record.kind === 'quote' ? `“${detail.body}”` : detail.body, 'strong');
	}

	if (compact && context) {
		lines.push(...contextBlock(context, width, 1));
	}

	for (const field of fields) {
		const label = {text: field.label.padEnd(labelWidth), style: 'label' as const};
		lines.push(...wrapSegments([label, {text: sanitizeLine(field.value), style: 'plain'}], width, ' '.repeat(labelWidth)));
	}

	if (!compact && context) {
		lines.push([], truncateLine([{text: `In context · ${sanitizeLine(sourceLabel(context.source))}, ¶${context.paragraph}`, style: 'label'}], width));
		lines.push(...contextBlock(context, width, neighbourLines));
	}

	// The records the detail links to come after the passage in place, which is what a reader opened it for.
	for (const group of detail.related.filter(group => group.records.length > 0)) {
		lines.push([]);
		lines.push([{text: `${group.title} (${group.records.length})`, style: 'heading'}]);
		for (const related of group.records) {
			links.push({record: related, line: lines.length});
			lines.push(resultRow({record: related, score: 0, ranges: []}, width));
		}
	}

	return {lines, links};
}

/** The passage highlighted in its paragraph, between the neighbouring paragraphs (dimmed, cut to `neighbourLines`). */
function contextBlock(context: RecordContext, width: number, neighbourLines: number): Line[] {
	const paragraph = (number: number, segments: Segment[]) => wrapSegments([{text: `¶${number} `, style: 'label'}, ...segments], width);
	const neighbour = (number: number, text: string | null, keep: 'start' | 'end'): Line[] => {
		if (text === null) {
			return [];
		}

		const clean = sanitize(text);
		const whole = paragraph(number, [{text: clean, style: 'dim'}]);
		if (whole.length <= neighbourLines) {
			return whole;
		}

		// Keep the words next to the passage, whole, with “…” where the rest was left out.
		const words = clean.split(' ');
		const lines = (count: number) => {
			const kept = keep === 'end' ? words.slice(words.length - count) : words.slice(0, count);
			const label: Segment = {text: keep === 'end' ? `¶${number} … ` : `¶${number} `, style: 'label'};
			return wrapSegments([label, {text: kept.join(' '), style: 'dim'}, ...(keep === 'start' ? [{text: ' …', style: 'label' as const}] : [])], width);
		};

		return lines(mostWordsWithin(words.length, count => lines(count).length <= neighbourLines));
	};

	const passage = styleRanges(context.text, [[context.start, context.end]], 'passage').map(segment => ({...segment, text: sanitize(segment.text)}));
	return [...neighbour(context.paragraph - 1, context.before, 'end'), ...paragraph(context.paragraph, passage), ...neighbour(context.paragraph + 1, context.after, 'start')];
}

/** The most words, up to `total`, for which `fits` holds (it holds for fewer whenever for more): a binary search. */
function mostWordsWithin(total: number, fits: (count: number) => boolean): number {
	let low = 0;
	let high = total;
	while (low < high) {
		const middle = Math.ceil((low + high) / 2);
		if (fits(middle)) {
			low = middle;
		} else {
			high = middle - 1;
		}
	}

	return low;
}
