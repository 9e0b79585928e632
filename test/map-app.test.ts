import assert from 'node:assert/strict';
import {test} from 'node:test';
import {createAtlasReader} from '../source/core/map/read-atlas.js';
import {renderMap} from '../source/core/map/render-map.js';
import {open as openApp} from './app/kept-sessions.js';
import {keys, type Session} from './app/render-app.js';

const loadMap = () => ({renderMap, createAtlasReader});
const arrows = {left: keys.left, right: keys.right, up: keys.up, down: keys.down};
const open = async (options: Parameters<typeof openApp>[0]) => openApp({loadMap, ...options});

/** The map's status line: the place under the cursor first. */
const cursorLine = (app: Session) => app.lines().find(line => /^│.* · \d+ places?\b/.test(line)) ?? '';

test('m opens the map of every place, with the selected record’s places highlighted; arrows move between places; Enter opens one; Esc closes both', async () => {
	let loads = 0;
	const app = await open({columns: 120, rows: 35, loadMap: () => (loads++, loadMap())});
	await app.press(keys.escape);
	assert.equal(loads, 0, 'the map’s code is not loaded before the map is opened');
	await app.press('m');
	const map = await app.waitForFrame(/Makhachkala/);
	assert.equal(loads, 1);
	for (const name of ['Amirabad', 'Makhachkala', 'Caspian Sea', 'Kyiv', 'Alabuga']) {
		assert.match(map, new RegExp(name));
	}

	// The first result is Kirby's quote on the route: its places are highlighted, the cursor on the first that is not a country.
	assert.match(map, /◆/);
	assert.match(cursorLine(app), /│Caspian Sea · sea · 14 places · outside the view: .*Washington/);
	assert.match(app.lines().at(-1)!, /Esc back .*Enter place .*0 fit all/);

	// Round the south of the Caspian: ↓ Tehran, → Amirabad on the shore, ↑ the sea again, ← Makhachkala on its west shore.
	const moves: Array<[string, RegExp]> = [
		[arrows.down, /│Tehran · capital, Iran/],
		[arrows.right, /│Amirabad · port, Iran/],
		[arrows.up, /│Caspian Sea/],
		[arrows.left, /│Makhachkala · port, Russia/],
	];
	for (const [arrow, place] of moves) {
		await app.press(arrow);
		assert.match(cursorLine(app), place);
	}

	await app.press(keys.enter);
	const detail = await app.waitForFrame(/coordinates +42\.98°N 47\.50°E/);
	assert.match(detail, /Makhachkala/);
	assert.match(detail, /Mentioned in/);
	assert.match(detail, /◉ Makhachkala/, 'the locator map beside the detail marks the place');

	await app.press(keys.escape);
	assert.match(await app.waitForFrame(/· 14 places/), /Makhachkala · port, Russia/);
	await app.press(keys.escape);
	await app.waitForFrame(/q quit/);
	assert.equal(cursorLine(app), '', 'the map is closed');
	assert.equal(loads, 1, 'the map’s code loads once');
});

test('filtered to Kirby, the map shows only his places; 0 fits every place, + and - zoom', async () => {
	const app = await open({columns: 120, rows: 35, filters: {actorIds: ['a-kirby']}});
	await app.press(keys.escape, 'm');
	const map = await app.waitForFrame(/places/);
	const count = Number(/· (\d+) places/.exec(cursorLine(app))![1]);
	assert.ok(count > 0 && count < 14, `Kirby’s map shows ${count} places`);
	assert.match(map, /Makhachkala/);
	assert.doesNotMatch(map, /Kyiv|Tehran|Moscow|Riga/, 'a place Kirby does not name is on his map');
	await app.press('0');
	assert.doesNotMatch(cursorLine(app), /outside the view/);
	const before = app.frame();
	await app.press('+');
	assert.notEqual(app.frame(), before, '+ changes the view');
	await app.press('-');
	assert.equal(app.frame(), before, '- undoes +');
});

test('at 60×20 without colour the map still names the route’s ports', async () => {
	const app = await open({columns: 60, rows: 20});
	await app.press(keys.escape, 'm');
	const map = await app.waitForFrame(/Makhachkala/);
	assert.match(map, /Amirabad/);
	assert.ok(map.split('\n').every(line => [...line].length <= 60), 'a line overflows 60 columns');
});

test('a place’s preview draws a locator map beside its text where the pane has room, and loads the map only then', async () => {
	let loads = 0;
	const app = await open({columns: 120, rows: 35, loadMap: () => (loads++, loadMap())});
	assert.equal(loads, 0, 'a quote in the preview loads no map');
	await app.type('makhachkala');
	await app.press(keys.escape);
	const braille = /[\u2801-\u28FF]/;
	const previewLines = () => app.lines().filter(line => line.includes('││')).map(line => line.slice(line.indexOf('││') + 2));
	assert.ok(previewLines().some(line => /^ Makhachkala/.test(line)), 'the place is in the preview');
	assert.ok(previewLines().slice(0, 10).some(line => braille.test(line.slice(-27))), 'a map beside the text, on the right');
	assert.equal(loads, 1);
	assert.match(app.frame(), /coordinates\s+42\.98°N/, 'the text still reads beside it');

	const narrow = await open({columns: 60, rows: 35});
	await narrow.type('makhachkala');
	await narrow.press(keys.escape);
	assert.doesNotMatch(narrow.frame(), braille, 'a narrow pane keeps its width for the text');
});

test('a place’s full-screen detail draws its locator map beside the text from 80 columns; a quote’s detail and a narrow screen draw none', async () => {
	const braille = /[\u2801-\u28FF]/;
	const app = await open({columns: 120, rows: 35});
	await app.type('makhachkala');
	await app.press(keys.escape, keys.enter);
	const detail = await app.waitForFrame(/Mentioned in/);
	const rightOfText = detail.split('\n').map(line => line.slice(-33, -1));
	assert.ok(rightOfText.slice(0, 14).filter(line => braille.test(line)).length >= 5, `no map on the right:\n${detail}`);
	assert.match(detail, /◉ Makhachkala/, 'the locator marks the place');
	assert.match(detail, /coordinates\s+42\.98°N/, 'the text reads beside it');
	await app.press(keys.escape);

	await app.type(`${'\u007F'.repeat('makhachkala'.length)}kirby caspian`);
	await app.press(keys.escape, keys.enter);
	assert.doesNotMatch(await app.waitForFrame(/Kirby/), braille, 'a quote’s detail draws no map');

	const narrow = await open({columns: 70, rows: 20});
	await narrow.type('makhachkala');
	await narrow.press(keys.escape, keys.enter);
	assert.doesNotMatch(await narrow.waitForFrame(/coordinates/), braille, 'below 80 columns the text keeps the width');
});
