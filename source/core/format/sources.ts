import type {CorpusIndex} from '../records.js';
import {sanitizeLine} from '../sanitize.js';
import {counted} from '../text.js';
import {toJson} from './json.js';
import {tsvTable} from './tsv.js';
import {escapeMarkdown} from './markdown.js';
import type {OutputFormat} from './output-format.js';

/** `brief sources`: each article with what was drawn from it. */
export function formatSources(index: CorpusIndex, format: OutputFormat): string {
	const rows = index.corpus.sources.map(source => {
		const count = (records: Array<{provenance: {source: string}}>) => records.filter(record => record.provenance.source === source.id).length;
		return {
			id: source.id,
			title: source.title,
			outlet: source.outlet,
			date: source.date,
			paragraphs: source.paragraphs.length,
			quotes: count(index.corpus.quotes),
			facts: count(index.corpus.facts),
			routes: count(index.corpus.routes),
		};
	});

	switch (format) {
		case 'json': {
			return toJson(rows);
		}

		case 'tsv': {
			const columns = ['id', 'title', 'outlet', 'date', 'paragraphs', 'quotes', 'facts', 'routes'] as const;
			return tsvTable(columns, rows.map(row => columns.map(column => row[column])));
		}

		case 'md': {
			return rows.map(row => `- **${escapeMarkdown(row.title)}** (\`${row.id}\`)${row.outlet ? `, ${escapeMarkdown(row.outlet)}` : ''}${row.date ? `, ${row.date}` : ''}: ${row.quotes} quotes, ${row.facts} facts`).join('\n') + '\n';
		}

		case 'text': {
			return (
				rows
					.map(row => {
						const stated = [row.outlet, row.date].filter(Boolean).map(value => sanitizeLine(value!)).join(' · ') || 'outlet and date not stated';
						return `${row.id}  ${sanitizeLine(row.title)}\n  ${stated} · ${counted(row.paragraphs, 'paragraph')} · ${counted(row.quotes, 'quote')} · ${counted(row.facts, 'fact')} · ${counted(row.routes, 'route')}`;
					})
					.join('\n\n') + '\n'
			);
		}
	}
}
