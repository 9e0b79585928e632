import type {TabCounts} from '../state/results.js';
import {tabs, type TabId} from '../state/tabs.js';

type Situation = {tab: TabId; counts: TabCounts; query: string; focus: 'query' | 'list'; filtered: boolean; searching: boolean};

/** What an empty list says: what is empty, where the results are instead, and the key that helps. */
export function emptyMessage({tab, counts, query, focus, filtered, searching}: Situation): string {
	if (searching) {
		return 'Searching…';
	}

	const label = tabs.find(candidate => candidate.id === tab)!.label;
	const what = tab === 'all' ? 'Nothing matches' : `No ${label.toLowerCase()} match`;
	const elsewhere = tab === 'all' || counts.all === 0 ? '' : ` — ${counts.all} in All (Tab changes the kind)`;
	const fixes = [
		query.trim() === '' ? undefined : focus === 'query' ? 'Ctrl-U clears the query' : '/ edits the query',
		filtered ? 'x clears the filters' : undefined,
	].filter(Boolean);
	return `${what}${elsewhere}.${fixes.length > 0 ? ` ${fixes.join(', ')}.` : ''}`;
}
