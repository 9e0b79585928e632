import stringWidth from 'string-width';
import type {Segment, SegmentStyle} from '../../core/format/segments.js';

// Styled text and the one function that splits text by ranges live in core, which the command line prints too.
export {styleRanges, type Segment, type SegmentStyle} from '../../core/format/segments.js';

/** One screen line: segments whose total display width fits the width it was laid out for. */
export type Line = Segment[];

const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

// Printable ASCII, Latin-1, Latin Extended and the general punctuation news text uses
// (dashes, curly quotes, ellipsis): one column per code unit, no need to ask string-width.
const narrowText = /^[\u0020-\u007E\u00A0-\u024F\u2010-\u2027\u2030-\u205E]*$/;

/** Columns a string takes on a terminal: the common case directly, the rest (wide, combining, emoji) by string-width. */
export function displayWidth(text: string): number {
	return narrowText.test(text) ? text.length : stringWidth(text);
}

export function lineWidth(line: Line): number {
	return line.reduce((width, segment) => width + displayWidth(segment.text), 0);
}

/** The longest start of `text` that fits in `room` columns. */
function fittingStart(text: string, room: number): string {
	if (narrowText.test(text)) {
		return text.slice(0, Math.max(room, 0));
	}

	let fitting = '';
	for (const {segment: grapheme} of graphemes.segment(text)) {
		room -= stringWidth(grapheme);
		if (room < 0) {
			break;
		}

		fitting += grapheme;
	}

	return fitting;
}

/** Cut a line to `width` columns, ending with "…" when something was cut. */
export function truncateLine(line: Line, width: number): Line {
	if (lineWidth(line) <= width) {
		return line;
	}

	const result: Line = [];
	let room = width - 1;
	for (const segment of line) {
		const text = fittingStart(segment.text, room);
		if (text) {
			result.push({text, style: segment.style});
		}

		room -= displayWidth(text);
		if (text.length < segment.text.length) {
			break;
		}
	}

	result.push({text: '…', style: 'dim'});
	return result;
}

/**
 * Word-wrap styled text to `width` columns. Words wider than a line are
 * split between graphemes; runs of spaces at a break are dropped.
 */
export function wrapSegments(segments: Segment[], width: number, indent = ''): Line[] {
	const lines: Line[] = [];
	let line: Line = [];
	let used = 0;
	const indentWidth = displayWidth(indent);

	const startLine = () => {
		line = indent && lines.length > 0 ? [{text: indent, style: 'plain'}] : [];
		used = lines.length > 0 ? indentWidth : 0;
	};

	const push = (text: string, style: SegmentStyle) => {
		const last = line.at(-1);
		if (last && last.style === style) {
			last.text += text;
		} else {
			line.push({text, style});
		}
	};

	const breakLine = () => {
		const last = line.at(-1);
		if (last) {
			last.text = last.text.trimEnd();
		}

		lines.push(line.filter(segment => segment.text !== ''));
		startLine();
	};

	startLine();
	for (const word of words(segments)) {
		const wordWidth = word.reduce((sum, piece) => sum + displayWidth(piece.text), 0);
		const isSpace = word.every(piece => piece.text.trim() === '');
		if (isSpace) {
			if (used > 0 && used + wordWidth <= width) {
				for (const piece of word) {
					push(piece.text, piece.style);
				}

				used += wordWidth;
			}

			continue;
		}

		if (used + wordWidth > width && used > (lines.length > 0 ? indentWidth : 0)) {
			breakLine();
		}

		if (used + wordWidth <= width) {
			for (const piece of word) {
				push(piece.text, piece.style);
			}

			used += wordWidth;
			continue;
		}

		// A word wider than the line: split it between graphemes.
		for (const piece of word) {
			for (const {segment: grapheme} of graphemes.segment(piece.text)) {
				const graphemeWidth = stringWidth(grapheme);
				if (used + graphemeWidth > width && used > 0) {
					breakLine();
				}

				push(grapheme, piece.style);
				used += graphemeWidth;
			}
		}
	}

	if (line.length > 0 || lines.length === 0) {
		breakLine();
	}

	return lines;
}

/** Split styled text into words and runs of spaces, each a list of styled pieces. */
function words(segments: Segment[]): Segment[][] {
	const result: Segment[][] = [];
	let current: Segment[] = [];
	let currentIsSpace: boolean | undefined;
	for (const segment of segments) {
		for (const part of segment.text.split(/(\s+)/)) {
			if (part === '') {
				continue;
			}

			const isSpace = part.trim() === '';
			if (currentIsSpace !== undefined && isSpace !== currentIsSpace) {
				result.push(current);
				current = [];
			}

			current.push({text: isSpace ? part.replace(/\s/g, ' ') : part, style: segment.style});
			currentIsSpace = isSpace;
		}
	}

	if (current.length > 0) {
		result.push(current);
	}

	return result;
}

/** The first whole words of a text within `room` columns, with “…” when some are left out (at least one word). */
export function leadingWords(name: string, room: number): string {
	if (displayWidth(name) <= room) {
		return name;
	}

	const words = name.split(/\s+/).filter(Boolean);
	let kept = words[0] ?? name;
	for (const word of words.slice(1)) {
		if (displayWidth(`${kept} ${word}…`) > room) {
			break;
		}

		kept = `${kept} ${word}`;
	}

	return `${kept}…`;
}
