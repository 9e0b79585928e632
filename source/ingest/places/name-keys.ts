const letterSpellings: Record<string, string> = {
	ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', þ: 'th',
};

/**
 * A name as it is compared: diacritics dropped (Bābolsar → Babolsar), every
 * apostrophe straight, runs of spaces single. Case is kept.
 */
export function foldName(name: string): string {
	if (/^[ -~]*$/.test(name)) {
		return name.includes('  ') ? name.replaceAll(/ +/g, ' ').trim() : name.trim();
	}

	return name
		.normalize('NFD')
		.replaceAll(/\p{M}/gu, '')
		.replaceAll(/[ßæÆœŒøØłŁđĐıþ]/g, letter => letterSpellings[letter] ?? letter)
		.replaceAll(/[‘’ʼʻ`´]/g, '\'')
		.replaceAll(/\s+/g, ' ')
		.trim();
}

/** Whether a name carries accents or letters foldName spells out ("São", "Łódź"); apostrophes do not count. */
export function hasDiacritics(name: string): boolean {
	return /\p{M}/u.test(name.normalize('NFD')) || /[ßæÆœŒøØłŁđĐıþ]/u.test(name);
}

/** The slug of a name: 'Caspian Sea' → 'caspian-sea', 'Bābolsar' → 'babolsar'. */
export function slugOf(name: string): string {
	return slugOfFolded(foldName(name));
}

/** The slug of a name already folded by `foldName`. */
export function slugOfFolded(folded: string): string {
	return folded
		.toLowerCase()
		.replaceAll(/[^a-z\d]+/g, '-')
		.replaceAll(/^-|-$/g, '');
}
