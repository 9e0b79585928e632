/**
 * Words ending in a full stop that do not end a sentence: titles, initialisms
 * and the like, as they appear in news copy. Compared without case.
 */
export const abbreviations = new Set([
	// Titles and ranks
	'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'lt', 'col', 'gen', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'amb', 'atty', 'st', 'jr', 'sr',
	// Places and organisations
	'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'd.c', 'n.y', 'calif', 'mass', 'inc', 'corp', 'ltd', 'co', 'dept', 'univ', 'mt', 'ft',
	// Months
	'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
	// Others
	'no', 'vs', 'etc', 'e.g', 'i.e', 'a.m', 'p.m', 'approx', 'est', 'al',
]);
