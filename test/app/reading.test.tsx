import assert from 'node:assert/strict';
import {test} from 'node:test';
import chalk from 'chalk';
import {openWithBriefing} from './briefing-session.js';
import {keep, open} from './kept-sessions.js';
import {keys, widestLine, type renderApp, type Session} from './render-app.js';

/** Reading in context (issue 19): links and history in a detail, the whole article, find, next result, the preview's scroll. */

const header = (app: Session) => app.lines()[0]!;
/** The link the pointer is on, as drawn. */
const chosenLink = (app: Session) => app.lines().find(line => /^│ ▸/.test(line))?.replace(/^│ ▸\s*/, '').replace(/\s*│$/, '');

/** Peskov's full-screen detail, opened from the list. */
async function peskov(options?: Parameters<typeof renderApp>[0]) {
	const app = await open(options);
	await app.type('peskov');
	await app.press(keys.enter, keys.enter);
	assert.match(app.frame(), /Quotes \(4\)/);
	return app;
}

test('Tab and Shift-Tab choose the links of a detail; Enter follows one; the header shows the trail', async () => {
	const app = await peskov();
	assert.equal(chosenLink(app), undefined, 'no link is chosen until the user moves to one');
	await app.press(keys.tab);
	assert.match(chosenLink(app)!, /^quote Peskov “adapted to US pressure extremely well”/);
	await app.press(keys.tab, keys.tab, keys.shiftTab);
	assert.match(chosenLink(app)!, /^quote Peskov “continue to build a relationship/);
	await app.press(keys.enter);
	assert.match(header(app), /Peskov › ¶13 quote$/);
	assert.match(app.frame(), /“continue to build a relationship based on mutual benefit/);
	assert.match(app.frame(), /In context · .*¶13/);
	await app.press(keys.tab, keys.tab);
	assert.match(chosenLink(app)!, /^actor Russia {2}state/);
	await app.press(keys.enter);
	assert.match(header(app), /Peskov › ¶13 quote › Russia$/);
	assert.match(app.frame(), /type +state/);
});

test('Backspace and Alt-← go back, Alt-→ forward, each page with its scroll and chosen link', async () => {
	const app = await peskov({columns: 70, rows: 20});
	await app.press(keys.tab, keys.tab, keys.enter);
	assert.match(header(app), /Peskov › ¶13 quote/);
	await app.press('j', 'j', 'j');
	assert.match(app.footer(), /lines 4–/);
	await app.press(keys.backspace);
	assert.match(header(app), /Peskov$/);
	assert.match(chosenLink(app)!, /^quote Peskov “continue to build/, 'back returns to the link followed');
	await app.press(keys.altRight);
	assert.match(header(app), /Peskov › ¶13 quote$/);
	assert.match(app.footer(), /lines 4–/, 'forward returns to the lines left');
	await app.press(keys.altLeft);
	assert.match(header(app), /Peskov$/);
	await app.press(keys.backspace);
	assert.match(app.footer(), /^No earlier page — Esc closes this one/);
	await app.press(keys.enter, keys.altRight, keys.altRight);
	assert.match(app.footer(), /^No later page/);
	await app.press(keys.escape);
	assert.match(app.frame(), /│ 1\/\d+ /, 'Esc closes the page, whatever its history');
});

test('↓ scrolls a long page line by line until a link is in view, then steps through the links, keeping the chosen one in view', async () => {
	const app = await open({columns: 70, rows: 20});
	await app.type('kirby caspian');
	await app.press(keys.enter, keys.enter);
	assert.match(app.footer(), /lines 1–13 of \d+/);
	await app.press(keys.down);
	assert.match(app.footer(), /lines 2–/, 'no link in view: ↓ scrolls');
	for (let presses = 0; presses < 40 && chosenLink(app) === undefined; presses++) {
		await app.press(keys.down);
	}

	assert.match(chosenLink(app)!, /^actor John Kirby/, 'the first link, the speaker, once in view');
	for (let presses = 0; presses < 7; presses++) {
		await app.press(keys.down);
	}

	assert.match(chosenLink(app)!, /^place Makhachkala/, 'each ↓ the next link, the page following it');
	await app.press(keys.up);
	assert.match(chosenLink(app)!, /^place Amirabad/);
	await app.press('G', keys.down, keys.down, keys.down, keys.down, keys.down, keys.down);
	assert.match(app.footer(), /^The end of the page/);
	assert.ok(widestLine(app.frame()) <= 70);
});

