/**
 * Where and how one query word matched one field of a record: the facts the
 * ranking rules compare (typos, attribute, exactness, proximity), `--explain`
 * prints and the app highlights.
 */
import {stemmer} from 'stemmer';
import type {FormKind, WordForm} from './word-forms.js';
import {allowedErrors, fewestEdits, type EditMeasure} from './word-filter.js';

/** The fields a word can match in, best first: a record's own text, its own names, its speaker, the actors and places it involves, the paragraph around it, the title of its article. */
export const matchFields = ['text', 'names', 'voice', 'places', 'actors', 'context', 'title'] as const;
export type MatchField = (typeof matchFields)[number];

/** A field as `--explain` names it: "voice" is whoever speaks or asserts a passage; "title" the title of its article. */
export function fieldLabel(field: MatchField): string {
	return field === 'voice' ? 'speaker' : field === 'title' ? 'article title' : field;
}

/** Rank of a field for the attribute rule: lower is better. An actor's or place's other names are as much its own as its name (its text). */
export const attributeRank: Record<MatchField, number> = {text: 0, names: 0, voice: 1, places: 2, actors: 2, context: 4, title: 5};

/**
 * whole: the whole value (a name as typed); exact: a whole word; prefix: the
 * start of a word; longer: the start of another word, for a query word not
 * the one being typed (best-match.ts); inner: inside a word; fuzzy: within a
 * few edits.
 */
export type MatchShape = 'whole' | 'exact' | 'prefix' | 'longer' | 'inner' | 'fuzzy';
const shapeRank: Record<MatchShape, number> = {whole: 0, exact: 1, prefix: 2, longer: 2, inner: 3, fuzzy: 4};
const formRank: Record<FormKind, number> = {word: 0, spelling: 1, stem: 2, related: 3};

export type WordMatch = {
	/** The query word. */
	word: string;
	/** The form of it that matched: the word itself, another spelling, or its stem. */
	form: FormKind;
	pattern: string;
	field: MatchField;
	/** Which value of a field with several (a speaker's aliases), else 0. */
	valueIndex: number;
	typos: number;
	shape: MatchShape;
	/** The field's value, folded and lower-cased. */
	value: string;
	/** Where the match lies within the value: [start, end), whole words. */
	start: number;
	end: number;
};

/** A form of a query word, ready to be looked for in many values. */
export type FormFinder = WordForm & {measure: EditMeasure};

export function formFinder(form: WordForm): FormFinder {
	return {...form, measure: fewestEdits(form.pattern)};
}

/**
 * The best way a form matches a lower-cased value, or undefined; an exact
 * occurrence at a word's start is preferred to one inside a word. `mayStart`:
 * the query word is the one being typed, and may be the start of any longer
 * word; any other counts at the start of a word only when the rest of that
 * word is an ending (see endsInForm).
 */
export function locate(value: string, form: FormFinder, threshold: number, {fuzzy, mayStart}: {fuzzy: boolean; mayStart: boolean}): Pick<WordMatch, 'typos' | 'shape' | 'start' | 'end'> | undefined {
	const {pattern} = form;
	let best: Pick<WordMatch, 'typos' | 'shape' | 'start' | 'end'> | undefined;
	let looked = 0;
	for (let at = value.indexOf(pattern); at !== -1 && looked < 16; at = value.indexOf(pattern, at + 1), looked++) {
		const startsWord = !isWordCharacter(value, at - 1);
		const endsWord = !isWordCharacter(value, at + pattern.length);
		const shape: MatchShape = !startsWord ? 'inner' : endsWord ? (at === 0 && pattern.length === value.length ? 'whole' : 'exact') : mayStart || endsInForm(value, at, at + pattern.length) ? 'prefix' : 'longer';
		if (!best || shapeRank[shape] < shapeRank[best.shape]) {
			best = {typos: 0, shape, start: at, end: at + pattern.length};
			if (shape === 'exact' || shape === 'whole') {
				break;
			}
		}
	}

	if (best) {
		return widened(value, best);
	}

	// Another spelling or a stem is a form of the word already: it must be there as it is.
	if (form.kind !== 'word' || !fuzzy) {
		return undefined;
	}

	const {edits, end} = form.measure(value);
	if (end === -1 || edits > allowedErrors(pattern.length, threshold)) {
		return undefined;
	}

	// Only a match one edit over the word's budget can change its standing by counting a swap as one.
	let typos = edits === typoBudget(pattern.length) + 1 && edits >= 2 ? withSwapsAsOne(pattern, value, end, edits) : edits;
	let shape: MatchShape = 'fuzzy';
	const {start, end: wordEnd} = widened(value, {start: Math.max(0, end - pattern.length), end});
	if (!mayStart && wordEnd > end && !endsInForm(value, start, end)) {
		// The scan stopped inside a word ("kirb" of "kirby" for "kirbi"): the word whole is a typo of it, or another word.
		const allowed = allowedErrors(pattern.length, threshold);
		const whole = wordEnd - start - pattern.length > allowed ? Number.POSITIVE_INFINITY : alignmentDistance(pattern, value.slice(start, wordEnd));
		if (whole <= allowed) {
			typos = Math.max(typos, whole);
		} else {
			shape = 'longer';
		}
	}

	const match = {typos, shape, start, end: wordEnd};
	// A name typed with a typo is still the whole name.
	return match.start === 0 && match.end === value.length && shape === 'fuzzy' ? {...match, shape: 'whole'} : match;
}

