/**
 * Words that never decide a search: question words, articles, pronouns,
 * prepositions and auxiliaries, as a person types them around what they mean
 * ("how many shaheds were shot down", "who is kirby", "reporting from riga").
 * A query made of nothing else is searched word for word.
 */
export const fillerWords: ReadonlySet<string> = new Set([
	// Question words and what follows them
	'how', 'many', 'much', 'who', 'whom', 'whose', 'what', 'which', 'where', 'when', 'why', 'whether',
	// Articles, pronouns, determiners
	'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your',
	'he', 'him', 'his', 'she', 'her', 'they', 'them', 'their', 'there', 'some', 'any', 'all', 'each', 'every',
	// Prepositions and conjunctions
	'of', 'in', 'on', 'at', 'to', 'from', 'for', 'by', 'with', 'about', 'into', 'onto', 'over', 'as', 'and', 'or', 'than', 'then',
	// Auxiliaries
	'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'has', 'have', 'had', 'can', 'could',
	'will', 'would', 'should', 'may', 'might', 'must', 'shall',
	// Requests, and the verb of a question about what someone said ("what did the mayor say about the road")
	'show', 'find', 'tell', 'list', 'give', 'please', 'say', 'said', 'says',
	// Degree words
	'too', 'very', 'so', 'just', 'also', 'really', 'quite',
]);

/** Whether a folded, lower-cased query word is filler. Keeps "US" apart from "us": only the query's own case says which. */
export function isFiller(word: string, typed: string): boolean {
	if (word === 'us' && typed === 'US') {
		return false;
	}

	return fillerWords.has(word);
}

/** "how many", "how much", "how long", "how far"…: a question that asks for a number. */
const figureQuestion = /(?:^|[^\p{L}])how\s+(?:many|much|long|far|big|large|high|often|old)(?![\p{L}])/iu;

/** Whether the query asks for a figure, as "how many drones" does: records that give one rank first among those holding as many words (ranking.ts). */
export function asksForFigure(typed: string): boolean {
	return figureQuestion.test(typed);
}
