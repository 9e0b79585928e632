import type {CorpusIndex} from '../../core/records.js';
import {preparedSearcher, type SearchHit} from '../../core/search.js';
import type {AppState} from './app-state.js';
import {matchingSteps} from './results.js';

/** What a search is asked for: the query's text and the filters. */
export type Wanted = {query: string} & Pick<AppState, 'actorIds' | 'locationIds' | 'sourceIds'>;

/** What the screen shows: the hits of `query` (the one typed, or while `searching` an earlier one). */
export type SearchSnapshot = {hits: SearchHit[]; query: string; searching: boolean};

/** The key of no query: the running work only makes the search index. */
const preparation = '\u0000prepare';

function* prepareOnly(index: CorpusIndex): Generator<void, SearchHit[]> {
	yield* preparedSearcher(index);
	return [];
}

/**
 * Over a large corpus a search starts after the key's frame is drawn, then
 * runs this long at a time between frames and keys: a key waits for one turn
 * at most. (A step of the search can overrun the budget by a few
 * milliseconds, so none runs before a key's frame.)
 */
const stepBudgetMs = 4;
/**
 * Below this many records a search mostly takes a millisecond or two: it
 * starts at once, in the key's frame, for one budget — a query of many words
 * can take longer, and finishes after the frame that echoes the key.
 */
const searchAtOnceUpTo = 500;
const rememberedSearches = 8;

export function wantedKey(wanted: Wanted): string {
	return JSON.stringify([wanted.query, wanted.actorIds, wanted.locationIds, wanted.sourceIds]);
}

/**
 * The app's searches as an external store (for useSyncExternalStore), run a
 * few milliseconds at a time so that typing is never kept waiting: a search
 * that does not finish within the budget goes on in later turns of the event
 * loop, a newer request replaces it (its results would be stale), and until
 * it finishes the snapshot keeps the last results. Recent answers are
 * remembered, as Backspace asks for them again. The App owns one per corpus.
 */
export class LiveSearch {
	private readonly answers = new Map<string, SearchHit[]>();
	private snapshot: SearchSnapshot = {hits: [], query: '', searching: false};
	private running: {key: string; query: string; steps: Generator<void, SearchHit[]>} | undefined;
	private readonly listeners = new Set<() => void>();
	private scheduled: NodeJS.Immediate | undefined;
	private frameFirst = false;

	/** `now`: the clock a step's budget is kept by (a test's own, to say how long each step takes). */
	constructor(readonly index: CorpusIndex, first?: Wanted, private readonly now: () => number = () => performance.now()) {
		if (first) {
			this.request(first);
		}
	}

	readonly subscribe = (listener: () => void): (() => void) => {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	};

	readonly getSnapshot = (): SearchSnapshot => this.snapshot;

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

	/** Ask for the hits of a query and filters: at once when known or quick, else in the background. */
	request(wanted: Wanted) {
		const key = wantedKey(wanted);
		const known = this.answers.get(key);
		if (known) {
			this.running = undefined;
			this.publish({hits: known, query: wanted.query, searching: false});
			return;
		}

		if (this.running?.key === key) {
			return;
		}

		this.running = {key, query: wanted.query, steps: matchingSteps(this.index, wanted.query, {actorIds: wanted.actorIds, locationIds: wanted.locationIds, sourceIds: wanted.sourceIds})};
		if (this.index.records.length <= searchAtOnceUpTo && this.advance(stepBudgetMs)) {
			return;
		}

		this.publish({...this.snapshot, searching: true});
		this.schedule();
	}

	/** Stop any work still scheduled (the app is closing, or the corpus was replaced). */
	stop() {
		this.running = undefined;
		if (this.scheduled) {
			clearImmediate(this.scheduled);
			this.scheduled = undefined;
		}
	}

	/** Run the current search for a while; true when it finished. */
	private advance(budgetMs: number): boolean {
		const running = this.running;
		if (!running) {
			return false;
		}

		const until = this.now() + budgetMs;
		let step = running.steps.next();
		while (!step.done && this.now() < until) {
			step = running.steps.next();
		}

		if (!step.done) {
			return false;
		}

		this.running = undefined;
		if (running.key !== preparation) {
			this.remember(running.key, step.value);
			this.publish({hits: step.value, query: running.query, searching: false});
		}

		return true;
	}

	private publish(snapshot: SearchSnapshot) {
		const same = snapshot.hits === this.snapshot.hits && snapshot.query === this.snapshot.query && snapshot.searching === this.snapshot.searching;
		if (!same) {
			this.snapshot = snapshot;
			for (const listener of this.listeners) {
				listener();
			}
		}
	}

	private schedule() {
		this.scheduled ??= setImmediate(() => {
			this.scheduled = undefined;
			this.continueInBackground();
		});
	}

	private continueInBackground() {
		const frameFirst = this.frameFirst;
		this.frameFirst = false;
		if (!this.running) {
			return;
		}

		if (frameFirst || !this.advance(stepBudgetMs)) {
			this.schedule();
		}
	}

	private remember(key: string, hits: SearchHit[]) {
		this.answers.set(key, hits);
		if (this.answers.size > rememberedSearches) {
			this.answers.delete(this.answers.keys().next().value!);
		}
	}
}
