import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cityKey, cityRecordOf, headOfLines, rowOf} from '../source/ingest/places/gazetteer-index-format.js';
import {indexInMemory, indexReader} from '../source/ingest/places/gazetteer-index.js';

/** An index of `count` towns named Town 0 … Town n-1, one line per slug, over several blocks. */
function townIndex(count: number) {
	const lines: Array<[string, string]> = [];
	for (let id = 0; id < count; id++) {
		const city = {cityId: id, name: `Town ${id}`, altName: '', country: 'NZ', featureCode: 'PPL', adminCode: 'F1', population: 500 + id, loc: {type: 'Point' as const, coordinates: [178, -38] as [number, number]}};
		lines.push([`town-${id}`, JSON.stringify([rowOf({type: 'city', name: city.name, marked: false, city})])], [cityKey(id), JSON.stringify(cityRecordOf(city))]);
	}

	const sorted = lines.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, value]) => `${key}\t${value}\n`);
	const head = headOfLines(sorted, {format: 1, longestNameInWords: 2, spans: {}, countries: [], cities: []});
	return {head, index: indexReader(indexInMemory({head, lines: sorted}))};
}

test('every name of the index is found by its slug, over every block, and nothing else is', () => {
	const {head, index} = townIndex(3000);
	assert.ok(head.blocks.length > 5, `${head.blocks.length} blocks`);
	for (const id of [0, 1, 999, 1000, 1999, 2999]) {
		const [name] = index.namesWithSlug(`town-${id}`);
		assert.equal(name?.type === 'city' ? name.city.population : undefined, 500 + id);
		assert.equal(name?.name, `Town ${id}`);
		assert.equal(index.cityById(id)?.name, `Town ${id}`);
	}

	for (const slug of ['a', 'town', 'town-3000', 'town-0-0', 'zzz', '', 'Town 1']) {
		assert.deepEqual(index.namesWithSlug(slug), [], slug);
	}

	assert.equal(index.cityById(3000), undefined);
});

test('a city found by its slug and by its id is one city', () => {
	const {index} = townIndex(20);
	const [byName] = index.namesWithSlug('town-7');
	assert.ok(byName?.type === 'city' && byName.city === index.cityById(7));
});
