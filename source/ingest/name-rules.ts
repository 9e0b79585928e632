import {openingFunctionWords} from './lexicon/not-names.js';

/**
 * How news copy writes people's names, as rows: `pattern` is matched on the
 * text just before a name (a regular expression built from the lexicon, never
 * from input); `yields` says what it makes of the name. Each row's examples run
 * as tests (test/ingest-attribution-rules.test.ts): `[text, speaker]`, where
 * the last quote of the text is the speaker's.
 */
export type NameRule = {
	id: string;
	pattern: RegExp;
	yields: string;
	examples: Array<[text: string, speaker: string | null]>;
};

const relatives = ['son', 'daughter', 'father', 'mother', 'husband', 'wife', 'brother', 'sister', 'cousin', 'uncle', 'aunt', 'nephew', 'niece', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'partner', 'widow', 'widower'];

export const relativeBefore: NameRule = {
	id: 'a relative, named after the kinship word',
	// "His son, Nurlan Zhaksylykov,", "Her cousin Mere Kerekere", "her husband Lee", "their eldest daughter, Ana", "and husband Gary".
	pattern: new RegExp(String.raw`(?:^|[\s,])(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|and|&)\s+(?:\p{Ll}+\s+)?(?:${relatives.join('|')}),?\s+$`, 'u'),
	yields: 'a person; a first name alone takes the surname of the relative named before it',
	examples: [
		['"My father fished here," said Serik Zhaksylykov.\nHis son, Nurlan Zhaksylykov, said the dam was too low. "Without it we will stay a small sea," Zhaksylykov said.', 'Nurlan Zhaksylykov'],
		['Marta Kowalczyk opened the bakery in 1990. Her daughter Ewa Kowalczyk runs it now. "We bake at four," Kowalczyk said.', 'Ewa Kowalczyk'],
		['Heartbroken mum Kelly Dawson, her husband Lee and their two kids arrived at dawn. Lee said the booking had vanished. He added: "I feel like a right mug."', 'Lee Dawson'],
		['Ana Ruiz came to the meeting with her brother Tomas. Tomas said: "We were never asked."', 'Tomas Ruiz'],
		// Tabloid copy drops the possessive: "Mum-of-two Sharon Pike, 47, and husband Gary".
		['Mum-of-two Sharon Pike, 47, and husband Gary, 49, flew out in May. "Never again," said Gary.', 'Gary Pike'],
	],
};

export const openingWordBeforeName: NameRule = {
	id: 'a conjunction or adverb opening the sentence',
	pattern: new RegExp(String.raw`^(?:${[...openingFunctionWords].join('|')})\s+(?=\p{Lu})`, 'u'),
	yields: 'no part of the name after it',
	examples: [
		['But Gulnara Bekova, a hydrologist at the Institute of Geography, warned that the dam was too low. "You would be robbing one patient to save another," she said.', 'Gulnara Bekova'],
		['Peter Novak spoke first. Then Maria Lopez said the talks had "gone nowhere at all".', 'Maria Lopez'],
	],
};

export const occupationBeforeName: NameRule = {
	id: 'an occupation opening the sentence before a full name',
	// The shape of the word ("Fisherman", "Collector", "Herder"); compromise's #Actor nouns ("Teacher", "Lawyer") are taken too, first names never (isOccupationWord).
	pattern: /^\p{Lu}\p{Ll}+(?:man|woman|person|er|or)$/u,
	yields: 'the occupation as the person\'s title, not their first name; a word compromise knows as a first name ("Mark", "Grant") stays the name',
	examples: [
		['Sabitri Behera said the wait had been long. Fisherman Bijay Behera said most families had moved. "The sea took our village," Mr. Behera said.', 'Bijay Behera'],
		['Farmer Lena Holt said the river rose overnight. "We lost the lower field," Holt said.', 'Lena Holt'],
		['In Kendrapara district, Collector Raghunath Sahoo told reporters that shelters were unsafe.\n“The roof was leaking,” he said.', 'Raghunath Sahoo'],
		['Mark Van Dyke said the vote was close. "We will try again," Van Dyke said.', 'Mark Van Dyke'],
	],
};

/** The rows run as tests here; relativeBefore runs among the person rows (person-rules.ts), which read it. */
export const nameRules: NameRule[] = [openingWordBeforeName, occupationBeforeName];
