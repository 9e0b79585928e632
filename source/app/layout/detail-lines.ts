import type {RecordDetail} from '../../core/detail.js';
import type {BriefRecord} from '../../core/records.js';
import {sanitize, sanitizeLine} from '../../core/sanitize.js';
import {resultRow} from './result-row.js';
import {styleRanges, truncateLine, wrapSegments, type Line, type Segment} from './segments.js';

const labelWidth = 13;

/**
 * The detail of a record as screen lines for a given width: heading, the
 * passage, its fields, related records, then the passage in its paragraph
 * between the paragraphs before and after (dimmed). `neighbourLines` keeps
 * only that many lines of each neighbour (the end of the one before, the
 * start of the one after) so the passage itself shows in a small pane.
 */
export function detailLines(detail: RecordDetail, record: BriefRecord, width: number, neighbourLines = Infinity): Line[] {
	const lines: Line[] = [];
	const blank = () => lines.push([]);
	const wrap = (text: string, style: Parameters<typeof styleRanges>[2], indent = '') => lines.push(...wrapSegments([{text: sanitize(text), style}], width, indent));

	lines.push(truncateLine([{text: sanitizeLine(detail.heading), style: 'heading'}], width));
	if (detail.body !== null) {
		wrap(record.kind === 'quote' ? `“${detail.body}”` : detail.body, 'strong');
	}

	for (const field of detail.fields) {
		const label = {text: field.label.padEnd(labelWidth), style: 'label' as const};
		lines.push(...wrapSegments([label, {text: sanitizeLine(field.value), style: 'plain'}], width, ' '.repeat(labelWidth)));
	}

	for (const group of detail.related.filter(group => group.records.length > 0)) {
		blank();
		lines.push([{text: `${group.title} (${group.records.length})`, style: 'heading'}]);
		lines.push(...group.records.map(related => resultRow({record: related, score: 0, ranges: []}, width)));
	}

	const {context} = detail;
	if (context) {
		blank();
		lines.push(truncateLine([{text: `In context · ${sanitizeLine(context.source.title)}, ¶${context.paragraph}`, style: 'label'}], width));
		const paragraph = (number: number, segments: Segment[]) => wrapSegments([{text: `¶${number} `, style: 'label'}, ...segments], width);
		const neighbour = (number: number, text: string, keep: 'start' | 'end') => {
			const wrapped = paragraph(number, [{text: sanitize(text), style: 'dim'}]);
			if (wrapped.length <= neighbourLines) {
				return wrapped;
			}

			// Keep the lines next to the passage, still labelled with their paragraph number.
			const kept = keep === 'end' ? wrapped.slice(-neighbourLines) : wrapped.slice(0, neighbourLines);
			const mark: Segment = {text: keep === 'end' ? `¶${number} …` : '…', style: 'label'};
			return keep === 'end' ? [truncateLine([mark, ...kept[0]!], width), ...kept.slice(1)] : [...kept.slice(0, -1), truncateLine([...kept.at(-1)!, mark], width)];
		};

		if (context.before !== null) {
			lines.push(...neighbour(context.paragraph - 1, context.before, 'end'));
		}

		lines.push(...paragraph(context.paragraph, styleRanges(context.text, [[context.start, context.end]], 'passage').map(segment => ({...segment, text: sanitize(segment.text)}))));
		if (context.after !== null) {
			lines.push(...neighbour(context.paragraph + 1, context.after, 'start'));
		}
	}

	return lines;
}
