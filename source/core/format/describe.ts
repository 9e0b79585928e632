import type {BriefRecord, CorpusIndex} from '../records.js';
import type {Actor, Location, Source} from '../schema.js';

/** Plain-language pieces every output format shares. */

export function actorLabel(actor: Actor): string {
	return actor.role ? `${actor.name}, ${actor.role}` : actor.name;
}

/** "Dutch port workers extend strike (Reuters)": an article's title, with its outlet when known. */
export function sourceLabel(source: Pick<Source, 'title' | 'outlet'>): string {
	return source.outlet ? `${source.title} (${source.outlet})` : source.title;
}

export function coordinates(location: Location): string {
	const latitude = `${Math.abs(location.lat).toFixed(2)}°${location.lat >= 0 ? 'N' : 'S'}`;
	const longitude = `${Math.abs(location.lon).toFixed(2)}°${location.lon >= 0 ? 'E' : 'W'}`;
	return `${latitude} ${longitude}`;
}

export function locationSummary(location: Location): string {
	return [location.kind, location.country].filter(Boolean).join(', ');
}

/** "Iran → Amirabad → Caspian Sea → …" */
export function routePath(index: CorpusIndex, record: Extract<BriefRecord, {kind: 'route'}>): string {
	return record.route.steps.map(step => index.locations.get(step.location)?.name ?? step.location).join(' → ');
}

/** "White House details … ¶3" — where a quote or fact comes from. */
export function citation(index: CorpusIndex, record: BriefRecord): string | null {
	if (!record.provenance) {
		return null;
	}

	const source = index.sources.get(record.provenance.source);
	return `${source ? sourceLabel(source) : record.provenance.source}, ¶${record.provenance.paragraph}`;
}

/** The short facts shown beside a record in lists. */
export function recordMeta(index: CorpusIndex, record: BriefRecord): string[] {
	// With several articles, say which one; with one, the paragraph is enough.
	const source = record.provenance && index.sources.size > 1 ? `${index.sources.get(record.provenance.source)?.title ?? record.provenance.source} ` : '';
	const paragraph = record.provenance ? [`${source}¶${record.provenance.paragraph}`] : [];
	switch (record.kind) {
		case 'quote': {
			return [record.speaker ? actorLabel(record.speaker) : 'unattributed', ...paragraph];
		}

		case 'fact': {
			const voice = record.attribution ? [`per ${record.attribution.name}`] : [];
			return [...voice, ...(record.fact.time ? [record.fact.time] : []), ...paragraph];
		}

		case 'route': {
			return [routePath(index, record), ...paragraph];
		}

		case 'location': {
			return [locationSummary(record.location), coordinates(record.location)];
		}

		case 'actor': {
			return [record.actor.type, ...(record.actor.role ? [record.actor.role] : [])];
		}
	}
}

export function namesOf(index: CorpusIndex, actorIds: string[]): string[] {
	return actorIds.map(id => index.actors.get(id)?.name ?? id);
}

export function placeNamesOf(index: CorpusIndex, locationIds: string[]): string[] {
	return locationIds.map(id => index.locations.get(id)?.name ?? id);
}

/** A record as a plain-text citation to paste: the quote, who said it and their role, the source and ¶. */
export function citationText(index: CorpusIndex, record: BriefRecord): string {
	const cite = citation(index, record);
	const cited = cite ? ` (${cite})` : '';
	switch (record.kind) {
		case 'quote': {
			return `“${record.text}”${record.speaker ? ` — ${actorLabel(record.speaker)}` : ''}${cited}`;
		}

		case 'fact': {
			return `${record.text}${record.attribution ? ` — per ${actorLabel(record.attribution)}` : ''}${cited}`;
		}

		case 'route': {
			return `${record.route.name}: ${routePath(index, record)}${cited}`;
		}

		default: {
			return [record.text, ...recordMeta(index, record)].join(' — ');
		}
	}
}
