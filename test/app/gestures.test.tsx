import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {test} from 'node:test';
import {waitFor} from '../helpers/wait-for.js';
import {runBrief} from '../helpers/run-brief.js';
import {openWithBriefing} from './briefing-session.js';
import {indexCorpus} from '../../source/core/records.js';
import {keep, open} from './kept-sessions.js';
import {keys, shippedIndex, widestLine, type Session} from './render-app.js';

/** The gestures of fzf, less and readline users (issue 18), each as a user makes it. */

async function openBriefing(options?: Parameters<typeof openWithBriefing>[0]) {
	const opened = await openWithBriefing(options);
	keep(opened.app);
	return opened;
}

const header = (app: Session) => app.lines()[0]!;
const listRows = (app: Session) => app.lines().filter(line => /^│ [ ●] (quote|fact|place|actor|route) /.test(line));

test('types peskov in the actor picker, presses Enter, sees the chip and only records involving Peskov', async () => {
	const app = await open();
	await app.press(keys.escape, 'a');
	await app.type('peskov');
	await app.press(keys.enter);
	assert.match(header(app), / Dmitry Peskov {2}x clears/);
	assert.doesNotMatch(app.frame(), /Filter by actor/);
	await app.press(keys.tab);
	const speakers = listRows(app).map(row => /^│ [ ●] quote (\S+)/.exec(row)?.[1]);
	assert.deepEqual([...new Set(speakers)], ['Peskov'], 'only Peskov’s quotes');
});

test('with Peskov chosen, a + kirby + Enter adds Kirby; reopened, the chosen come first, marked', async () => {
	const app = await open({filters: {actorIds: ['a-peskov']}});
	await app.press(keys.escape, 'a');
	const firstRow = app.lines().find(line => /\[[x ]\]/.test(line))!;
	assert.match(firstRow, /\[x\] Dmitry Peskov/, 'the chosen row is listed first');
	await app.type('kirby');
	await app.press(keys.enter);
	assert.match(header(app), /Dmitry Peskov {2}John Kirby/);
	await app.press('a');
	const rows = app.lines().filter(line => /\[[x ]\]/.test(line)).slice(0, 3);
	assert.match(rows[0]!, /\[x\] Dmitry Peskov/);
	assert.match(rows[1]!, /\[x\] John Kirby/);
	assert.match(rows[2]!, /\[ \]/);
});

test('a space types a space in the picker: “joe biden” finds Joe Biden, and Enter picks him', async () => {
	const app = await open();
	await app.press(keys.escape, 'a');
	await app.type('joe biden');
	assert.match(app.frame(), /› joe biden/);
	assert.match(app.frame(), /Filter by actor · 0 chosen/, 'the space ticked nothing');
	await app.press(keys.enter);
	assert.match(header(app), / Joe Biden {2}x clears/);
});

test('Tab ticks several rows and moves on; Enter applies exactly those', async () => {
	const app = await open();
	await app.press(keys.escape, 'l');
	await app.type('kyiv');
	await app.press(keys.tab, keys.ctrlU);
	await app.type('moscow');
	await app.press(keys.tab);
	assert.match(app.frame(), /2 chosen/);
	await app.press(keys.enter);
	assert.match(header(app), /@Kyiv {2}@Moscow/);
});

test('fixes a typo in the middle of the query with ← and sees the results', async () => {
	const app = await open();
	await app.type('makhchkala');
	assert.match(app.frame(), /› makhchkala/);
	await app.press(keys.left, keys.left, keys.left, keys.left, keys.left, keys.left);
	await app.type('a');
	assert.match(app.frame(), /› makhachkala/);
	assert.match(app.frame(), /All 2 /);
	assert.ok(listRows(app).some(row => /place Makhachkala/.test(row)));
});

test('Delete takes the character under the cursor and Backspace the one before it; Alt-Delete the word after', async () => {
	const app = await open();
	const query = () => /› (.*?)\s*$/m.exec(app.frame())?.[1];
	await app.type('kirbyy caspian');
	await app.press(keys.home, keys.right, keys.right, keys.right, keys.right, keys.right, keys.delete);
	assert.equal(query(), 'kirby caspian', 'Delete took the second y, under the cursor');
	await app.press(keys.backspace);
	assert.equal(query(), 'kirb caspian', 'Backspace took the y before the cursor');
	await app.press(keys.altDelete);
	assert.equal(query(), 'kirb', 'Alt-Delete took the word after the cursor');
});

