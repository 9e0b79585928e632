import {passageKindRank, sharePassage} from '../passages.js';
import type {CorpusIndex} from '../records.js';
import type {RankKeys} from './ranking.js';
import {finished} from './searcher.js';

/** Records grouped in one step. */
const groupSlice = 2000;

/**
 * Records that are one passage — a quote, the fact and the route cut from
 * the same words (see passages.ts) — grouped, in rank order: each group where
 * its best record ranks. Among the records that hold as many of the query's
 * words as well as the best one, the kind that says most leads (a quote,
 * then a fact, then a route: who said it before what was said); a record
 * that holds more of them, or holds them in better fields ("caspian route":
 * the route by its name, not the quote whose article's title says "route"),
 * leads whatever its kind. Only the groups of the same
 * paragraph are compared, so this is linear in the hits for any real article.
 */
export function groupByPassage<T extends {refIndex: number; keys?: RankKeys}>(index: CorpusIndex, ranked: T[]): T[][] {
	return finished(groupingSteps(index, ranked));
}

/** Records grouped by passage, as groupByPassage, a slice of them a step. */
export function* groupingSteps<T extends {refIndex: number; keys?: RankKeys}>(index: CorpusIndex, ranked: T[]): Generator<void, T[][]> {
	const groups: T[][] = [];
	// Source, then paragraph number, to the groups of that paragraph.
	const bySource = new Map<string, Map<number, T[][]>>();
	for (let position = 0; position < ranked.length; position++) {
		if (position % groupSlice === groupSlice - 1) {
			yield;
		}

		const item = ranked[position]!;
		const record = index.records[item.refIndex]!;
		const {provenance} = record;
		if (!provenance) {
			groups.push([item]);
			continue;
		}

		let byParagraph = bySource.get(provenance.source);
		if (!byParagraph) {
			byParagraph = new Map();
			bySource.set(provenance.source, byParagraph);
		}

		const paragraphGroups = byParagraph.get(provenance.paragraph);
		const group = paragraphGroups?.find(candidate => sharePassage(index.records[candidate[0]!.refIndex]!, record));
		if (group) {
			group.push(item);
		} else {
			const created = [item];
			if (paragraphGroups) {
				paragraphGroups.push(created);
			} else {
				byParagraph.set(provenance.paragraph, [created]);
			}

			groups.push(created);
		}
	}

	const kindRank = (item: T) => passageKindRank[index.records[item.refIndex]!.kind];
	const matchedAsWell = (left: T, right: T) => (left.keys && right.keys ? left.keys.words - right.keys.words || left.keys.loose - right.keys.loose || left.keys.typos - right.keys.typos || left.keys.attribute - right.keys.attribute : 0);
	return groups.map(group => (group.length > 1 ? group.toSorted((left, right) => matchedAsWell(left, right) || kindRank(left) - kindRank(right)) : group));
}
