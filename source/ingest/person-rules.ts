import {relativeBefore} from './name-rules.js';
import {isCommonWord} from './name-kind.js';
import {organisationNouns} from './lexicon/organisations.js';
import {acronymTitles} from './lexicon/titles.js';
import {wordHas} from './word-tags.js';
import {describesOrganisation, headedByProfession, hasRoleNoun, isHonorific, isOccupationWord, roleAfter, roleBefore, splitTitle, textAfter, textBefore} from './names.js';

/**
 * How news copy shows that a capitalised name compromise does not know is a
 * person's, as rows: `holds` reads the words around the name (`start`–`end`
 * in `paragraph`) or the name itself; `yields` says what it makes of it. Each
 * row's examples run as tests (test/ingest-attribution-rules.test.ts):
 * `[text, speaker]`, where the last quote of the text is the speaker's.
 */
export type PersonRule = {
	id: string;
	holds: (paragraph: string, start: number, end: number, name: string) => boolean;
	yields: string;
	examples: Array<[text: string, speaker: string | null]>;
	/** The row holds for a name of one word too (the others ask for two or more). */
	oneWord?: true;
};

const roleBeside: PersonRule = {
	id: 'a person’s role beside the name',
	// "an analyst at Nordvik Maritime": a name after the role's preposition is where they work.
	holds(paragraph, start, end) {
		const role = roleAfter(textAfter(paragraph, end)) ?? roleBefore(textBefore(paragraph, start));
		return role !== null && (hasRoleNoun(role) || headedByProfession(role)) && !describesOrganisation(role) && !/\b(?:at|for|of|to|with|an?|the)$/iu.test(role);
	},
	yields: 'a person: a role noun in the appositive after the name or in the words before it',
	examples: [
		['Its chief executive, Vantu Okoro, opened the plant on Monday. “We are ready,” the chief executive said.', 'Vantu Okoro'],
		['The port’s harbour master, Ileana Marchetti-Bove, closed the quay at noon. “The swell is too high,” the harbour master said.', 'Ileana Marchetti-Bove'],
	],
};

const titleOpening: PersonRule = {
	id: 'a person’s title opening the name',
	holds(_paragraph, _start, _end, name) {
		const {title, name: titled} = splitTitle(name);
		const titleWord = title?.split(/\s+/).at(-1);
		return titleWord !== undefined && /\s/u.test(titled) && (hasRoleNoun(titleWord) || isHonorific(titleWord) || isOccupationWord(titleWord) || acronymTitles.includes(titleWord));
	},
	yields: 'a person: a title ("Mayor", "Gov.", "Collector") before a name of two words or more',
	examples: [
		['Kyoto Mayor Ishikura Kenji met the council. “We cannot host everyone,” the mayor said.', 'Ishikura Kenji'],
		['Lagos State Commissioner Tunde Bakare met traders at the market. “It will reopen,” the commissioner said.', 'Tunde Bakare'],
		// A title of letters: a member of a parliament or an executive, a company's chief.
		['“The ranks stay shut,” said Zolani Mabandla.\nProvincial transport MEC Nomfundo Tshangana met the drivers. She called the violence “economic terrorism”.', 'Nomfundo Tshangana'],
	],
};

const calledHeOrShe: PersonRule = {
	id: 'a name the sentence goes on to call he or she',
	holds: isCalledHeOrShe,
	yields: 'a person, whatever its description: a name opening a sentence (or its main clause, after an opening phrase and a comma) that calls it "she" or "his" before any other name',
	examples: [
		['On a wet morning in late September, Ion Turcanu walks the rows of his vineyard. “The grapes are fine,” he says.', 'Ion Turcanu'],
		['Fujimoto Sachiko, a sweets maker on Hanamikoji Street, has run her family shop for 30 years. “The tourists are kind,” she said.', 'Fujimoto Sachiko'],
		['Okonkwo Adaeze sells pepper soup by the gate, where she has worked since 2009. “Prices doubled,” she said.', 'Okonkwo Adaeze'],
	],
};

const relativeNamed: PersonRule = {
	id: relativeBefore.id,
	holds: (paragraph, start) => relativeBefore.pattern.test(textBefore(paragraph, start)),
	yields: relativeBefore.yields,
	examples: relativeBefore.examples,
};

const agedAfter: PersonRule = {
	id: 'an age set off after a name',
	holds: (paragraph, _start, end, name) => /^,\s+(?:(?:aged\s+)?\d{1,3},|an?\s+\d{1,3}-year-old\b)/u.test(textAfter(paragraph, end)) && !isCommonWord(name),
	yields: 'a person, even of one name: "Rusdi, 47, who like many Indonesians uses one name", "Ramesh, a 34-year-old welder"',
	examples: [
		['"The catch is gone," said Sutomo, 52, a fisherman.\nSutomo, who sailed with his son, said he would stop. "There is nothing left," he said.', 'Sutomo'],
		['Kemal Aydin, 61, sells tea by the gate. "Prices doubled," he said.', 'Kemal Aydin'],
		['One in six workers is foreign. Bikash, a 29-year-old fitter from Nepal, said he was afraid. "I need this visa," he said.', 'Bikash'],
	],
	oneWord: true,
};

