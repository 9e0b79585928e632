import type {AttributionRule} from './attribution-rule.js';

/**
 * Who a reference means, as rows in the shape of attribution-rule.ts (their
 * examples run as tests the same way): a quote standing alone after reported
 * speech, "he" or "she" after a person named as an object, a surname alone.
 * references.ts and speakers.ts read them.
 */

export const quoteAfterReportedSpeech: AttributionRule = {
	id: 'a paragraph that is only a quote, after reported speech',
	// What may stand before the quote in its paragraph: nothing but opening marks.
	pattern: /^[\s“"‘']*$/u,
	yields: 'the speaker the paragraph before reports last; "he" or "she" there as resolved there; no one after narration',
	examples: [
		['Rains failed across the north.\nMs Lee added that the rules were unclear.\n"If they change again, we close."', 'Lee'],
		['Kazakhstan\'s Agriculture Ministry said in a statement that the quota would rise by 12%.\n“Stocks have recovered to a level that allows a careful increase.”', 'Agriculture Ministry'],
		['Ana Ruiz, a baker in Lima, spoke at the meeting.\nShe said the price of flour had doubled since March.\n"We cannot pass that on to anyone."', 'Ana Ruiz'],
		['Rains failed across the north.\nThe river rose two metres overnight.\n"If they change again, we close."', null],
	],
};

export const personAsObject: AttributionRule = {
	id: '"he" or "she" after a person named as an object',
	// Before a person's name: a preposition or a verb whose object the person is, then a determiner, a role or a title.
	pattern: /(?:^|[^\p{L}])(?:with|alongside|beside|besides|by|for|against|about|than|like|from|(?<!according\s)to|asked|told|met|joined|thanked|urged|accused|replaced|succeeded|interviewed)\s+(?:(?:his|her|their|its|the|a|an)\s+)?(?:\p{Ll}[\p{L}’'-]*,?\s+){0,3}(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir)\.?\s+)?$/u,
	yields: 'not that person but the last one named otherwise in the paragraph, the subject of its sentences (else the object after all)',
	examples: [
		['Farm leader Ruth Obi said she had asked senator Paul Eze to raise the matter. "We are not against the park," she said.', 'Ruth Obi'],
		['Mayor Lena Holt, who shared the stage with Karl Weber, said the town could not cope. "We have one clinic," she said.', 'Lena Holt'],
		['Ortiz is less sure. At a forum in May, where she sat beside Tom Lund, she argued the plan would fail. "Money is not a road," she says.', 'Ortiz'],
		['Ana Berg, who came alongside her neighbour Eva Lind, said she would return. "We will be back," she said.', 'Ana Berg'],
		['Karl Weber met Ana Berg on Monday. "It went well," he said.', 'Karl Weber'],
		['The plan was drawn up with Karl Weber. "It went well," he said.', 'Karl Weber'],
		// The object set off after its role: "met the mayor, Y", "with the group's treasurer, Y".
		['Tom Lund, who runs the ferry, met the mayor, Ana Berg, on Monday. He said the service would stop. "We have no fuel," he said.', 'Tom Lund'],
		['Eva Lind met the minister on Friday with the union\'s treasurer, Karl Weber. She said little changed. "We wait," she said.', 'Eva Lind'],
	],
};

export const surnameAlone: AttributionRule = {
	id: 'a surname alone',
	pattern: /^\p{Lu}[\p{L}’'-]+$/u,
	yields: 'of those who bear it, the one named last (in full or by first name); after the family is named in the plural ("the Dawsons"), no one',
	examples: [
		['“Smuggling is a symptom,” said Kwabena Asante. His son, Yaw Asante, said he would not come back.\n“It is better than it was,” the younger Asante said.', 'Yaw Asante'],
		['Marae chair Huia Kerekere said 60 people had slept there. Her cousin Mere Kerekere said the shelves were empty. “People are buying bread by the slice,” Kerekere said.', 'Mere Kerekere'],
		['Kelly Dawson and her husband Lee Dawson flew out in May. The Dawsons are now staying in a hotel. "We are not letting them ruin it," Dawson said.', null],
		['Piet Novak and his wife Eva Novak sold the farm. The Novaks moved to the coast. "We had no choice," Novak said.', null],
	],
};

export const referenceRules: AttributionRule[] = [quoteAfterReportedSpeech, personAsObject, surnameAlone];
