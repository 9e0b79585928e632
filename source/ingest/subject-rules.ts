import type {AttributionRule} from './attribution-rule.js';
import {organisationNouns} from './lexicon/organisations.js';
import {documentNouns} from './lexicon/speech-verbs.js';
import {nameTitles, roleNouns} from './lexicon/titles.js';
import {capitalisedRun} from './names.js';

/**
 * What the words before a verb of speaking, or after "said", say about who
 * spoke: a name with its role or appositive, a description, a kinship word, an
 * organisation's spokesperson, a document. Rows, as in attribution-rules.ts;
 * speaker-subject.ts reads them.
 */

export const titledNameAtStart: AttributionRule = {
	id: 'a lower-case role, then the name',
	pattern: new RegExp(
		String.raw`^((?:\p{Lu}[\p{L}’'-]*\s+)?(?:\p{Ll}[\p{L}’'-]*\s+){0,3}?(?:${roleNouns.join('|')})\s+|(?:\p{Ll}[\p{L}’'-]*\s+){1,2}(?=(?:${nameTitles.map(title => title.replace('.', String.raw`\.`)).join('|')})\s))(${capitalisedRun.source})`,
		'u',
	),
	yields: 'the name, with the role',
	examples: [
		['"Prices will fall," according to Dutch economy minister Sophie Hermans.', 'Sophie Hermans'],
		['"We are asking for compensation, not charity," said community leader Saide Issufo.', 'Saide Issufo'],
		['“The pumps ran all night,” said harbour master Jonas Eklund.', 'Jonas Eklund'],
		// A noun that may name people unnamed ("farmers say") is a title before a name.
		['“My cane has been on this truck for six days,” said driver Tom Hart.', 'Tom Hart'],
		// Titles of local government the world over (lexicon/titles.ts localGovernmentTitles), capitalised before a name too.
		['Bantul Regent Halim Nur told reporters he had asked the quarry to "stop the trucks".', 'Halim Nur'],
		['“The roads will be cleared by Friday,” said the prefect, Claire Moreau.', 'Claire Moreau'],
		['Cllr Aoife Byrne said: “We need a plan, not another study.”', 'Aoife Byrne'],
		// A role in one hyphenated word is a role ("secretary-general", "director-general").
		['Ana Berg, secretary-general of the Ministry of Health, told reporters that the clinics were “running out of everything”.', 'Ana Berg'],
	],
};

/**
 * ", a container carrier based in Hamburg" at the end of a subject: an
 * appositive opens with a determiner, a possessive, "who"/"which", a role noun
 * with its organisation, a participle of speaking, where they work or study,
 * or is an age or a party label.
 */
export const appositiveAtEnd: AttributionRule = {
	id: 'an appositive between the name and its verb',
	pattern: new RegExp(
		String.raw`,\s+(?:(?:one\s+of\s+)?(?:an?|the|his|her|its|their|who|which|whose)\s|who$|\p{Lu}[\p{L}.-]*[’']s\s|\d+$|\p{Lu}-\p{Lu}[\p{L}.]*$|(?:of|from|at)\s+(?:the\s+)?\p{Lu}|(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:${roleNouns.join('|')})\s+(?:of|at|for|to|in)\s|(?:speaking|writing|talking|addressing|visiting|appearing|responding|testifying)\s)[^]{0,120}$`,
		'u',
	),
	yields: 'the name before it, with the appositive as role',
	examples: [
		// The relative pronoun alone, its verb the speech verb: "X, who said …".
		['Among the survivors was Maria Lopez, who said she clung to a container for hours.\n“I kept thinking of my children.”', 'Maria Lopez'],
		['Among the survivors was Maria Lopez, a fish vendor, who said she clung to a container for hours.\n“I kept thinking of my children.”', 'Maria Lopez'],
		['Ana Ruiz, of the University of Lima\'s school of law, said "it is too early to tell."', 'Ana Ruiz'],
		['Rose Kenilo, of the National University\'s school of forestry, said "a ban without inspectors is a press release."', 'Rose Kenilo'],
		['Sen. Mark Lane, D-Nev., called the plan "a floor, not a ceiling".', 'Mark Lane'],
		// "one of" before the determiner: the group is hers, not the speaker.
		['Maria Lopez, one of the founders of the group, said "we will stay".', 'Maria Lopez'],
	],
};

