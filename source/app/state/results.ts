import Fuse from 'fuse.js';
import {filterRecords, type Filters} from '../../core/filters.js';
import {mentionCountOf, passageCountsOf, type BriefRecord, type CorpusIndex} from '../../core/records.js';
import {matchRanges, preparedSearcher, searchSteps, type SearchHit} from '../../core/search.js';
import type {AppState} from './app-state.js';
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

function* matchingSteps(index: CorpusIndex, query: string, filters: Filters): Generator<void, SearchHit[]> {
	if (query.trim() === '') {
		return filterRecords(index.records, filters).map(record => ({record, score: 0, ranges: []}));
	}

	// Ranges are worked out later, only for the rows on screen (see withRanges).
	return yield* searchSteps(index, query, {filters, ranges: false});
}

/** The key of no query: the running work only makes the search index. */
const preparation = '';

function* prepareOnly(index: CorpusIndex): Generator<void, SearchHit[]> {
	yield* preparedSearcher(index);
	return [];
}

export type Results = {
	hits: SearchHit[];
	visible: SearchHit[];
	/** The query these hits answer: the one typed, or while `searching` an earlier one. */
	query: string;
	/** A newer search is still running; these hits are for an earlier query. */
	searching: boolean;
};

type Wanted = Pick<AppState, 'query' | 'actorIds' | 'locationIds' | 'sourceIds'>;

/**
 * Over a large corpus a search starts after the key's frame is drawn, then
 * runs this long at a time between frames and keys: a key waits for one turn
 * at most. (A step of the search can overrun the budget by a few
 * milliseconds, so none runs before a key's frame.)
 */
const stepBudgetMs = 4;
/** Below this many records a search takes a millisecond or two: it runs at once, in the key's frame. */
const searchAtOnceUpTo = 500;
const rememberedSearches = 8;

/**
 * The app's searches, run a few milliseconds at a time so that typing is
 * never kept waiting: a search that does not finish within the budget goes on
 * in later turns of the event loop, a newer query replaces it (its results
 * would be stale), and until it finishes the screen keeps the last results.
 * Recent answers are remembered, as Backspace asks for them again.
 */
export class LiveSearch {
	private readonly answers = new Map<string, SearchHit[]>();
	private shown: {key: string; query: string; hits: SearchHit[]} | undefined;
	private running: {key: string; query: string; steps: Generator<void, SearchHit[]>} | undefined;
	private readonly listeners = new Set<() => void>();
	private scheduled = false;
	private frameFirst = false;

	constructor(private readonly index: CorpusIndex) {}

	/** Make the search index between frames, before the first key asks for it. */
	prepare() {
		if (!this.running) {
			this.running = {key: preparation, query: '', steps: prepareOnly(this.index)};
			this.schedule();
		}
	}

	/**
	 * A key has arrived: its frame is drawn before the next step. React draws
	 * it in a task queued behind a step already waiting, so that step waits a
	 * turn instead of holding the key's frame back by its whole budget.
	 */
	letFrameGoFirst() {
		this.frameFirst = this.running !== undefined;
	}

	/** Called when a search that went on in the background has finished. */
	onSettled(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	hitsFor(wanted: Wanted): {hits: SearchHit[]; searching: boolean} {
		const key = JSON.stringify([wanted.query, wanted.actorIds, wanted.locationIds, wanted.sourceIds]);
		const known = this.answers.get(key);
		if (known) {
			this.running = undefined;
			this.shown = {key, query: wanted.query, hits: known};
			return {hits: known, searching: false};
		}

		if (this.running?.key !== key) {
			this.running = {key, query: wanted.query, steps: matchingSteps(this.index, wanted.query, {actorIds: wanted.actorIds, locationIds: wanted.locationIds, sourceIds: wanted.sourceIds})};
			if (this.index.records.length <= searchAtOnceUpTo && this.advance(Infinity)) {
				return {hits: this.shown!.hits, searching: false};
			}

			this.schedule();
		}

		return {hits: this.shown?.hits ?? [], searching: true};
	}

	/** The query of the hits `hitsFor` last gave. */
	get shownQuery(): string {
		return this.shown?.query ?? '';
	}

	/** Run the current search for a while; true when it finished. */
	private advance(budgetMs: number): boolean {
		const running = this.running;
		if (!running) {
			return false;
		}

		const until = performance.now() + budgetMs;
		let step = running.steps.next();
		while (!step.done && performance.now() < until) {
			step = running.steps.next();
		}

		if (!step.done) {
			return false;
		}

		this.running = undefined;
		if (running.key !== preparation) {
			this.remember(running.key, step.value);
			this.shown = {key: running.key, query: running.query, hits: step.value};
		}

		return true;
	}

	private schedule() {
		if (!this.scheduled) {
			this.scheduled = true;
			setImmediate(() => {
				this.scheduled = false;
				this.continueInBackground();
			});
		}
	}

	private continueInBackground() {
		const frameFirst = this.frameFirst;
		this.frameFirst = false;
		if (!this.running) {
			return;
		}

		if (frameFirst) {
			this.schedule();
			return;
		}

		const key = this.running.key;
		if (!this.advance(stepBudgetMs)) {
			this.schedule();
		} else if (key !== preparation) {
			for (const listener of this.listeners) {
				listener();
			}
		}
	}

	private remember(key: string, hits: SearchHit[]) {
		this.answers.set(key, hits);
		if (this.answers.size > rememberedSearches) {
			this.answers.delete(this.answers.keys().next().value!);
		}
	}
}

const liveSearches = new WeakMap<CorpusIndex, LiveSearch>();

export function liveSearchFor(index: CorpusIndex): LiveSearch {
	let live = liveSearches.get(index);
	if (!live) {
		live = new LiveSearch(index);
		liveSearches.set(index, live);
	}

	return live;
}

/** The results on screen for a state: its query's hits when they are ready, else the last ones found; and those in its tab. */
export function resultsFor(index: CorpusIndex, state: Wanted & Pick<AppState, 'tab'>): Results {
	const live = liveSearchFor(index);
	const {hits, searching} = live.hitsFor(state);
	const query = live.shownQuery;
	const last = lastResults.get(index);
	if (last && last.hits === hits && last.tab === state.tab && last.searching === searching && last.query === query) {
		return last;
	}

	const results = {hits, visible: hitsInTab(hits, state.tab), query, searching, tab: state.tab};
	lastResults.set(index, results);
	return results;
}

const lastResults = new WeakMap<CorpusIndex, Results & {tab: TabId}>();

/** The hits with their matched ranges filled in from `start` to `end`: the rows on screen. */
export function withRanges(index: CorpusIndex, query: string, hits: SearchHit[], start: number, end: number): SearchHit[] {
	if (query.trim() === '' || start >= end) {
		return hits;
	}

	const shown = [...hits];
	shown.splice(start, end - start, ...matchRanges(index, query, hits.slice(start, end)));
	return shown;
}

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

type Choice = {id: string; name: string; aliases: string[]; detail: string; count: number};

/** The picker's list: every actor, place or source with how many records it has, fuzzy-filtered by its query. */
export function pickerItems(index: CorpusIndex, picker: PickerState): PickerItem[] {
	const items = choicesOf(index, picker.entity).map(choice => ({...choice, chosen: picker.chosen.includes(choice.id)}));

	const found = picker.query.trim() === '' ? items.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)) : new Fuse(items, {keys: ['name', 'aliases'], threshold: 0.4, ignoreLocation: true}).search(picker.query).map(result => result.item);
	return found.map(({aliases: _aliases, ...item}) => item);
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
