import {contextFor, type RecordContext} from './context.js';
import {actorLabel, coordinates, routePath} from './format/describe.js';
import {samePassage} from './passages.js';
import {recordsMentioning, type BriefRecord, type CorpusIndex} from './records.js';

export type DetailField = {label: string; value: string};

/** Everything a detail view shows about one record; the CLI's `show` and the app's detail pane both draw it. */
export type RecordDetail = {
	heading: string;
	/** The passage itself, for quotes and facts. */
	body: string | null;
	fields: DetailField[];
	context: RecordContext | null;
	/** The records the detail names, in groups: each one a link the app can follow. */
	related: RelatedGroup[];
};

export type RelatedGroup = {title: string; records: BriefRecord[]};

export type DetailOptions = {
	/** Paragraphs of context either side of the passage (default 1). */
	contextSpan?: number;
};

type RouteRecord = Extract<BriefRecord, {kind: 'route'}>;

export function recordDetail(index: CorpusIndex, record: BriefRecord, options: DetailOptions = {}): RecordDetail {
	const context = contextFor(index, record, options.contextSpan);
	const passageLinks = (): RelatedGroup[] => [{title: 'Same passage', records: samePassage(index, record)}];
	const entities = (ids: Iterable<string>): BriefRecord[] => [...new Set(ids)].map(id => index.byId.get(id)).filter((found): found is BriefRecord => found !== undefined);
	const field = (label: string, value: string | null | undefined): DetailField[] => (value ? [{label, value}] : []);

	switch (record.kind) {
		case 'quote': {
			const {speaker, quote} = record;
			return {
				heading: speaker?.name ?? 'Unattributed',
				body: record.text,
				fields: [...field('role', speaker?.role), ...field('quote', quote.mode === 'direct' ? 'direct' : 'partial (words within reported speech)'), ...field('when', quote.time)],
				context,
				related: [{title: 'Speaker', records: entities(speaker ? [speaker.id] : [])}, {title: 'Actors', records: entities(quote.actors.filter(id => id !== speaker?.id))}, {title: 'Places', records: entities(quote.locations)}, ...passageLinks()],
			};
		}

		case 'fact': {
			const {attribution, fact} = record;
			return {
				heading: 'Fact',
				body: record.text,
				fields: [
					...field('asserted by', attribution ? actorLabel(attribution) : 'the article'),
					...field('when', fact.time),
					...fact.figures.map(figure => ({label: 'figure', value: `${figure.text} — ${figure.measure}`})),
				],
				context,
				related: [{title: 'Actors', records: entities([...(attribution ? [attribution.id] : []), ...fact.actors])}, {title: 'Places', records: entities(fact.locations)}, ...passageLinks()],
			};
		}

		case 'route': {
			const steps = record.route.steps.map(step => `${step.action} ${index.locations.get(step.location)?.name ?? step.location}`);
			return {
				heading: record.route.name,
				body: null,
				fields: [{label: 'route', value: steps.join(' → ')}, ...field('according to', record.attribution?.name)],
				context,
				related: [{title: 'Steps', records: entities(record.route.steps.map(step => step.location))}, {title: 'Actors', records: entities(record.route.actors)}, ...passageLinks()],
			};
		}

		case 'location': {
			const {location} = record;
			const routes = index.records.filter((other): other is RouteRecord => other.kind === 'route' && other.route.steps.some(step => step.location === location.id));
			return {
				heading: location.name,
				body: null,
				fields: [
					{label: 'kind', value: location.kind},
					...field('country', location.country),
					{label: 'coordinates', value: coordinates(location)},
					{label: 'from', value: location.coordinatesSource},
					...field('aliases', location.aliases.join(', ')),
					...routes.map(route => ({label: 'route', value: routeRole(index, route, location.id)})),
				],
				context: null,
				related: [{title: 'Routes', records: routes}, {title: 'Mentioned in', records: recordsMentioning(index, location.id).filter(mention => mention.kind !== 'route')}],
			};
		}

		case 'actor': {
			const {actor} = record;
			const mentions = recordsMentioning(index, actor.id);
			const quotes = mentions.filter(mention => mention.kind === 'quote' && mention.speaker?.id === actor.id);
			return {
				heading: actor.name,
				body: null,
				fields: [{label: 'type', value: actor.type}, ...field('role', actor.role), ...field('aliases', actor.aliases.join(', '))],
				context: null,
				related: [
					{title: 'Quotes', records: quotes},
					{title: 'Appears in', records: mentions.filter(mention => !quotes.includes(mention))},
				],
			};
		}
	}
}

/** "step 3 of 5 (across) — Iran → Amirabad → Caspian Sea → …" */
function routeRole(index: CorpusIndex, route: RouteRecord, locationId: string): string {
	const steps = route.route.steps;
	const position = steps.findIndex(step => step.location === locationId);
	return `${route.route.name}: step ${position + 1} of ${steps.length} (${steps[position]!.action}) — ${routePath(index, route)}`;
}