/** The noun may be capitalised ("the Ministry said"), the words before it may not ("the BC Wildfire Service" is a name), except a nationality ("The French energy company"). */
const describedNouns = [...roleNouns, ...organisationNouns]
	.sort((a, b) => b.length - a.length)
	.map(noun => noun.replace(/^\p{Ll}/u, letter => `[${letter}${letter.toUpperCase()}]`))
	.join('|');

/** "the minister", "the Danish company", "the new finance director", "the trust's executive director": up to two words, or a nationality, or whose, before the noun. */
const describedPhrase = String.raw`(?:(?<nationality>\p{Lu}\p{Ll}+)\s+)?(?:(?<owner>\p{Ll}[\p{Ll}-]*)[’']s\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?<noun>${describedNouns})`;

export const descriptionAtStart: AttributionRule = {
	id: 'a description after the verb',
	pattern: new RegExp(String.raw`^[Tt]he\s+(?<phrase>${describedPhrase})\b`, 'u'),
	yields: 'the person or organisation the article described so',
	examples: [
		['Spain\'s transport minister, Lucía Ferrer, spoke on the radio. "Nobody will sleep in a car," said the minister.', 'Lucía Ferrer'],
		['Tidewater Lines cut its routes. "We have no choice," said the Danish company.', 'Tidewater Lines'],
		['The board met Karl Berg, the new finance director, on Monday. “The accounts are clean,” said the director.', 'Karl Berg'],
	],
};

export const descriptionAtEnd: AttributionRule = {
	id: 'a description before the verb',
	pattern: new RegExp(String.raw`(?:^|\s)[Tt]he\s+(?<phrase>${describedPhrase}(?:\s+(?:of|at|for)\s+[\p{Ll}\d][^,;:]{0,60}?)?)$`, 'u'),
	yields: 'the person or organisation the article described so, named last',
	examples: [
		['Spain\'s transport minister, Lucía Ferrer, spoke on the radio. "Nobody will sleep in a car," the minister said.', 'Lucía Ferrer'],
		['TotalEnergies lifted the halt.\nThe French energy company said work would resume, saying in a statement that it "now considers security conditions sufficient" for workers.', 'TotalEnergies'],
		// The one described so that was named last; "chair" and "chairman" are one role word.
		['“We will appeal,” Tom Hart, the club’s chairman, told the BBC.\nJohn Smith, who chairs the board, is furious. “This is theft,” the chairman said.', 'John Smith'],
		// An organisation whose name or description has the noun, named paragraphs before: its name's legal form says "company".
		['The Kelso Water Institute warned in March that the wells were failing.\nFarmers met on Friday.\nThe mayor spoke briefly.\n"The wells are dry," the institute said.', 'Kelso Water Institute'],
		['Welders at Barra Heavy Industries Co. walked out on Monday.\nTalks broke down on Tuesday.\n"We cannot be a party to those talks," the company said.', 'Barra Heavy Industries Co.'],
		['The state-owned energy company Kvitfjell Kraft plans 40 turbines.\nThe licence was granted by the Ministry of Energy in June.\n"We have met the herders 11 times," the company said.', 'Kvitfjell Kraft'],
		// Described with whose it is before anyone is named, then named set off after the description in the next paragraph.
		['"This is real water," the trust’s executive director said.\nThe director, Hannah Van Wagoner, a former hydrologist, said the trust would lease water.', 'Hannah Van Wagoner'],
	],
};