test('the query line edits as readline: Home/End, Ctrl-A/E, Alt-B/F, Ctrl-←, Ctrl-W, Alt-Backspace, Alt-D, Ctrl-K, Ctrl-U, Ctrl-D, paste at the cursor', async () => {
	const app = await open();
	const query = () => /› (.*?)\s*$/m.exec(app.frame())?.[1];
	await app.type('kirby caspian sea');
	await app.press(keys.ctrlW);
	assert.equal(query(), 'kirby caspian', 'Ctrl-W takes the last word, leaving the space');
	await app.press(keys.altBackspace);
	assert.equal(query(), 'kirby');
	await app.type('drones iran');
	await app.press(keys.altB, keys.altB, keys.altD);
	assert.equal(query(), 'kirby  iran');
	await app.press(keys.ctrlA, keys.altF, keys.ctrlK);
	assert.equal(query(), 'kirby');
	await app.press(keys.home);
	await app.paste('john ');
	assert.equal(query(), 'john kirby');
	await app.press(keys.end, keys.ctrlLeft, keys.ctrlD);
	assert.equal(query(), 'john irby');
	await app.press(keys.ctrlE, keys.ctrlU);
	assert.match(app.frame(), /› +type to search quotes/, 'Ctrl-U at the end clears the line');
});

test('the picker filter and the note editor are the same line editor', async () => {
	const {app} = await openBriefing();
	await app.press(keys.escape, 'a');
	await app.type('pesov');
	await app.press(keys.left, keys.left);
	await app.type('k');
	assert.match(app.frame(), /› peskov/);
	await app.press(keys.escape, 'n');
	await app.type('check the figure');
	await app.press(keys.altB, keys.altB);
	await app.type('source of ');
	assert.match(app.frame(), /› check source of the figure/);
});

test('earlier queries come back with Alt-↑ and Alt-↓, kept through the history given at start', async () => {
	const saved: string[][] = [];
	const app = await open({history: {entries: ['caspian'], save: entries => saved.push(entries)}});
	await app.type('kirby');
	await app.press(keys.enter);
	assert.deepEqual(saved.at(-1), ['caspian', 'kirby'], 'leaving the query keeps it');
	await app.press('/', keys.ctrlU);
	await app.type('sha');
	await app.press(keys.altUp);
	assert.match(app.frame(), /› kirby/);
	await app.press(keys.altUp);
	assert.match(app.frame(), /› caspian/);
	await app.press(keys.altDown, keys.altDown);
	assert.match(app.frame(), /› sha/, 'back to what was being typed');
	await app.press(keys.down);
	assert.match(app.frame(), /2\/\d+/, '↓ still moves the list');
});

test('unpins a noted pin by mistake and gets it back with u, note and place restored', async () => {
	const {app, storedPins, waitForStore, expectPinOrder, expectScreen} = await openBriefing();
	await app.press(keys.escape, 'p', 'j', 'n');
	await app.type('the key quote');
	await app.press(keys.enter);
	await app.press('j', 'p');
	await waitForStore(pins => pins.length === 3 && pins[1]!.note === 'the key quote');
	const pinned = storedPins().map(pin => pin.id);
	await app.press('k', 'p');
	await expectScreen(/Unpinned q-\S+ and its note — u undoes/);
	await expectPinOrder([pinned[0], pinned[2]]);
	await app.press('u');
	await expectScreen(/Restored \S+ with its note at 2/);
	await expectPinOrder(pinned);
	assert.equal(storedPins()[1]!.note, 'the key quote');
	assert.match(app.frame(), /│ ● quote Kirby “We are also concerned/);
});

test('in the briefing, u undoes a remove and a move', async () => {
	const {app, storedPins, waitForStore, expectPinOrder, expectScreen} = await openBriefing();
	await app.press(keys.escape, 'p', 'j', 'p');
	await waitForStore(pins => pins.length === 2);
	const pinned = storedPins().map(pin => pin.id);
	await app.press('b');
	await expectScreen(/2 pins/);
	await app.press('J');
	await expectPinOrder([pinned[1], pinned[0]]);
	await app.press('d');
	await expectScreen(/Removed \S+ — u undoes/);
	await expectPinOrder([pinned[1]]);
	await app.press('u');
	await expectPinOrder([pinned[1], pinned[0]]);
	await app.press('u');
	await expectPinOrder(pinned);
	await expectScreen(/Moved \S+ back/);
	await app.press('u');
	await expectScreen(/Nothing to undo/);
});

