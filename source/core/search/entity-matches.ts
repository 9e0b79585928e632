/**
 * The actors and places whose names match a query word, each with its best
 * match: fuse.js over their names, a slice of them a step.
 */
import Fuse from 'fuse.js';
import {bestIn} from './best-match.js';
import type {QueryWord} from './query-words.js';
import {fuseOptions} from './search-document.js';
import type {Searcher} from './searcher.js';
import {fieldSeparator} from './word-filter.js';
import type {WordMatch} from './word-match.js';

/** Actors' and places' names fuse.js searches in one step. */
const entitySlice = 100;

/** A word's best match in an actor's or place's names: the field is the one the record involves it in. */
export type EntityMatch = Omit<WordMatch, 'field'>;

/** Actors' and places' names, and fuse.js over them in slices (one a step). */
type EntityNames = {ids: string[]; names: string[][]; slices: Array<{start: number; fuse: Fuse<{names: string[]}>}>};

/** fuse.js over every actor's and place's names, made once a searcher, for words whose quick test lets many through. */
const everyEntity = new WeakMap<Searcher, EntityNames>();

/** From this many actors and places that may match, the index of them all is searched rather than one made for them. */
const manyEntities = 64;

function entityNames(ids: string[], searcher: Searcher): EntityNames {
	const names = ids.map(id => searcher.entityNames.get(id)!.split(fieldSeparator));
	const slices: EntityNames['slices'] = [];
	for (let start = 0; start < names.length; start += entitySlice) {
		const documents = names.slice(start, start + entitySlice).map(list => ({names: list}));
		slices.push({start, fuse: new Fuse(documents, {keys: ['names'], ignoreLocation: true, threshold: fuseOptions.threshold, useExtendedSearch: true})});
	}

	return {ids, names, slices};
}

/**
 * The actors and places whose names match the word (fuse.js decides), with
 * the best match of any form in any of their names. fuse.js scores each
 * document on its own, so searching them all and keeping those that may match
 * finds what searching only those would, and searching them a slice at a time
 * what searching them at once would.
 */
export function* entityMatches(searcher: Searcher, word: QueryWord, mayMatch: Set<string>): Generator<void, Map<string, EntityMatch>> {
	const entities = mayMatch.size < manyEntities ? entityNames([...mayMatch], searcher) : allEntityNames(searcher);
	const matched = new Map<string, EntityMatch>();
	const query = {$or: word.forms.map(form => ({names: form.pattern}))};
	for (const {start, fuse} of entities.slices) {
		for (const result of fuse.search(query)) {
			const id = entities.ids[start + result.refIndex]!;
			const best = mayMatch.has(id) ? bestIn(word, entities.names[start + result.refIndex]!, 'actors') : undefined;
			if (best) {
				const {field, ...match} = best;
				matched.set(id, match);
			}
		}

		yield;
	}

	return matched;
}

/** Every actor's and place's names, for a word that may match many of them: made once a searcher. */
function allEntityNames(searcher: Searcher): EntityNames {
	let entities = everyEntity.get(searcher);
	if (!entities) {
		entities = entityNames([...searcher.entityNames.keys()], searcher);
		everyEntity.set(searcher, entities);
	}

	return entities;
}
