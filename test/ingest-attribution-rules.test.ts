import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {attributionRules} from '../source/ingest/attribution-rules.js';
import {referenceRules} from '../source/ingest/reference-rules.js';
import {extractArticle} from '../source/ingest/extract-article.js';
import {genderRules} from '../source/ingest/genders.js';
import {nameRules} from '../source/ingest/name-rules.js';
import {organisationRules} from '../source/ingest/organisation-rules.js';
import {personRules} from '../source/ingest/person-rules.js';

/**
 * Every attribution, name, person and gender row holds on its examples: the last quote
 * of an example is its speaker's (null: unattributed). Every organisation row
 * holds on its: the name is one of the article's organisations.
 */

function extract(text: string) {
	return extractArticle({text, title: undefined, outlet: undefined, date: undefined, fallbackTitle: 'test'}, {actors: [], locations: []});
}

function speakersOf(text: string): Array<string | null> {
	const corpus = extract(text);
	return corpus.quotes.map(quote => corpus.actors.find(actor => actor.id === quote.speaker)?.name ?? null);
}

for (const [table, rows] of [['attribution', attributionRules], ['reference', referenceRules], ['name', nameRules], ['person', personRules], ['gender', genderRules]] as const) {
	describe(`${table} rows`, () => {
		for (const row of rows) {
			test(`${row.id}: ${row.yields}`, () => {
				assert.ok(row.examples.length >= 2, 'a row is a class: two differently worded examples at least');
				for (const [text, speaker] of row.examples) {
					const speakers = speakersOf(text);
					assert.ok(speakers.length > 0, `a quote in: ${text}`);
					assert.equal(speakers.at(-1), speaker, text);
				}
			});
		}
	});
}

describe('organisation rows', () => {
	for (const row of organisationRules) {
		test(`${row.id}: ${row.yields}`, () => {
			assert.ok(row.examples.length >= 2, 'a row is a class: two differently worded examples at least');
			for (const [text, organisation] of row.examples) {
				const organisations = extract(text).actors.filter(actor => actor.type === 'organisation').map(actor => actor.name);
				assert.ok(organisations.includes(organisation), `${organisation} in ${JSON.stringify(organisations)}: ${text}`);
			}
		});
	}
});

