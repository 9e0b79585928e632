import {test} from 'node:test';
import assert from 'node:assert/strict';
import {indexCorpus} from '../../source/core/records.js';
import {LiveSearch, type Wanted} from '../../source/app/state/live-search.js';
import {matchingHits} from '../../source/app/state/results.js';
import {generateCorpus} from '../bench/generate-corpus.js';

/** The app's searches, an external store, over a corpus too large to search between two keys. */

const index = indexCorpus(generateCorpus(3000, 11));
const wanted = (query: string): Wanted => ({query, actorIds: [], locationIds: [], sourceIds: []});

/** Resolves when the store next tells its subscribers that the snapshot changed and the search is done. */
function settled(live: LiveSearch): Promise<void> {
	return new Promise(resolve => {
		const stop = live.subscribe(() => {
			if (!live.getSnapshot().searching) {
				stop();
				resolve();
			}
		});
	});
}

test('a long search goes on in the background, a newer query drops it, and the results come when ready', async () => {
	const live = new LiveSearch(index);
	const done = settled(live);
	live.request(wanted('d'));
	assert.equal(live.getSnapshot().searching, true, 'one letter matches nearly everything: not done at once');
	live.request(wanted('dr'));
	assert.deepEqual(live.getSnapshot(), {hits: [], query: '', searching: true}, 'nothing shown yet');
	await done;

	const answer = live.getSnapshot();
	assert.equal(answer.query, 'dr');
	assert.deepEqual(answer.hits.map(hit => hit.record.id), matchingHits(index, 'dr', {}).map(hit => hit.record.id));
	live.request(wanted('d'));
	assert.equal(live.getSnapshot().searching, true, 'the stale search was never finished');
	assert.equal(live.getSnapshot().hits, answer.hits, 'the last results stay on screen meanwhile');
	live.stop();
});

test('over a large corpus a key’s frame shows the last results: the search starts after it, however quick', async () => {
	const live = new LiveSearch(index);
	const done = settled(live);
	live.request(wanted('zzqx'));
	assert.deepEqual(live.getSnapshot(), {hits: [], query: '', searching: true});
	await done;
	assert.deepEqual(live.getSnapshot(), {hits: matchingHits(index, 'zzqx', {}), query: 'zzqx', searching: false});
});

test('a key that arrives while a search waits for its turn is drawn first; the search goes on after', async () => {
	const live = new LiveSearch(index);
	const done = settled(live);
	live.request(wanted('zzqx'));
	live.letFrameGoFirst();
	// Queued after the search's turn, as React queues a key's render.
	const seenByTheFrame = await new Promise<boolean>(resolve => {
		setImmediate(() => {
			resolve(live.getSnapshot().searching);
		});
	});
	assert.equal(seenByTheFrame, true, 'the frame came before the search had its turn');
	await done;
	assert.equal(live.getSnapshot().searching, false);
});

test('while a search runs, the snapshot keeps the query its hits answer, for their highlights; known answers come at once', async () => {
	const live = new LiveSearch(indexCorpus(generateCorpus(3000, 12)));
	const first = settled(live);
	live.request(wanted('dr'));
	await first;
	const done = live.getSnapshot();
	assert.equal(done.query, 'dr');

	const second = settled(live);
	live.request(wanted('dro'));
	assert.equal(live.getSnapshot().searching, true);
	assert.equal(live.getSnapshot().query, 'dr', 'the hits shown are still those for "dr"');
	assert.equal(live.getSnapshot().hits, done.hits);
	await second;
	assert.equal(live.getSnapshot().query, 'dro');
	live.request(wanted('dr'));
	assert.deepEqual(live.getSnapshot(), done, 'Backspace gets the remembered answer in the same turn');
});

test('a small corpus is searched in the key’s own turn while the search keeps within its budget', () => {
	const small = indexCorpus(generateCorpus(100, 3));
	const live = new LiveSearch(small, wanted('dr'), () => 0);
	assert.equal(live.getSnapshot().searching, false);
	assert.equal(live.getSnapshot().query, 'dr');
	assert.deepEqual(live.getSnapshot().hits, matchingHits(small, 'dr', {}));
});

test('over a small corpus, a search that outruns its budget finishes after the key’s frame, in the background', async () => {
	const small = indexCorpus(generateCorpus(100, 3));
	let clock = 0;
	// Every step takes 3 ms: a budget of 4 ms ends after two.
	const live = new LiveSearch(small, undefined, () => (clock += 3));
	const done = settled(live);
	live.request(wanted('dr'));
	assert.equal(live.getSnapshot().searching, true, 'the key’s frame is drawn before the search ends');
	await done;
	assert.deepEqual(live.getSnapshot(), {hits: matchingHits(small, 'dr', {}), query: 'dr', searching: false});
});
