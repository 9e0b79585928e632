import {BriefError} from './errors.js';
import type {Actor, Corpus, Location} from './schema.js';

export type CorpusFile = {corpus: Corpus; file: string};

/**
 * Read several corpora as one: sources and their records side by side; an
 * actor or place described in more than one (the same id) is one entity with
 * every alias. A record id in two files is an error naming both.
 */
export function mergeCorpora(parts: CorpusFile[]): Corpus {
	const [first, ...rest] = parts;
	if (!first) {
		throw new BriefError('no corpus to read');
	}

	if (rest.length === 0) {
		return first.corpus;
	}

	const owners = new Map<string, string>();
	const claim = (id: string, file: string) => {
		const owner = owners.get(id);
		if (owner !== undefined && owner !== file) {
			throw new BriefError(`${file}: id "${id}" is also used in ${owner}`);
		}

		owners.set(id, file);
	};

	for (const {corpus, file} of parts) {
		for (const item of [...corpus.sources, ...corpus.quotes, ...corpus.facts, ...corpus.routes]) {
			claim(item.id, file);
		}
	}

	return {
		name: parts.map(part => part.corpus.name).join(' + '),
		sources: parts.flatMap(part => part.corpus.sources),
		actors: unite(parts.map(part => part.corpus.actors)),
		locations: unite(parts.map(part => part.corpus.locations)),
		quotes: parts.flatMap(part => part.corpus.quotes),
		facts: parts.flatMap(part => part.corpus.facts),
		routes: parts.flatMap(part => part.corpus.routes),
	};
}

/** Entities by id, the first description winning, aliases from all of them. */
function unite<T extends Actor | Location>(lists: T[][]): T[] {
	const byId = new Map<string, T>();
	for (const entity of lists.flat()) {
		const known = byId.get(entity.id);
		byId.set(entity.id, known ? {...known, aliases: [...new Set([...known.aliases, ...entity.aliases])]} : entity);
	}

	return [...byId.values()];
}
