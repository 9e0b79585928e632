import assert from 'node:assert/strict';
import {test} from 'node:test';
import chalk from 'chalk';
import {bindings, labelIn} from '../../source/app/keys/bindings.js';
import {indexCorpus} from '../../source/core/records.js';
import {open} from './kept-sessions.js';
import {keys, shippedIndex, widestLine, type Session} from './render-app.js';

const tabsLine = (app: Session) => app.lines().find(line => line.includes('Quotes'))!;
/** Result rows, without the border and the pin marker column. */
const listRows = (app: Session) =>
	app
		.lines()
		.filter(line => /^│ [ ●] (quote|fact|place|actor|route) /.test(line))
		.map(line => `│ ${line.slice(4)}`);
const position = (app: Session) => /(\d+)\/(\d+)/.exec(app.frame())?.slice(1).map(Number);

test('opens on the whole corpus with counts, the first result selected and its detail beside it', async () => {
	const app = await open();
	assert.match(app.frame(), /brief · Iran–Russia drones · 11 quotes · 39 facts · 14 places · 1 route · 20 actors/);
	assert.match(tabsLine(app), /All 85 .*Quotes 11 .*Facts 39 .*Places 15 .*Actors 20/);
	assert.deepEqual(position(app), [1, 85]);
	assert.match(app.frame(), /John Kirby/);
	assert.match(app.frame(), /role +US National Security Council spokesman/);
});

