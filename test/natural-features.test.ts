import {test} from 'node:test';
import assert from 'node:assert/strict';
import {featureRows} from '../source/ingest/places/feature-rows.js';
import {findPlaces} from '../source/ingest/places/index.js';
import {featureNamesIn} from '../source/ingest/places/natural-features.js';

for (const row of featureRows) {
	test(`feature row "${row.id}": its examples`, () => {
		for (const [text, wanted] of row.examples) {
			const found = featureNamesIn(text).map(feature => feature.name);
			assert.equal(found.join(', '), wanted ?? '', text);
		}
	});
}

const placeNamed = (paragraphs: string[], written: string) => findPlaces(paragraphs).find(mention => mention.written === written)?.place;

test('a river the gazetteer lacks is taken at the town named beside it, and says so', () => {
	const river = placeNamed(['Fishermen on the Kessar River near Kisumu say the catch has halved.'], 'Kessar River')!;
	const kisumu = placeNamed(['Fishermen near Kisumu say the catch has halved.'], 'Kisumu')!;
	assert.equal(river.kind, 'river');
	assert.deepEqual([river.lat, river.lon], [kisumu.lat, kisumu.lon]);
	assert.match(river.coordinatesSource, /^approximate: not in the gazetteer; taken at Kisumu/u);
});

test('a feature named again later is the same place, even where no town stands beside it', () => {
	const paragraphs = ['Barges wait on the Kessar River near Kisumu.', 'By Friday the Kessar River had risen two metres.'];
	const mentions = findPlaces(paragraphs).filter(mention => mention.written === 'Kessar River');
	assert.deepEqual(mentions.map(mention => mention.paragraph), [1, 2]);
	assert.equal(new Set(mentions.map(mention => mention.place.key)).size, 1);
});

test('a feature with only a capital beside it is left out rather than guessed', () => {
	const mentions = findPlaces(['Officials in Nairobi said the Kessar River would be dredged.']);
	assert.deepEqual(mentions.map(mention => mention.written), ['Nairobi']);
});

test('a feature named after a place lies at that place; a lower-case feature word leaves the place as it is', () => {
	const paragraphs = ['Welders in Mombasa, Kenya, struck on Tuesday.', 'Ferries from Lamu Island stopped, and boats left Malindi.', 'In Lamu, shops shut.'];
	const island = placeNamed(paragraphs, 'Lamu Island');
	const lamu = placeNamed(paragraphs, 'Lamu');
	assert.ok(island !== undefined && lamu !== undefined);
	assert.deepEqual([island.lat, island.lon], [lamu.lat, lamu.lon]);
	assert.deepEqual(findPlaces(['Water in the Kisumu reservoir fell.']).map(mention => mention.written), ['Kisumu']);
});

test('a feature inside an organisation’s or a person’s name is no place', () => {
	assert.deepEqual(findPlaces(['The Kessar River Authority in Kisumu said so.']).map(mention => mention.written), ['Kisumu']);
	assert.deepEqual(findPlaces(['Doctors at Mount Kessar Hospital in Kisumu said so.']).map(mention => mention.written), ['Kisumu']);
});

test('a town in the sentence places a feature before a region there: a region is wide', () => {
	const river = placeNamed(['Floodwater from the Kessar River across the Sahel reached Timbuktu, Mali.'], 'Kessar River')!;
	assert.match(river.coordinatesSource, /taken at Timbuktu/u);
});