test('Enter with no link chosen, and a page without links, say so', async () => {
	const app = await peskov();
	await app.press(keys.enter);
	assert.match(app.footer(), /^No link chosen — Tab or ↓ chooses one/);
	await app.press('z');
	assert.match(app.footer(), /^z does nothing in the full-screen record/);
	await app.press(keys.escape, '/', keys.ctrlU);
	await app.type('washington');
	await app.press(keys.shiftTab, keys.shiftTab, keys.enter, keys.enter);
	assert.match(app.frame(), /coordinates/);
	await app.press(keys.tab);
	assert.match(app.footer(), /^No links on this page/);
	await app.press(keys.down);
	assert.match(app.footer(), /^The end of the page — it has no links/);
	await app.press(keys.enter);
	assert.match(app.footer(), /^No links on this page/);
});

test('a long trail is shortened from the start with “…”', async () => {
	const app = await peskov();
	for (let follows = 0; follows < 4; follows++) {
		await app.press(keys.tab, keys.enter);
	}

	assert.match(header(app), /· … › .+ › .+ › .+$/);
	assert.ok(widestLine(app.frame()) <= 120);
});

for (const [columns, rows] of [[120, 35], [70, 20]] as const) {
	test(`the done-when walk at ${columns}×${rows}: preview to ¶4, Makhachkala then the route, back twice, the article, ], /alabuga, a pin opened`, async () => {
		const {app, waitForStore, expectScreen} = await openWithBriefing({columns, rows});
		keep(app);
		await app.type('kirby caspian');
		assert.match(app.footer(), /Shift-↓ preview/, 'the preview overflows, so the footer offers to scroll it');
		assert.match(app.frame(), /… Shift-↓ scrolls · Enter reads it all/);
		for (let lines = 0; lines < 30 && !/¶4 The US released/.test(app.frame()); lines++) {
			await app.press(keys.shiftDown);
		}

		assert.match(app.frame(), /¶4 The US released a satellite image/);
		assert.match(app.lines()[1]!, /› kirby caspian/, 'the query kept the keyboard');
		await app.press(keys.shiftPageDown, keys.shiftUp);
		await app.press(keys.enter, keys.enter);
		for (let tabs = 0; tabs < 12 && !/^place Makhachkala/.test(chosenLink(app) ?? ''); tabs++) {
			await app.press(keys.tab);
		}

		assert.match(chosenLink(app)!, /^place Makhachkala/);
		await app.press(keys.enter);
		assert.match(header(app), /¶3 quote › Makhachkala$/);
		assert.match(app.frame(), /kind +port/);
		await app.press(keys.tab);
		assert.match(chosenLink(app)!, /^route /);
		await app.press(keys.enter);
		assert.match(header(app), / › /);
		assert.match(app.frame(), /route +.*→/);
		await app.press(keys.backspace, keys.backspace);
		assert.match(header(app), /· ¶3 quote$/);
		assert.match(chosenLink(app)!, /^place Makhachkala/, 'back to the link followed, in view');
		await app.press('r');
		assert.match(header(app), /¶3 quote › article$/);
		assert.match(app.frame(), /QFRP ¶3 “The drones are built in Iran/);
		assert.match(app.footer(), /at ¶3 quote/);
		await app.press(']');
		assert.match(app.footer(), /at ¶3 fact/);
		await app.press('/');
		await app.type('alabuga');
		assert.match(app.lines()[1]!, /find › alabuga +1\/1/);
		assert.match(app.frame(), /Alabuga/);
		await app.press(keys.enter);
		assert.match(app.footer(), /find 1\/1/);
		await app.press(keys.escape, keys.escape);
		assert.match(header(app), /· ¶3 quote$/, 'Esc ends the find, then closes the reader back to the page it was opened from');
		await app.press('p');
		await waitForStore(pins => pins.length === 1);
		await app.press('b');
		await expectScreen(/Briefing “default” · 1 pin/);
		await app.press(keys.enter);
		assert.match(app.frame(), /In context/);
		await app.press(keys.escape);
		assert.match(app.frame(), /Briefing “default” · 1 pin/);
		assert.ok(widestLine(app.frame()) <= columns);
	});
}

