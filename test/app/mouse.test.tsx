import assert from 'node:assert/strict';
import {EventEmitter} from 'node:events';
import {test} from 'node:test';
import {mouseReportingOff, mouseReportingOn, parseMouse} from '../../source/app/keys/mouse.js';
import {holdTerminalMode, type ProcessEvents} from '../../source/app/terminal-modes.js';
import {unknownFlags} from '../../source/cli/parse-request.js';
import {flags} from '../../source/cli/flags.js';
import {open} from './kept-sessions.js';
import {keys, type Session} from './render-app.js';

/** The mouse, where the terminal reports it: SGR reports parsed, routed to what is under the pointer, and never typed. */

/** What a terminal sends for the wheel and a left click at column x, row y (from 1). */
const wheelDown = (x: number, y: number) => `\u001B[<65;${x};${y}M`;
const wheelUp = (x: number, y: number) => `\u001B[<64;${x};${y}M`;
const click = (x: number, y: number) => `\u001B[<0;${x};${y}M`;
const release = (x: number, y: number) => `\u001B[<0;${x};${y}m`;

const position = (app: Session) => /(\d+)\/(\d+)/.exec(app.lines().find(line => /│ \d+\/\d+ /.test(line)) ?? '')?.[1];

test('SGR mouse reports are read as presses, releases and the wheel; anything else is a key', () => {
	assert.deepEqual(parseMouse(click(12, 7)), {action: 'press', button: 'left', x: 12, y: 7});
	assert.deepEqual(parseMouse('[<0;12;7m'), {action: 'release', button: 'left', x: 12, y: 7}, 'as Ink hands it on, without its ESC');
	assert.deepEqual(parseMouse(wheelUp(3, 4)), {action: 'wheel-up', button: 'none', x: 3, y: 4});
	assert.deepEqual(parseMouse(wheelDown(3, 4)), {action: 'wheel-down', button: 'none', x: 3, y: 4});
	assert.deepEqual(parseMouse('\u001B[<2;1;1M'), {action: 'press', button: 'right', x: 1, y: 1});
	assert.deepEqual(parseMouse('\u001B[<32;5;5M'), {action: 'drag', button: 'left', x: 5, y: 5});
	for (const key of ['[<0;1M', 'q', '[A', '\u001B[1;2B', '[<0;1;1X', '[<0;99999999;1M']) {
		assert.equal(parseMouse(key), null, JSON.stringify(key));
	}
});

test('a mouse report in the query is never typed into it', async () => {
	const app = await open();
	await app.type('kirby');
	await app.press(wheelDown(70, 10), click(70, 10), release(70, 10), wheelUp(5, 8));
	assert.match(app.lines()[1]!, /^› kirby\s*$/);
	await app.type(' caspian');
	assert.match(app.lines()[1]!, /^› kirby caspian\s*$/);
});

test('the wheel over the list moves the selection; a click on a row selects it', async () => {
	const app = await open({columns: 120, rows: 35});
	await app.press(keys.escape);
	assert.equal(position(app), '1');
	await app.press(wheelDown(10, 10), wheelDown(10, 10));
	assert.equal(position(app), '3');
	await app.press(wheelUp(10, 10));
	assert.equal(position(app), '2');
	await app.press(click(10, 9), release(10, 9));
	assert.equal(position(app), '5', 'the fifth row: the list’s rows start under the tabs and the box’s border');
	await app.press(click(10, 2));
	assert.equal(position(app), '5', 'a click on the query line selects nothing');
});

test('the wheel over the preview scrolls it, beside the list that keeps its selection', async () => {
	const app = await open({columns: 120, rows: 35});
	await app.type('kirby caspian');
	assert.doesNotMatch(app.frame(), /Places \(6\)/);
	for (let notch = 0; notch < 4; notch++) {
		await app.press(wheelDown(90, 12));
	}

	assert.match(app.frame(), /Places \(6\)/);
	assert.equal(position(app), '1');
});

test('the wheel scrolls the reader and a detail at 70×20', async () => {
	const app = await open({columns: 70, rows: 20});
	await app.press(keys.escape, 'r');
	const before = /lines (\d+)–/.exec(app.footer())![1]!;
	await app.press(wheelDown(30, 10));
	assert.match(app.footer(), new RegExp(`lines ${Number(before) + 3}–`));
	await app.press(keys.escape, keys.enter, wheelDown(30, 10), wheelDown(30, 10));
	assert.match(app.footer(), /lines 7–/);
	await app.press(wheelUp(30, 10));
	assert.match(app.footer(), /lines 4–/);
});

test('the terminal mode is ended once: on a normal exit, on a crash (the exit event) or a signal, which is raised again', () => {
	const run = (end: (events: EventEmitter & ProcessEvents, release: () => void) => void) => {
		const written: string[] = [];
		const raised: string[] = [];
		const events = Object.assign(new EventEmitter(), {pid: 42, kill: (_pid: number, signal: string) => raised.push(signal)});
		const release = holdTerminalMode({write: (text: string) => written.push(text)}, mouseReportingOn, mouseReportingOff, events);
		end(events, release);
		return {written, raised, listeners: events.listenerCount('exit') + events.listenerCount('SIGTERM')};
	};

	assert.deepEqual(run((_events, release) => {
		release();
		release();
	}), {written: [mouseReportingOn, mouseReportingOff], raised: [], listeners: 0});
	assert.deepEqual(run(events => events.emit('exit')).written, [mouseReportingOn, mouseReportingOff]);
	const killed = run(events => events.emit('SIGTERM', 'SIGTERM'));
	assert.deepEqual([killed.written, killed.raised, killed.listeners], [[mouseReportingOn, mouseReportingOff], ['SIGTERM'], 0]);
	assert.equal(mouseReportingOn, '\u001B[?1000h\u001B[?1006h');
});

test('--no-mouse is a known flag', () => {
	assert.deepEqual(unknownFlags(['--no-mouse'], flags), []);
	assert.deepEqual(unknownFlags(['--no-mice'], flags), ['--no-mice']);
});

test('--help tells of --no-mouse', async () => {
	const {helpText} = await import('../../source/cli/help.js');
	assert.match(helpText, /--no-mouse +the app leaves the mouse to the terminal/);
});

test('a click on a detail’s link chooses it (Enter follows); the wheel moves the briefing’s and a picker’s cursor', async () => {
	const app = await open({columns: 120, rows: 35});
	await app.type('peskov');
	await app.press(keys.enter, keys.enter);
	// Peskov's detail: heading, type, role, aliases, a blank line, "Quotes (4)", then the first quote on the page's 7th line.
	await app.press(click(20, 11));
	assert.match(app.lines().find(line => line.includes('▸')) ?? '', /▸ quote Peskov “adapted to US pressure/);
	await app.press(click(20, 6));
	assert.match(app.lines().find(line => line.includes('▸')) ?? '', /▸ quote Peskov “adapted/, 'a click off the links changes nothing');
	await app.press(keys.enter);
	assert.match(app.lines()[0]!, /Peskov › ¶13 quote$/);
	await app.press(keys.escape, 'a');
	const names = app.lines().map(line => /\[ \] (.+?) \d+/.exec(line)?.[1]).filter(Boolean);
	await app.press(wheelDown(20, 12), keys.enter);
	assert.match(app.lines()[0]!, new RegExp(` ${names[1]!} `), 'the wheel moved the picker’s cursor to the second row, which Enter picked');
});
