import type {ArticleReading, MarkKind, ReaderParagraph} from '../reader.js';
import {voiceOf, type BriefRecord} from '../records.js';
import {sanitizeLine} from '../sanitize.js';
import {sourceLabel} from './describe.js';
import {escapeMarkdown} from './markdown.js';
import {mergeRanges, type Range} from '../search.js';
import {highlight, type Style} from './style.js';

/** `brief read`: the whole article, numbered, with its records marked. */

/** One letter a kind in the margin: Q quote, F fact, R route, P place. */
const marginLetters: Record<MarkKind, string> = {quote: 'Q', fact: 'F', route: 'R', place: 'P'};
const kindWidth = 6;

/** Who a passage is from: a quote's speaker, a fact's or route's source. */
function voiceLabel(record: BriefRecord): string | null {
	const voice = voiceOf(record);
	if (record.kind === 'quote') {
		return voice?.name ?? 'unattributed';
	}

	return voice ? `per ${voice.name}` : null;
}

export function marginOf(paragraph: ReaderParagraph): string {
	return paragraph.kinds.map(kind => marginLetters[kind]).join('');
}

function heading(reading: ArticleReading): string {
	const {source} = reading;
	return [sourceLabel(source), source.date].filter(Boolean).map(part => sanitizeLine(part!)).join(' · ');
}

/** Each paragraph on one line after its number and margin, then its records, one a line, indented. */
export function formatReadingText(reading: ArticleReading, style: Style): string {
	const numberWidth = `¶${reading.paragraphs.length}`.length;
	const lines = [style.heading(heading(reading)), `${style.dim(reading.source.id)}  ${reading.paragraphs.length} paragraphs · ${reading.marks.length} records`, ''];
	for (const paragraph of reading.paragraphs) {
		// Overlapping passages (a quote inside its fact) highlight as one run.
		const ranges = paragraph.marks.map((mark): Range => [mark.start, mark.end]);
		const margin = marginOf(paragraph).padEnd(4);
		lines.push(`${style.dim(`¶${paragraph.number}`.padEnd(numberWidth))} ${style.kind(margin)} ${highlight(paragraph.text.replace(/[\t\n\r]/g, ' '), mergeRanges(ranges), 'passage', style)}`);
		const indent = ' '.repeat(numberWidth + 6);
		for (const {record} of paragraph.marks) {
			const who = voiceLabel(record);
			lines.push(`${indent}${style.kind(record.kind.padEnd(kindWidth))} ${style.id(record.id)}${who ? `  ${style.dim(sanitizeLine(who))}` : ''}`);
		}

		for (const place of paragraph.places) {
			lines.push(`${indent}${style.kind('place'.padEnd(kindWidth))} ${style.id(place.id)}  ${sanitizeLine(place.text)}`);
		}
	}

	return lines.join('\n') + '\n';
}

export function formatReadingMarkdown(reading: ArticleReading): string {
	const blocks = reading.paragraphs.map(paragraph => {
		const records = [...paragraph.marks.map(mark => mark.record), ...paragraph.places].map(record => `\`${record.id}\``).join(', ');
		return `**¶${paragraph.number}** ${escapeMarkdown(paragraph.text)}${records ? `\n\n<sub>${records}</sub>` : ''}`;
	});
	return `# ${escapeMarkdown(heading(reading))}\n\n${blocks.join('\n\n')}\n`;
}

export function readingJson(reading: ArticleReading): Record<string, unknown> {
	const {source} = reading;
	return {
		source: {id: source.id, title: source.title, outlet: source.outlet, date: source.date},
		paragraphs: reading.paragraphs.map(paragraph => ({
			paragraph: paragraph.number,
			text: paragraph.text,
			kinds: paragraph.kinds,
			records: paragraph.marks.map(mark => ({id: mark.record.id, kind: mark.record.kind, start: mark.start, end: mark.end})),
			places: paragraph.places.map(place => place.id),
		})),
	};
}

export function formatReadingTsv(reading: ArticleReading): string {
	const cell = (text: string) => sanitizeLine(text);
	const rows = reading.paragraphs.map(paragraph => [String(paragraph.number), marginOf(paragraph), paragraph.marks.map(mark => mark.record.id).join(','), cell(paragraph.text)].join('\t'));
	return ['paragraph\tkinds\trecords\ttext', ...rows].join('\n') + '\n';
}
