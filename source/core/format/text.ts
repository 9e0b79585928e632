import type {NumberedParagraph} from '../context.js';
import {recordDetail} from '../detail.js';
import type {BriefRecord, CorpusIndex} from '../records.js';
import {sanitize, sanitizeLine} from '../sanitize.js';
import type {Range, SearchHit} from '../search.js';
import {fieldLabel} from '../search/word-match.js';
import {recordMeta, sourceLabel} from './describe.js';
import {highlight, type Style} from './style.js';

/** Human-readable output for a terminal or a pipe; `style` decides whether there is colour. */

const kindWidth = 9;
const labelWidth = 13;

/** Two lines per record: kind, id and what it is; then its text, indented. */
export function formatRecordText(index: CorpusIndex, record: BriefRecord, style: Style, ranges: Range[] = []): string {
	const meta = recordMeta(index, record).map(item => sanitizeLine(item)).join(' · ');
	const header = `${style.kind(record.kind.padEnd(kindWidth))}${style.id(record.id)}  ${style.dim(meta)}`;
	const body = highlight(record.text.replace(/\s+/g, ' '), ranges, 'match', style);
	const shown = record.kind === 'quote' ? `“${body}”` : record.kind === 'actor' || record.kind === 'location' ? style.name(body) : body;
	return `${header}\n  ${shown}`;
}

export function formatRecordsText(index: CorpusIndex, records: BriefRecord[], style: Style): string {
	return records.map(record => formatRecordText(index, record, style)).join('\n\n') + '\n';
}

export type HitsTextOptions = {
	/** Say under each hit which words matched where. */
	explain?: boolean;
	/** How many hits the limit cut. */
	more?: number;
};

/** Search hits: a passage once, naming the other kinds of record cut from it; "N more — use --limit" when the limit cut some. */
export function formatHitsText(index: CorpusIndex, hits: SearchHit[], style: Style, options: HitsTextOptions = {}): string {
	const blocks = hits.map(hit => {
		const lines = [formatRecordText(index, hit.record, style, hit.ranges)];
		if (hit.sameAs && hit.sameAs.length > 0) {
			lines.push(style.dim(`  also ${alsoList(hit.sameAs)}`));
		}

		if (options.explain && hit.explain) {
			lines.push(style.dim(`  ${explainLine(hit.explain)}`));
		}

		return lines.join('\n');
	});
	const more = options.more ?? 0;
	return blocks.join('\n\n') + '\n' + (more > 0 ? `\n${style.dim(`${more} more — use --limit`)}\n` : '');
}

/** "a fact, a route (f-…, r-…)". */
function alsoList(others: SearchHit[]): string {
	const kinds = others.map(other => `a ${other.record.kind}`).join(', ');
	return `${kinds} (${others.map(other => other.record.id).join(', ')})`;
}

/** "matched shaheds in the context · shot in the text, 1 typo; missed: riga". */
export function explainLine(explain: NonNullable<SearchHit['explain']>): string {
	const matched = explain.matched.map(match => {
		const how = match.form !== 'word' ? `as ${match.pattern} (${match.form})` : match.shape === 'longer' ? 'start of another word' : match.shape;
		const typos = match.typos > 0 ? `, ${match.typos} typo${match.typos === 1 ? '' : 's'}` : '';
		return `${sanitizeLine(match.word)} → ${fieldLabel(match.field)} (${how}${typos})`;
	});
	const missed = explain.missed.length > 0 ? `; missed ${explain.missed.map(word => sanitizeLine(word)).join(', ')}` : '';
	return `matched ${matched.join(' · ') || 'nothing'}${missed}`;
}

/** `show`: everything about one record, and its passage in place. */
export function formatDetailText(index: CorpusIndex, record: BriefRecord, style: Style, contextSpan = 1): string {
	const detail = recordDetail(index, record, {contextSpan});
	const lines = [`${style.kind(record.kind)} ${style.id(record.id)}`, style.name(sanitizeLine(detail.heading))];
	if (detail.body !== null) {
		lines.push(record.kind === 'quote' ? `“${sanitize(detail.body)}”` : sanitize(detail.body));
	}

	lines.push(...detail.fields.map(field => `${style.dim(field.label.padEnd(labelWidth))}${sanitizeLine(field.value)}`));

	const {context} = detail;
	if (context) {
		const paragraph = (number: number, text: string) => `${style.dim(`¶${number}`)}  ${text}`;
		const neighbour = ({number, text}: NumberedParagraph) => paragraph(number, style.dim(sanitize(text)));
		lines.push(
			'',
			style.heading(`In context — ${sanitizeLine(sourceLabel(context.source))}, ¶${context.paragraph}`),
			...context.preceding.map(neighbour),
			paragraph(context.paragraph, highlight(context.text, [[context.start, context.end]], 'passage', style)),
			...context.following.map(neighbour),
		);
	}

	// The records the detail links to, after the passage in place.
	for (const group of detail.related.filter(group => group.records.length > 0)) {
		lines.push('', style.heading(`${group.title} (${group.records.length})`), ...group.records.map(related => `${style.kind(related.kind.padEnd(kindWidth))}${style.id(related.id)}  ${sanitizeLine(related.text)}`));
	}

	return lines.join('\n') + '\n';
}
