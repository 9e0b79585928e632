import {test} from 'node:test';
import assert from 'node:assert/strict';
import {indexCorpus} from '../../source/core/records.js';
import {LiveSearch, liveSearchFor, matchingHits, resultsFor} from '../../source/app/state/results.js';
import {generateCorpus} from '../bench/generate-corpus.js';

/** The app's searches over a corpus too large to search between two keys. */

const index = indexCorpus(generateCorpus(3000, 11));
const wanted = (query: string) => ({query, actorIds: [], locationIds: [], sourceIds: []});

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

test('over a large corpus a key’s frame shows the last results: the search starts after it, however quick', async () => {
	const live = new LiveSearch(index);
	const settled = new Promise<void>(resolve => {
		live.onSettled(resolve);
	});

	assert.deepEqual(live.hitsFor(wanted('zzqx')), {hits: [], searching: true});
	await settled;
	assert.deepEqual(live.hitsFor(wanted('zzqx')), {hits: matchingHits(index, 'zzqx', {}), searching: false});
});

test('a key that arrives while a search waits for its turn is drawn first; the search goes on after', async () => {
	const live = new LiveSearch(index);
	const settled = new Promise<void>(resolve => {
		live.onSettled(resolve);
	});

	live.hitsFor(wanted('zzqx'));
	live.letFrameGoFirst();
	// Queued after the search's turn, as React queues a key's render.
	const seenByTheFrame = await new Promise<boolean>(resolve => {
		setImmediate(() => {
			resolve(live.hitsFor(wanted('zzqx')).searching);
		});
	});
	assert.equal(seenByTheFrame, true, 'the frame came before the search had its turn');
	await settled;
	assert.equal(live.hitsFor(wanted('zzqx')).searching, false);
});

test('while a search runs, the results on screen keep the query they answer, for their highlights', async () => {
	const own = indexCorpus(generateCorpus(3000, 12));
	const state = (query: string) => ({query, actorIds: [], locationIds: [], sourceIds: [], tab: 'all' as const});
	const settled = () =>
		new Promise<void>(resolve => {
			const stop = liveSearchFor(own).onSettled(() => {
				stop();
				resolve();
			});
		});

	const first = settled();
	assert.equal(resultsFor(own, state('dr')).searching, true);
	await first;
	const done = resultsFor(own, state('dr'));
	assert.equal(done.query, 'dr');
	assert.equal(done.searching, false);

	const second = settled();
	const typing = resultsFor(own, state('dro'));
	assert.equal(typing.searching, true);
	assert.equal(typing.query, 'dr', 'the hits shown are still those for "dr"');
	assert.equal(typing.hits, done.hits);
	await second;
	assert.equal(resultsFor(own, state('dro')).query, 'dro');
});
