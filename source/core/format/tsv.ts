import type {BriefRecord, CorpusIndex} from '../records.js';
import {sanitizeLine} from '../sanitize.js';
import type {SearchHit} from '../search.js';
import {recordJson} from './json.js';

/**
 * Tab-separated values: a header, then one record per line. Columns are the
 * JSON fields (lists joined with "; "), so both formats name things alike.
 */
const columnsByKind: Record<string, string[]> = {
	mixed: ['id', 'kind', 'text', 'speaker', 'source', 'paragraph'],
	quote: ['id', 'speaker', 'role', 'mode', 'text', 'source', 'paragraph'],
	fact: ['id', 'text', 'attribution', 'time', 'actors', 'locations', 'source', 'paragraph'],
	route: ['id', 'name', 'text', 'attribution', 'source', 'paragraph'],
	location: ['id', 'text', 'type', 'country', 'lat', 'lon', 'aliases'],
	actor: ['id', 'text', 'type', 'role', 'aliases'],
};

function cell(value: unknown): string {
	if (value === null || value === undefined) {
		return '';
	}

	if (Array.isArray(value)) {
		return value.map(item => cell(typeof item === 'object' && item !== null ? (item as {text?: unknown}).text ?? JSON.stringify(item) : item)).join('; ');
	}

	return sanitizeLine(String(value));
}

function columnsFor(records: BriefRecord[]): string[] {
	const kinds = new Set(records.map(record => record.kind));
	const [only] = kinds;
	return kinds.size === 1 && only ? columnsByKind[only]! : columnsByKind['mixed']!;
}

export function formatTsv(index: CorpusIndex, records: BriefRecord[]): string {
	const columns = columnsFor(records);
	const rows = records.map(record => {
		const json = recordJson(index, record);
		return columns.map(column => cell(json[column === 'speaker' && record.kind !== 'quote' ? 'attribution' : column])).join('\t');
	});
	return [columns.join('\t'), ...rows].join('\n') + '\n';
}

export function formatHitsTsv(index: CorpusIndex, hits: SearchHit[]): string {
	const table = formatTsv(
		index,
		hits.map(hit => hit.record),
	).split('\n');
	const scores = hits.map(hit => String(Math.round(hit.score * 10_000) / 10_000));
	return ['score\t' + table[0], ...scores.map((score, row) => `${score}\t${table[row + 1]}`)].join('\n') + '\n';
}
