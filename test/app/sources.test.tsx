import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Filters} from '../../source/core/filters.js';
import {mergeCorpora} from '../../source/core/merge-corpora.js';
import {indexCorpus} from '../../source/core/records.js';
import {shippedCorpus, tinyCorpus} from '../helpers/corpora.js';
import {keep} from './kept-sessions.js';
import {keys, renderApp} from './render-app.js';

/** The app over several articles: the shipped one and an ingested one, read together. */

const index = indexCorpus(
	mergeCorpora([
		{corpus: shippedCorpus(), file: 'data/corpus.json'},
		{corpus: tinyCorpus({before: 'Fog closed the port at dawn. The keeper said: “', after: '” and climbed the tower.'}), file: 'corpus.json'},
	]),
);

async function open(filters?: Filters) {
	return keep(await renderApp({index, columns: 140, rows: 35, filters}));
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
	await app.press(keys.enter);
	assert.match(app.frame(), /Ada Keeper/);
	const quoteRows = app.lines().filter(line => /^│ [ ●] quote /.test(line));
	assert.equal(quoteRows.length, 1);
	assert.match(quoteRows[0]!, /Lighthouses are watching the bay/);
});

test('s picks sources: the chip names the article, the list keeps its passages and the actors and places they involve', async () => {
	const app = await open();
	await app.press(keys.escape, 's');
	assert.match(app.frame(), /Filter by source · 0 chosen/);
	assert.match(app.frame(), /\[ \] White House details Iran–Russia drone supply route and possible Russian factory 51 · iran-russia-drones/);
	await app.type('harbour');
	await app.press(keys.enter);
	assert.match(app.lines()[0]!, /§ Harbour notes {2}x clears/);
	assert.match(app.frame(), /All 2 {2}· {2}Quotes 1 {2}· {2}Facts 0 {2}· {2}Places 0 {2}· {2}Actors 1/);
	await app.press('x');
	assert.doesNotMatch(app.lines()[0]!, /Harbour notes/);
	assert.match(app.frame(), /All 87 /);
});

test('filters from the command line are applied at start, and the kind picks the tab', async () => {
	const app = await open({kinds: ['quote'], actorIds: ['a-peskov'], sourceIds: ['iran-russia-drones']});
	assert.match(app.lines()[0]!, /Dmitry Peskov {2}§ White House details/);
	assert.match(app.frame(), /Quotes 4/);
	const rows = app.lines().filter(line => /^│ [ ●] (?:quote|fact|actor) /.test(line));
	assert.equal(rows.length, 4);
	assert.ok(rows.every(row => /quote Peskov/.test(row)));
});