/** More letters than any ending Porter's stemmer takes off ("-ational", "-fulness" and the like). */
const longestEnding = 8;

/**
 * Whether the word matched from `start` to `end` goes on only by an ending:
 * its Porter stem lies within the match ("works" for "work", "missiles" for
 * "missil" typed "missle"), not past it ("million" for "mill").
 */
function endsInForm(value: string, start: number, end: number): boolean {
	const {end: wordEnd} = widened(value, {start, end});
	if (wordEnd - end > longestEnding) {
		return false;
	}

	const word = value.slice(start, wordEnd);
	return /^[a-z]+$/.test(word) && stemmer(word).length <= end - start;
}

/**
 * Two letters swapped side by side are one typo, as Meilisearch counts them
 * ("tyhpoon", "levles"), where Myers' scan counts two: the least optimal
 * string alignment distance between the word and the text ending where the
 * scan's first match ends or up to a word's length later (the scan stops at
 * the first end of its least distance), a letter shorter or longer. Asked only
 * of a match one edit over its word's budget (locate): small tables of the word's length.
 */
function withSwapsAsOne(pattern: string, value: string, end: number, edits: number): number {
	let least = edits;
	for (let last = end; last <= Math.min(end + pattern.length, value.length) && least >= 2; last++) {
		for (let length = pattern.length - 1; length <= pattern.length + 1 && least >= 2; length++) {
			if (last - length >= 0) {
				least = Math.min(least, alignmentDistance(pattern, value.slice(last - length, last)));
			}
		}
	}

	return least;
}

/** The edit distance with adjacent transpositions (optimal string alignment) between two short strings. */
function alignmentDistance(a: string, b: string): number {
	const table = Array.from({length: a.length + 1}, (_, row) => Array.from({length: b.length + 1}, (_, column) => (row === 0 ? column : column === 0 ? row : 0)));
	for (let row = 1; row <= a.length; row++) {
		for (let column = 1; column <= b.length; column++) {
			const cost = a.charCodeAt(row - 1) === b.charCodeAt(column - 1) ? 0 : 1;
			let distance = Math.min(table[row - 1]![column]! + 1, table[row]![column - 1]! + 1, table[row - 1]![column - 1]! + cost);
			if (row > 1 && column > 1 && a.charCodeAt(row - 1) === b.charCodeAt(column - 2) && a.charCodeAt(row - 2) === b.charCodeAt(column - 1)) {
				distance = Math.min(distance, table[row - 2]![column - 2]! + 1);
			}

			table[row]![column] = distance;
		}
	}

	return table[a.length]![b.length]!;
}

/** A match widened to the whole words it touches, for highlighting and proximity. */
function widened<T extends {start: number; end: number}>(value: string, match: T): T {
	let {start, end} = match;
	while (start > 0 && isWordCharacter(value, start - 1)) {
		start--;
	}

	while (end < value.length && isWordCharacter(value, end)) {
		end++;
	}

	return {...match, start, end};
}

/** Letters, digits, and an apostrophe or hyphen between them belong to a word. */
function isWordCharacter(value: string, at: number): boolean {
	if (at < 0 || at >= value.length) {
		return false;
	}

	const code = value.charCodeAt(at);
	if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
		return true;
	}

	if (code < 128) {
		return false;
	}

	return /[\p{L}\p{N}]/u.test(value.charAt(at));
}

/** What makes one match of a word better than another. */
type MatchQuality = Pick<WordMatch, 'typos' | 'field' | 'shape' | 'form'>;

/** Whether match `a` is better than `b` for the same word: fewer typos, then a better field, a better shape, the text over other fields as good, the word over another form. */
export function betterMatch(a: MatchQuality, b: MatchQuality | undefined): boolean {
	return betterIn(a.field, a, a.form, b);
}

/** Whether a match of this quality found in `field` would be better than `b` (see betterMatch), before a match is made of it. */
export function betterIn(field: MatchField, {typos, shape}: Pick<WordMatch, 'typos' | 'shape'>, form: FormKind, b: MatchQuality | undefined): boolean {
	if (!b) {
		return true;
	}

	return (typos - b.typos || attributeRank[field] - attributeRank[b.field] || shapeRank[shape] - shapeRank[b.shape] || Number(field !== 'text') - Number(b.field !== 'text') || formRank[form] - formRank[b.form]) < 0;
}

/**
 * The typos Meilisearch allows a word of this length (none below 5
 * characters, one below 9, else two). fuse.js may match with more; such a
 * match, or one inside a longer word for a short word, still finds the record
 * but does not count for the words rule.
 */
export function typoBudget(length: number): number {
	return length < 5 ? 0 : length < 9 ? 1 : 2;
}

/** The budget of a term: a name of several words ("lake mead") has its words' budgets, not one for its whole length. */
function termTypoBudget(pattern: string): number {
	return pattern.includes(' ') ? pattern.split(' ').reduce((budget, word) => budget + typoBudget(word.length), 0) : typoBudget(pattern.length);
}

/** Whether a match counts for the words rule (see typoBudget): "lake had" is no match of "lake mead". */
export function isStrong(match: WordMatch): boolean {
	return match.typos <= termTypoBudget(match.pattern) && match.shape !== 'longer' && !isShortWordInside(match);
}

/** A word of under five letters inside a longer one ("aid" in "said"): no match of that word. */
export function isShortWordInside(match: WordMatch): boolean {
	return match.shape === 'inner' && match.pattern.length < 5;
}

export function shapeCost(match: WordMatch): number {
	return shapeRank[match.shape] + formRank[match.form];
}