export const ageAsDescription: AttributionRule = {
	id: 'a person called by their age',
	pattern: /(?:^|\s)[Tt]he\s+(?:\d{1,3}|\p{Ll}+(?:-\p{Ll}+)?)-year-old(?:\s+\p{Ll}+){0,2}$/u,
	yields: 'like "he" or "she": the person named last',
	examples: [
		['Peter Novak, 45, lost his boat in the storm. “I have nothing left,” the 45-year-old said.', 'Peter Novak'],
		['Rosa Mendes has farmed cocoa since 1990. “The price is still too low,” said the 61-year-old grandmother.', 'Rosa Mendes'],
	],
};

const kinNouns = {female: ['mother', 'grandmother', 'mum', 'mom', 'widow', 'woman', 'daughter', 'wife', 'sister'], male: ['father', 'grandfather', 'dad', 'widower', 'man', 'son', 'husband', 'brother']};

export const kinAsDescription: AttributionRule = {
	id: 'a person called by what they are to others',
	// "the mother of five", "the father of two", "the 70-year-old widower": what the article already said of the person named last.
	pattern: new RegExp(String.raw`(?:^|\s)[Tt]he\s+(?:(?:\d{1,3}|\p{Ll}+(?:-\p{Ll}+)?)-year-old\s+)?(?<noun>${[...kinNouns.female, ...kinNouns.male].join('|')})(?:\s+of\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?$`, 'u'),
	yields: 'like "she" or "he", as the noun says: the person named last',
	examples: [
		['Every second morning, Fatima Haddad lines up four jerrycans outside the caravan.\n“Everything else is counted in cups,” said the mother of five, who fled in 2013.', 'Fatima Haddad'],
		['Tom Hart said his boat sank in May. Ana Ruiz said she had lost her nets. “We start again,” the father of two said.', 'Tom Hart'],
	],
};

export const possessiveDescriptionThenName: AttributionRule = {
	id: 'a description owned by someone, then the name set off',
	// "said its skipper, Colm Ó Direáin", "said her lawyer, Ana Ruiz": whose skipper is the sentence's business; the name
	// set off after the words that describe it, whatever they are, is the speaker.
	pattern: /^(?:its|his|her|their|our)\s+(?<phrase>(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+),\s+(?=\p{Lu})/u,
	yields: 'the name after the comma',
	examples: [
		['The trawler Naomh Éanna took six passengers. “I’m a fisherman, not a ferryman,” said its skipper, Colm Murphy.', 'Colm Murphy'],
		['Maria Lopez was released on Monday. “It is over,” said her lawyer, Ana Ruiz, outside the court.', 'Ana Ruiz'],
	],
};

/** The gender a kinship noun of kinAsDescription gives. */
export const kinGender = (noun: string): 'male' | 'female' => (kinNouns.male.includes(noun) ? 'male' : 'female');

/** The spokesperson of an organisation named by what it is: "a ministry spokesman", "an agency spokesperson", "a police spokeswoman". */
export const spokespersonOfOrganisationNoun: AttributionRule<string> = {
	id: 'spokesperson of an organisation named by its noun',
	pattern: '^(a|an|the) [<organisation>#Noun{1,2}] (spokesman|spokeswoman|spokesperson)$',
	yields: 'the organisation it names; else the one named last whose name or description has the noun (a company\'s: any named in the paragraph or the one before); no one if none',
	examples: [
		['Kazakhstan\'s Agriculture Ministry said quotas would rise. "Stocks have recovered," said a ministry spokesman.', 'Agriculture Ministry'],
		['The transport agency, Waka Kotahi, said rain had fallen for days.\n"Some of these slips are enormous," said an agency spokesperson.', 'Waka Kotahi'],
		['Riverside Police, which covers the old town, said it was investigating. A police spokeswoman said the thefts were "organised and repeated".', 'Riverside Police'],
		['Boeing said deliveries would slow. "We are working with regulators," a company spokesperson said.', 'Boeing'],
		['The Kremlin denied the report. "There is no such plan," said a Kremlin spokesman.', 'Kremlin'],
		['"Both crews are safe," a Pentagon spokeswoman told reporters.', 'Pentagon'],
		// Where the spokesperson spoke is not whose they are.
		['The boat capsized off Guiuan, the Philippine Coast Guard (PCG) said.\n“No vessel should have left port,” said a PCG spokesperson in Manila.', 'Philippine Coast Guard'],
		['The rain went on all night. "We are doing what we can," said a council spokesman.', null],
	],
};

/** "said veteran organiser Ana Ruiz", "said forklift driver Lee Hart": lower-case words that describe someone, then their name. */
export const descriptiveTitle: AttributionRule<string> = {
	id: 'a descriptive title before the name',
	pattern: '#ProperNoun+$',
	yields: 'the name, the words before it its role',
	examples: [
		['"We will not be moved," said veteran organiser Ana Ruiz.', 'Ana Ruiz'],
		['"Pay by credit card and never by bank transfer," said consumer expert Rachel Moss.', 'Rachel Moss'],
		['"The bread ran out at noon," said retired baker Tomas Novak, 71.', 'Tomas Novak'],
	],
};

export const placeFirst: AttributionRule = {
	id: 'where, then the subject',
	pattern: /^\s*(?:In|At|From|Near|Outside|Inside)\s+\p{Lu}[^,]*,\s+/u,
	yields: 'the subject after the comma',
	examples: [['In Rabat, a spokesman for the Moroccan Transport Ministry said crossings were "suspended until further notice".', 'Moroccan Transport Ministry'], ['In Lisbon, Maria Lopez said the union was "ready to talk".', 'Maria Lopez']],
};

export const organisationAfterComma: AttributionRule = {
	id: 'a named organisation after the comma',
	pattern: /,\s+the\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)$/u,
	yields: 'the organisation itself',
	examples: [['Two ships were hit "with no warning" in the southern Red Sea, the Pentagon said.', 'Pentagon'], ['Flights were "cancelled until Monday" at three airports, the Civil Aviation Authority said.', 'Civil Aviation Authority']],
};

