import nlp from 'compromise';

const commonNounTags = new Set(['Singular', 'Plural', 'Uncountable', 'Noun']);
const firstNameTags = new Set(['FirstName', 'FemaleName', 'MaleName']);

/**
 * Whether a capitalised name no lexicon knows is more likely an organisation
 * than a person: it ends in a common noun ("Severn Valley Water", "Tidewater
 * Lines") and does not open with a first name ("Helen Price" stays a person).
 * compromise's lexicon says which words are which.
 */
export function looksLikeOrganisation(name: string): boolean {
	const words = name.split(/\s+/);
	if (words.length < 2) {
		return false;
	}

	const last = lexicon()[words.at(-1)!.toLowerCase()];
	const first = lexicon()[words[0]!.toLowerCase()];
	return last !== undefined && commonNounTags.has(last) && (first === undefined || !firstNameTags.has(first));
}

/** Whether compromise's lexicon knows the word as a first name ("Maria", "Helen"). */
export function isFirstName(word: string): boolean {
	const tag = lexicon()[word.toLowerCase()];
	return tag !== undefined && firstNameTags.has(tag);
}

function lexicon(): Record<string, string | undefined> {
	return (nlp.model() as {one: {lexicon: Record<string, string | undefined>}}).one.lexicon;
}
