import type {AttributionRule} from './attribution-rule.js';
import {speechAdverbs, speechParticiples, speechVerbs} from './lexicon/speech-verbs.js';
import {subjectRules} from './subject-rules.js';

export type {AttributionRule} from './attribution-rule.js';

/** The speech verbs, and the adverbs that are not also verbs, as regex alternatives ("said|told|…"). */
export const verbs = speechVerbs.join('|');
export const adverbs = speechAdverbs.filter(word => !speechVerbs.includes(word)).join('|');

export const verbAfterQuote: AttributionRule = {
	id: 'verb after the quote',
	pattern: new RegExp(String.raw`^[\s,.!?:;—–-]*(?:(?:${adverbs})\s+)*(?:${verbs})\b\s*`, 'u'),
	yields: 'the speaker named after the verb',
	examples: [['"We are ready to talk," said Maria Lopez, the union\'s leader.', 'Maria Lopez'], ['“Prices will rise,” warned Peter Novak, an economist.', 'Peter Novak']],
};

export const subjectThenVerb: AttributionRule = {
	id: 'subject then verb after the quote',
	pattern: new RegExp(String.raw`(?:\s+(?:${adverbs}))*\s+(?:${verbs})\b`, 'u'),
	yields: 'the speaker named between the quote and its verb',
	examples: [['"We are ready to talk," Maria Lopez said.', 'Maria Lopez'], ['“Nobody will sleep in a car,” Transport Minister Lucía Ferrer also said.', 'Lucía Ferrer']],
};

export const accordingToAfterQuote: AttributionRule = {
	id: 'according to after the quote',
	pattern: /^[\s,.!?:;—–-]*according to\s+/iu,
	yields: 'the source named after it',
	examples: [['"Talks will resume next week," according to Maria Lopez.', 'Maria Lopez'], ['“We have put 600 more soldiers on the border,” according to Tomas Ferreira, the deputy interior minister.', 'Tomas Ferreira']],
};

export const accordingToLater: AttributionRule = {
	id: 'according to later in the quote’s sentence',
	pattern: /(?:^|[\s,])according to\s+/iu,
	yields: 'the source named after it, no other quote between',
	examples: [
		['The harvest was "the worst in a decade" in two provinces, according to the Department of Agriculture.', 'Department of Agriculture'],
		['Exports were "lower than at any time since 1990" last year, according to the National Statistics Office.', 'National Statistics Office'],
	],
};

export const accordingToBefore: AttributionRule = {
	id: 'according to before the quote',
	pattern: /\baccording to\s+/iu,
	yields: 'the source named after it',
	examples: [['According to Maria Lopez, the talks were "going nowhere".', 'Maria Lopez'], ['According to the Guardia Civil, the driver "did not stop".', 'Guardia Civil']],
};

export const issuedBy: AttributionRule = {
	id: 'a statement issued by',
	pattern: /^(?:an?|the)\s+(?:(?:joint|written|brief|separate|new|recent|latest|annual)\s+)?(?:statement|report|letter|post|filing|notice|announcement|release|press release|study|survey|analysis|assessment|review|audit)\s+(?:(?:published|released|issued|prepared|compiled|commissioned)\s+(?:[\p{Ll}\d]+\s+){0,3}?)?(?:from|by|issued by)\s+/iu,
	yields: 'the issuer named after it',
	examples: [
		['The strikes were "unprovoked", according to a statement from the Defense Ministry.', 'Defense Ministry'],
		['"We will appeal," according to a joint statement by the Red Cross.', 'Red Cross'],
		['The grid "is not ready to absorb the power," according to a report published last month by KEGOC, the state grid operator.', 'KEGOC'],
	],
};