test('r opens the article at the record, scrolled to it; ] and [ move between its records; Enter opens one, back returns', async () => {
	chalk.level = 1;
	try {
		const app = await open({columns: 70, rows: 20});
		await app.type('never had illusions');
		await app.press(keys.enter, 'r');
		assert.match(app.frame(), /¶13 Dmitry Peskov/, 'the record’s paragraph is in view');
		assert.match(app.rawFrame(), /\u001B\[7m[^\u001B]*never had illusions/, 'the record’s passage is highlighted');
		assert.match(app.footer(), /at ¶13 quote/);
		await app.press(']');
		assert.match(app.rawFrame(), /\u001B\[7mgenuinely mutually beneficial/, 'the next record of the paragraph is highlighted');
		await app.press(keys.enter);
		assert.match(header(app), /article › ¶13 quote$/);
		assert.match(app.frame(), /“seek genuinely mutually beneficial co-operation”/);
		await app.press(keys.backspace);
		assert.match(app.rawFrame(), /\u001B\[7mgenuinely mutually beneficial/, 'back in the reader, at the same record');
		await app.press('g');
		assert.match(app.frame(), /¶1 The White House released/);
		await app.press(keys.escape);
		assert.match(app.frame(), /1\/\d+/, 'opened from the list, Esc returns to it');
	} finally {
		chalk.level = 0;
	}
});

test('[ at the first record and ] at the last say so; a place opens the article where it is named', async () => {
	const app = await open();
	await app.type('white house released new details');
	await app.press(keys.enter, 'r');
	assert.match(app.footer(), /at ¶1 fact/);
	await app.press('[');
	assert.match(app.footer(), /^The first record of the article/);
	await app.press('G', ']');
	for (let presses = 0; presses < 60 && !/The last record/.test(app.footer()); presses++) {
		await app.press(']');
	}

	assert.match(app.footer(), /^The last record of the article — \[ goes back/);
	await app.press(keys.escape, '/', keys.ctrlU);
	await app.type('alabuga');
	await app.press(keys.shiftTab, keys.shiftTab, keys.enter);
	assert.match(app.frame(), /│ {3}place Alabuga/);
	await app.press('r');
	assert.match(app.footer(), /^Alabuga special economic zone has no passage of its own: the article where it is named/);
	assert.match(app.frame(), /Alabuga special economic zone/);
});

test('] and [ in a detail show the next and previous result, moving the list’s selection too', async () => {
	const app = await peskov();
	await app.press(']');
	assert.match(app.frame(), /“adapted to US pressure extremely well”/);
	assert.match(app.frame(), /In context/);
	await app.press(']', '[');
	assert.match(app.frame(), /“adapted to US pressure extremely well”/);
	await app.press(keys.escape);
	assert.match(app.frame(), /│ 2\/\d+ /, 'the list followed');
	await app.press('G', keys.enter, ']');
	assert.match(app.footer(), /^This is the last result/);
	await app.press('g', keys.escape, 'g', keys.enter, '[');
	assert.match(app.footer(), /^This is the first result/);
});

test('Enter on a pin in the briefing pane opens its record; Esc returns to the pane', async () => {
	const {app, waitForStore, expectScreen} = await openWithBriefing({columns: 120, rows: 35});
	keep(app);
	await app.press(keys.escape, 'p');
	await waitForStore(pins => pins.length === 1);
	await app.press('b');
	await expectScreen(/Briefing “default” · 1 pin/);
	await app.press(keys.enter);
	assert.match(app.frame(), /In context/);
	assert.doesNotMatch(app.frame(), /Briefing “default”/);
	await app.press(keys.escape);
	assert.match(app.frame(), /Briefing “default” · 1 pin/);
});

test('the preview that fits says so, and its keys are not offered', async () => {
	const app = await open({columns: 120, rows: 35});
	await app.type('kirby');
	await app.press(keys.shiftTab);
	assert.doesNotMatch(app.footer(), /preview/);
	await app.press(keys.shiftDown);
	assert.match(app.footer(), /^The preview shows all of it/);
});

test('in the reader p pins and y copies the record it is at', async () => {
	const {app, waitForStore, copied} = await openWithBriefing({columns: 120, rows: 35});
	keep(app);
	await app.type('kirby caspian');
	await app.press(keys.enter, 'r', ']', 'p');
	await waitForStore(pins => pins.length === 1 && pins[0]!.id.startsWith('f-'), 'the fact the reader is at, pinned');
	await app.press('y');
	assert.equal(copied.length, 1);
	assert.match(copied[0]!, /The drones are built in Iran/);
	assert.match(app.footer(), /Copied the citation/);
});
