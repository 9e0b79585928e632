import {fieldOf, type TextField} from './line-editor.js';

/** Earlier queries, oldest first, and where Alt-↑/↓ is in them (null: at the query being typed, kept as `draft` while away). */
export type QueryHistory = {entries: string[]; at: number | null; draft: string};

/** Queries kept in the history. */
export const historyLength = 100;

/** The history with `text` as its latest entry (once), unless it is empty. */
export function remember(history: QueryHistory, text: string): QueryHistory {
	const entries = text === '' ? history.entries : [...history.entries.filter(entry => entry !== text), text].slice(-historyLength);
	return {entries, at: null, draft: ''};
}

/** Alt-↑ recalls an earlier query, Alt-↓ a later one and, past the last, what was being typed; null when there is no history. */
export function recall(query: TextField, history: QueryHistory, step: -1 | 1): {query: TextField; history: QueryHistory} | null {
	const {entries, at, draft} = history;
	if (entries.length === 0) {
		return null;
	}

	const from = at ?? entries.length;
	const to = Math.max(0, Math.min(from + step, entries.length));
	if (to === entries.length) {
		return {query: fieldOf(at === null ? query.text : draft), history: {entries, at: null, draft: ''}};
	}

	return {query: fieldOf(entries[to]!), history: {entries, at: to, draft: at === null ? query.text : draft}};
}