export const speechParticiple: AttributionRule = {
	id: 'participle of speech after the main clause',
	pattern: new RegExp(String.raw`(?:,|\s+by)\s+(?:${speechParticiples.join('|')})\b`, 'iu'),
	yields: 'the subject of the sentence',
	examples: [
		['Rachel Reeves defended the rise on Sunday, insisting it would "fix the foundations" of the economy.', 'Rachel Reeves'],
		['NordBank cut its forecast.\nThe Danish lender said profits would fall, saying in a statement that it "acted within the rules" throughout.', 'NordBank'],
		['Maria Lopez defended the deal by saying that the union had "no other choice" in May.', 'Maria Lopez'],
	],
};

export const withParticiple: AttributionRule = {
	id: 'a name between "with" and a participle of speech',
	pattern: new RegExp(String.raw`\bwith\s+(?=\p{Lu}[^,;:“”"]{1,120}?\s(?:${speechParticiples.join('|')})\b)`, 'u'),
	yields: 'the name after "with"',
	examples: [
		['The ministry opened a loan fund, with Minister of Blue Economy and Fisheries Rukia Salum Juma posting on Instagram that it would “put the ocean economy in the hands of the women”.', 'Rukia Salum Juma'],
		['The plant closed in May, with Ana Ruiz saying that it had been "a hard year".', 'Ana Ruiz'],
	],
};

export const verbJoinedByAnd: AttributionRule = {
	id: 'a verb of speech joined by "and" to the main clause',
	pattern: /(?:^|[\s,])and\s+$/u,
	yields: 'the subject of the sentence',
	examples: [
		['Maria Lopez visited the flooded site on Monday and said it was "a disgrace to the city".', 'Maria Lopez'],
		['The payouts will push the insurer to a loss, said Brian Otieno, an analyst at Tana Securities. He estimated the claims ratio at 112%, compared with 64% last year, and said premiums had been "priced for the droughts of the past."', 'Brian Otieno'],
	],
};

export const peopleOfOrganisation: AttributionRule = {
	id: 'people of an organisation',
	pattern: /^(?:\p{Ll}[\p{L}-]*\s+){1,2}(?:at|from|with)\s+(?:the\s+)?(?=\p{Lu})/u,
	yields: 'the organisation, which speaks for its people; one person of no organisation\'s kind ("a woman from …") no one',
	examples: [
		['The reef is "dying faster than expected", according to researchers from the University of Sydney.', 'University of Sydney'],
		['Analysts at Danske Bank said the price was "full but defensible".', 'Danske Bank'],
		['The reef is "dying faster than expected," said a researcher from the University of Sydney.', 'University of Sydney'],
		// One person from somewhere is no organisation's voice, nor the place's.
		['"As soon as the snow melts we will go back," said a woman from Zavkhan who was queuing for coal.', null],
	],
};

export const clauseBeforeColon: AttributionRule = {
	id: 'a short clause about a name, ended by a colon',
	pattern: /(?:^|[,;]\s*)(?:\p{Lu}[\p{L}’'-]*\s+){0,3}?(?:\p{Ll}[\p{L}’'-]*\s+){0,2}?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)(?:,\s[^,:;]{1,120},)?(?:\s+\p{Ll}+){1,4}:\s*$/u,
	yields: 'the name in the clause',
	examples: [
		['Manzello said reefs were dying. Asked whether they could recover, Manzello was cautious: "Some will, if we give them a chance."', 'Manzello'],
		['Scottish Labour leader Callum Brodie was blunt: “The SNP has run out of road.”', 'Callum Brodie'],
		// An appositive may stand between the name and what the clause says of it.
		['Ninna Kleist, an oceanographer at the Greenland Institute of Natural Resources in Nuuk, puts it bluntly: ‘The ice is not just thinner.’', 'Ninna Kleist'],
	],
};

/** The rows that find a speaker's words; who a pronoun, a surname or a bare quote means: reference-rules.ts. */
export const attributionRules: Array<AttributionRule<RegExp | string>> = [
	verbAfterQuote, subjectThenVerb, accordingToAfterQuote, accordingToLater, accordingToBefore, issuedBy, speechParticiple, withParticiple, verbJoinedByAnd, peopleOfOrganisation,
	clauseBeforeColon, ...subjectRules,
];
