/**
 * The search for a query in plain words: each meaningful word is matched on
 * its own, by fuse.js in a record's own fields and in the paragraph around it,
 * and the records matching any of them are ranked by the rules in ranking.ts.
 * A record need not hold every word: one that holds fewer ranks lower.
 */
import {voiceOf, type BriefRecord, type CorpusIndex} from '../records.js';
import {bestIn} from './best-match.js';
import {preparedParagraphs} from './context-index.js';
import {entityMatches, type EntityMatch} from './entity-matches.js';
import type {Paragraphs} from './prepared.js';
import {compareKeys, rankKeys, rarityOf, type RankKeys} from './ranking.js';
import {recordFilter} from './record-filter.js';
import {fuseOptions} from './search-document.js';
import {searchFold} from '../text.js';
import {lowerTextAt, type Searcher} from './searcher.js';
import {fieldSeparator, wordFilter} from './word-filter.js';
import type {QueryWord} from './query-words.js';
import {sortInSteps} from './sort-in-steps.js';
import {betterIn, betterMatch, isShortWordInside, isStrong, type MatchField, type WordMatch} from './word-match.js';

export type RankedRecord = {
	refIndex: number;
	/** The query's meaningful words, and each one's best match in this record. */
	words: string[];
	matches: Array<WordMatch | undefined>;
	keys: RankKeys;
};

/** Records fuse.js scores in one step, and paragraphs looked through in one step. */
const scoreSlice = 150;
/** Records sorted, or merged, or given their rank keys, in one step. */
const sortSlice = 2000;
const paragraphSlice = 100;

export type RankOptions = {
	/** Whether a record may be a hit at all (the filters). */
	isWanted: (refIndex: number) => boolean;
	/** Score every record, without the quick test first (tests compare the two). */
	plain?: boolean;
	/** Only these records (the app's rows on screen, for their highlights). */
	only?: number[];
	/** The query asks for a figure ("how many …"): records that give none rank after those that do (ranking.ts). */
	wantsFigure?: boolean;
};

/** Every record matching some word, ranked; in steps, so the app can draw between them. */
export function* rankedSteps(index: CorpusIndex, searcher: Searcher, words: QueryWord[], options: RankOptions): Generator<void, RankedRecord[]> {
	const own: Array<Map<number, WordMatch>> = [];
	for (const word of words) {
		own.push(yield* ownFieldMatches(index, searcher, word, options));
	}

	const paragraphs = yield* preparedParagraphs(index);
	// The paragraph around a record adds words to a record its own fields found; it finds records alone only when no record's own fields hold any word.
	const candidates = new Set<number>();
	for (const matches of own) {
		for (const refIndex of matches.keys()) {
			candidates.add(refIndex);
		}
	}

	if (candidates.size === 0) {
		for (const word of words) {
			for (const paragraph of yield* paragraphsMatching(paragraphs, word, options)) {
				for (const refIndex of paragraphs.records[paragraph]!) {
					if (options.isWanted(refIndex)) {
						candidates.add(refIndex);
					}
				}
			}
		}
	}

	const inContext = words.map(() => new Map<number, WordMatch | undefined>());
	const contextTests = words.map(word => word.forms.filter(form => form.kind === 'word').map(form => wordFilter(form.pattern, fuseOptions.threshold)));
	const contextMatch = (position: number, refIndex: number) => {
		const paragraph = paragraphs.paragraphOf[refIndex]!;
		if (paragraph === -1) {
			return undefined;
		}

		const known = inContext[position]!;
		if (!known.has(paragraph)) {
			const text = paragraphs.text(paragraph);
			known.set(paragraph, bestIn(words[position]!, [text], 'context', contextTests[position]!.some(passes => passes(text))));
		}

		return known.get(paragraph);
	};

	// An article's title is what all of its passages are about: the last field a word is looked for in.
	const inTitle = words.map(() => new Map<string, WordMatch | undefined>());
	const foldedTitles = new Map<string, string>();
	const titleMatch = (position: number, refIndex: number) => {
		const source = index.records[refIndex]!.provenance?.source;
		const title = source === undefined ? undefined : index.sources.get(source)?.title;
		if (source === undefined || title === undefined) {
			return undefined;
		}

		const known = inTitle[position]!;
		if (!known.has(source)) {
			const text = foldedTitles.get(source) ?? searchFold(title).toLowerCase();
			foldedTitles.set(source, text);
			known.set(source, bestIn(words[position]!, [text], 'title', contextTests[position]!.some(passes => passes(text))));
		}

		return known.get(source);
	};

	// The paragraph's match, unless only the title holds the word within its typo budget.
	const aroundMatch = (position: number, refIndex: number) => {
		const inParagraph = contextMatch(position, refIndex);
		if (inParagraph && isStrong(inParagraph)) {
			return inParagraph;
		}

		const inTheTitle = titleMatch(position, refIndex);
		return inTheTitle && isStrong(inTheTitle) ? inTheTitle : (inParagraph ?? inTheTitle);
	};

	const matched: Array<{refIndex: number; matches: Array<WordMatch | undefined>}> = [];
	let sinceYield = 0;
	for (const refIndex of candidates) {
		const matches: Array<WordMatch | undefined> = [];
		for (let position = 0; position < words.length; position++) {
			const ownMatch = own[position]!.get(refIndex);
			// "aid" inside "said" does not hide the word itself in the paragraph.
			matches.push(ownMatch && !isShortWordInside(ownMatch) ? ownMatch : aroundMatch(position, refIndex));
		}

		// The quick test lets a paragraph through that the measure then finds no word in: no hit.
		if (matches.some(match => match !== undefined)) {
			matched.push({refIndex, matches});
		}

		if (++sinceYield === scoreSlice) {
			sinceYield = 0;
			yield;
		}
	}

	// How many records hold each word, counted as the words rule counts (see isStrong).
	const counts = words.map(() => 0);
	for (let position = 0; position < matched.length; position++) {
		const {matches} = matched[position]!;
		for (let word = 0; word < matches.length; word++) {
			const match = matches[word];
			if (match !== undefined && isStrong(match)) {
				counts[word]!++;
			}
		}

		if (position % sortSlice === sortSlice - 1) {
			yield;
		}
	}

	const rarities = counts.map(count => rarityOf(count, index.records.length));
	const wordList = words.map(({word}) => word);
	const widths = wordList.map(word => word.split(' ').length);
	const ranked: RankedRecord[] = [];
	for (const {refIndex, matches} of matched) {
		ranked.push({refIndex, words: wordList, matches, keys: rankKeys(matches, rarities, widths, options.wantsFigure === true && !givesFigure(index.records[refIndex]!))});
		if (ranked.length % sortSlice === 0) {
			yield;
		}
	}

	yield;
	return yield* sortInSteps(ranked, (a, b) => compareKeys(a.keys, b.keys) || a.refIndex - b.refIndex, sortSlice);
}

