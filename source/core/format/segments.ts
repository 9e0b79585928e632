import type {Range} from '../search/ranges.js';

/**
 * How a run of text is drawn. The app's theme maps each to Ink's colours (or,
 * without colour, to bold and inverse); the command line's printer to chalk.
 */
export type SegmentStyle = 'plain' | 'dim' | 'strong' | 'label' | 'match' | 'passage' | 'heading' | 'selected';

/** A run of text and how it is drawn; the text is as given, not yet sanitised. */
export type Segment = {text: string; style: SegmentStyle};

/**
 * Split text into segments, giving `style` to the ranges and `base` to the
 * rest: the one place match and passage ranges become styled text, for the
 * app and the command line alike. Ranges must be sorted; one that overlaps
 * the one before or reaches past the text is left out.
 */
export function styleRanges(text: string, ranges: Range[], style: SegmentStyle, base: SegmentStyle = 'plain'): Segment[] {
	const segments: Segment[] = [];
	let cursor = 0;
	for (const [start, end] of ranges) {
		if (start < cursor || end > text.length) {
			continue;
		}

		if (start > cursor) {
			segments.push({text: text.slice(cursor, start), style: base});
		}

		segments.push({text: text.slice(start, end), style});
		cursor = end;
	}

	if (cursor < text.length) {
		segments.push({text: text.slice(cursor), style: base});
	}

	return segments;
}
