import type {BriefRecord, CorpusIndex} from '../records.js';
import {sanitizeLine} from '../sanitize.js';
import type {SearchHit} from '../search.js';
import {recordJson, roundedScore} from './json.js';

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

/** A header line, then one line per row; every cell on one line, without tabs or control characters. */
export function tsvTable(columns: readonly string[], rows: unknown[][]): string {
	return [columns.join('\t'), ...rows.map(row => row.map(value => cell(value)).join('\t'))].join('\n') + '\n';
}

function recordCells(index: CorpusIndex, record: BriefRecord, columns: string[]): unknown[] {
	const json = recordJson(index, record);
	return columns.map(column => json[column === 'speaker' && record.kind !== 'quote' ? 'attribution' : column]);
}

export function formatTsv(index: CorpusIndex, records: BriefRecord[]): string {
	const columns = columnsFor(records);
	return tsvTable(
		columns,
		records.map(record => recordCells(index, record, columns)),
	);
}

/**
 * Search hits with the same columns whatever kinds matched, every record of a
 * passage on its own line: `group` names the passage's first record on each
 * of them.
 */
export function formatHitsTsv(index: CorpusIndex, hits: SearchHit[]): string {
	const columns = columnsByKind['mixed']!;
	const rows = hits.flatMap(hit => {
		const group = hit.sameAs && hit.sameAs.length > 0 ? hit.record.id : '';
		return [hit, ...(hit.sameAs ?? [])].map(member => [roundedScore(hit.score), ...recordCells(index, member.record, columns), group]);
	});
	return tsvTable(['score', ...columns, 'group'], rows);
}
