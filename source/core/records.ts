import type {Actor, Corpus, Fact, Location, Provenance, Quote, Route, Source} from './schema.js';
import type {PreparedSearch} from './search/prepared.js';

export const recordKinds = ['quote', 'fact', 'location', 'actor', 'route'] as const;
export type RecordKind = (typeof recordKinds)[number];

type Common = {
	id: string;
	/** What a list shows: the passage for quotes, facts and routes; the name for actors and locations. */
	text: string;
	/** Where the passage comes from; null for actors and locations. */
	provenance: Provenance | null;
	/** Every actor the record involves, speaker and attribution included. */
	actorIds: string[];
	/** Every place the record involves, and the countries they lie within. */
	locationIds: string[];
};

/** One searchable, displayable item of any kind: the unit the CLI prints and the app lists. */
export type BriefRecord =
	| (Common & {kind: 'quote'; quote: Quote; speaker: Actor | null})
	| (Common & {kind: 'fact'; fact: Fact; attribution: Actor | null})
	| (Common & {kind: 'route'; route: Route; attribution: Actor | null})
	| (Common & {kind: 'location'; location: Location})
	| (Common & {kind: 'actor'; actor: Actor});

/** A corpus with its records and lookups built once. */
export type CorpusIndex = {
	name: string;
	records: BriefRecord[];
	byId: Map<string, BriefRecord>;
	actors: Map<string, Actor>;
	locations: Map<string, Location>;
	sources: Map<string, Source>;
	/** The positions of the records involving each actor and place, by id (made for the search index, see searcher.ts). */
	recordsInvolving: () => ReadonlyMap<string, Iterable<number>>;
	/** What search would otherwise work out before its first word, when the index was read with it ready (from a snapshot). */
	preparedSearch?: () => PreparedSearch | undefined;
};

/** The index of a corpus in memory, which keeps the corpus beside it. */
export function indexCorpus(corpus: Corpus): CorpusIndex & {corpus: Corpus} {
	const actors = new Map(corpus.actors.map(actor => [actor.id, actor]));
	const locations = new Map(corpus.locations.map(location => [location.id, location]));
	const sources = new Map(corpus.sources.map(source => [source.id, source]));
	const actor = (id: string | null) => (id === null ? null : actors.get(id) ?? null);
	const withCountries = countriesAdder(locations);
	const involving = (...groups: Array<Array<string | null>>) => [...new Set(groups.flat().filter(id => id !== null))];

	const records: BriefRecord[] = [
		...corpus.quotes.map(quote => ({
			kind: 'quote' as const,
			id: quote.id,
			text: quote.text,
			provenance: quote.provenance,
			actorIds: involving([quote.speaker], quote.actors),
			locationIds: withCountries(quote.locations),
			quote,
			speaker: actor(quote.speaker),
		})),
		...corpus.facts.map(fact => ({
			kind: 'fact' as const,
			id: fact.id,
			text: fact.text,
			provenance: fact.provenance,
			actorIds: involving([fact.attribution], fact.actors),
			locationIds: withCountries(fact.locations),
			fact,
			attribution: actor(fact.attribution),
		})),
		...corpus.routes.map(route => ({
			kind: 'route' as const,
			id: route.id,
			text: route.text,
			provenance: route.provenance,
			actorIds: involving([route.attribution], route.actors),
			locationIds: withCountries(route.steps.map(step => step.location)),
			route,
			attribution: actor(route.attribution),
		})),
		...entityRecords(corpus.actors, locations),
	];

	return {
		name: corpus.name,
		corpus,
		records,
		byId: new Map(records.map(record => [record.id, record])),
		actors,
		locations,
		sources,
		recordsInvolving: () => listRecordsInvolving(records),
	};
}

/** The positions of the records involving each actor and place. */
function listRecordsInvolving(records: BriefRecord[]): Map<string, number[]> {
	const involving = new Map<string, number[]>();
	for (let position = 0; position < records.length; position++) {
		for (const id of [...records[position]!.actorIds, ...records[position]!.locationIds]) {
			const positions = involving.get(id);
			if (positions) {
				positions.push(position);
			} else {
				involving.set(id, [position]);
			}
		}
	}

	return involving;
}

/** A record for every place and actor, after the passages: the same from a corpus and from a snapshot. */
export function entityRecords(actors: Iterable<Actor>, locations: Map<string, Location>): BriefRecord[] {
	const withCountries = countriesAdder(locations);
	return [
		...[...locations.values()].map(location => ({
			kind: 'location' as const,
			id: location.id,
			text: location.name,
			provenance: null,
			actorIds: [],
			locationIds: withCountries([location.id]),
			location,
		})),
		...[...actors].map(actor => ({
			kind: 'actor' as const,
			id: actor.id,
			text: actor.name,
			provenance: null,
			actorIds: [actor.id],
			locationIds: [],
			actor,
		})),
	];
}

/** Places with the countries they lie within, so filtering by a country finds what happened in its cities. */
function countriesAdder(locations: Map<string, Location>) {
	return (ids: string[]) => {
		const all = new Set(ids);
		for (const id of ids) {
			const within = locations.get(id)?.within;
			if (within) {
				all.add(within);
			}
		}

		return [...all];
	};
}

/** The person or body a record is voiced by: a quote's speaker, a claim's attribution. */
export function voiceOf(record: BriefRecord): Actor | null {
	switch (record.kind) {
		case 'quote': {
			return record.speaker;
		}

		case 'fact':
		case 'route': {
			return record.attribution;
		}

		default: {
			return null;
		}
	}
}

/** Records that involve an actor or place, in corpus order: for detail views and counts. */
export function recordsMentioning(index: CorpusIndex, entityId: string): BriefRecord[] {
	return index.records.filter(record => record.id !== entityId && (record.actorIds.includes(entityId) || record.locationIds.includes(entityId)));
}

const mentionCounts = new WeakMap<CorpusIndex, Map<string, number>>();

/** How many records involve each actor and place (as recordsMentioning counts them): one pass over the corpus, once. */
export function mentionCountOf(index: CorpusIndex, entityId: string): number {
	let counts = mentionCounts.get(index);
	if (!counts) {
		counts = new Map();
		for (const record of index.records) {
			for (const id of new Set([...record.actorIds, ...record.locationIds])) {
				if (id !== record.id) {
					counts.set(id, (counts.get(id) ?? 0) + 1);
				}
			}
		}

		mentionCounts.set(index, counts);
	}

	return counts.get(entityId) ?? 0;
}

export type PassageCounts = Record<'quote' | 'fact' | 'route', number>;

const passageCounts = new WeakMap<CorpusIndex, Map<string, PassageCounts>>();

/** How many quotes, facts and routes each source has, by source id: one pass over the corpus, once. */
export function passageCountsOf(index: CorpusIndex): Map<string, PassageCounts> {
	let counts = passageCounts.get(index);
	if (!counts) {
		counts = new Map();
		for (const record of index.records) {
			if (record.provenance && (record.kind === 'quote' || record.kind === 'fact' || record.kind === 'route')) {
				const count = counts.get(record.provenance.source) ?? {quote: 0, fact: 0, route: 0};
				count[record.kind]++;
				counts.set(record.provenance.source, count);
			}
		}

		passageCounts.set(index, counts);
	}

	return counts;
}
