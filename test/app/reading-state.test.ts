import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readerLayout} from '../../source/app/layout/reader-lines.js';
import {canStep, currentVisit, startHistory, step, trail, updateVisit, visit, type Visit} from '../../source/app/state/history.js';
import {findInPage, nextHit} from '../../source/core/find-in-page.js';
import {readArticle} from '../../source/core/reader.js';
import {indexCorpus} from '../../source/core/records.js';
import {shippedCorpus} from '../helpers/corpora.js';

const index = indexCorpus(shippedCorpus());
const lineText = (line: Array<{text: string}>) => line.map(segment => segment.text).join('');

test('the reader lays out every paragraph under its margin, and knows the line each record starts on', () => {
	const reading = readArticle(index, 'iran-russia-drones')!;
	const layout = readerLayout(reading, 60, 'q-kirby-supply-route');
	assert.equal(layout.paragraphLines.length, reading.paragraphs.length);
	assert.ok(layout.lines.every(line => lineText(line).length <= 60), 'no line wider than the pane');
	const third = layout.lines[layout.paragraphLines[2]!]!;
	assert.match(lineText(third), /^QFRP ¶3 “The drones/);
	// The current record's passage is drawn as the passage; another record in the same paragraph is only marked.
	assert.ok(third.some(segment => segment.style === 'passage' && segment.text.startsWith('The drones')));
	const kirbyLater = layout.markLines.get('q-kirby-production-in-russia')!;
	assert.ok(kirbyLater > layout.paragraphLines[2]!, 'a passage late in a paragraph starts on a later line');
	assert.match(lineText(layout.lines[kirbyLater]!), /We are|also|concerned/);
});

test('find in page forgives case and accents, and n / N wrap round as in less', () => {
	const lines = ['Makhachkala, Russia', 'the port of MAKHACHKALA', 'nothing here', 'São Paulo and sao paulo'];
	assert.deepEqual(findInPage(lines, 'makhachkala').map(hit => hit.line), [0, 1]);
	assert.deepEqual(findInPage(lines, 'sao').map(hit => [hit.line, hit.start]), [[3, 0], [3, 14]]);
	assert.deepEqual(findInPage(lines, '   '), []);
	const hits = findInPage(lines, 'makhachkala');
	assert.equal(nextHit(hits, 0, 1), 1);
	assert.equal(nextHit(hits, 1, 1), 0, 'past the last hit, n wraps to the first');
	assert.equal(nextHit(hits, 0, -1), 1, 'before the first, N wraps to the last');
	assert.equal(nextHit([], 0, 1), null);
});

test('history goes back and forward as a browser, and a new link drops what lay ahead', () => {
	const at = (id: string): Visit => ({view: 'detail', recordId: id, scroll: 0});
	let history = visit(visit(startHistory(at('a-peskov')), at('q-peskov-us-pressure')), at('l-russia'));
	history = updateVisit(history, current => ({...current, scroll: 7}));
	history = step(step(history, -1), -1);
	assert.equal((currentVisit(history) as {recordId: string}).recordId, 'a-peskov');
	assert.equal(canStep(history, -1), false);
	history = step(history, 1);
	history = step(history, 1);
	assert.deepEqual(currentVisit(history), {view: 'detail', recordId: 'l-russia', scroll: 7}, 'forward returns to the scroll left');
	history = visit(step(history, -1), at('l-iran'));
	assert.equal(canStep(history, 1), false, 'following a new link drops the forward pages');
	assert.deepEqual(trail(history, visit => (visit as {recordId: string}).recordId), ['a-peskov', 'q-peskov-us-pressure', 'l-iran']);
	assert.deepEqual(trail(visit(visit(history, at('x')), at('y')), visit => (visit as {recordId: string}).recordId, 3), ['…', 'x', 'y']);
});
