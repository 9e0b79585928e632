import {spokespersonAfter, spokespersonFor} from './lexicon/titles.js';

/** Short forms and the names they stand for: found in brackets, spelled by initials. */

/** Words a short form may leave out of the name it stands for ("Bureau of Meteorology" is BoM, "BM" or "BOM"). */
const functionWords = new Set(['of', 'for', 'on', 'and', 'the', 'in', 'de', 'du', 'des', 'la', 'le', 'to', '&']);

/** The initials of a name of several words, with and without its function words: "Bureau of Meteorology" → BOM, BM. */
function initialsOf(name: string): string[] {
	const words = name.split(/[\s-]+/u).filter(word => word !== '');
	if (words.length < 2) {
		return [];
	}

	const initial = (word: string) => word.charAt(0).toUpperCase();
	return [...new Set([words.map(initial).join(''), words.filter(word => !functionWords.has(word.toLowerCase())).map(initial).join('')])];
}

/**
 * The short forms that spell a name's initials, a word before the name left
 * out ("DEP" for the Maine Department of Environmental Protection).
 */
export function shortFormsSpelling(name: string): string[] {
	return initialsOf(name).flatMap(initials => (initials.length > 2 ? [initials, initials.slice(1)] : [initials]));
}

/** A short form as written in brackets: "OBR", or as British copy writes one spoken as a word, "Zema", "Unicef", "Sernapesca", or in two capitals, "CalMac", or capitals with small letters between them, "NaDMA", "MoD". */
const shortFormSource = String.raw`\p{Lu}{2,6}|\p{Lu}\p{Ll}{2,11}|\p{Lu}\p{Ll}{1,6}\p{Lu}\p{Ll}{1,6}|\p{Lu}(?:\p{Ll}{0,2}\p{Lu}){1,5}\p{Ll}{0,2}`;

const shortFormOpening = new RegExp(String.raw`^\s+\((${shortFormSource})\)`, 'u');

/** The short form in brackets a text opens with (after a space): "OBR" of " (OBR) said". */
export function shortFormAt(text: string): string | undefined {
	return shortFormOpening.exec(text)?.[1];
}

/**
 * "Office for Budget Responsibility (OBR)": the short form an article defines right after an organisation's name.
 * It spells the name's capitalised initials, a country before the name left out ("US National Oceanic and
 * Atmospheric Administration (NOAA)"); or, spelling the name in its own language ("Honduran Coffee Institute
 * (IHCAFE)", "Ministry of Agriculture, Natural Resources and Rural Development (MARNDR)"), it opens with one of them.
 */
export function acronymDefinedAfter(name: string, after: string): string | undefined {
	const acronym = shortFormAt(after);
	const initials = name.split(/\s+/).flatMap(word => (/^\p{Lu}/u.test(word) ? [word[0]] : [])).join('');
	if (acronym === undefined || initials.length < 2) {
		return undefined;
	}

	const letters = acronym.toUpperCase();
	return (initials.endsWith(letters) && initials.length - letters.length <= 1) || initials.includes(letters.charAt(0)) ? acronym : undefined;
}

/**
 * "the Indonesia Morowali Industrial Park (IMIP)", "the Centre for Research on
 * Energy and Clean Air (CREA)": an organisation's name in full, found from the
 * short form it defines in brackets — the capitalised words before the bracket
 * whose initials spell it, function words between them, at most one
 * capitalised word the short form leaves out. Reads a bounded stretch before
 * each bracket: linear in the paragraph.
 */
export type AcronymDefinition = {start: number; end: number; name: string; acronym: string};

const definedShortForm = new RegExp(String.raw`\((${shortFormSource})\)`, 'gu');
const word = /[\p{L}’'-]+/gu;
/** How far before a bracket a name may start. */
const reach = 160;

export function acronymDefinitions(paragraph: string): AcronymDefinition[] {
	const found: AcronymDefinition[] = [];
	for (const bracket of paragraph.matchAll(definedShortForm)) {
		const acronym = bracket[1]!;
		// "CalMac" for "Caledonian MacBrayne": a short form made of syllables spells the words its capitals open.
		const letters = acronym.replace(/\p{Ll}/gu, '');
		const from = Math.max(0, bracket.index - reach);
		const before = paragraph.slice(from, bracket.index);
		if (!/\S\s$/u.test(before)) {
			continue;
		}

		const words = [...before.matchAll(word)];
		let letter = letters.length - 1;
		let skipped = 0;
		let first: RegExpExecArray | undefined;
		for (let index = words.length - 1; index >= 0 && letter >= 0; index--) {
			const text = words[index]![0];
			if (/^\p{Lu}/u.test(text) && text.charAt(0) === letters.charAt(letter)) {
				letter--;
				first = words[index];
			} else if (functionWords.has(text.toLowerCase()) && first !== undefined) {
				continue;
			} else if (/^\p{Lu}/u.test(text) && first !== undefined && skipped === 0) {
				skipped++;
			} else {
				break;
			}
		}

		if (letter < 0 && first !== undefined) {
			const start = from + first.index;
			const end = from + before.trimEnd().length;
			const name = paragraph.slice(start, end);
			if (name.includes(' ')) {
				found.push({start, end, name, acronym});
			}
		}
	}

	return found;
}

const shortFormWord = /(?<![\p{L}\d])\p{Lu}{2,6}(?![\p{L}\d])/gu;

/**
 * "A spokesperson for the EBRD said", "an OEHC spokesman said": a short form
 * the article never spells out is an organisation where a spokesperson speaks
 * for it. Each short form is looked at with a bounded stretch either side.
 */
export function shortFormsWithSpokespeople(paragraph: string): Array<{start: number; end: number; acronym: string}> {
	const found: Array<{start: number; end: number; acronym: string}> = [];
	for (const match of paragraph.matchAll(shortFormWord)) {
		const end = match.index + match[0].length;
		if (spokespersonFor.test(paragraph.slice(Math.max(0, match.index - 40), match.index)) || spokespersonAfter.test(paragraph.slice(end, end + 20))) {
			found.push({start: match.index, end, acronym: match[0]});
		}
	}

	return found;
}
