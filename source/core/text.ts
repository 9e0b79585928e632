/** Fold text for forgiving comparison: case, diacritics, dots ("U.S."), curly apostrophes. */
export function fold(text: string): string {
	return text
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
