import {test} from 'node:test';
import assert from 'node:assert/strict';
import {indexCorpus} from '../../source/core/records.js';
import {LiveSearch, matchingHits} from '../../source/app/state/results.js';
import {generateCorpus} from '../bench/generate-corpus.js';

/** The app's searches over a corpus too large to search between two keys. */

const index = indexCorpus(generateCorpus(3000, 11));
const wanted = (query: string) => ({query, actorIds: [], locationIds: []});

test('a long search goes on in the background, a newer query drops it, and the results come when ready', async () => {
	const live = new LiveSearch(index);
	const settled = new Promise<void>(resolve => {
		live.onSettled(resolve);
	});

	assert.equal(live.hitsFor(wanted('d')).searching, true, 'one letter matches nearly everything: not done at once');
	const pending = live.hitsFor(wanted('dr'));
	assert.deepEqual(pending, {hits: [], searching: true}, 'nothing shown yet');
	await settled;

	const done = live.hitsFor(wanted('dr'));
	assert.equal(done.searching, false);
	assert.deepEqual(done.hits.map(hit => hit.record.id), matchingHits(index, 'dr', {}).map(hit => hit.record.id));
	const dropped = live.hitsFor(wanted('d'));
	assert.equal(dropped.searching, true, 'the stale search was never finished');
	assert.equal(dropped.hits, done.hits, 'the last results stay on screen meanwhile');
});
