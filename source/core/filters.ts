import type {BriefRecord, RecordKind} from './records.js';

/** Resolved filters: ids, not names (resolve names with resolve.ts first). */
export type Filters = {
	kinds?: RecordKind[];
	/** Keep records that involve any of these actors. */
	actorIds?: string[];
	/** Keep records that involve any of these places (or places within them). */
	locationIds?: string[];
	sourceIds?: string[];
};

const anyOf = (wanted: string[] | undefined, present: string[]) => wanted === undefined || wanted.length === 0 || wanted.some(id => present.includes(id));

export function matchesFilters(record: BriefRecord, filters: Filters): boolean {
	return (
		(filters.kinds === undefined || filters.kinds.length === 0 || filters.kinds.includes(record.kind)) &&
		anyOf(filters.actorIds, record.actorIds) &&
		anyOf(filters.locationIds, record.locationIds) &&
		anyOf(filters.sourceIds, record.provenance ? [record.provenance.source] : [])
	);
}

export function filterRecords(records: BriefRecord[], filters: Filters): BriefRecord[] {
	return records.filter(record => matchesFilters(record, filters));
}
