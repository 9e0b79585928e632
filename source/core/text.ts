/**
 * Latin letters with no mark to strip, spelt as a reader without them on the
 * keyboard types them. The one table of every fold.
 */
const latinSpellings: Record<string, string> = {
	ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D',
	đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', ħ: 'h', Ħ: 'H', ı: 'i',
};
const spelledLetters = new RegExp(`[${Object.keys(latinSpellings).join('')}]`, 'g');
const spelledLetter = new RegExp(spelledLetters.source);
const apostrophes = /[‘’ʼʻ`´]/g;
const combiningMarks = /\p{M}/gu;

export type FoldOptions = {
	/** Keep upper and lower case apart (default: lower-case everything). */
	keepCase?: boolean;
	/** Keep full stops (default: drop them, so "U.S." is "us"). */
	keepDots?: boolean;
	/**
	 * One UTF-16 unit for one, so that a match found in the folded text lies
	 * at the same place in the original (search): a letter spelt in two gives
	 * its first (ß as s, Þ as T), a lone combining mark stays, and case, dots
	 * and spaces are kept.
	 */
	oneForOne?: boolean;
};

/**
 * Fold text for forgiving comparison: diacritics and combining marks dropped
 * (Łódź as lodz, Bābolsar as babolsar), letters without them spelt out
 * (Þingvellir as thingvellir, Straße as strasse), every apostrophe straight,
 * runs of white space single and the ends trimmed, then case and dots as
 * `options` say.
 */
export function foldText(text: string, options: FoldOptions = {}): string {
	if (options.oneForOne) {
		return foldOneForOne(text);
	}

	const letters = /[^ -~]/.test(text)
		? text.normalize('NFD').replace(combiningMarks, '').replace(spelledLetters, letter => latinSpellings[letter]!)
		: text;
	const folded = letters.replace(apostrophes, '\'').replace(/\s+/g, ' ').trim();
	const cased = options.keepCase ? folded : folded.toLowerCase();
	return options.keepDots ? cased : cased.replace(/\./g, '');
}

/** `foldText` as comparisons use it: lower case, no dots ("U.S." as "us", Łódź as lodz). */
export function fold(text: string): string {
	return foldText(text);
}

/** Whether text carries a mark or a letter that `foldText` spells out ("São", "Łódź", "Þór"); apostrophes do not count. */
export function hasDiacritics(text: string): boolean {
	return /\p{M}/u.test(text.normalize('NFD')) || spelledLetter.test(text);
}

/** Text to match literally inside a regular expression. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}

/** "1 pin", "3 pins": a count with its noun. */
export function counted(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

// Every UTF-16 unit outside ASCII, and the backtick, one at a time (a lone surrogate folds to itself).
const beyondAscii = /[`\u0080-\uFFFF]/g;
const holdsBeyondAscii = /[`\u0080-\uFFFF]/;
const foldedUnits = new Map<string, string>();

/**
 * Text as search compares it: `foldText` one for one (see FoldOptions), case left
 * to fuse.js.
 */
export function searchFold(text: string): string {
	return foldText(text, {oneForOne: true});
}

function foldOneForOne(text: string): string {
	return holdsBeyondAscii.test(text) ? text.replace(beyondAscii, foldedUnit) : text;
}

function foldedUnit(unit: string): string {
	let folded = foldedUnits.get(unit);
	if (folded === undefined) {
		const decomposed = unit.normalize('NFD');
		const isBaseAndMarks = decomposed.length > 1 && /^\p{M}+$/u.test(decomposed.slice(1));
		const base = isBaseAndMarks ? decomposed.charAt(0) : unit;
		folded = latinSpellings[base]?.charAt(0) ?? base.replace(apostrophes, '\'');
		foldedUnits.set(unit, folded);
	}

	return folded;
}
