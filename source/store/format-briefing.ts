import {coordinates, locationSummary, routePath} from '../core/format/describe.js';
import {counted} from '../core/text.js';
import {escapeMarkdown} from '../core/format/markdown.js';
import {toJson} from '../core/format/json.js';
import {tsvTable} from '../core/format/tsv.js';
import type {CorpusIndex} from '../core/records.js';
import {sanitizeLine} from '../core/sanitize.js';
import type {BriefingEntry} from './briefings.js';
import {pinLine, staleMark} from './pin-line.js';
import {formatGeoJson} from '../core/map/geojson.js';
import {storyOf} from '../core/map/story.js';
import {BriefError} from '../core/errors.js';
import path from 'node:path';

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
		const {text, who} = pinLine(pin);
		const where = pin.paragraph === null ? '' : ` ¶${pin.paragraph}`;
		lines.push('', `${position + 1}. ${pin.kind} ${pin.id}${where}${stale ? staleMark : ''}`, `   ${text}${who}`);
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
export function briefingMarkdown(index: CorpusIndex, name: string, entries: BriefingEntry[], generated: Date, {mapLink}: {mapLink?: string | undefined} = {}): string {
	const out = [`# Briefing: ${escapeMarkdown(name)}`, '', `Generated ${generated.toISOString().slice(0, 10)} with brief · ${counted(entries.length, 'item')}`];
	for (const section of sections) {
		const inSection = entries.filter(entry => (section.kinds as readonly string[]).includes(entry.pin.kind));
		if (inSection.length === 0) {
			continue;
		}

		out.push('', `## ${section.title}`, '');
		if (section.title === 'Places' && mapLink) {
			out.push(`Map: [the pinned places and routes as GeoJSON](${encodeURI(mapLink)})`, '');
		}

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
	const staleNote = stale ? ' — *no longer in the corpus; as pinned*' : '';
	const who = pin.speaker ? ` — **${escapeMarkdown(pin.speaker)}**${pin.role ? `, ${escapeMarkdown(pin.role)}` : ''}` : '';
	switch (pin.kind) {
		case 'quote': {
			return `- “${escapeMarkdown(pin.text)}”${who}${cite}${staleNote}`;
		}

		case 'fact': {
			return `- ${escapeMarkdown(pin.text)}${pin.speaker ? ` — per **${escapeMarkdown(pin.speaker)}**` : ''}${cite}${staleNote}`;
		}

		case 'location': {
			const place = record?.kind === 'location' ? ` — ${escapeMarkdown(locationSummary(record.location))} (${coordinates(record.location)})` : '';
			return `- **${escapeMarkdown(pin.text)}**${place}${staleNote}`;
		}

		case 'route': {
			const path = record?.kind === 'route' ? `**${escapeMarkdown(record.route.name)}**: ${escapeMarkdown(routePath(index, record))}` : escapeMarkdown(pin.text);
			return `- ${path}${cite}${staleNote}`;
		}

		case 'actor': {
			return `- **${escapeMarkdown(pin.text)}**${pin.role ? ` — ${escapeMarkdown(pin.role)}` : ''}${staleNote}`;
		}
	}
}

/**
 * `brief export --geojson --out FILE.md`: the pinned places and routes as
 * GeoJSON in FILE.geojson beside the Markdown, and the link the Markdown's
 * Places section gives it (the file's name: the two travel together).
 * Undefined when no place or route is pinned.
 */
export function pinnedPlacesGeoJson(index: CorpusIndex, entries: BriefingEntry[], out: string | undefined): {file: string; link: string; text: string} | undefined {
	if (out === undefined) {
		throw new BriefError('export --geojson writes a file beside the Markdown: give it with --out FILE.md');
	}

	const pinned = entries.flatMap(({record}) => (record?.kind === 'location' || record?.kind === 'route' ? [record] : []));
	if (pinned.length === 0) {
		return undefined;
	}

	const file = path.join(path.dirname(out), `${path.basename(out, path.extname(out))}.geojson`);
	if (path.resolve(file) === path.resolve(out)) {
		throw new BriefError(`export --geojson writes the places beside the Markdown as ${path.basename(file)}: give the Markdown another name than ${path.basename(out)}`);
	}

	return {file, link: path.basename(file), text: formatGeoJson(index, storyOf(index, pinned))};
}