export const nameThenOrganisationNoun: AttributionRule = {
	id: 'a name its organisation\'s noun follows',
	pattern: new RegExp(String.raw`(?:^|\s)(?:[Tt]he\s+)?(${capitalisedRun.source})\s+(?:${organisationNouns.join('|')})$`, 'u'),
	yields: 'the organisation of that name',
	examples: [
		['The Saimaa Seal Friends association said nearly 300 people had taken part, calling it “a record for the lake”.', 'Saimaa Seal Friends'],
		['Dockers walked out on Monday. The FNV union said the strike was "the only language left".', 'FNV'],
	],
};

export const jointSpeakers: AttributionRule = {
	id: 'two speakers joined by and',
	pattern: /^,?\s+(?:and|&)\s+$/u,
	yields: 'the first named, wherever the verb stands (a quote has one speaker); the second among the quote\'s actors',
	examples: [
		['Maria Lopez and Karl Weber told reporters: "The deal is off."', 'Maria Lopez'],
		['"We will stay until the end," said Anna Berg and Tom Lund, the two negotiators.', 'Anna Berg'],
		['“The ferry will run again on Friday,” Health Minister Ian Reid and Mayor Lena Holt said.', 'Ian Reid'],
		['The reefs were "bleached white", the National Oceanic and Atmospheric Administration said.', 'National Oceanic and Atmospheric Administration'],
		['Anna Berg and Tom Lund said they would come back in May. "Nothing is settled yet," they said.', 'Anna Berg'],
		// One word, "and", then a title: the title's own words ("Community and Government Services Minister").
		['Community and Government Services Minister Annie Qiatsuk said: "It is a stopgap."', 'Annie Qiatsuk'],
		['"It is a stopgap," Health and Social Care Secretary Wes Streeting said.', 'Wes Streeting'],
		['"Every family will get rice," Disaster Management and Relief Minister Rina Akter told reporters.', 'Rina Akter'],
	],
};

