import {BriefError} from './errors.js';
import {excerpt} from './sanitize.js';
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
 * name within a typo or two. Fails with "did you mean …" when nothing fits.
 */
export function resolveName(items: Nameable[], query: string, options: ResolveOptions): string {
	const wanted = fold(query);
	// Suggestions show a name, not the id, where the item has one.
	const entries = items.flatMap(item =>
		[item.id, ...item.names].map((name, position) => ({id: item.id, name: name === item.id ? item.names[0] ?? name : name, folded: fold(name), isId: position === 0})),
	);

	const exact = entries.find(entry => entry.folded === wanted);
	if (exact) {
		return exact.id;
	}

	if (options.forgiving && wanted !== '') {
		const startsWith = (entry: (typeof entries)[number]) => entry.folded.startsWith(wanted) || entry.folded.split(/[\s-]+/).some(word => word.startsWith(wanted));
		const prefixed = entries.filter(startsWith).sort((a, b) => a.name.length - b.name.length);
		const candidates = [...new Map(prefixed.map(entry => [entry.id, entry])).values()];
		// A whole word several names share ("iranian") names none of them, nor does the start of several ids ("s-"): ask rather than guess.
		const sharedWord = candidates.length > 1 && candidates.every(entry => entry.folded.split(/[\s-]+/).includes(wanted));
		const sharedIdPrefix = candidates.length > 1 && prefixed.every(entry => entry.isId);
		if (sharedWord || sharedIdPrefix) {
			const nameOf = (id: string) => `"${items.find(item => item.id === id)?.names[0] ?? id}"`;
			const shown = candidates.map(entry => (sharedIdPrefix ? `${entry.id} ${nameOf(entry.id)}` : nameOf(entry.id)));
			throw new BriefError(`ambiguous ${options.what} "${excerpt(query)}": ${shown.join(', ')}${options.listHint ? ` (${options.listHint})` : ''}`);
		}

		if (prefixed[0]) {
			return prefixed[0].id;
		}
	}

	// Whole names, not substrings: "nato" must not find "National Security Council", nor "kyiv" Zelenskyi.
	const close = entries
		.map(entry => ({...entry, distance: relativeDistance(wanted, entry.folded)}))
		.filter(entry => entry.distance <= worthSuggesting)
		.sort((a, b) => a.distance - b.distance)
		.filter((entry, position, sorted) => sorted.findIndex(other => other.id === entry.id) === position);
	if (options.forgiving && close[0] && close[0].distance <= closeEnough) {
		return close[0].id;
	}

	// What the query begins ("q-kirby" for "q-kirby-supply-route") is offered before what is a typo away.
	const begun = wanted === '' ? [] : entries.filter(entry => entry.folded.startsWith(wanted));
	const suggestions = [...new Map([...begun, ...close].map(entry => [entry.id, entry.name])).values()];
	throw new BriefError(unknownMessage(query, options, suggestions));
}

/** A typo resolves: at most one edit in three characters ("peskof", "makhachkla", "caspain"). */
const closeEnough = 0.34;
/** Further off, but worth offering as "did you mean". */
const worthSuggesting = 0.5;

/** Edits (insert, delete, substitute, swap two neighbours) per character of the longer string: 0 same, 1 nothing alike. */
function relativeDistance(a: string, b: string): number {
	const longer = Math.max(a.length, b.length);
	if (longer === 0) {
		return 0;
	}

	// It takes at least as many edits as the lengths differ: a name far longer or shorter than the query is no
	// suggestion, known without comparing them letter by letter (quadratic: a pasted 20,000-character id took seconds).
	const atLeast = Math.abs(a.length - b.length) / longer;
	return atLeast > worthSuggesting ? atLeast : editDistance(a, b) / longer;
}

/** Optimal string alignment distance: Levenshtein with transpositions. */
export function editDistance(a: string, b: string): number {
	const rows = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const substitution = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + substitution);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, rows[i - 2]![j - 2]! + 1);
			}

			rows[i]![j] = best;
		}
	}

	return rows[a.length]![b.length]!;
}

function unknownMessage(query: string, options: ResolveOptions, suggestions: string[]): string {
	const unique = [...new Set(suggestions)].slice(0, 3);
	const didYouMean = unique.length > 0 ? ` — did you mean ${unique.map(name => `"${name}"`).join(' or ')}?` : '';
	const hint = options.listHint ? ` (${options.listHint})` : '';
	return `unknown ${options.what} "${excerpt(query)}"${didYouMean}${hint}`;
}

const kindNames: Record<RecordKind, string[]> = {
	quote: ['quotes'],
	fact: ['facts', 'claim', 'claims'],
	location: ['locations', 'place', 'places'],
	actor: ['actors', 'people', 'person'],
	route: ['routes'],
};

export function resolveKind(query: string): RecordKind {
	const items = recordKinds.map(kind => ({id: kind, names: [kind, ...kindNames[kind]]}));
	return resolveName(items, query, {what: 'kind', forgiving: false, listHint: `kinds: ${recordKinds.join(', ')}`}) as RecordKind;
}

export function resolveActor(index: CorpusIndex, query: string): string {
	const items = [...index.actors.values()].map(actor => ({id: actor.id, names: [actor.name, ...actor.aliases]}));
	return resolveName(items, query, {what: 'actor', forgiving: true, listHint: 'see "brief actors"'});
}

export function resolveLocation(index: CorpusIndex, query: string): string {
	const items = [...index.locations.values()].map(location => ({id: location.id, names: [location.name, ...location.aliases]}));
	return resolveName(items, query, {what: 'location', forgiving: true, listHint: 'see "brief locations"'});
}

export function resolveSource(index: CorpusIndex, query: string): string {
	const items = [...index.sources.values()].map(source => ({id: source.id, names: [source.title]}));
	return resolveName(items, query, {what: 'source', forgiving: true, listHint: 'see "brief sources"'});
}

/** Record ids are exact: a near miss is an error that suggests the closest ids. */
export function resolveRecordId(index: CorpusIndex, query: string): string {
	if (index.byId.has(query)) {
		return query;
	}

	const items = index.records.map(record => ({id: record.id, names: []}));
	return resolveName(items, query, {what: 'id', forgiving: false, listHint: 'ids are listed by "brief search" and the list commands'});
}
