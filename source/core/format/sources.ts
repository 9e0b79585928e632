import {passageCountsOf, type CorpusIndex} from '../records.js';
import {sanitizeLine} from '../sanitize.js';
import {counted} from '../text.js';
import {toJson} from './json.js';
import {tsvTable} from './tsv.js';
import {escapeMarkdown} from './markdown.js';
import type {OutputFormat} from './output-format.js';

/** `brief sources`: each article with what was drawn from it. */
export function formatSources(index: CorpusIndex, format: OutputFormat): string {
	const counts = passageCountsOf(index);
	const rows = [...index.sources.values()].map(source => {
		const count = counts.get(source.id) ?? {quote: 0, fact: 0, route: 0};
		return {
			id: source.id,
			title: source.title,
			outlet: source.outlet,
			date: source.date,
			paragraphs: source.paragraphs.length,
			quotes: count.quote,
			facts: count.fact,
			routes: count.route,
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
			return rows.map(row => `- **${escapeMarkdown(row.title)}** (\`${row.id}\`)${row.outlet ? `, ${escapeMarkdown(row.outlet)}` : ''}${row.date ? `, ${row.date}` : ''}: ${counted(row.quotes, 'quote')}, ${counted(row.facts, 'fact')}`).join('\n') + '\n';
		}

		case 'text': {
			return (
				rows
					.map(row => {
						const stated = [row.outlet, row.date].filter(Boolean).map(value => sanitizeLine(value!)).join(' · ') || 'outlet and date not stated';
						const sizes = [counted(row.paragraphs, 'paragraph'), counted(row.quotes, 'quote'), counted(row.facts, 'fact'), ...(row.routes > 0 ? [counted(row.routes, 'route')] : [])];
						return `${row.id}  ${sanitizeLine(row.title)}\n  ${[stated, ...sizes].join(' · ')}`;
					})
					.join('\n\n') + '\n'
			);
		}
	}
}
