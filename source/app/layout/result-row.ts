import {coordinates} from '../../core/format/describe.js';
import {sanitizeLine} from '../../core/sanitize.js';
import type {SearchHit} from '../../core/search.js';
import {styleRanges, truncateLine, type Line, type Segment} from './segments.js';

const kindTags = {quote: 'quote', fact: 'fact', location: 'place', actor: 'actor', route: 'route'} as const;
const tagWidth = 6;

/** One result as a single screen line: a ● when pinned, kind, who or what, and the text with matches highlighted. */
export function resultRow(hit: SearchHit, width: number, pinned = false): Line {
	const {record} = hit;
	const text = styleRanges(record.text, hit.ranges, 'match').map(segment => ({...segment, text: sanitizeLine(segment.text)}));
	const tag: Segment = {text: kindTags[record.kind].padEnd(tagWidth), style: 'dim'};
	const marker: Segment = pinned ? {text: '● ', style: 'strong'} : {text: '  ', style: 'plain'};
	const aside = (value: string): Segment => ({text: `  ${sanitizeLine(value)}`, style: 'dim'});
	let line: Line;
	switch (record.kind) {
		case 'quote': {
			const speaker = record.speaker ? shortName(record.speaker) : 'unattributed';
			line = [tag, {text: `${sanitizeLine(speaker)} `, style: 'strong'}, {text: '“', style: 'plain'}, ...text, {text: '”', style: 'plain'}];
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

	return truncateLine([marker, ...line], width);
}

function shortName(actor: {name: string; type: string}): string {
	return actor.type === 'person' ? actor.name.split(' ').at(-1)! : actor.name;
}
