/** Latin letters with no diacritic to strip, as a reader without them on the keyboard types them. */
const plainLatin: Record<string, string> = {ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', ħ: 'h', Ħ: 'H', ı: 'i'};
const plainLatinPattern = new RegExp(`[${Object.keys(plainLatin).join('')}]`, 'g');

/** Fold text for forgiving comparison: case, diacritics (Łódź as lodz, Þórólfur as thorolfur), dots ("U.S."), curly apostrophes. */
export function fold(text: string): string {
	return text
		.replace(plainLatinPattern, letter => plainLatin[letter]!)
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
		.replace(/[’‘]/g, '\'')
		.replace(/\./g, '')
		.trim();
}

/** Text to match literally inside a regular expression. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}

/** "1 pin", "3 pins": a count with its noun. */
export function counted(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

// Every character outside ASCII, one UTF-16 unit at a time (a lone surrogate folds to itself).
// eslint-disable-next-line no-control-regex
const beyondAscii = /[^\u0000-\u007F]/g;
// eslint-disable-next-line no-control-regex
const holdsBeyondAscii = /[^\u0000-\u007F]/;
const searchFolded = new Map<string, string>();

/**
 * Text as search compares it: diacritics folded (São as Sao, Łódź as Lodz,
 * Þórólfur as Torolfur), curly apostrophes straight, one character for one,
 * so that where a match lies in the folded text is where it lies in the
 * original. Case is left to fuse.js.
 */
export function searchFold(text: string): string {
	return holdsBeyondAscii.test(text) ? text.replace(beyondAscii, searchFoldedCharacter) : text;
}

function searchFoldedCharacter(character: string): string {
	let folded = searchFolded.get(character);
	if (folded === undefined) {
		const decomposed = character.normalize('NFD');
		const isBaseAndMarks = decomposed.length > 1 && /^\p{M}+$/u.test(decomposed.slice(1));
		folded = plainLatin[character]?.charAt(0) ?? (character === '’' || character === '‘' ? '\'' : isBaseAndMarks ? decomposed.charAt(0) : character);
		searchFolded.set(character, folded);
	}

	return folded;
}
