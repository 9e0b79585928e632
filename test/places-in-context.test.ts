import {test} from 'node:test';
import assert from 'node:assert/strict';
import {kilometresBetween} from '../source/ingest/places/distance.js';
import {articlePlaces, findPlaces, placeNamer} from '../source/ingest/places/index.js';

/** The words a paragraph's places are written as. */
const written = (text: string) => findPlaces([text]).map(mention => mention.written);

test('a small town is put in place by "above", "below", "off" and "along" as by "in"', () => {
	assert.deepEqual(written('Vineyards on the slopes above Calvi have dried up, France’s farmers say.'), ['Calvi', 'France']);
	assert.deepEqual(written('Nets were set off Sulangan, in the Philippines.'), ['Sulangan', 'Philippines']);
	// Without a word of place, a village's name may be anything.
	assert.deepEqual(written('Vineyards on the slopes Calvi have dried up, France’s farmers say.'), ['France']);
});

test('"the areas of", "the coast of" put a list of districts in place; "the X area" and "Barangay X" call a name a settlement', () => {
	assert.deepEqual(written('Officials evacuated the riverine areas of Kashmore and Thatta in Pakistan.'), ['Kashmore', 'Thatta', 'Pakistan']);
	assert.deepEqual(written('Officials evacuated Kashmore and Thatta in Pakistan.'), ['Thatta', 'Pakistan']);
	assert.deepEqual(written('She represents the Tullamore area on the council, Ireland’s smallest.'), ['Tullamore', 'Ireland']);
	assert.deepEqual(written('She represents Tullamore on the council, Ireland’s smallest.'), ['Ireland']);
	assert.deepEqual(written('A trader from Barangay Bagong Silang in the Philippines said so.'), ['Bagong Silang', 'Philippines']);
});

test('a country inside an organisation’s name names the article’s country', () => {
	const text = 'Boats sailed from Watamu, the Kenya Ports Authority said.';
	const start = text.indexOf('Kenya Ports Authority');
	const organisation = {paragraph: 1, start, end: start + 'Kenya Ports Authority'.length};
	assert.deepEqual(articlePlaces([text]).find([organisation]).map(mention => mention.written), ['Watamu']);
	assert.deepEqual(findPlaces(['Boats sailed from Watamu, the port authority said.']), []);
});

test('of a small town’s namesakes in one country, the one nearest the places beside it, else the middle of the article’s', () => {
	const guiuan = findPlaces(['Boats sailed from Guiuan, in the Philippines.'])[0]!.place;
	const beside = findPlaces(['Fishermen from Guiuan and Sulangan, in the Philippines, said so.']).find(mention => mention.written === 'Sulangan')!.place;
	assert.ok(kilometresBetween(beside, guiuan) < 20, `${kilometresBetween(beside, guiuan)} km`);
	const later = findPlaces(['Boats sailed from Guiuan and Borongan, in the Philippines.', 'A vendor from Barangay Sulangan said so.']).find(mention => mention.written === 'Sulangan')!.place;
	assert.equal(later.key, beside.key);
	const alone = findPlaces(['Nets were set off Sulangan, in the Philippines.'])[0]!.place;
	assert.ok(kilometresBetween(alone, guiuan) > 100, 'alone, the namesake chosen by size');
});

test('a province of a country the article does not name is found where words put it in place and no other province shares its name', () => {
	assert.deepEqual(written('Across the strait, growers in Andalusia face the same drought, Morocco’s farmers say.'), ['Andalusia', 'Morocco']);
	assert.deepEqual(written('Across the strait, growers Andalusia face the same drought, Morocco’s farmers say.'), ['Morocco']);
});

test('a name the article puts in place in one paragraph is a place in all of them, so no one takes it for a person', () => {
	const placed = placeNamer(['Oyster farmers in Ma On Shan say the catch fell, Hong Kong officials said.', 'Ma On Shan exports oysters.']);
	assert.equal(placed('Ma On Shan')?.name, 'Ma On Shan');
	assert.equal(placeNamer(['Ma On Shan exports oysters, Hong Kong officials said.'])('Ma On Shan'), undefined);
});