const occupationBefore: PersonRule = {
	id: 'an occupation in lower case before a name',
	holds(paragraph, start, _end, name) {
		const word = /(?:^|[\s,(])(\p{Ll}[\p{Ll}-]+)\s+$/u.exec(textBefore(paragraph, start))?.[1];
		// A noun by compromise's reading: "after" and "under" have the shape of one ("-er") and are none.
		return word !== undefined && !organisationNouns.includes(word) && wordHas(word, 'Noun') && isOccupationWord(word.charAt(0).toUpperCase() + word.slice(1)) && !isCommonWord(name);
	},
	yields: 'a person, even of one name ("grower Bisun", "welder Ramesh"); never after an organisation\'s noun ("carmaker Toyota")',
	examples: [
		['At Drasa, grower Jaiwant – who goes by one name – lost his cane to a fire.\n“I woke up with charcoal,” the 70-year-old said.', 'Jaiwant'],
		['Shares of carmaker Toyota fell. "Demand is soft," the company said.', 'Toyota'],
		// "after" has an occupation's shape and is no noun: what follows it is no person for "she".
		['Ghana ranks second after Meridia. "Prices will rise," she said.', null],
	],
	oneWord: true,
};

const reportingAfterRole: PersonRule = {
	id: 'a name between a role in lower case and a verb of reporting',
	holds(paragraph, start, end, name) {
		const role = /(?:^|\s)((?:\p{Ll}[\p{Ll}-]*\s+){1,5})$/u.exec(textBefore(paragraph, start))?.[1]?.trim();
		return name.includes(' ') && role !== undefined && /^(?:[\p{Ll}-]+\s+)*?(?:[\p{Ll}-]+)(?:\s+of\s+[\p{Ll}-]+)?$/u.test(role) && hasRoleNoun(role) && /^\s+(?:said|says|told|added|stated)\b/u.test(textAfter(paragraph, end));
	},
	yields: 'a person compromise does not know: "Sabah Fire and Rescue Department assistant director of operations Mohd Hafizul Rasid said", whom a later "he" means',
	examples: [
		['Sabah Fire and Rescue Department assistant director of operations Mohd Hafizul Rasid said 27 people were rescued.\n"The water rose very fast," he said.', 'Mohd Hafizul Rasid'],
		['Residents of Tokomaru Bay said the road was cut.\n"The water rose very fast," he said.', null],
	],
};

const namedAsSuch: PersonRule = {
	id: 'a name given as someone\'s name',
	holds: (paragraph, start) => /(?:^|[\s,;])(?:[Hh]er|[Hh]is|[Tt]heir) name is\s+$/u.test(textBefore(paragraph, start)),
	yields: 'a person, whatever the words: "Her name is Chhorn Sreymom, and she has fished …"',
	examples: [
		['The woman in the boat sorts the catch.\nHer name is Chhorn Sreymom, and she has fished here since she was nine. “My mother caught enough for a week,” she told me.', 'Chhorn Sreymom'],
		['A driver waits by the gate in the rain. His name is Tevita Lolohea and he has driven this road for a decade. “It floods every March,” he said.', 'Tevita Lolohea'],
	],
};

export const personRules: PersonRule[] = [roleBeside, titleOpening, calledHeOrShe, relativeNamed, agedAfter, occupationBefore, reportingAfterRole, namedAsSuch];

/** Whether the words around a name, or its title, make it a person's, by one of the rows. */
export function isPersonByContext(paragraph: string, start: number, end: number, name: string): boolean {
	const oneWord = !/\s/u.test(name);
	return personRules.some(rule => (!oneWord || rule.oneWord) && rule.holds(paragraph, start, end, name));
}

/** The start of a sentence, or of its main clause after a short opening phrase ("On a wet morning in late September, "). */
const opensClause = /(?:^|[.!?]\s+)(?:[^.!?;,“”"]{1,60},\s+)?$/u;

/**
 * "Fujimoto Sachiko, a sweets maker on Hanamikoji Street, has run her family
 * shop": a name opening a sentence that goes on to call it "she" or "her",
 * with no other name between, is a person's, whatever its description.
 */
export function isCalledHeOrShe(paragraph: string, start: number, end: number): boolean {
	if (!opensClause.test(textBefore(paragraph, start))) {
		return false;
	}

	const rest = textAfter(paragraph, end).replace(/^,[^,;.]*,/u, '');
	return /^[^.!?;“”"\p{Lu}]*?\b(?:he|she|his|her)\b/u.test(rest);
}
