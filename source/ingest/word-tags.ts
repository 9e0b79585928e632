import nlp from 'compromise';

/** Tags compromise gives a word standing alone, e.g. "Seven" #Value, "Hungarian" #Demonym, "farmer" #Actor (a noun for a person). */
export type WordTag = 'Value' | 'Demonym' | 'Adjective' | 'Actor' | 'FirstName' | 'Noun';

const cacheLimit = 20_000;
const tagsOf = new Map<string, Set<WordTag>>();

/**
 * Whether compromise tags a word, read alone, with `tag`. Parsing a word costs
 * about as much as parsing a sentence, and articles repeat their words, so the
 * answers are remembered. The cache holds a pure function of compromise's
 * built-in model, which ingest never changes (see peopleByCompromise), so it
 * gives the same answers whatever ran before.
 */
export function wordHas(word: string, tag: WordTag): boolean {
	let tags = tagsOf.get(word);
	if (tags === undefined) {
		const document = nlp(word);
		tags = new Set((['Value', 'Demonym', 'Adjective', 'Actor', 'FirstName', 'Noun'] as const).filter(candidate => document.has(`#${candidate}`)));
		if (tagsOf.size >= cacheLimit) {
			tagsOf.clear();
		}

		tagsOf.set(word, tags);
	}

	return tags.has(tag);
}
