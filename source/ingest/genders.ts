import {lookupTable} from '../core/lookup-table.js';
import type {ActorDraft} from './actor-registry.js';
import type {ActorMention} from './mentions.js';
import type {NameRule} from './name-rules.js';
import {textAfter, textBefore} from './names.js';

export type Gender = 'male' | 'female';

/** Words just before a name that give its gender: a form of address ("Mr", "Ms") or a kinship word ("his son", "her husband", "mum"). */
const genderBefore = lookupTable<Gender>(Object.fromEntries([
	...['mr', 'sir', 'lord', 'son', 'husband', 'father', 'dad', 'brother', 'grandson', 'grandfather', 'uncle', 'nephew', 'widower', 'boyfriend', 'king', 'prince', 'spokesman', 'chairman', 'businessman', 'congressman'].map(word => [word, 'male']),
	...['ms', 'mrs', 'miss', 'dame', 'lady', 'daughter', 'wife', 'mother', 'mum', 'mom', 'sister', 'granddaughter', 'grandmother', 'aunt', 'niece', 'widow', 'girlfriend', 'queen', 'princess', 'spokeswoman', 'chairwoman', 'businesswoman', 'congresswoman'].map(word => [word, 'female']),
]) as Record<string, Gender>);

/** The gender a form of address or a kinship word gives ("Ms" of "Ms Kamara"), if any. */
export function genderOfWord(word: string): Gender | undefined {
	return genderBefore[word.toLowerCase().replace(/\.$/u, '')];
}

const pronounGender = lookupTable<Gender>({he: 'male', his: 'male', himself: 'male', she: 'female', her: 'female', herself: 'female'});

/** How an article gives a person's gender, as rows whose examples run as tests (test/ingest-attribution-rules.test.ts): the last quote of each is the speaker's. */
export const wordBeforeName: NameRule = {
	id: 'a form of address or a kinship word before the name',
	pattern: /(\p{L}+)\.?,?\s+$/u,
	yields: 'the gender of the word ("Mr", "Ms", "his son", "mum"), which "he" or "she" must fit',
	examples: [
		['Mr Tom Hart met Ms Ana Ruiz on Monday. "We agreed nothing," he said.', 'Tom Hart'],
		['"We fished here for years," said Serik Zhaksylykov. His daughter, Aigerim Zhaksylykova, sold the catch in town. "Nobody fished for twenty years," he said.', 'Serik Zhaksylykov'],
	],
};

export const pronounAfterName: NameRule = {
	id: 'the pronoun the sentence goes on to use',
	// "Ana Ruiz said she …", "Peter Novak, a farmer, said his …": no other name between.
	pattern: /^(?:,[^,;.]*,)?[^.!?;“”"\p{Lu}]*?\b(he|she|his|himself|herself)\b/u,
	yields: 'the gender of the pronoun, which a later "he" or "she" must fit',
	examples: [
		['Peter Novak said his farm had flooded twice. Maria Lopez said she would stay. "We rebuild every time," he said.', 'Peter Novak'],
		['Ama Owusu said she had sold her beans at the border. Kojo Mensah, a trader, said he bought them. "The price was fair," she said.', 'Ama Owusu'],
	],
};

export const possessiveAfterAppositive: NameRule = {
	id: 'a possessive that joins someone to the name',
	// "Lee Sun-hee, who heads the association, and her deputy, Choi Dong-hyun": "her" can only be the one named first.
	pattern: /^(?:,[^,;.]*,)?\s+and\s+(his|her)\s/u,
	yields: 'the gender of the possessive, which a later "he" or "she" must fit',
	examples: [
		['Lee Sun-hee, who heads the growers, and her deputy, Choi Dong-hyun, said pay would not rise. "Where would the money come from?" she said.', 'Lee Sun-hee'],
		['Tomas Berg and his daughter, Ana Berg, run the farm. "We will stay," he said.', 'Tomas Berg'],
	],
};

export const genderRules: NameRule[] = [wordBeforeName, pronounAfterName, possessiveAfterAppositive];

/**
 * The gender the article's own words give each person it names — never a
 * guess from the name: a form of address, a kinship word, or the pronoun the
 * sentence then uses. A person called both ways has none.
 */
export function gendersOf(paragraphs: string[], mentions: ActorMention[]): Map<ActorDraft, Gender> {
	const said = new Map<ActorDraft, Gender | 'both'>();
	for (const {paragraph, start, end, actor} of mentions) {
		if (actor.type !== 'person') {
			continue;
		}

		const text = paragraphs[paragraph - 1]!;
		const wordBefore = wordBeforeName.pattern.exec(textBefore(text, start))?.[1]?.toLowerCase();
		const after = textAfter(text, end);
		const pronoun = pronounAfterName.pattern.exec(after)?.[1] ?? possessiveAfterAppositive.pattern.exec(after)?.[1];
		for (const gender of [wordBefore === undefined ? undefined : genderBefore[wordBefore], pronoun === undefined ? undefined : pronounGender[pronoun]]) {
			if (gender !== undefined) {
				const known = said.get(actor);
				said.set(actor, known === undefined || known === gender ? gender : 'both');
			}
		}
	}

	return new Map([...said].filter((entry): entry is [ActorDraft, Gender] => entry[1] !== 'both'));
}
