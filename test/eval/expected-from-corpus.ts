import type {Corpus} from '../../source/core/schema.js';
import type {Expected, ExpectedFigure} from './expected.js';

/**
 * The hand-curated corpus read as expectations for its article: quotes with
 * their speakers' names, every location, and every figure of every fact
 * (a figure two facts share counted once).
 */
export function expectedFromCorpus(corpus: Corpus, sourceId: string): Expected {
	const source = corpus.sources.find(candidate => candidate.id === sourceId);
	if (source === undefined) {
		throw new Error(`the corpus has no source "${sourceId}"`);
	}

	const actorNames = new Map(corpus.actors.map(actor => [actor.id, actor.name]));
	const quotes = corpus.quotes
		.filter(quote => quote.provenance.source === sourceId)
		.map(quote => ({
			paragraph: quote.provenance.paragraph,
			text: quote.text,
			speaker: quote.speaker === null ? null : actorNames.get(quote.speaker) ?? null,
			mode: quote.mode,
		}));

	const figures = new Map<string, ExpectedFigure>();
	for (const fact of corpus.facts.filter(candidate => candidate.provenance.source === sourceId)) {
		for (const figure of fact.figures) {
			const key = `${fact.provenance.paragraph}\u0000${figure.text}`;
			figures.set(key, {paragraph: fact.provenance.paragraph, text: figure.text, value: figure.value, qualifier: figure.qualifier});
		}
	}

	return {
		title: source.title,
		quotes,
		places: corpus.locations.map(location => ({name: location.name, lat: location.lat, lon: location.lon, aliases: location.aliases})),
		figures: [...figures.values()],
		actors: corpus.actors.map(actor => ({name: actor.name, type: actor.type, role: actor.role})),
	};
}
