import Fuse from 'fuse.js';
import {filterRecords, type Filters} from '../../core/filters.js';
import {mentionCountOf, passageCountsOf, type CorpusIndex} from '../../core/records.js';
import {kindsOf, matchRanges, searchSteps, type SearchHit} from '../../core/search.js';
import type {PickerState} from './picker-state.js';
import {tabs, tabShows, type TabId} from './tabs.js';

/** Every record matching the query and filters, best first (corpus order when the query is empty). */
export function matchingHits(index: CorpusIndex, query: string, filters: Filters): SearchHit[] {
	const steps = matchingSteps(index, query, filters);
	let step = steps.next();
	while (!step.done) {
		step = steps.next();
	}

	return step.value;
}

export function* matchingSteps(index: CorpusIndex, query: string, filters: Filters): Generator<void, SearchHit[]> {
	if (query.trim() === '') {
		return filterRecords(index.records, filters).map(record => ({record, score: 0, ranges: []}));
	}

	// Ranges are worked out later, only for the rows on screen (see withRanges). One row per passage: a quote, the fact and the route cut from it are one hit.
	return yield* searchSteps(index, query, {filters, ranges: false, group: true});
}

/** The hits with their matched ranges filled in from `start` to `end`: the rows on screen. */
export function withRanges(index: CorpusIndex, query: string, hits: SearchHit[], start: number, end: number): SearchHit[] {
	if (query.trim() === '' || start >= end) {
		return hits;
	}

	const shown = [...hits];
	shown.splice(start, end - start, ...matchRanges(index, query, hits.slice(start, end)));
	return shown;
}

export type TabCounts = Record<TabId, number>;

/** How many rows each tab has: a passage counts in every tab that shows one of its records. */
export function countByTab(hits: SearchHit[]): TabCounts {
	return Object.fromEntries(tabs.map(tab => [tab.id, hits.filter(hit => kindsOf(hit).some(kind => tabShows(tab.id, kind))).length])) as TabCounts;
}

/**
 * The rows of a tab. A passage shows in every tab one of its records
 * belongs to, led there by that record (on Facts, the fact cut from a
 * quote, with the quote and the route named beside it).
 */
export function hitsInTab(hits: SearchHit[], tab: TabId): SearchHit[] {
	return hits.flatMap(hit => {
		if (tabShows(tab, hit.record.kind)) {
			return [hit];
		}

		const lead = hit.sameAs?.find(other => tabShows(tab, other.record.kind));
		if (!lead) {
			return [];
		}

		const {sameAs = [], ...first} = hit;
		return [{...lead, score: hit.score, sameAs: [first, ...sameAs.filter(other => other !== lead)]}];
	});
}

export type PickerItem = {id: string; name: string; detail: string; count: number; chosen: boolean};

type Choice = {id: string; name: string; aliases: string[]; detail: string; count: number};

/**
 * The picker's list: every actor, place or source with how many records it
 * has, fuzzy-filtered by its query; those chosen when it opened come first (ticking
 * leaves rows in place, so the cursor stays put).
 */
export function pickerItems(index: CorpusIndex, picker: PickerState): PickerItem[] {
	const items = choicesOf(index, picker.entity).map(choice => ({...choice, chosen: picker.chosen.includes(choice.id)}));
	const query = picker.query.text;
	const found = query.trim() === '' ? items.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)) : new Fuse(items, {keys: ['name', 'aliases'], threshold: 0.4, ignoreLocation: true}).search(query).map(result => result.item);
	const wasChosen = (item: {id: string}) => picker.initial.includes(item.id);
	const chosenFirst = [...found.filter(item => wasChosen(item)).sort((a, b) => picker.initial.indexOf(a.id) - picker.initial.indexOf(b.id)), ...found.filter(item => !wasChosen(item))];
	return chosenFirst.map(({aliases, ...item}) => item);
}

function choicesOf(index: CorpusIndex, entity: PickerState['entity']): Choice[] {
	switch (entity) {
		case 'actor': {
			return [...index.actors.values()].map(({id, name, aliases, role, type}) => ({id, name, aliases, detail: role ?? type, count: mentionCountOf(index, id)}));
		}

		case 'location': {
			return [...index.locations.values()].map(({id, name, aliases, kind}) => ({id, name, aliases, detail: kind, count: mentionCountOf(index, id)}));
		}

		case 'source': {
			const passages = passageCountsOf(index);
			return [...index.sources.values()].map(source => {
				const {quote = 0, fact = 0, route = 0} = passages.get(source.id) ?? {};
				return {id: source.id, name: source.title, aliases: [source.id], detail: [source.id, source.outlet, source.date].filter(Boolean).join(' · '), count: quote + fact + route};
			});
		}
	}
}