export const documentAsSpeaker: AttributionRule = {
	id: 'a statement, a post or a report that speaks',
	pattern: new RegExp(String.raw`^(?:the|its|their|his|her|this|that)\s+(?:[\p{Ll}-]+\s+){0,2}?(?<noun>${documentNouns.join('|')})(?![\p{L}])`, 'u'),
	yields: 'whoever the paragraph, or the one before, reports as having said what it says',
	examples: [
		['The Ministry of Water Supply said in a statement that repairs would cost Rs 120 million. “The solution is to move the intake upstream,” the statement said.', 'Ministry of Water Supply'],
		['In a post on Facebook, the Transport Administration said 1,800 vehicles had crossed.\n"Thank you for being careful," the post said.', 'Transport Administration'],
		['The windows of the town hall were broken overnight. "We will be back," the letter said.', null],
	],
};

export const organisationsDocument: AttributionRule = {
	id: 'a document named by the organisation whose it is',
	// "according to a GBDMA situation report", "according to the latest WHO bulletin": the organisation speaks through it.
	pattern: new RegExp(String.raw`^(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?<owner>\p{Lu}[\p{L}\p{N}&’'.-]*(?:\s+\p{Lu}[\p{L}\p{N}&’'.-]*){0,4})\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${[...documentNouns, 'bulletin', 'update', 'survey', 'study', 'assessment', 'briefing'].join('|')})(?![\p{L}])`, 'u'),
	yields: 'the organisation named before the document',
	examples: [
		['Officials of the Gilgit-Baltistan Disaster Management Authority (GBDMA) said houses were damaged.\n“Discharge peaked at 2,800 cusecs,” according to a GBDMA situation report.', 'Gilgit-Baltistan Disaster Management Authority'],
		['The World Health Organization (WHO) sent teams to the district.\n“Cases are still rising,” according to the latest WHO bulletin.', 'World Health Organization'],
	],
};

export const relativeSubject: AttributionRule = {
	id: 'the subject of a relative clause, right before its verb',
	pattern: /(?:^|[\s,])(?:which|that)\s+((?:the\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?|he|she|they|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}))$/u,
	yields: 'the subject after "which" or "that", read as a subject of its own',
	examples: [
		['Energy Minister Botir Saidov has promised new wind farms. Tariffs will rise in April, which the minister says will "teach people to value every cubic metre".', 'Botir Saidov'],
		['Tariffs rose in April, a rise that Ana Ruiz says will "teach people to save".', 'Ana Ruiz'],
	],
};

export const someoneOfAGroup: AttributionRule = {
	id: 'someone of a group',
	pattern: /^\s*(?:one|two|three|some|several|many|most|each|both|neither|either|another)\s+of\s+(?:them|us|those|the\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)$/iu,
	yields: 'no one named: the quote is kept, unattributed',
	examples: [
		['The Whitcombs looked at each other. "Not here," one of them said.', null],
		['"We are ready," one of the farmers said.', null],
	],
};

export const spokespersonAlone: AttributionRule = {
	id: 'a spokesperson of no organisation named beside them',
	pattern: /^\s*(?:and\s+|but\s+)?(?:an?|the)\s+spokes(?:person|man|woman)$/iu,
	yields: 'the organisation the paragraph is about speaks',
	examples: [
		['The Ministry of Mines has ordered the plant closed, and a spokesperson said the company would bear "the full cost of remediation".', 'Ministry of Mines'],
		['The Ministry of Mines closed the plant. A spokesperson said the company would bear "the full cost of remediation".', 'Ministry of Mines'],
	],
};

/** The rows above, in the order attribution-rules.ts lists them. */
export const subjectRules: AttributionRule<RegExp | string>[] = [
	documentAsSpeaker, titledNameAtStart, appositiveAtEnd, descriptionAtStart, descriptionAtEnd, ageAsDescription, kinAsDescription, spokespersonOfOrganisationNoun, descriptiveTitle, placeFirst, organisationAfterComma, jointSpeakers,
	relativeSubject, someoneOfAGroup, spokespersonAlone, nameThenOrganisationNoun, possessiveDescriptionThenName, organisationsDocument,
];