test('exports twice without losing the first file; an empty briefing is not exported', async () => {
	const {app, home, waitForStore, expectScreen} = await openBriefing();
	await app.press(keys.escape, 'b', 'e');
	await expectScreen(/Nothing to export: the briefing is empty/);
	assert.deepEqual(readdirSync(home).filter(file => file.endsWith('.md')), []);
	await app.press(keys.escape, 'p');
	await waitForStore(pins => pins.length === 1);
	await app.press('b', 'e');
	await expectScreen(/Exported to \S+\.md/);
	const first = /Exported to (\S+\.md)/.exec(app.frame())![1]!;
	await app.press('e');
	await expectScreen(/Exported to \S+-2\.md/);
	const second = /Exported to (\S+\.md)/.exec(app.frame())![1]!;
	assert.notEqual(first, second);
	assert.ok(first.startsWith(home) && second.startsWith(home), 'full paths');
	assert.equal(readFileSync(first, 'utf8').replace(/Generated .*/, ''), readFileSync(second, 'utf8').replace(/Generated .*/, ''));
});

test('q closes help, the full-screen record and the briefing; ? then q returns to the list; Ctrl-C quits from anywhere', async () => {
	const {app} = await openBriefing();
	await app.press(keys.escape, '?');
	assert.match(app.frame(), /│ In the list/);
	await app.press('q');
	assert.match(app.frame(), /1\/85/);
	await app.press(keys.enter, 'q');
	assert.match(app.frame(), /1\/85/);
	await app.press('b', '?');
	assert.match(app.lines()[4]!, /│ The briefing pane/, 'the help starts with the keys of the place it was opened from');
	await app.press('q', 'q');
	assert.match(app.frame(), /1\/85/);
	assert.ok(app.isReadingInput());
	await app.press('a', keys.ctrlC);
	assert.equal(app.isReadingInput(), false, 'Ctrl-C quit from the picker');
});

test('Esc from a briefing opened over a record returns to the record; Enter on a pin opens its record', async () => {
	const {app, waitForStore, expectScreen} = await openBriefing({columns: 120, rows: 35});
	await app.press(keys.escape, 'p');
	await waitForStore(pins => pins.length === 1);
	await app.press(keys.enter, 'b');
	await expectScreen(/Briefing “default” · 1 pin/);
	await app.press(keys.escape);
	assert.match(app.frame(), /lines 1–|In context/);
	assert.doesNotMatch(app.frame(), /Briefing “default”|1\/85/);
	await app.press(keys.escape, 'b', keys.enter);
	assert.match(app.frame(), /John Kirby/);
	assert.doesNotMatch(app.frame(), /Briefing “default”/);
});

test('keys that cannot work say why in the footer, never nothing', async () => {
	const {app} = await openBriefing({columns: 120, rows: 35});
	await app.press(keys.escape, keys.enter, 'z');
	assert.match(app.footer(), /z does nothing in the full-screen record — \? lists the keys/);
	await app.press('x');
	assert.match(app.footer(), /No filters to clear/);
	await app.press('a');
	assert.match(app.frame(), /Filter by actor/, 'a works from the full-screen record');
	await app.press(keys.escape, '/');
	await app.type('zzzzqqq');
	await app.press(keys.escape, 'p');
	assert.match(app.footer(), /Nothing to pin: the list is empty/);
	await app.press('z');
	assert.match(app.footer(), /z does nothing in the list/);
});

/** The briefing pane over a pin whose record the corpus no longer has (q-gone), its pin selected and `y` pressed. */
async function copyStalePin(options?: Parameters<typeof openBriefing>[0]) {
	const {app, home, expectScreen} = await openBriefing(options);
	assert.equal(runBrief(['pin', 'l-makhachkala'], {BRIEF_HOME: home}).status, 0);
	const stored = JSON.parse(readFileSync(`${home}/briefings.json`, 'utf8'));
	stored.briefings.default.pins[0].id = 'q-gone';
	const {writeFileSync} = await import('node:fs');
	writeFileSync(`${home}/briefings.json`, JSON.stringify(stored));
	await app.press(keys.escape, 'b');
	await expectScreen(/stale/);
	await app.press('y');
	return app;
}

test('at 60 columns a notice longer than the footer loses its last words, never part of one', async () => {
	const app = await copyStalePin({columns: 60, rows: 20});
	assert.equal(app.footer().trimEnd(), 'q-gone is stale: its record is no longer in the corpus:…');
});

test('y on a stale pin says it cannot be cited', async () => {
	const app = await copyStalePin();
	assert.match(app.footer(), /q-gone is stale: its record is no longer in the corpus: nothing to cite/);
	await app.press(keys.enter);
	assert.match(app.footer(), /q-gone is stale/);
});

