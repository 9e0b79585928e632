import type {BriefRecord, RecordKind} from './records.js';

/** Resolved filters: ids, not names (resolve names with resolve.ts first). */
export type Filters = {
	kinds?: RecordKind[];
	/** Keep records that involve any of these actors. */
	actorIds?: string[];
	/** Keep records that involve any of these places (or places within them). */
	locationIds?: string[];
	/** Keep passages from these sources, and the actors and places those passages involve. */
	sourceIds?: string[];
};

const anyOf = (wanted: string[] | undefined, present: string[]) => wanted === undefined || wanted.length === 0 || wanted.some(id => present.includes(id));

/**
 * The test a record must pass to be kept. Actors and places belong to no one
 * source: they are in a source when one of its passages involves them.
 */
export function filterMatcher(records: readonly BriefRecord[], filters: Filters): (record: BriefRecord) => boolean {
	const sourceIds = filters.sourceIds ?? [];
	const entitiesInSources = sourceIds.length > 0 ? entitiesInvolvedIn(records, sourceIds) : undefined;
	const inSources = (record: BriefRecord) =>
		entitiesInSources === undefined || (record.provenance ? sourceIds.includes(record.provenance.source) : entitiesInSources.has(record.id));
	return record =>
		(filters.kinds === undefined || filters.kinds.length === 0 || filters.kinds.includes(record.kind)) &&
		anyOf(filters.actorIds, record.actorIds) &&
		anyOf(filters.locationIds, record.locationIds) &&
		inSources(record);
}

export function filterRecords(records: BriefRecord[], filters: Filters): BriefRecord[] {
	return records.filter(filterMatcher(records, filters));
}

function entitiesInvolvedIn(records: readonly BriefRecord[], sourceIds: string[]): Set<string> {
	const involved = new Set<string>();
	for (const record of records) {
		if (record.provenance && sourceIds.includes(record.provenance.source)) {
			for (const id of [...record.actorIds, ...record.locationIds]) {
				involved.add(id);
			}
		}
	}

	return involved;
}
