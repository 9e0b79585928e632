import assert from 'node:assert/strict';
import {after, test} from 'node:test';
import {mergeCorpora} from '../../source/core/merge-corpora.js';
import {indexCorpus} from '../../source/core/records.js';
import {shippedCorpus, tinyCorpus} from '../helpers/corpora.js';
import {keys, renderApp} from './render-app.js';

/** The app over several articles: the shipped one and an ingested one, read together. */

const index = indexCorpus(
	mergeCorpora([
		{corpus: shippedCorpus(), file: 'data/corpus.json'},
		{corpus: tinyCorpus({before: 'Fog closed the port at dawn. The keeper said: “', after: '” and climbed the tower.'}), file: 'corpus.json'},
	]),
);

const sessions: Array<Awaited<ReturnType<typeof renderApp>>> = [];
after(() => {
	for (const session of sessions) {
		session.unmount();
	}
});

async function open() {
	const session = await renderApp({index, columns: 140, rows: 35});
	sessions.push(session);
	return session;
}

test('the context pane names the record’s article and shows that article’s paragraph', async () => {
	const app = await open();
	await app.type('lighthouses');
	assert.ok(app.lines().some(line => /│ {3}quote Keeper “Lighthouses are watching the bay”/.test(line)), 'the ingested quote is found');
	assert.match(app.frame(), /In context · Harbour notes, ¶1/);
	assert.match(app.frame(), /Fog closed the port at dawn\. The keeper said:/);
	assert.doesNotMatch(app.frame(), /Caspian/);
});

test('a shipped quote still shows the shipped article, titled', async () => {
	const app = await open();
	await app.type('makhachkala');
	await app.press(keys.tab, keys.tab);
	assert.match(app.frame(), /In context · White House details Iran–Russia drone supply route/);
	assert.match(app.frame(), /The drones are built in Iran/);
});

test('the actor picker offers the second article’s speaker and filters to her quotes', async () => {
	const app = await open();
	await app.press(keys.escape, 'a');
	await app.type('ada');
	await app.press(' ', keys.enter);
	assert.match(app.frame(), /Ada Keeper/);
	const quoteRows = app.lines().filter(line => /│ [ ●] quote /.test(line));
	assert.equal(quoteRows.length, 1);
	assert.match(quoteRows[0]!, /Lighthouses are watching the bay/);
});
