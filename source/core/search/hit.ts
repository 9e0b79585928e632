import type {Filters} from '../filters.js';
import type {BriefRecord} from '../records.js';
import type {Range} from './ranges.js';
import type {WordMatch} from './word-match.js';

/** What a search gives back and takes, shared by the ranked and the operator search. */

export type SearchHit = {
	record: BriefRecord;
	/** 0 is the best hit, 1 the worst: the hit's place in the ranking. */
	score: number;
	/** Matched ranges within `record.text`. */
	ranges: Range[];
	/** The other records of the same passage (the fact and the route cut from a quote), ranked below it. */
	sameAs?: SearchHit[];
	/** Why it matched: each meaningful query word's best match, and the words that matched nowhere. Absent for a query with operators. */
	explain?: {matched: WordMatch[]; missed: string[]};
	/** Where words matched only in the paragraph around the record: a stretch of it, with their ranges (made for the rows on screen, see matchRanges). */
	snippet?: {text: string; ranges: Range[]};
};

export type SearchOptions = {
	filters?: Filters;
	limit?: number;
	/** Compute the matched ranges for highlighting (default true); without them a search is cheaper. */
	ranges?: boolean;
	/** Score every record, without the quick test first: for tests and the benchmark to compare with. */
	plainFuse?: boolean;
	/** One hit per passage, the others of it in `sameAs` (searchRecords: default true; searchSteps: default false, the app asks for it). */
	group?: boolean;
};
