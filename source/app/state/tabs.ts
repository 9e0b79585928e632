import type {RecordKind} from '../../core/records.js';

export type TabId = 'all' | 'quotes' | 'facts' | 'places' | 'actors';

/** The kind tabs, in order, and the record kinds each shows (null: every kind). */
export const tabs: Array<{id: TabId; label: string; kinds: RecordKind[] | null}> = [
	{id: 'all', label: 'All', kinds: null},
	{id: 'quotes', label: 'Quotes', kinds: ['quote']},
	{id: 'facts', label: 'Facts', kinds: ['fact']},
	{id: 'places', label: 'Places', kinds: ['location', 'route']},
	{id: 'actors', label: 'Actors', kinds: ['actor']},
];

export function tabShows(tab: TabId, kind: RecordKind): boolean {
	const kinds = tabs.find(candidate => candidate.id === tab)?.kinds;
	return kinds === null || kinds === undefined || kinds.includes(kind);
}

/** The narrowest tab that shows every one of these kinds: `--kind quote` opens on Quotes. */
export function tabFor(kinds: readonly RecordKind[]): TabId {
	return tabs.find(tab => tab.kinds !== null && kinds.length > 0 && kinds.every(kind => tab.kinds!.includes(kind)))?.id ?? 'all';
}

export function cycleTab(tab: TabId, step: 1 | -1): TabId {
	const position = tabs.findIndex(candidate => candidate.id === tab);
	return tabs[(position + step + tabs.length) % tabs.length]!.id;
}
