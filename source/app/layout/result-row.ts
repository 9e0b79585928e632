import {coordinates} from '../../core/format/describe.js';
import {sanitizeLine} from '../../core/sanitize.js';
import type {Range, SearchHit} from '../../core/search.js';
import {lineWidth, styleRanges, truncateLine, type Line, type Segment} from './segments.js';

const kindTags = {quote: 'quote', fact: 'fact', location: 'place', actor: 'actor', route: 'route'} as const;
const tagWidth = 6;

/** Characters shown either side of a match beyond the row's width; only on a row this wide, as on a narrower one the start of the text matters more. */
const roomyRow = 80;

const leadIn = 12;

/**
 * One result as a single screen line: a ● when pinned, kind, who or what, and
 * the text with matches highlighted — the speaker too when the query named
 * them; then the other records of the same passage ("+fact +route"), the
 * stretch of the text around its first match when that lies beyond the width,
 * and a stretch of the paragraph around it when words matched only there.
 */
export function resultRow(hit: SearchHit, width: number, pinned = false): Line {
	const {record} = hit;
	const tail = rowTail(hit, width >= roomyRow ? width - 24 : undefined);
	const text = styleRanges(record.text, hit.ranges, 'match').map(segment => ({...segment, text: sanitizeLine(segment.text)}));
	const speakerMatched = hit.explain?.matched.some(match => match.field === 'voice') ?? false;
	const tag: Segment = {text: kindTags[record.kind].padEnd(tagWidth), style: 'dim'};
	const marker: Segment = pinned ? {text: '● ', style: 'strong'} : {text: '  ', style: 'plain'};
	const aside = (value: string): Segment => ({text: `  ${sanitizeLine(value)}`, style: 'dim'});
	let line: Line;
	switch (record.kind) {
		case 'quote': {
			const speaker = record.speaker ? shortName(record.speaker) : 'unattributed';
			line = [tag, {text: sanitizeLine(speaker), style: speakerMatched ? 'match' : 'strong'}, {text: ' “', style: 'plain'}, ...text, {text: '”', style: 'plain'}];
			break;
		}

		case 'location': {
			line = [tag, ...text, aside(`${record.location.kind}${record.location.country ? `, ${record.location.country}` : ''} · ${coordinates(record.location)}`)];
			break;
		}

		case 'actor': {
			line = [tag, ...text, aside(record.actor.role ?? record.actor.type)];
			break;
		}

		default: {
			line = [tag, ...text];
		}
	}

	return withTail(truncateLine([marker, ...line], Math.max(width - lineWidth(tail), Math.ceil(width / 2))), tail, width);
}

/**
 * What follows the text: the passage's other records; a stretch of the text
 * around its first match when that lies beyond `room` columns; a stretch of
 * the paragraph around the record where words matched only there.
 */
function rowTail(hit: SearchHit, room: number | undefined): Line {
	const tail: Line = [];
	const first = hit.ranges[0];
	if (first && room !== undefined && first[1] > room) {
		const from = Math.max(0, first[0] - leadIn);
		const to = Math.min(hit.record.text.length, first[1] + leadIn);
		const ranges = hit.ranges.filter(([start, end]) => start >= from && end <= to).map(([start, end]): Range => [start - from + 1, end - from + 1]);
		tail.push({text: '  ', style: 'dim'}, ...dimmedExcept(`…${hit.record.text.slice(from, to)}…`, ranges));
	}

	if (hit.sameAs && hit.sameAs.length > 0) {
		tail.push({text: `  ${hit.sameAs.map(other => `+${kindTags[other.record.kind]}`).join(' ')}`, style: 'dim'});
	}

	if (hit.snippet) {
		tail.push({text: '  ¶ ', style: 'dim'}, ...dimmedExcept(hit.snippet.text, hit.snippet.ranges));
	}

	return tail;
}

/** Text dimmed but for its matches. */
function dimmedExcept(text: string, ranges: Range[]): Line {
	return styleRanges(text, ranges, 'match').map(segment => ({text: sanitizeLine(segment.text), style: segment.style === 'match' ? 'match' : 'dim'}));
}

function withTail(line: Line, tail: Line, width: number): Line {
	return tail.length === 0 ? line : truncateLine([...line, ...tail], width);
}

function shortName(actor: {name: string; type: string}): string {
	return actor.type === 'person' ? actor.name.split(' ').at(-1)! : actor.name;
}
