import type {PageHit} from '../../core/find-in-page.js';
import type {Line, Segment, SegmentStyle} from './segments.js';

type Marks = {
	/** The line of the chosen link, drawn with a pointer (and inverted by the view). */
	chosenLine: number | null;
	hits: readonly PageHit[];
	/** Which of the hits is current: drawn inverted, the others as matches. */
	currentHit: number | null;
};

/** The lines from `start` to `end` of a page, with the chosen link pointed at and the find's hits highlighted. */
export function markedLines(lines: readonly Line[], start: number, end: number, {chosenLine, hits, currentHit}: Marks): Line[] {
	const hitsByLine = new Map<number, Array<{hit: PageHit; current: boolean}>>();
	for (const [position, hit] of hits.entries()) {
		if (hit.line >= start && hit.line < end) {
			hitsByLine.set(hit.line, [...(hitsByLine.get(hit.line) ?? []), {hit, current: position === currentHit}]);
		}
	}

	return lines.slice(start, end).map((line, offset) => {
		const at = start + offset;
		const found = hitsByLine.get(at);
		const marked = found ? found.reduce((restyled, {hit, current}) => restyle(restyled, hit.start, hit.end, current ? 'selected' : 'match'), line) : line;
		return at === chosenLine ? pointedAt(marked) : marked;
	});
}

/** A link row with a pointer in its first column (its pin marker's place when unpinned). */
function pointedAt(line: Line): Line {
	const [first, ...rest] = line;
	if (!first) {
		return [{text: '▸', style: 'strong'}];
	}

	const pointer: Segment = {text: '▸', style: 'strong'};
	return [pointer, {...first, text: first.text.slice(1)}, ...rest].filter(segment => segment.text !== '');
}

/** The line with the characters from `start` to `end` (of its text) drawn in `style`. */
function restyle(line: Line, start: number, end: number, style: SegmentStyle): Line {
	const result: Segment[] = [];
	let offset = 0;
	for (const segment of line) {
		const from = Math.max(start - offset, 0);
		const to = Math.min(end - offset, segment.text.length);
		if (from < to) {
			result.push({...segment, text: segment.text.slice(0, from)}, {text: segment.text.slice(from, to), style}, {...segment, text: segment.text.slice(to)});
		} else {
			result.push(segment);
		}

		offset += segment.text.length;
	}

	return result.filter(segment => segment.text !== '');
}
