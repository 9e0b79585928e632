import {Chalk} from 'chalk';
import {sanitize} from '../sanitize.js';
import type {Range} from '../search.js';
import {styleRanges, type Segment, type SegmentStyle} from './segments.js';

/** How terminal text is decorated; identity functions when colour is off. */
export type Style = {
	heading: (text: string) => string;
	id: (text: string) => string;
	kind: (text: string) => string;
	dim: (text: string) => string;
	name: (text: string) => string;
	/** Matched characters in search results. */
	match: (text: string) => string;
	/** A record's passage inside its paragraph. */
	passage: (text: string) => string;
};

export function createStyle(colour: boolean): Style {
	const chalk = new Chalk({level: colour ? 1 : 0});
	return {
		heading: chalk.bold,
		id: chalk.cyan,
		kind: chalk.magenta,
		dim: chalk.dim,
		name: chalk.bold,
		match: chalk.bold.yellow,
		passage: chalk.bold.underline,
	};
}

/** How the command line prints each segment style (the app's theme is app/theme.tsx). */
function decorationOf(style: Style): Record<SegmentStyle, (text: string) => string> {
	const plain = (text: string) => text;
	return {plain, dim: style.dim, strong: style.name, label: style.id, match: style.match, passage: style.passage, heading: style.heading, selected: plain};
}

/** Segments as terminal text: each piece sanitised (segments hold untrusted text as sliced), then decorated. */
function printSegments(segments: Segment[], style: Style): string {
	const decoration = decorationOf(style);
	return segments.map(segment => decoration[segment.style](sanitize(segment.text))).join('');
}

/** Untrusted text with the given ranges drawn in `rangeStyle`, for a terminal or a pipe. */
export function highlight(text: string, ranges: Range[], rangeStyle: SegmentStyle, style: Style): string {
	return printSegments(styleRanges(text, ranges, rangeStyle), style);
}