test('typing narrows the list live and highlights the matched characters', async () => {
	chalk.level = 1;
	try {
		const app = await open();
		await app.type('makhachkala');
		assert.match(app.frame(), /› makhachkala/);
		// One row per passage: Kirby's quote stands for the fact and the route cut from it.
		assert.match(tabsLine(app), /All 2 .*Quotes 1 .*Facts 1 .*Places 2 .*Actors 0/);
		assert.equal(listRows(app).length, 2);
		assert.ok(listRows(app).some(row => /^│ quote Kirby “The drones are built.*\+fact \+route/.test(row)));
		assert.ok(listRows(app).some(row => /^│ place Makhachkala +port, Russia/.test(row)));
		// Without colour a match is bold and underlined: the place's name is marked in the list.
		assert.match(app.rawFrame(), /\u001B\[4m(\u001B\[1m)?Makhachkala/);
	} finally {
		chalk.level = 0;
	}
});

test('typos still find the place, and Ctrl-U clears the query', async () => {
	const app = await open();
	await app.type('makhachkla');
	assert.match(tabsLine(app), /Places [1-9]/);
	await app.press(keys.ctrlU);
	assert.match(tabsLine(app), /All 85/);
	await app.type('zelenskx');
	await app.press(keys.backspace);
	await app.type('y');
	assert.match(app.frame(), /› zelensky/);
	assert.match(app.frame(), /Zelenskyy “about 1,160 Shaheds/);
});

test('Tab and Shift-Tab cycle the kind tabs from the query and from the list', async () => {
	const app = await open();
	await app.type('makhachkala');
	await app.press(keys.tab);
	assert.deepEqual(position(app), [1, 1]);
	assert.equal(listRows(app).length, 1);
	assert.match(listRows(app)[0]!, /^│ quote Kirby “The drones are built.* \+fact \+route/);
	await app.press(keys.escape, keys.tab, keys.tab);
	assert.ok(listRows(app).every(row => row.startsWith('│ place') || row.startsWith('│ route')));
	await app.press(keys.shiftTab, keys.shiftTab, keys.shiftTab);
	assert.deepEqual(position(app), [1, 2]);
});

test('q types into the query; outside it, q quits', async () => {
	const app = await open();
	await app.type('iraq');
	assert.match(app.frame(), /› iraq/);
	assert.ok(app.isReadingInput());
	await app.press(keys.escape, 'q');
	assert.equal(app.isReadingInput(), false, 'the app stopped reading keys: it has quit');
});

test('Ctrl-C quits from the query', async () => {
	const app = await open();
	await app.press(keys.ctrlC);
	assert.equal(app.isReadingInput(), false);
});

test('list navigation: arrows, j/k, Ctrl-N/P, pages, ends, and the bounds', async () => {
	const app = await open();
	await app.press(keys.escape);
	await app.press(keys.up, 'k');
	assert.deepEqual(position(app), [1, 85], 'no moving above the first result');
	await app.press(keys.down, 'j', keys.ctrlN);
	assert.deepEqual(position(app), [4, 85]);
	await app.press(keys.ctrlP);
	assert.deepEqual(position(app), [3, 85]);
	await app.press('G');
	assert.deepEqual(position(app), [85, 85]);
	await app.press(keys.down);
	assert.deepEqual(position(app), [85, 85], 'no moving below the last result');
	await app.press('g');
	assert.deepEqual(position(app), [1, 85]);
	await app.press(keys.pageDown);
	const [afterPage] = position(app)!;
	assert.ok(afterPage! > 10, `a page moves many rows (now at ${afterPage})`);
	await app.press(keys.pageUp, keys.end);
	assert.deepEqual(position(app), [85, 85]);
	await app.press(keys.home);
	assert.deepEqual(position(app), [1, 85]);
	assert.match(app.frame(), /› |\/ /);
});

test('/ returns to the query and keeps what was typed', async () => {
	const app = await open();
	await app.type('peskov');
	await app.press(keys.enter, 'j', '/');
	await app.type(' illusions');
	assert.match(app.frame(), /› peskov illusions/);
	assert.match(listRows(app)[0]!, /never had illusions/);
});

test('the actor picker filters by typing, ticks with Tab, applies with Enter; x clears', async () => {
	const app = await open();
	await app.press(keys.escape, 'a');
	assert.match(app.frame(), /Filter by actor/);
	assert.match(app.frame(), /\[ \] John Kirby \d+/);
	await app.type('pesk');
	assert.match(app.frame(), /\[ \] Dmitry Peskov \d+ · Putin’s spokesman/);
	await app.press(keys.tab);
	assert.match(app.frame(), /\[x\] Dmitry Peskov/);
	await app.press(keys.ctrlU);
	await app.type('zelensk');
	await app.press(keys.tab, keys.enter);
	assert.match(app.frame(), /Dmitry Peskov .*Volodymyr Zelenskyy/, 'both chips show');
	await app.press(keys.tab);
	const speakers = listRows(app).map(row => /^│ quote (\S+)/.exec(row)?.[1]);
	assert.deepEqual(new Set(speakers), new Set(['Zelenskyy', 'Peskov']));
	assert.equal(listRows(app).length, 8);
	await app.press('x');
	assert.doesNotMatch(app.frame(), /Dmitry Peskov {2}/);
	assert.match(tabsLine(app), /Quotes 11/);
});

test('Esc cancels the picker without changing the filters; l picks places', async () => {
	const app = await open();
	await app.press(keys.escape, 'a', keys.tab, keys.escape);
	assert.match(tabsLine(app), /All 85/);
	await app.press('l');
	assert.match(app.frame(), /Filter by place/);
	await app.type('kiev');
	await app.press(keys.tab, keys.enter);
	assert.match(app.frame(), /@Kyiv/);
	assert.doesNotMatch(tabsLine(app), /All 85/);
});

test('a quote beside its context: speaker, role, the quote, and its paragraph between its neighbours', async () => {
	const app = await open();
	await app.type('never had illusions');
	await app.press(keys.tab);
	const frame = app.frame();
	assert.match(frame, /Dmitry Peskov/);
	assert.match(frame, /role +Putin’s spokesman/);
	assert.match(frame, /“never had illusions”/);
	assert.match(frame, /In context · /);
	assert.match(frame, /¶12 …/);
	assert.match(frame, /¶13 Dmitry Peskov, Putin’s spokesman, said last month/);
});

test('in a short pane (70×20) the quote shows highlighted in its paragraph right under the speaker', async () => {
	chalk.level = 1;
	try {
		const app = await open({columns: 70, rows: 20});
		await app.type('makhachkala');
		await app.press(keys.tab);
		assert.match(app.frame(), /John Kirby · US National Security Council spokesman/);
		assert.match(app.frame(), /¶3 “The drones are built in Iran/);
		assert.match(app.rawFrame(), /¶3 \S*“\u001B\[7mThe drones/, 'the quote is inverted in place');
		assert.ok(widestLine(app.frame()) <= 70);
	} finally {
		chalk.level = 0;
	}
});

test('a fact shows its claim, figures and who asserts it', async () => {
	const app = await open();
	await app.type('1,160');
	await app.press(keys.tab, keys.tab);
	const frame = app.frame();
	assert.match(frame, /about 1,160 Shaheds have been used against Ukraine/);
	assert.match(frame, /asserted by +Volodymyr Zelenskyy, Ukraine’s president/);
	assert.match(frame, /figure +about 1,160 Shaheds/);
});

test('a place shows kind, country, coordinates, its part in the route, and what mentions it', async () => {
	const app = await open();
	await app.type('makhachkala');
	await app.press(keys.tab, keys.tab, keys.tab, keys.enter);
	const frame = app.frame();
	assert.match(frame, /Makhachkala/);
	assert.match(frame, /kind +port/);
	assert.match(frame, /country +Russia/);
	assert.match(frame, /coordinates +42\.98°N 47\.50°E/);
	assert.match(frame, /step 4 of 5/);
	assert.match(frame, /Mentioned in \(\d+\)/);
});

test('an actor shows role, aliases, their quotes and the facts they appear in', async () => {
	const app = await open();
	await app.type('kirby');
	await app.press(keys.shiftTab);
	const frame = app.frame();
	assert.match(frame, /role +US National Security Council spokesman/);
	assert.match(frame, /aliases +Kirby/);
	assert.match(frame, /Quotes \(3\)/);
});

test('Enter opens the detail full-screen, scrolls with j and G, and Esc returns to the list', async () => {
	const app = await open({columns: 80, rows: 20});
	await app.press(keys.escape, keys.enter);
	assert.doesNotMatch(app.frame(), /1\/85/, 'the list is hidden');
	assert.match(app.frame(), /lines 1–\d+ of \d+/);
	await app.press('j');
	assert.match(app.frame(), /lines 2–/);
	await app.press('G');
	const [, last, total] = /lines \d+–(\d+) of (\d+)/.exec(app.frame())!;
	assert.equal(last, total, 'G shows the end');
	await app.press(keys.escape);
	assert.deepEqual(position(app), [1, 85]);
});

test('? shows every key from the bindings table, scrollable; Esc closes it', async () => {
	const app = await open({columns: 80, rows: 24});
	await app.press(keys.escape, '?');
	assert.match(app.frame(), /│ In the list/);
	let seen = app.frame();
	while (!/lines \d+–(\d+) of \1(?!\d)/.test(app.frame())) {
		await app.press(keys.pageDown);
		seen += app.frame();
	}

	for (const binding of bindings) {
		for (const context of binding.contexts) {
			const label = labelIn(binding, context);
			assert.ok(seen.includes(`${label} `) && seen.includes(binding.description.slice(0, 30)), `help lists ${label}: ${binding.description}`);
		}
	}

	assert.match(seen, /kyiv \| moscow +either side/);
	await app.press(keys.escape);
	assert.deepEqual(position(app), [1, 85]);
});

test('a key that scrolls, typed before the page it scrolls is drawn, still scrolls it', async () => {
	const app = await open({columns: 80, rows: 24});
	await app.press(keys.escape);
	app.stdin.write('?');
	app.stdin.write(keys.pageDown);
	assert.match(await app.waitForFrame(/lines 18–34 of \d+/), /lines 18–34 of \d+/);
});

test('side by side from 100 columns, stacked below, re-laid out on resize, never wider or taller than the terminal', async () => {
	const app = await open({columns: 120, rows: 35});
	assert.ok(app.lines().some(line => line.includes('││')), 'list and detail side by side');
	assert.ok(widestLine(app.frame()) <= 120);
	assert.ok(app.lines().length <= 34);

	await app.resize(70, 20);
	assert.ok(!app.lines().some(line => line.includes('││')), 'stacked below 100 columns');
	assert.ok(widestLine(app.frame()) <= 70, `widest line ${widestLine(app.frame())}`);
	assert.ok(app.lines().length <= 19, `frame of ${app.lines().length} rows`);
	assert.match(app.frame(), /John Kirby/);

	await app.resize(60, 20);
	assert.ok(widestLine(app.frame()) <= 60);
	await app.press(keys.escape, '?');
	assert.ok(widestLine(app.frame()) <= 60);
	assert.ok(app.lines().length <= 19);
});

test('without colour, selection and highlights stay visible through inverse and bold, with no colour codes', async () => {
	chalk.level = 1;
	try {
		const app = await open({colour: false});
		await app.type('caspian');
		const raw = app.rawFrame();
		assert.match(raw, /\u001B\[7m/, 'inverse marks the selection');
		assert.doesNotMatch(raw, /\u001B\[(3[0-7]|9[0-7]|4[0-7]|38;|48;)/, 'no foreground or background colours');
	} finally {
		chalk.level = 0;
	}
});

test('terminal escapes in article text never reach the screen', async () => {
	const corpus = structuredClone(shippedIndex.corpus);
	const quote = corpus.quotes[0]!;
	const hostile = 'Pwned \u001B]52;c;ZXZpbA==\u0007 and \u001B[2J cleared';
	corpus.sources[0]!.paragraphs[quote.provenance.paragraph - 1] = hostile;
	corpus.quotes[0] = {...quote, text: hostile, provenance: {...quote.provenance, start: 0, end: hostile.length}};
	const app = await open({index: indexCorpus(corpus)});
	assert.match(app.frame(), /Pwned/);
	assert.doesNotMatch(app.rawFrame(), /\u001B\]|\u0007|\u001B\[2J/);
});
