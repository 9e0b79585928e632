import type {CorpusIndex} from '../records.js';

/**
 * Records that are one passage — the same text from the same place, as a
 * quote, the fact and the route cut from it — grouped, in rank order: each
 * group where its best record ranks, that record first.
 */
export function groupByPassage<T extends {refIndex: number}>(index: CorpusIndex, ranked: T[]): T[][] {
	const groups: T[][] = [];
	const byPassage = new Map<string, T[]>();
	for (const item of ranked) {
		const {provenance} = index.records[item.refIndex]!;
		if (!provenance) {
			groups.push([item]);
			continue;
		}

		const key = `${provenance.source}\n${provenance.paragraph}\n${provenance.start}\n${provenance.end}`;
		const group = byPassage.get(key);
		if (group) {
			group.push(item);
		} else {
			const created = [item];
			byPassage.set(key, created);
			groups.push(created);
		}
	}

	return groups;
}
