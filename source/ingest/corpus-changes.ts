import type {Actor, Corpus, Location} from '../core/schema.js';

/** Add an article's records to a corpus; an actor or place it already has gains the new aliases (and a role it lacked). */
export function addArticle(corpus: Corpus, article: Corpus): Corpus {
	return {
		...corpus,
		sources: [...corpus.sources, ...article.sources],
		actors: unite(corpus.actors, article.actors),
		locations: unite(corpus.locations, article.locations),
		quotes: [...corpus.quotes, ...article.quotes],
		facts: [...corpus.facts, ...article.facts],
		routes: [...corpus.routes, ...article.routes],
	};
}

/**
 * Remove a source with its quotes, facts and routes, and the actors and
 * places they referred to that nothing else in the corpus refers to.
 */
export function removeSource(corpus: Corpus, sourceId: string): Corpus {
	const removed = (record: {provenance: {source: string}}) => record.provenance.source === sourceId;
	const kept = {
		quotes: corpus.quotes.filter(record => !removed(record)),
		facts: corpus.facts.filter(record => !removed(record)),
		routes: corpus.routes.filter(record => !removed(record)),
	};
	const gone = {quotes: corpus.quotes.filter(removed), facts: corpus.facts.filter(removed), routes: corpus.routes.filter(removed)};
	const stillUsed = references({...corpus, ...kept});
	const wasUsed = references({...corpus, ...gone});
	const orphaned = (id: string) => wasUsed.has(id) && !stillUsed.has(id);
	return {
		...corpus,
		...kept,
		sources: corpus.sources.filter(source => source.id !== sourceId),
		actors: corpus.actors.filter(actor => !orphaned(actor.id)),
		locations: corpus.locations.filter(location => !orphaned(location.id)),
	};
}

/** Every actor and location id the records refer to, with the countries those places lie in. */
function references(corpus: Pick<Corpus, 'quotes' | 'facts' | 'routes' | 'locations'>): Set<string> {
	const ids = new Set([
		...corpus.quotes.flatMap(quote => [...quote.actors, ...quote.locations, ...(quote.speaker ? [quote.speaker] : [])]),
		...corpus.facts.flatMap(fact => [...fact.actors, ...fact.locations, ...(fact.attribution ? [fact.attribution] : [])]),
		...corpus.routes.flatMap(route => [...route.actors, ...route.steps.map(step => step.location), ...(route.attribution ? [route.attribution] : [])]),
	]);
	for (const location of corpus.locations) {
		if (ids.has(location.id) && location.within) {
			ids.add(location.within);
		}
	}

	return ids;
}

function unite<T extends Actor | Location>(existing: T[], added: T[]): T[] {
	const byId = new Map(existing.map(entity => [entity.id, entity]));
	for (const entity of added) {
		const known = byId.get(entity.id);
		const aliases = known ? [...new Set([...known.aliases, ...entity.aliases, ...(entity.name === known.name ? [] : [entity.name])])] : entity.aliases;
		const role = known && 'role' in known && 'role' in entity ? {role: known.role ?? entity.role} : {};
		byId.set(entity.id, known ? {...known, ...role, aliases} : entity);
	}

	return [...byId.values()];
}