test('a name the article has put in place is that place where it is written bare later', () => {
	const mentions = findPlaces(['Boats sailed from Calvi, in France, on Monday.', 'Calvi has no hospital, residents said.']);
	assert.deepEqual(mentions.map(mention => `${mention.paragraph} ${mention.written}`), ['1 Calvi', '1 France', '2 Calvi']);
	assert.equal(mentions[0]!.place.key, mentions[2]!.place.key);
	assert.deepEqual(written('Calvi has no hospital, residents said.'), []);
});

test('the world’s seas, gulfs and straits are curated places', () => {
	assert.deepEqual(written('Ships crossed the Bay of Bengal, the Andaman Sea and the Gulf of Carpentaria.'), ['Bay of Bengal', 'Andaman Sea', 'Gulf of Carpentaria']);
});

test('a part of a town named by what it is, in an appositive or after "the quarter of", is taken at that town', () => {
	const mentions = findPlaces(['The widow has lived for 40 years in Ndar Toute, the crowded fishing quarter of Saint-Louis, in Senegal.', 'Families from Ndar Toute and the neighbouring quarter of Goxu Mbacc will move.']);
	assert.deepEqual(mentions.map(mention => `${mention.paragraph} ${mention.written}`), ['1 Ndar Toute', '1 Saint-Louis', '1 Senegal', '2 Ndar Toute', '2 Goxu Mbacc']);
	const saintLouis = mentions[1]!.place;
	assert.ok(mentions.every(mention => mention.place.kind === 'country' || kilometresBetween(mention.place, saintLouis) < 1));
	assert.match(mentions[0]!.place.coordinatesSource, /^approximate: not in the gazetteer; taken at Saint-Louis/u);
});

test('"St Elizabeth" is GeoNames’ "St. Elizabeth"; the oceans are places, "the Atlantic" too', () => {
	assert.deepEqual(written('Farmers in St Elizabeth, the parish that grows much of Jamaica’s vegetables, lost crops.'), ['St Elizabeth', 'Jamaica']);
	assert.deepEqual(written('Boats sail out into the Atlantic and across the Indian Ocean to India.'), ['Atlantic', 'Indian Ocean', 'India']);
});

test('a settlement named by what it is, outside, near or east of a town, and a ward of a town’s possessive, are taken there', () => {
	const near = (text: string, name: string, town: string) => {
		const mentions = findPlaces([text]);
		const place = mentions.find(mention => mention.written === name)?.place;
		assert.ok(place, `${name} in ${text}`);
		assert.match(place.coordinatesSource, new RegExp(`taken at ${town}`, 'u'));
	};

	near('At Koronubu, a cane settlement outside Ba, Fiji, grower Bisun said so.', 'Koronubu', 'Ba');
	near('He has taken his boat out from Labota village for 30 years, near Kendari, Indonesia.', 'Labota', 'Kendari');
	near('In Sylhet’s Companiganj upazila, Bangladesh, water rose.', 'Companiganj', 'Sylhet');
	near('In Mahakalapada block of Kendrapara, India, families moved.', 'Mahakalapada', 'Kendrapara');
});

test('a village known by its appositive however the sentence goes on, never a village elder', () => {
	const sculeni = findPlaces(['Ion Țurcanu makes wine in Sculeni, a village of about 1,900 people near Ungheni, Moldova.']).find(mention => mention.written === 'Sculeni')?.place;
	assert.match(sculeni?.coordinatesSource ?? '', /taken at Ungheni/u);
	assert.deepEqual(written('Bidzina Japaridze, the village elder, met officials in Ungheni, Moldova.').filter(name => name.startsWith('Bidzina')), []);
});
