import {contextFor} from '../context.js';
import type {BriefRecord, CorpusIndex} from '../records.js';
import {sanitizeLine} from '../sanitize.js';
import {citation, coordinates, locationSummary, routePath} from './describe.js';

/** Escape what Markdown would otherwise read as formatting. */
export function escapeMarkdown(text: string): string {
	return sanitizeLine(text).replace(/[\\`*_[\]<>|]/g, character => `\\${character}`).replace(/^([#+-]|\d+\.)(\s)/, '\\$1$2');
}

/** One Markdown list item, ready to paste into a briefing. */
export function markdownItem(index: CorpusIndex, record: BriefRecord): string {
	const cite = citation(index, record);
	const cited = cite ? ` (${escapeMarkdown(cite)})` : '';
	switch (record.kind) {
		case 'quote': {
			const speaker = record.speaker ? ` — **${escapeMarkdown(record.speaker.name)}**${record.speaker.role ? `, ${escapeMarkdown(record.speaker.role)}` : ''}` : '';
			return `- “${escapeMarkdown(record.text)}”${speaker}${cited}`;
		}

		case 'fact': {
			const voice = record.attribution ? ` — per **${escapeMarkdown(record.attribution.name)}**` : '';
			return `- ${escapeMarkdown(record.text)}${voice}${cited}`;
		}

		case 'route': {
			return `- **${escapeMarkdown(record.route.name)}**: ${escapeMarkdown(routePath(index, record))}${cited}`;
		}

		case 'location': {
			return `- **${escapeMarkdown(record.text)}** — ${escapeMarkdown(locationSummary(record.location))} (${coordinates(record.location)})`;
		}

		case 'actor': {
			return `- **${escapeMarkdown(record.text)}** — ${escapeMarkdown(record.actor.role ?? record.actor.type)}`;
		}
	}
}

export function formatMarkdown(index: CorpusIndex, records: BriefRecord[]): string {
	return records.map(record => markdownItem(index, record)).join('\n') + '\n';
}

/** `show --format md`: the item, then its paragraph as a quotation. */
export function formatMarkdownDetail(index: CorpusIndex, record: BriefRecord, contextSpan = 1): string {
	const context = contextFor(index, record, contextSpan);
	if (!context) {
		return `${markdownItem(index, record)}\n`;
	}

	const quoted = (number: number, text: string) => `> ${escapeMarkdown(text)}\n>\n> — ¶${number}\n`;
	const paragraphs = [...context.preceding, {number: context.paragraph, text: context.text}, ...context.following];
	return `${markdownItem(index, record)}\n\n${paragraphs.map(({number, text}) => quoted(number, text)).join('\n')}`;
}