describe('who a pronoun, a surname or an acronym means', () => {
	const cases: Array<[why: string, text: string, speaker: string | null]> = [
		['"he" after a person named in a paragraph since the last quote is that person, not the last speaker', '"We were never told," Laura Whitcomb said.\nBen Whitcomb has since had a blood test.\n"I feel fine," he said.', 'Ben Whitcomb'],
		['the same across a description', '"The roads are closed," said Mayor Ana Ruiz.\nThe fire chief, Tom Lund, toured the site on Monday.\n"Nothing is left," he said.', 'Tom Lund'],
		['a bare surname is the bearer the reader has seen called by it, not a relative named by first name only', 'On a wet morning, Ion Turcanu walks his vineyard with a phone for his daughter, Ana.\n"She asks about the grapes," says Turcanu.', 'Ion Turcanu'],
		['a nickname in quotation marks inside a name is what the person is called, and the surname is theirs', 'Guiuan Mayor Edgardo “Bong” Tenorio said funds had been released. “You take the boat,” Tenorio said.', 'Edgardo Tenorio'],
		['a family name written first, before a hyphenated given name: two Kims are two people, and "Kim" the one named last', '"We stay out," said Kim Hyung-soo, who leads the union.\nVice Labor Minister Kim Jae-won met the owners on Monday. Kim told reporters the strike was "an illegal act".', 'Kim Jae-won'],
		['a nickname of two words in straight marks', 'Traders know Jean-Claude "Papa Cobalt" Tshibangu, who runs a depot. "We go down 40 metres," Tshibangu said.', 'Jean-Claude Tshibangu'],
		['a surname opened by a particle of another language', 'Mines Minister Jean-Pierre Kabamba wa Ilunga said: “The wealth belongs to the people.”', 'Jean-Pierre Kabamba wa Ilunga'],
		['the same with straight marks, the nickname no quote of its own', 'Robert "Bob" Hale ran the mill for years. "It was a good living," Hale said.', 'Robert Hale'],
		['one name with an occupation after it is a person\'s, who goes on speaking after reported speech', '"We had 600 animals," said Batbayar, a herder from Uvs province who, like many Mongolians, uses one name.\nHe said the family had sold its horses.\n"There is nothing to go back to."', 'Batbayar'],
		['a first name alone, no one else\'s, stands for the person named in full', 'District governor Oyungerel Tsedevsuren toured the camps with the deputy mayor, Ganzorig Lkhagva. "It is not fast enough," she said.\nGanzorig told reporters the city would pay families to go back. He called the offer "an investment in the countryside."', 'Ganzorig Lkhagva'],
		['a full name found again is that person, not the surname of another inside it', 'In Auyo, Musa Danladi, 52, waded through the water.\n“Everything I planted is under this water,” Mr Danladi said.\nHis brother, Ibrahim Danladi, moved to a school.\nThe state commissioner, Hajiya Rabi Musa, visited the camp.\nMusa Danladi said he would plant again.', 'Musa Danladi'],
		['two surnames written together later are the person named in full, not someone new', 'Gov. Pablo Ibarra Scott toured the dam.\n"We need pipes," Ibarra Scott said.', 'Pablo Ibarra Scott'],
		['an age between a name and its appositive, and a name that opens with a click letter', 'Abraham !Gawaseb, 58, who has fished for rock lobster for 35 years, said brine would be pumped into the bay.\n“The lobster does not know about hydrogen.”', 'Abraham !Gawaseb'],
		['a spokesperson for an organisation named by its noun', 'The Ministry of Environment, Forestry and Tourism (MEFT) said the assessment was under review. "No certificate has been issued," said a spokesperson for the ministry.', 'Ministry of Environment, Forestry and Tourism'],
		['an acronym never defined is the organisation named in full whose initials spell it', 'The Bureau of Meteorology has warned of more rain.\n"Be ready to move at short notice," a BOM spokesperson said.', 'Bureau of Meteorology'],
		['a short form in brackets in the name\'s own language, and its spokesperson named before the organisation', 'The Honduran Coffee Institute (IHCAFE) regulates the trade.\nAn IHCAFE spokesperson said seedlings would be handed out. "The varieties exist," the spokesperson said.', 'Honduran Coffee Institute'],
		['a name that goes on through "of the …" to the short form it defines', 'The Organisation for the Development of the Artibonite Valley (ODVA), the state body, said its staff could not reach "more than 40 percent" of the gates.', 'Organisation for the Development of the Artibonite Valley'],
		['an organisation named by a head noun of co-operatives, clubs and tribunals, then by that noun', 'At the Alta Sierra Cacao Cooperative in Tingo María, which buys from 200 families, manager Rosa Quispe showed visitors a warehouse.\n"We are losing our young growers," the cooperative said in a statement.', 'Alta Sierra Cacao Cooperative'],
		['a person named only in a possessive is who "she" means, when what they have is no person', 'Every high tide now reaches Awa Ndiaye’s kitchen in Tessin. “The sea used to be far,” she said.', 'Awa Ndiaye'],
		['a part of a town named in an appositive is no person', 'Awa Diop has lived for 40 years in Ndar Toute, the crowded fishing quarter of Saint-Louis. “The sea used to be far,” she said.', 'Awa Diop'],
		['a surname alone reporting speech is the person named in full, whom no one had tagged', 'Takeshi Morimoto owns a boat.\n“Prices are high,” said Tom Birch, a buyer.\nMorimoto said the boat was ready. “I will go anyway,” he said.', 'Takeshi Morimoto'],
		['the same after the verb', 'Boniface Mudenda’s rigs stay in port.\n“The lake has turned its back on us,” says Mudenda, who chairs the producers.\n“Busts are longer,” says Dr Mwape Chanda, an ecologist.\nMudenda is not holding his breath.\n“We will wait,” he says.', 'Boniface Mudenda'],
		['a ministry named for a list of what it is for, commas and all', 'A spokesperson for the Department of Water, Forests, the Coast and Fisheries said no licence had been issued. “We are weighing the advice,” the department said.', 'Department of Water, Forests, the Coast and Fisheries'],
		['a list of bodies after a ministry is no part of its name', 'The Ministry of Defence, the Army and the Navy met on Monday. “We are ready,” the ministry said.', 'Ministry of Defence'],
		['the same with a place before the name', 'The sludge was licensed by the Maine Department of Environmental Protection.\n"We test soil every year," said a spokesperson for the DEP.', 'Maine Department of Environmental Protection'],
	];
	for (const [why, text, speaker] of cases) {
		test(why, () => {
			assert.equal(speakersOf(text).at(-1), speaker, text);
		});
	}

	test('a term introduced as one is no quote, even with "the" between and a speaker in the sentence', () => {
		const corpus = extract('On the market street, which residents nicknamed the “Champs-Élysées”, a shopkeeper who gave his name only as Abu Hassan said sales had halved.');
		assert.deepEqual(corpus.quotes.map(quote => quote.text), []);
		const called = extract('The Bureau of Meteorology has warned of more rain, in what some locals are already calling a “big wet”.\nHunters wait past what they call the "sinaa," the edge of the ice. "We can hear them," he said.');
		assert.deepEqual(called.quotes.map(quote => quote.text), ['We can hear them,']);
	});

	test('a short form defined in brackets finds the name in full, whatever words the short form leaves out; a name that holds it whole keeps its reading', () => {
		const organisations = (text: string) => extract(text).actors.filter(actor => actor.type === 'organisation').map(actor => [actor.name, actor.aliases.join(', ')]);
		assert.deepEqual(organisations('Coal plants there burn day and night, according to the Centre for Research on Energy and Clean Air (CREA). CREA said the smog was getting worse.'), [['Centre for Research on Energy and Clean Air', 'CREA']]);
		assert.deepEqual(organisations('Fishermen blame the Indonesia Morowali Industrial Park (IMIP) for the brown water.'), [['Indonesia Morowali Industrial Park', 'IMIP']]);
		// Short forms spoken as words: one capital and up to eleven letters ("Sernapesca"), or syllables, each opening a word of the name ("CalMac").
		const speakers = (text: string) => {
			const corpus = extract(text);
			return corpus.quotes.map(quote => corpus.actors.find(actor => actor.id === quote.speaker)?.name);
		};
		assert.deepEqual(speakers('The National Fisheries and Aquaculture Service (Sernapesca) counted 23 die-offs.\nSernapesca warned that toxins "are not destroyed by cooking."'), ['National Fisheries and Aquaculture Service']);
		assert.ok(extract('Caledonian MacBrayne (CalMac) cancelled 112 sailings.\nCalMac said it "deeply regretted" the disruption.').actors.some(actor => [actor.name, ...actor.aliases].includes('Caledonian MacBrayne') && [actor.name, ...actor.aliases].includes('CalMac')));
		assert.deepEqual(organisations('Convoys are run by the UN Office for the Coordination of Humanitarian Affairs (OCHA) from Port Sudan.'), [['UN Office for the Coordination of Humanitarian Affairs', 'OCHA']]);
		// Speaking, the name with dots in its short form ("U.N.") is still one organisation, not its tail as well.
		assert.deepEqual(organisations('The U.N. Office for the Coordination of Humanitarian Affairs (OCHA) said 40 trucks had crossed.'), [['U.N. Office for the Coordination of Humanitarian Affairs', 'OCHA']]);
	});

	test('a dateline in capitals is a place, never a person', () => {
		const corpus = extract('SANTA ROSA DE LIMA, Guatemala (AP) — Coffee growers say the rust is back. "We lost half the crop," said Ana Pérez.');
		assert.deepEqual(corpus.actors.filter(actor => actor.type === 'person').map(actor => actor.name), ['Ana Pérez']);
		assert.ok(corpus.locations.some(location => location.name === 'Santa Rosa de Lima'), JSON.stringify(corpus.locations.map(location => location.name)));
	});

	test('a person with an age after their one name is a person, and a form of address from another language is no part of the name', () => {
		const people = extract('"Now I go out past the islands," said Rusdi, 47, who like many Indonesians uses one name.\nAndi Baso, a former village head, said the reef was brown. "They give us rice," said Pak Andi.').actors.filter(actor => actor.type === 'person').map(actor => actor.name);
		assert.deepEqual(people.sort(), ['Andi Baso', 'Rusdi']);
	});

	test('a nickname is no quote, and the person goes by it too', () => {
		const corpus = extract('Among the survivors was Maricel “Cel” Abuda, a fish vendor, who clung to a container for hours.');
		assert.deepEqual(corpus.quotes, []);
		assert.deepEqual(corpus.actors.filter(actor => actor.type === 'person').map(actor => [actor.name, actor.aliases.includes('Cel')]), [['Maricel Abuda', true]]);
	});
});
