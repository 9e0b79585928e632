/**
 * The ranking rules, after Meilisearch's, applied one after another: a rule
 * decides between two records only when every rule before it ties.
 *
 * 1. words — more of the query's words held: matched within Meilisearch's
 *    typo budget, and not a short word inside a longer one (see isStrong); a
 *    name of several words joined into one term counts as its words.
 * 2. figure — when the query asks for one ("how many", "how much"), records
 *    that give a figure (a number in their text, or a fact's figures).
 * 3. loose — more matches beyond that budget (fuse.js's threshold lets them
 *    through).
 * 4. typo — fewer edits in all.
 * 5. proximity — the words matched in one value of the record's own fields
 *    lie closer together, in the query's order.
 * 6. attribute — the words matched in better fields: the record's own text
 *    and names, then its speaker, then the actors and places it involves,
 *    then the paragraph around it, then its article's title; a loose match
 *    counts below them all.
 * 7. rarity — the rarer terms held (as Meilisearch's `matchingStrategy:
 *    frequency` drops the most frequent words first, but as a tie-break: taken
 *    before the rules above it let rare fuzzy matches outrank what was meant);
 *    a joined name once for each of its words.
 * 8. exactness — whole values and words over starts of words, over fuzzy
 *    matches; the word as typed over its other spelling or its stem.
 * 9. length — the words matched in shorter values (a name over a long
 *    passage), by powers of two, as fuse.js's field-length norm did.
 * Then corpus order.
 */
import {attributeRank, isStrong, shapeCost, type WordMatch} from './word-match.js';

export type RankKeys = {
	words: number;
	figure: number;
	rarity: number;
	loose: number;
	typos: number;
	proximity: number;
	attribute: number;
	exactness: number;
	length: number;
};

export const rankingRules = ['words', 'figure', 'loose', 'typos', 'proximity', 'attribute', 'rarity', 'exactness', 'length'] as const satisfies ReadonlyArray<keyof RankKeys>;

/** The attribute cost of a loose match: worse than a strong one in any field, the paragraph around a record included. */
const looseAttribute = Math.max(...Object.values(attributeRank)) + 1;

/** The most a pair of neighbouring query words costs under the proximity rule (Meilisearch's 8: far apart or not both in the text). */
export const farApart = 8;

/**
 * A record's keys, from its best match for each query term (undefined where a
 * term did not match), how many words each term joins (a name: see
 * queryWords), and whether the record lacks a figure the query asks for.
 */
export function rankKeys(matches: ReadonlyArray<WordMatch | undefined>, rarities: readonly number[], widths: readonly number[], lacksFigure = false): RankKeys {
	let words = 0;
	let rarity = 0;
	let loose = 0;
	let typos = 0;
	let attribute = 0;
	let exactness = 0;
	let length = 0;
	for (const [position, match] of matches.entries()) {
		if (match && isStrong(match)) {
			words += widths[position]!;
			rarity += rarities[position]! * widths[position]!;
		} else if (match) {
			loose++;
		}

		if (match) {
			typos += match.typos;
			// A match beyond the typo budget ("factory" two edits inside "manufacturing") says little of where the word is: it counts below every field.
			attribute += isStrong(match) ? attributeRank[match.field] : looseAttribute;
			exactness += shapeCost(match);
			// By powers of two: a name against a passage, not one passage against another a few words longer.
			length += Math.floor(Math.log2(match.value.length + 1));
		}
	}

	// Higher is better for words and rarity: negated, so every key sorts ascending. As 0 - x, not -x: -0 is no small
	// integer to V8, and the keys are compared millions of times in a sort, each comparison then a new heap number.
	return {words: 0 - words, figure: lacksFigure ? 1 : 0, rarity: 0 - Math.round(rarity * 10), loose: 0 - loose, typos, proximity: proximityOf(matches, widths), attribute, exactness, length};
}

/** Ascending by each rule in turn. */
export function compareKeys(a: RankKeys, b: RankKeys): number {
	for (const rule of rankingRules) {
		const difference = a[rule] - b[rule];
		if (difference !== 0) {
			return difference;
		}
	}

	return 0;
}

/** How rare a word is among `total` records when `matching` of them match it: inverse document frequency. */
export function rarityOf(matching: number, total: number): number {
	return Math.log((total + 1) / (matching + 1));
}

/**
 * The proximity cost: for each pair of neighbouring query words a record holds
 * (a word it lacks is passed over, as Meilisearch measures the words left after
 * dropping some), how many words apart they lie in the same value of one of the
 * record's own fields (one more when in the other order), at most `farApart`;
 * and `farApart` for each word it lacks. The words of a joined name are
 * neighbours: one for each gap between them.
 */
function proximityOf(matches: ReadonlyArray<WordMatch | undefined>, widths: readonly number[]): number {
	let cost = 0;
	let before: WordMatch | undefined;
	for (const [position, after] of matches.entries()) {
		const width = widths[position]!;
		if (after === undefined) {
			cost += farApart * width;
			continue;
		}

		cost += width - 1;

		if (before !== undefined) {
			cost += pairCost(before, after);
		}

		before = after;
	}

	return cost;
}

function pairCost(before: WordMatch, after: WordMatch): number {
	if (before.field !== after.field || before.valueIndex !== after.valueIndex || before.field === 'context' || before.field === 'title') {
		return farApart;
	}

	const inOrder = before.start <= after.start;
	const [first, second] = inOrder ? [before, after] : [after, before];
	return Math.min(farApart, wordsBetween(first.value, first.end, second.start) + 1 + (inOrder ? 0 : 1));
}

/** The words between two places in a text, counted by the gaps between them (0 for neighbours). */
function wordsBetween(text: string, from: number, to: number): number {
	let words = 0;
	let inWord = false;
	for (let at = from; at < to && words < farApart; at++) {
		const isSpace = text.charCodeAt(at) <= 32;
		if (!isSpace && !inWord) {
			words++;
		}

		inWord = !isSpace;
	}

	return words;
}