/** Whether a record gives a figure: a number in its text, or a fact's figures ("hundreds of drones"). */
function givesFigure(record: BriefRecord): boolean {
	return (record.kind === 'fact' && record.fact.figures.length > 0) || /\d/u.test(record.text);
}

/**
 * The records whose own fields match a word, each with its best match. The
 * names of actors and places are matched once a word, by fuse.js; a record's
 * text and own names by the same rule (fuse.js's threshold: so many edits for
 * so many characters, anywhere in the field), measured by Myers' algorithm as
 * the quick test does, only for the records the quick test lets through.
 */
function* ownFieldMatches(index: CorpusIndex, searcher: Searcher, word: QueryWord, options: RankOptions): Generator<void, Map<number, WordMatch>> {
	// Another spelling or a stem must be there as it is (see locate): the quick test looks for it so, with `'`.
	const tests = word.forms.map(form => recordFilter(index, searcher, form.kind === 'word' ? form.pattern : `'${form.pattern}`));
	let candidates: number[];
	if (options.only) {
		candidates = options.only;
	} else if (options.plain) {
		candidates = index.records.map((_, refIndex) => refIndex);
	} else {
		const passing = new Set<number>();
		for (const test of tests) {
			for (const refIndex of yield* test.allPassing()) {
				passing.add(refIndex);
			}
		}

		candidates = [...passing];
	}

	const entities = yield* entityMatches(searcher, word, new Set(tests.flatMap(test => [...test.entities])));
	const found = new Map<number, WordMatch>();
	for (let start = 0; start < candidates.length; start += scoreSlice) {
		for (const refIndex of candidates.slice(start, start + scoreSlice)) {
			if (!options.isWanted(refIndex)) {
				continue;
			}

			const textMayMatch = options.plain || options.only !== undefined || tests.some(test => test.textMayMatch(refIndex));
			const match = bestOwnMatch(index, searcher, word, refIndex, entities, textMayMatch);
			if (match) {
				found.set(refIndex, match);
			}
		}

		yield;
	}

	return found;
}

function bestOwnMatch(index: CorpusIndex, searcher: Searcher, word: QueryWord, refIndex: number, entities: Map<string, EntityMatch>, textMayMatch: boolean): WordMatch | undefined {
	const record = index.records[refIndex]!;
	// Fuzzy matching only where the quick test says a typo may match: else the word as it is, or not at all.
	let best = bestIn(word, [lowerTextAt(searcher, refIndex)], 'text', textMayMatch);
	const ownNames = searcher.ownNames.get(refIndex);
	if (ownNames !== undefined) {
		const match = bestIn(word, ownNames.split(fieldSeparator), 'names');
		if (match && betterMatch(match, best)) {
			best = match;
		}
	}

	if (entities.size === 0) {
		return best;
	}

	const voice = voiceOf(record)?.id;
	if (voice !== undefined) {
		best = entityMatchIfBetter(record.id, voice, 'voice', entities, best);
	}

	for (const id of record.actorIds) {
		if (id !== voice) {
			best = entityMatchIfBetter(record.id, id, 'actors', entities, best);
		}
	}

	for (const id of record.locationIds) {
		best = entityMatchIfBetter(record.id, id, 'places', entities, best);
	}

	return best;
}

/** The match of an actor or place a record involves, in `field`, if better than `best` (a record is not matched by its own name this way); else `best`. */
function entityMatchIfBetter(recordId: string, id: string, field: MatchField, entities: Map<string, EntityMatch>, best: WordMatch | undefined): WordMatch | undefined {
	const match = id === recordId ? undefined : entities.get(id);
	return match && betterIn(field, match, match.form, best) ? {...match, field} : best;
}

/** The paragraphs whose text matches a word, by the quick test (for a query no record's own fields match). */
function* paragraphsMatching(paragraphs: Paragraphs, word: QueryWord, options: RankOptions): Generator<void, number[]> {
	const numbers = options.only ? [...new Set(options.only.map(refIndex => paragraphs.paragraphOf[refIndex]!).filter(number => number !== -1))] : undefined;
	const total = numbers?.length ?? paragraphs.count;
	const tests = word.forms.map(form => wordFilter(form.pattern, fuseOptions.threshold));
	const found: number[] = [];
	for (let start = 0; start < total; start += paragraphSlice) {
		for (let position = start; position < Math.min(total, start + paragraphSlice); position++) {
			const number = numbers ? numbers[position]! : position;
			const text = paragraphs.text(number);
			if (tests.some(passes => passes(text))) {
				found.push(number);
			}
		}

		yield;
	}

	return found;
}
