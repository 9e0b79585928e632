import Fuse from 'fuse.js';
import {BriefError} from './errors.js';
import {recordKinds, type CorpusIndex, type RecordKind} from './records.js';
import {fold} from './text.js';

/** Something a user may name: its id and every name that should find it. */
type Nameable = {id: string; names: string[]};

type ResolveOptions = {
	/** What is being named, for messages: "actor", "kind"… */
	what: string;
	/** Accept prefixes and typos, not only exact names. */
	forgiving: boolean;
	/** Where to look up the valid names, for messages. */
	listHint?: string;
};

/**
 * Find the one item a user means by `query`: an exact id or name first, then
 * (when forgiving) the shortest name that starts with it, then the closest
 * fuzzy match. Fails with "did you mean …" when nothing fits.
 */
export function resolveName(items: Nameable[], query: string, options: ResolveOptions): string {
	const wanted = fold(query);
	const entries = items.flatMap(item => [item.id, ...item.names].map(name => ({id: item.id, name, folded: fold(name)})));

	const exact = entries.find(entry => entry.folded === wanted);
	if (exact) {
		return exact.id;
	}

	if (options.forgiving && wanted !== '') {
		const startsWith = (entry: (typeof entries)[number]) => entry.folded.startsWith(wanted) || entry.folded.split(/[\s-]+/).some(word => word.startsWith(wanted));
		const prefixed = entries.filter(startsWith).sort((a, b) => a.name.length - b.name.length);
		if (prefixed[0]) {
			return prefixed[0].id;
		}
	}

	const fuse = new Fuse(entries, {keys: ['folded'], includeScore: true, threshold: options.forgiving ? 0.4 : 0.6, ignoreLocation: true});
	const close = fuse.search(wanted);
	if (options.forgiving && close[0]) {
		return close[0].item.id;
	}

	throw new BriefError(unknownMessage(query, options, close.map(result => result.item.name)));
}

function unknownMessage(query: string, options: ResolveOptions, suggestions: string[]): string {
	const unique = [...new Set(suggestions)].slice(0, 3);
	const didYouMean = unique.length > 0 ? ` — did you mean ${unique.map(name => `"${name}"`).join(' or ')}?` : '';
	const hint = options.listHint ? ` (${options.listHint})` : '';
	return `unknown ${options.what} "${query}"${didYouMean}${hint}`;
}

const kindNames: Record<RecordKind, string[]> = {
	quote: ['quotes'],
	fact: ['facts', 'claim', 'claims'],
	location: ['locations', 'place', 'places'],
	actor: ['actors', 'people', 'person'],
	route: ['routes'],
};

export function resolveKind(query: string): RecordKind {
	const items = recordKinds.map(kind => ({id: kind, names: kindNames[kind]}));
	return resolveName(items, query, {what: 'kind', forgiving: false, listHint: `kinds: ${recordKinds.join(', ')}`}) as RecordKind;
}

export function resolveActor(index: CorpusIndex, query: string): string {
	const items = index.corpus.actors.map(actor => ({id: actor.id, names: [actor.name, ...actor.aliases]}));
	return resolveName(items, query, {what: 'actor', forgiving: true, listHint: 'see "brief actors"'});
}

export function resolveLocation(index: CorpusIndex, query: string): string {
	const items = index.corpus.locations.map(location => ({id: location.id, names: [location.name, ...location.aliases]}));
	return resolveName(items, query, {what: 'location', forgiving: true, listHint: 'see "brief locations"'});
}

/** Record ids are exact: a near miss is an error that suggests the closest ids. */
export function resolveRecordId(index: CorpusIndex, query: string): string {
	if (index.byId.has(query)) {
		return query;
	}

	const items = index.records.map(record => ({id: record.id, names: []}));
	return resolveName(items, query, {what: 'id', forgiving: false, listHint: 'ids are listed by "brief search" and the list commands'});
}
