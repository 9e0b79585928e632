/** What the benchmark types, a character at a time: names, places, topics, figures and operators, typos included. */
export const benchQueries = [
	'makhachkla',
	'kirby',
	'zelensky',
	'peskof',
	'drones',
	'sanctons',
	'ceasefire talks',
	'fighter jets',
	'air defenses',
	'satelite imagery',
	'1,160',
	'in 2022',
	'oil fields',
	'hundreds of shells',
	'semiconductorz',
	'smugglers customs',
	'kirby caspian',
	'lavrov tehran',
	'odesa port',
	'\'shipments',
	'kyiv | moscow',
	'q',
];

/** Every prefix of every query, as a person types it. */
export function typedPrefixes(queries: readonly string[]): string[] {
	return queries.flatMap(query => Array.from({length: query.length}, (_, length) => query.slice(0, length + 1))).filter(prefix => prefix.trim() !== '');
}
