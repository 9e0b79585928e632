import assert from 'node:assert/strict';
import {test} from 'node:test';
import {markedLines} from '../../source/app/layout/page-marks.js';
import {pageScreens} from '../../source/app/layout/page-screens.js';
import {fitTrail, readingView} from '../../source/app/layout/reading-view.js';
import {previewScroll, scrollPreview} from '../../source/app/state/preview-state.js';
import {canGo, openPage, readingReducer, scrollReaching, scrollShowing, type ReadingAction, type ReadingPage} from '../../source/app/state/reading-state.js';
import {indexCorpus} from '../../source/core/records.js';
import {shippedCorpus} from '../helpers/corpora.js';

const index = indexCorpus(shippedCorpus());
const run = (page: ReadingPage, ...actions: ReadingAction[]) => actions.reduce(readingReducer, page);
const text = (line: Array<{text: string}>) => line.map(segment => segment.text).join('');

test('following links keeps each page’s scroll and link; back and forward return to them; a new link drops the forward pages', () => {
	const start = openPage({view: 'detail', recordId: 'a-peskov', scroll: 0});
	const followed = run(start, {type: 'select-link', link: 1, scroll: 4}, {type: 'visit', to: {view: 'detail', recordId: 'q-peskov-mutual-benefit', scroll: 0}}, {type: 'scroll-to', scroll: 9});
	const back = run(followed, {type: 'step', by: -1});
	assert.deepEqual([back.type, back.scroll, back.type === 'detail' && back.link], ['detail', 4, 1]);
	const forward = run(back, {type: 'step', by: 1});
	assert.equal(forward.scroll, 9);
	assert.equal(canGo(forward, 1), false);
	const elsewhere = run(back, {type: 'visit', to: {view: 'reader', sourceId: 'iran-russia-drones', recordId: 'q-kirby-supply-route', scroll: 3}});
	assert.equal(elsewhere.type, 'reader');
	assert.equal(canGo(elsewhere, 1), false, 'a new visit drops what lay ahead');
	assert.equal(run(start, {type: 'step', by: -1}), start, 'no earlier page: nothing changes');
});

test('the find field: typing keeps the hit and scroll it is given, Enter keeps a find with text and drops an empty one, a visit ends it', () => {
	const page = openPage({view: 'reader', sourceId: 'iran-russia-drones', recordId: null, scroll: 0});
	const typed = run(page, {type: 'open-find'}, {type: 'edit-find', edit: {type: 'insert', text: 'alabuga'}, hit: 0, scroll: 12});
	assert.deepEqual([typed.find?.field.text, typed.find?.editing, typed.find?.hit, typed.scroll], ['alabuga', true, 0, 12]);
	assert.equal(run(typed, {type: 'close-find-field'}).find?.editing, false);
	assert.equal(run(page, {type: 'open-find'}, {type: 'close-find-field'}).find, null);
	assert.equal(run(typed, {type: 'visit', to: {view: 'detail', recordId: 'l-alabuga', scroll: 0}}).find, null);
});

test('a line is shown a third of the way down when off screen, and reached with the least scroll when stepping', () => {
	assert.equal(scrollShowing(10, 15, 12), 10, 'already in view: no scroll');
	assert.equal(scrollShowing(0, 40, 12), 36);
	assert.equal(scrollShowing(30, 2, 12), 0);
	assert.equal(scrollReaching(0, 12, 12), 1);
	assert.equal(scrollReaching(5, 3, 12), 3);
});

test('the preview scrolls within what its pane showed, and another record starts at the top', () => {
	const shown = {previewLines: 30, previewRoom: 10};
	const scrolled = scrollPreview({recordId: null, scroll: 0}, {by: 50, recordId: 'q-a'}, shown);
	assert.deepEqual(scrolled, {recordId: 'q-a', scroll: 20});
	assert.equal(previewScroll(scrolled, 'q-b'), 0);
	assert.deepEqual(scrollPreview(scrolled, {by: 1, recordId: 'q-b'}, shown), {recordId: 'q-b', scroll: 1});
});

test('page marks point at the chosen link and highlight hits, the current one apart, without changing the text', () => {
	const lines = [[{text: '  quote Peskov “never had illusions”', style: 'plain' as const}], [{text: 'Russia and Russia', style: 'strong' as const}]];
	const marked = markedLines(lines, 0, 2, {chosenLine: 0, hits: [{line: 1, start: 0, end: 6}, {line: 1, start: 11, end: 17}], currentHit: 1});
	assert.equal(text(marked[0]!), '▸ quote Peskov “never had illusions”');
	assert.deepEqual(marked[1]!.map(segment => segment.style), ['match', 'strong', 'selected']);
	assert.equal(text(marked[1]!), 'Russia and Russia');
});

test('a detail’s links are the records its groups name, each on its own line', () => {
	const screens = pageScreens(index, 100);
	const screen = screens.screenOf({type: 'detail', recordId: 'a-peskov'})!;
	assert.equal(screen.links.length, 7);
	for (const link of screen.links) {
		assert.match(text(screen.lines[link.line]!), new RegExp(link.record.kind === 'quote' ? 'quote Peskov' : 'fact'));
	}

	assert.equal(screens.screenOf({type: 'detail', recordId: 'a-peskov'}), screen, 'laid out once');
	const view = readingView(index, openPage({view: 'detail', recordId: 'a-peskov', scroll: 0}), screen, screens, 20);
	assert.deepEqual(view.trail, ['Peskov']);
});

test('the trail gives up its oldest pages for “…” to fit, and always names the page on screen', () => {
	const labels = ['Peskov', '¶13 quote', 'Russia', '¶3 fact'];
	assert.equal(fitTrail(labels, 80), 'Peskov › ¶13 quote › Russia › ¶3 fact');
	assert.equal(fitTrail(labels, 20), '… › Russia › ¶3 fact');
	assert.equal(fitTrail(labels, 3), '… › ¶3 fact');
	assert.equal(fitTrail(['…', 'a', 'b'], 6), '… › b');
});
