import {contextFor} from '../context.js';
import {recordsMentioning, type BriefRecord, type CorpusIndex} from '../records.js';
import {sanitize, sanitizeLine} from '../sanitize.js';
import type {Range, SearchHit} from '../search.js';
import {actorLabel, citation, coordinates, locationSummary, recordMeta, routePath} from './describe.js';
import {highlight, type Style} from './style.js';

/** Human-readable output for a terminal or a pipe; `style` decides whether there is colour. */

const kindWidth = 9;

/** Two lines per record: kind, id and what it is; then its text, indented. */
export function formatRecordText(index: CorpusIndex, record: BriefRecord, style: Style, ranges: Range[] = []): string {
	const meta = recordMeta(index, record).map(item => sanitizeLine(item)).join(' · ');
	const header = `${style.kind(record.kind.padEnd(kindWidth))}${style.id(record.id)}  ${style.dim(meta)}`;
	const body = highlight(record.text.replace(/\s+/g, ' '), ranges, style.match);
	const shown = record.kind === 'quote' ? `“${body}”` : record.kind === 'actor' || record.kind === 'location' ? style.name(body) : body;
	return `${header}\n  ${shown}`;
}

export function formatRecordsText(index: CorpusIndex, records: BriefRecord[], style: Style): string {
	return records.map(record => formatRecordText(index, record, style)).join('\n\n') + '\n';
}

export function formatHitsText(index: CorpusIndex, hits: SearchHit[], style: Style): string {
	return hits.map(hit => formatRecordText(index, hit.record, style, hit.ranges)).join('\n\n') + '\n';
}

/** `show`: everything about one record, and its passage in place. */
export function formatDetailText(index: CorpusIndex, record: BriefRecord, style: Style): string {
	const lines = [`${style.kind(record.kind)} ${style.id(record.id)}`, ...detailLines(index, record, style)];
	const context = contextFor(index, record);
	if (context) {
		const paragraph = (number: number, text: string | null, decorate: (text: string) => string) => (text === null ? [] : [`${style.dim(`¶${number}`)}  ${decorate(text)}`]);
		lines.push(
			'',
			style.heading(`In context — ${sanitizeLine(context.source.title)}`),
			...paragraph(context.paragraph - 1, context.before && sanitize(context.before), style.dim),
			...paragraph(context.paragraph, context.text, text => highlight(text, [[context.start, context.end]], style.passage)),
			...paragraph(context.paragraph + 1, context.after && sanitize(context.after), style.dim),
		);
	}

	return lines.join('\n') + '\n';
}

function detailLines(index: CorpusIndex, record: BriefRecord, style: Style): string[] {
	const field = (label: string, value: string | null | undefined) => (value ? [`${style.dim(label.padEnd(12))}${sanitizeLine(value)}`] : []);
	const cite = citation(index, record);
	switch (record.kind) {
		case 'quote': {
			return [
				style.name(`“${sanitize(record.text)}”`),
				...field('speaker', record.speaker ? actorLabel(record.speaker) : 'unattributed'),
				...field('quote', record.quote.mode === 'direct' ? 'direct' : 'partial (fragment within reported speech)'),
				...field('when', record.quote.time),
				...field('source', cite),
			];
		}

		case 'fact': {
			const figures = record.fact.figures.map(figure => `${figure.text} — ${figure.measure}`);
			return [
				style.name(sanitize(record.text)),
				...field('asserted by', record.attribution ? actorLabel(record.attribution) : 'the article'),
				...field('when', record.fact.time),
				...figures.flatMap((figure, position) => field(position === 0 ? 'figures' : '', figure)),
				...field('source', cite),
			];
		}

		case 'route': {
			const steps = record.route.steps.map(step => `${step.action} ${index.locations.get(step.location)?.name ?? step.location}`);
			return [style.name(sanitize(record.route.name)), ...field('route', steps.join(' → ')), ...field('according to', record.attribution?.name), ...field('source', cite)];
		}

		case 'location': {
			const {location} = record;
			const routes = index.records.filter((other): other is Extract<BriefRecord, {kind: 'route'}> => other.kind === 'route' && other.route.steps.some(step => step.location === location.id));
			return [
				style.name(sanitize(location.name)),
				...field('kind', locationSummary(location)),
				...field('coordinates', `${coordinates(location)} (${location.coordinatesSource})`),
				...field('aliases', location.aliases.join(', ')),
				...routes.flatMap(route => field('route', `${route.route.name}: ${routePath(index, route)}`)),
				...mentionLines(index, record, style),
			];
		}

		case 'actor': {
			return [
				style.name(sanitize(record.actor.name)),
				...field('type', record.actor.type),
				...field('role', record.actor.role),
				...field('aliases', record.actor.aliases.join(', ')),
				...mentionLines(index, record, style),
			];
		}
	}
}

function mentionLines(index: CorpusIndex, record: BriefRecord, style: Style): string[] {
	const mentions = recordsMentioning(index, record.id).filter(mention => mention.provenance);
	if (mentions.length === 0) {
		return [];
	}

	return ['', style.heading(`Mentioned in ${mentions.length} ${mentions.length === 1 ? 'record' : 'records'}`), ...mentions.map(mention => `${style.kind(mention.kind.padEnd(kindWidth))}${style.id(mention.id)}  ${sanitizeLine(mention.text)}`)];
}
