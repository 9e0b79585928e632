import type {BriefRecord, CorpusIndex} from './records.js';

/**
 * Records cut from one passage: a quote, the fact that reports it and the
 * route drawn from it share a sentence, and a reader sees them as one thing.
 * Two records share a passage when they come from the same paragraph and
 * their ranges overlap by at least this share of the longer one (a closing
 * comma or quotation mark is all that tells them apart).
 */
const sharedShare = 0.9;

export function sharePassage(left: BriefRecord, right: BriefRecord): boolean {
	const a = left.provenance;
	const b = right.provenance;
	if (!a || !b || a.source !== b.source || a.paragraph !== b.paragraph) {
		return false;
	}

	const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
	const longer = Math.max(a.end - a.start, b.end - b.start);
	return longer > 0 && overlap >= sharedShare * longer;
}

/** The other records of a record's passage, quotes first, then facts, then routes. */
export function samePassage(index: CorpusIndex, record: BriefRecord): BriefRecord[] {
	if (!record.provenance) {
		return [];
	}

	return index.records.filter(other => other !== record && sharePassage(record, other)).sort((left, right) => passageKindRank[left.kind] - passageKindRank[right.kind]);
}

/** Which kind of a passage's records stands for it: a quote says the most (who said it), a route the least. */
export const passageKindRank: Record<BriefRecord['kind'], number> = {quote: 0, fact: 1, route: 2, location: 3, actor: 4};
