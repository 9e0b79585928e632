import {metricNames, missedTargets, rate, targets, type Count, type MetricName, type Metrics} from './score.js';

export type Row = {name: string; metrics: Metrics; error?: string};

const headings: Record<MetricName, string> = {
	quoteRecall: 'quote recall',
	quotePrecision: 'quote precision',
	speakerAccuracy: 'speaker accuracy',
	placeRecall: 'place recall',
	placePrecision: 'place precision',
	figureRecall: 'figure recall',
	actorRecall: 'actor recall',
	actorPrecision: 'actor precision',
	roleAccuracy: 'role accuracy',
};

function cell(count: Count): string {
	return count.total === 0 ? '–' : `${rate(count).toFixed(2)} (${count.hits}/${count.total})`;
}

function verdict(row: Row): string {
	if (row.error !== undefined) {
		return 'no: ingest failed';
	}

	const missed = missedTargets(row.metrics);
	return missed.length === 0 ? 'yes' : `no: ${missed.map(name => headings[name]).join(', ')}`;
}

/** The scores as a Markdown table, one row per article, then the total, then any summary rows (the held-out groups). */
export function markdownTable(rows: Row[], total: Row, summaries: Row[] = []): string {
	const header = ['article', ...metricNames.map(name => headings[name]), 'targets met'];
	const targetRow = ['target', ...metricNames.map(name => (targets[name] === undefined ? 'none set' : `≥ ${targets[name]}`)), ''];
	const lines = [header, header.map(() => '---'), targetRow, ...[...rows, total, ...summaries].map(row => [row.name, ...metricNames.map(name => cell(row.metrics[name])), verdict(row)])];
	return lines.map(cells => `| ${cells.join(' | ')} |`).join('\n');
}

const startMarker = '<!-- eval:start -->';
const endMarker = '<!-- eval:end -->';

/** The README with the text between the eval markers replaced; undefined when the markers are missing. */
export function withTable(readme: string, table: string): string | undefined {
	const start = readme.indexOf(startMarker);
	const end = readme.indexOf(endMarker);
	if (start === -1 || end < start) {
		return undefined;
	}

	return `${readme.slice(0, start + startMarker.length)}\n${table}\n${readme.slice(end)}`;
}
