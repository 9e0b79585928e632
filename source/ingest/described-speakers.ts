/**
 * Speakers a description names, read with compromise's match rules (the rows
 * `spokespersonOfOrganisationNoun` and `descriptiveTitle` in subject-rules.ts).
 */
import nlp from 'compromise';
import {descriptiveTitle, spokespersonOfOrganisationNoun} from './subject-rules.js';
import {organisationNouns} from './lexicon/organisations.js';
import {isNationality} from './name-kind.js';

/**
 * Whose spokesperson `subject` is, if it is one: an organisation's noun ("a
 * ministry spokesman", "an Israeli military spokesman") or an organisation's
 * name ("a Kremlin spokesman", "a European Commission spokesperson").
 */
export function spokespersonOf(subject: string): {noun: string} | {name: string} | undefined {
	if (!/spokes(?:man|woman|person)\s*$/iu.test(subject) || subject.length > 80) {
		return undefined;
	}

	const group = nlp(subject.trim()).match(spokespersonOfOrganisationNoun.pattern).groups('organisation') as {text: () => string} | undefined;
	const words = group?.text().split(/\s+/) ?? [];
	const noun = words.at(-1)?.toLowerCase();
	// "an Israeli military spokesman": a nationality may open the noun's phrase.
	if (noun !== undefined && organisationNouns.includes(noun) && words.slice(0, -1).every(word => /^\p{Ll}/u.test(word) || isNationality(word)) && /^\p{Ll}/u.test(words.at(-1)!)) {
		return {noun};
	}

	return words.length > 0 && words.every(word => /^\p{Lu}/u.test(word)) ? {name: words.join(' ')} : undefined;
}

/** Words that tell a phrase is no description: "on Monday Ana Ruiz", "reporters in Havana". */
const notDescribing = '(#Preposition|#Determiner|#Date|#Pronoun|#Value|#Conjunction|#Adverb)';

/** The name a descriptive title stands before, and the title: "veteran organiser Ana Ruiz" → "Ana Ruiz", "veteran organiser". */
export function nameAfterDescription(phrase: string): {name: string; role: string} | undefined {
	if (!/^\p{Ll}/u.test(phrase) || phrase.length > 80) {
		return undefined;
	}

	// compromise may take a lower-case word for a name ("baker"): the name is what is written with capitals.
	const name = nlp(phrase).match(descriptiveTitle.pattern).text().replace(/^(?:\p{Ll}\S*\s+)+/u, '');
	const role = phrase.slice(0, phrase.lastIndexOf(name)).trim();
	const describes = /^\p{Lu}/u.test(name) && role !== '' && !/\p{Lu}/u.test(role) && role.split(/\s+/).length <= 3 && !nlp(role).has(notDescribing);
	return describes ? {name, role} : undefined;
}
