/**
 * Names for countries that world-countries does not spell the way the news
 * does, keyed by ISO 3166-1 alpha-3. Two-letter codes are matched only here.
 */
export const countryAliases: Record<string, string[]> = {
	USA: ['US', 'U.S.', 'U.S.A.', 'America'],
	GBR: ['UK', 'U.K.', 'Britain'],
	TUR: ['Turkey'],
	ARE: ['UAE', 'U.A.E.'],
	CZE: ['Czech Republic'],
	COD: ['Democratic Republic of Congo'],
	KOR: ['South Korea'],
	PRK: ['North Korea'],
	SYR: ['Syria'],
	RUS: ['Russian Federation'],
};

/** Alternative spellings in world-countries that an article means as something else: demonyms, words, a surname. */
export const misleadingCountrySpellings = new Set(['Saudi', 'Thai', 'Togolese', 'Lao', 'Emirates', 'Island', 'Mann', 'Mexicanos', 'Portuguesa', 'Prathet', 'Dominique']);
