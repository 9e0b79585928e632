import {escapeJsonText} from '../sanitize.js';
import {contextFor} from '../context.js';
import {recordsMentioning, type BriefRecord, type CorpusIndex} from '../records.js';
import type {SearchHit} from '../search.js';
import {fieldLabel} from '../search/word-match.js';
import {namesOf, placeNamesOf} from './describe.js';

/**
 * The public JSON shape of a record. Field names are a stable interface for
 * scripts: add fields, never rename or remove them.
 */
export function recordJson(index: CorpusIndex, record: BriefRecord): Record<string, unknown> {
	const common = {id: record.id, kind: record.kind, text: record.text};
	const cited = record.provenance ? {source: record.provenance.source, paragraph: record.provenance.paragraph} : {};
	switch (record.kind) {
		case 'quote': {
			return {
				...common,
				speaker: record.speaker?.name ?? null,
				role: record.speaker?.role ?? null,
				mode: record.quote.mode,
				time: record.quote.time,
				actors: namesOf(index, record.actorIds),
				locations: placeNamesOf(index, record.quote.locations),
				...cited,
			};
		}

		case 'fact': {
			return {
				...common,
				attribution: record.attribution?.name ?? null,
				time: record.fact.time,
				figures: record.fact.figures,
				actors: namesOf(index, record.actorIds),
				locations: placeNamesOf(index, record.fact.locations),
				...cited,
			};
		}

		case 'route': {
			return {
				...common,
				name: record.route.name,
				steps: record.route.steps.map(step => ({action: step.action, location: index.locations.get(step.location)?.name ?? step.location})),
				attribution: record.attribution?.name ?? null,
				actors: namesOf(index, record.actorIds),
				...cited,
			};
		}

		case 'location': {
			const {location} = record;
			return {
				...common,
				type: location.kind,
				country: location.country,
				lat: location.lat,
				lon: location.lon,
				aliases: location.aliases,
				coordinatesSource: location.coordinatesSource,
			};
		}

		case 'actor': {
			return {...common, type: record.actor.type, role: record.actor.role, aliases: record.actor.aliases};
		}
	}
}

/**
 * JSON for stdout, indented, with a final newline. JSON.stringify escapes C0
 * controls; DEL and the C1 controls, which some terminals obey, are escaped too.
 */
export function toJson(value: unknown): string {
	return escapeJsonText(JSON.stringify(value, null, 2)) + '\n';
}

/** Scores to four decimals: enough to order by, stable to print. */
export function roundedScore(score: number): number {
	return Math.round(score * 10_000) / 10_000;
}

export function hitJson(index: CorpusIndex, hit: SearchHit): Record<string, unknown> {
	return {...recordJson(index, hit.record), score: roundedScore(hit.score), ...(hit.explain ? {why: whyJson(hit.explain)} : {})};
}

/**
 * Search hits, every record kept: a passage's other records (the fact and the
 * route cut from a quote) follow it, each with `group`, the id of the first;
 * the first also lists them in `sameAs`.
 */
export function hitsJson(index: CorpusIndex, hits: SearchHit[]): Array<Record<string, unknown>> {
	return hits.flatMap(hit => {
		const others = hit.sameAs ?? [];
		if (others.length === 0) {
			return [hitJson(index, hit)];
		}

		const group = hit.record.id;
		return [
			{...hitJson(index, hit), group, sameAs: others.map(other => other.record.id)},
			...others.map(other => ({...hitJson(index, {...other, score: hit.score}), group})),
		];
	});
}

/** Which query words matched which fields, how, and with how many typos; and the words that matched nowhere. */
export function whyJson(explain: NonNullable<SearchHit['explain']>): Record<string, unknown> {
	return {
		matched: explain.matched.map(match => ({word: match.word, field: fieldLabel(match.field), how: match.shape, form: match.form, ...(match.form === 'word' ? {} : {as: match.pattern}), typos: match.typos})),
		missed: explain.missed,
	};
}

/** `show`: the record with its paragraph, or, for actors and places, what mentions them. */
export function detailJson(index: CorpusIndex, record: BriefRecord, contextSpan = 1): Record<string, unknown> {
	const context = contextFor(index, record, contextSpan);
	if (context) {
		return {...recordJson(index, record), context: context.text, start: context.start, end: context.end, sourceTitle: context.source.title, before: context.preceding, after: context.following};
	}

	return {...recordJson(index, record), mentions: recordsMentioning(index, record.id).map(mention => mention.id)};
}
