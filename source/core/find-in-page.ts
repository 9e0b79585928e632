import {searchFold} from './text.js';

/** Where a find-in-page query occurs on a page of lines. */
export type PageHit = {line: number; start: number; end: number};

/** Lower case one unit for one (a letter whose lower case is longer, as İ, stays), so offsets hold. */
function comparable(text: string): string {
	const folded = searchFold(text);
	const lower = folded.toLowerCase();
	return lower.length === folded.length ? lower : [...folded].map(character => (character.toLowerCase().length === character.length ? character.toLowerCase() : character)).join('');
}

/**
 * Every occurrence of `query` on the page, line by line, in reading order:
 * case and diacritics forgiven (as search forgives them), by plain string
 * search — linear in the page's length, whatever the query holds.
 */
export function findInPage(lines: readonly string[], query: string): PageHit[] {
	const wanted = comparable(query.trim());
	if (wanted === '') {
		return [];
	}

	const hits: PageHit[] = [];
	for (const [line, text] of lines.entries()) {
		const haystack = comparable(text);
		for (let at = haystack.indexOf(wanted); at !== -1; at = haystack.indexOf(wanted, at + wanted.length)) {
			hits.push({line, start: at, end: at + wanted.length});
		}
	}

	return hits;
}

/** The hit after (step 1) or before (step -1) a line, wrapping round the page as less does; null when there are none. */
export function nextHit(hits: readonly PageHit[], fromLine: number, step: 1 | -1): number | null {
	if (hits.length === 0) {
		return null;
	}

	if (step === 1) {
		const after = hits.findIndex(hit => hit.line > fromLine);
		return after === -1 ? 0 : after;
	}

	const before = hits.findLastIndex(hit => hit.line < fromLine);
	return before === -1 ? hits.length - 1 : before;
}
