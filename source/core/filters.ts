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

const wanted = <T>(list: T[] | undefined): list is T[] => list !== undefined && list.length > 0;

/**
 * The test a record must pass to be kept. Actors and places belong to no one
 * source: they are in a source when one of its passages involves them. Only
 * the filters given are tested: a snapshot's record reads its ids only when
 * asked (see index-snapshot.ts), and a search tests every candidate.
 */
export function filterMatcher(records: readonly BriefRecord[], filters: Filters): (record: BriefRecord) => boolean {
	const tests: Array<(record: BriefRecord) => boolean> = [];
	const {kinds, actorIds, locationIds, sourceIds} = filters;
	if (wanted(kinds)) {
		tests.push(record => kinds.includes(record.kind));
	}

	if (wanted(actorIds)) {
		tests.push(record => actorIds.some(id => record.actorIds.includes(id)));
	}

	if (wanted(locationIds)) {
		tests.push(record => locationIds.some(id => record.locationIds.includes(id)));
	}

	if (wanted(sourceIds)) {
		const entitiesInSources = entitiesInvolvedIn(records, sourceIds);
		tests.push(record => (record.provenance ? sourceIds.includes(record.provenance.source) : entitiesInSources.has(record.id)));
	}

	return record => tests.every(test => test(record));
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
