import {coordinates, locationSummary, routePath} from '../core/format/describe.js';
import {counted} from '../core/text.js';
import {escapeMarkdown} from '../core/format/markdown.js';
import {toJson} from '../core/format/json.js';
import {tsvTable} from '../core/format/tsv.js';
import type {CorpusIndex} from '../core/records.js';
import {sanitizeLine} from '../core/sanitize.js';
import type {BriefingEntry} from './briefings.js';

/** `brief briefing --json`: the pins in order. Field names are a public interface. */
export function briefingJson(entries: BriefingEntry[]): string {
	return toJson(
		entries.map(({pin, stale}, position) => ({
			id: pin.id,
			kind: pin.kind,
			text: pin.text,
			speaker: pin.speaker,
			role: pin.role,
			note: pin.note,
			stale,
			source: pin.source,
			sourceTitle: pin.sourceTitle,
			sourceOutlet: pin.sourceOutlet ?? null,
			paragraph: pin.paragraph,
			position: position + 1,
			pinnedAt: pin.pinnedAt,
		})),
	);
}

export function briefingTsv(entries: BriefingEntry[]): string {
	const columns = ['position', 'id', 'kind', 'text', 'speaker', 'note', 'stale', 'source', 'paragraph'];
	return tsvTable(
		columns,
		entries.map(({pin, stale}, position) => [position + 1, pin.id, pin.kind, pin.text, pin.speaker, pin.note, stale, pin.source, pin.paragraph]),
	);
}

export function briefingText(name: string, entries: BriefingEntry[]): string {
	const lines = [`Briefing "${sanitizeLine(name)}": ${counted(entries.length, 'pin')}`];
	for (const [position, {pin, stale}] of entries.entries()) {
		const who = pin.speaker ? ` — ${pin.speaker}` : '';
		const where = pin.paragraph === null ? '' : ` ¶${pin.paragraph}`;
		lines.push('', `${position + 1}. ${pin.kind} ${pin.id}${where}${stale ? ' (stale: no longer in the corpus)' : ''}`, `   ${sanitizeLine(pin.kind === 'quote' ? `“${pin.text}”` : pin.text)}${sanitizeLine(who)}`);
		if (pin.note) {
			lines.push(`   Note: ${sanitizeLine(pin.note)}`);
		}
	}

	return lines.join('\n') + '\n';
}

const sections = [
	{title: 'Key quotes', kinds: ['quote']},
	{title: 'Facts and figures', kinds: ['fact']},
	{title: 'Places', kinds: ['location', 'route']},
	{title: 'Actors', kinds: ['actor']},
] as const;

/**
 * The exported briefing: a title, the date, then sections in a fixed order,
 * each only when it has pins; every quote and fact cited with its source and ¶.
 */
export function briefingMarkdown(index: CorpusIndex, name: string, entries: BriefingEntry[], generated: Date): string {
	const out = [`# Briefing: ${escapeMarkdown(name)}`, '', `Generated ${generated.toISOString().slice(0, 10)} with brief · ${counted(entries.length, 'item')}`];
	for (const section of sections) {
		const inSection = entries.filter(entry => (section.kinds as readonly string[]).includes(entry.pin.kind));
		if (inSection.length === 0) {
			continue;
		}

		out.push('', `## ${section.title}`, '');
		for (const entry of inSection) {
			out.push(markdownEntry(index, entry));
			if (entry.pin.note) {
				out.push(`  - *Note:* ${escapeMarkdown(entry.pin.note)}`);
			}
		}
	}

	return out.join('\n') + '\n';
}

function markdownEntry(index: CorpusIndex, {pin, record, stale}: BriefingEntry): string {
	const cite = pin.paragraph === null ? '' : ` (*${escapeMarkdown(pin.sourceTitle ?? pin.source ?? 'unknown source')}*${pin.sourceOutlet ? `, ${escapeMarkdown(pin.sourceOutlet)}` : ''}, ¶${pin.paragraph})`;
	const staleMark = stale ? ' — *no longer in the corpus; as pinned*' : '';
	const who = pin.speaker ? ` — **${escapeMarkdown(pin.speaker)}**${pin.role ? `, ${escapeMarkdown(pin.role)}` : ''}` : '';
	switch (pin.kind) {
		case 'quote': {
			return `- “${escapeMarkdown(pin.text)}”${who}${cite}${staleMark}`;
		}

		case 'fact': {
			return `- ${escapeMarkdown(pin.text)}${pin.speaker ? ` — per **${escapeMarkdown(pin.speaker)}**` : ''}${cite}${staleMark}`;
		}

		case 'location': {
			const place = record?.kind === 'location' ? ` — ${escapeMarkdown(locationSummary(record.location))} (${coordinates(record.location)})` : '';
			return `- **${escapeMarkdown(pin.text)}**${place}${staleMark}`;
		}

		case 'route': {
			const path = record?.kind === 'route' ? `**${escapeMarkdown(record.route.name)}**: ${escapeMarkdown(routePath(index, record))}` : escapeMarkdown(pin.text);
			return `- ${path}${cite}${staleMark}`;
		}

		case 'actor': {
			return `- **${escapeMarkdown(pin.text)}**${pin.role ? ` — ${escapeMarkdown(pin.role)}` : ''}${staleMark}`;
		}
	}
}