test('an empty tab says where the results are: “No actors match — 2 in All”', async () => {
	const app = await open();
	await app.type('makhachkala');
	await app.press(keys.shiftTab);
	const message = () => app.lines().filter(line => line.startsWith('│')).map(line => line.slice(2, 52).trim()).join(' ');
	assert.match(message(), /No actors match — 2 in All \(Tab changes the kind\)\. +Ctrl-U clears the query\./);
	await app.press(keys.escape);
	assert.match(message(), /No actors match — 2 in All \(Tab changes the kind\)\. +\/ edits the query\./);
});

test('at 60×20 the list gets at least half, the footer fits whole hints ending with ? help, and tab counts are abbreviated, never cut', async () => {
	const app = await open({columns: 60, rows: 20, filters: {actorIds: ['a-peskov', 'a-kirby', 'a-zelenskyy'], sourceIds: ['iran-russia-drones']}});
	await app.press(keys.escape);
	const lines = app.lines();
	assert.ok(widestLine(app.frame()) <= 60);
	assert.ok(lines.length <= 19);
	const boxes = lines.map((line, position) => (line.startsWith('╭') ? position : -1)).filter(position => position >= 0);
	const listHeight = boxes[1]! - boxes[0]!;
	assert.ok(listHeight >= (lines.length - 4) / 2, `the list has ${listHeight} of ${lines.length - 4} rows`);
	assert.match(app.footer(), / {2}\? help$/);
	assert.doesNotMatch(app.footer(), /…/);
	assert.match(lines[2]!, /All \d+ +· +Q \d+ +· +F \d+ +· +P \d+ +· +A \d+/);
	assert.match(header(app), /Peskov +Kirby|\+\d more/, 'chips shortened by rule');
	assert.doesNotMatch(header(app), /[A-Za-z]…\s*x clears/, 'no chip cut mid-word');
	await app.press('z');
	assert.match(app.footer(), /^z does nothing in the list — \? lists the keys/, 'a message replaces the hints whole');
});

test('below 60×20 the app says the terminal is too small', async () => {
	const app = await open({columns: 50, rows: 15});
	assert.match(app.frame(), /terminal too small — needs 60×20/);
	await app.resize(60, 20);
	assert.match(app.frame(), /All 85/);
});

test('a pin made by another process shows its ● within a second, through the watch on the store', async () => {
	const {app, home} = await openBriefing({columns: 120, rows: 35, watchStore: true});
	await app.press(keys.escape);
	assert.doesNotMatch(app.frame(), /│ ● /);
	assert.equal(runBrief(['pin', 'q-kirby-supply-route'], {BRIEF_HOME: home}).status, 0);
	await waitFor(() => /│ ● quote Kirby “The drones are built in Iran/.test(app.frame()), 'the ● of the pin made elsewhere', {seen: app.frame});
});

test('a corpus changed by another process (brief remove, brief ingest) replaces the one on screen', async () => {
	const listeners: Array<(changed: 'store' | 'corpus') => void> = [];
	const smaller = structuredClone(shippedIndex.corpus);
	smaller.quotes = smaller.quotes.filter(quote => quote.speaker !== 'a-peskov');
	const app = await open({watch: listener => (listeners.push(listener), () => undefined), reloadIndex: () => indexCorpus(smaller)});
	assert.match(app.frame(), /All 85 /);
	for (const listener of listeners) {
		listener('corpus');
	}

	await app.waitForFrame(/All 81 /);
	assert.match(app.frame(), /7 quotes/);
});

test('a pin made after the corpus was read again cites the corpus as it is now', async () => {
	const listeners: Array<(changed: 'store' | 'corpus') => void> = [];
	const retitled = structuredClone(shippedIndex.corpus);
	retitled.sources = retitled.sources.map(source => ({...source, title: 'Drone route, corrected headline'}));
	const {app, storedPins, waitForStore} = await openBriefing({watch: listener => (listeners.push(listener), () => undefined), reloadIndex: () => indexCorpus(retitled)});
	for (const listener of listeners) {
		listener('corpus');
	}

	await app.press(keys.escape, 'p');
	await waitForStore(pins => pins.length === 1, 'the pin');
	assert.equal((storedPins()[0] as {sourceTitle?: string}).sourceTitle, 'Drone route, corrected headline');
});

test('keys typed faster than the app reads arrive as one string, and still act as keys: text, then Enter; jjj held down', async () => {
	const app = await open();
	await app.paste('kirby\r');
	assert.match(app.frame(), /\/ kirby/, 'the query left for the list');
	await app.paste('jjj');
	assert.match(app.frame(), /4\/\d+/);
	await app.paste('/\u0015caspian\u007F\u007Fan');
	assert.match(app.frame(), /› caspian/, 'Ctrl-U and Backspace inside the string edit the line');
	await app.paste('two\nlines');
	assert.match(app.frame(), /› caspiantwo lines/, 'a pasted line break becomes a space');
});
