/**
 * Where a reader has been, as a browser keeps it: following a link visits a
 * page and drops whatever lay ahead; back and forward move through the rest.
 * Each visit remembers its scroll, so going back returns to the same lines.
 */
export type Visit =
	| {view: 'detail'; recordId: string; scroll: number; /** The link chosen on the page, if any. */ link?: number}
	| {view: 'reader'; sourceId: string; recordId: string | null; scroll: number};

export type History = {visits: Visit[]; at: number};

export function startHistory(first: Visit): History {
	return {visits: [first], at: 0};
}

export function currentVisit(history: History): Visit {
	return history.visits[history.at]!;
}

/** Follow a link: the new page is current, and what lay ahead is gone. */
export function visit(history: History, next: Visit): History {
	return {visits: [...history.visits.slice(0, history.at + 1), next], at: history.at + 1};
}

/** One step back (-1) or forward (1); the same history when there is nowhere to go. */
export function step(history: History, by: 1 | -1): History {
	const at = history.at + by;
	return at < 0 || at >= history.visits.length ? history : {...history, at};
}

export function canStep(history: History, by: 1 | -1): boolean {
	return step(history, by) !== history;
}

/** Change the current visit in place (its scroll, the record a reader is at). */
export function updateVisit(history: History, change: (visit: Visit) => Visit): History {
	const visits = [...history.visits];
	visits[history.at] = change(visits[history.at]!);
	return {...history, visits};
}

/** The trail up to the current visit, most recent last, at most `keep` long (older ones as "…"). */
export function trail(history: History, label: (visit: Visit) => string, keep = 4): string[] {
	const labels = history.visits.slice(0, history.at + 1).map(visitLabel => label(visitLabel));
	return labels.length > keep ? ['…', ...labels.slice(-keep + 1)] : labels;
}
