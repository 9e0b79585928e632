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
