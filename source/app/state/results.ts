import Fuse from 'fuse.js';
import {filterRecords, type Filters} from '../../core/filters.js';
import {recordsMentioning, type BriefRecord, type CorpusIndex} from '../../core/records.js';
import {searchRecords, type SearchHit} from '../../core/search.js';
import type {AppState} from './app-state.js';
import type {PickerState} from './picker-state.js';
import {tabs, tabShows, type TabId} from './tabs.js';

/** Every record matching the query and filters, best first (corpus order when the query is empty). */
export function matchingHits(index: CorpusIndex, query: string, filters: Filters): SearchHit[] {
	if (query.trim() === '') {
		return filterRecords(index.records, filters).map(record => ({record, score: 0, ranges: []}));
	}

	return searchRecords(index, query, {filters});
}

/** The hits for a state's query and filters, and those in its tab; the last answer is kept, as keys often ask twice. */
export function resultsFor(index: CorpusIndex, state: Pick<AppState, 'query' | 'actorIds' | 'locationIds' | 'tab'>): {hits: SearchHit[]; visible: SearchHit[]} {
	const {query, actorIds, locationIds, tab} = state;
	const last = lastResults.get(index);
	if (last && last.query === query && last.actorIds === actorIds && last.locationIds === locationIds && last.tab === tab) {
		return last.results;
	}

	const hits = matchingHits(index, query, {actorIds, locationIds});
	const results = {hits, visible: hitsInTab(hits, tab)};
	lastResults.set(index, {query, actorIds, locationIds, tab, results});
	return results;
}

const lastResults = new WeakMap<CorpusIndex, Pick<AppState, 'query' | 'actorIds' | 'locationIds' | 'tab'> & {results: ReturnType<typeof resultsFor>}>();

/** The record under the selection in a state. */
export function selectedRecord(index: CorpusIndex, state: AppState): BriefRecord | null {
	return resultsFor(index, state).visible[state.selected]?.record ?? null;
}

export type TabCounts = Record<TabId, number>;

export function countByTab(hits: SearchHit[]): TabCounts {
	return Object.fromEntries(tabs.map(tab => [tab.id, hits.filter(hit => tabShows(tab.id, hit.record.kind)).length])) as TabCounts;
}

export function hitsInTab(hits: SearchHit[], tab: TabId): SearchHit[] {
	return hits.filter(hit => tabShows(tab, hit.record.kind));
}

export type PickerItem = {id: string; name: string; detail: string; count: number; chosen: boolean};

/** The picker's list: every actor (or place) with how many records involve it, fuzzy-filtered by its query. */
export function pickerItems(index: CorpusIndex, picker: PickerState): PickerItem[] {
	const entities = picker.entity === 'actor' ? index.corpus.actors.map(actor => ({...actor, detail: actor.role ?? actor.type})) : index.corpus.locations.map(location => ({...location, detail: location.kind}));
	const items = entities.map(entity => ({
		id: entity.id,
		name: entity.name,
		aliases: entity.aliases,
		detail: entity.detail,
		count: recordsMentioning(index, entity.id).length,
		chosen: picker.chosen.includes(entity.id),
	}));

	const found = picker.query.trim() === '' ? items.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)) : new Fuse(items, {keys: ['name', 'aliases'], threshold: 0.4, ignoreLocation: true}).search(picker.query).map(result => result.item);
	return found.map(({aliases: _aliases, ...item}) => item);
}
