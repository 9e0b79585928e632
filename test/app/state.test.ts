import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {Key} from 'ink';
import {osc52Clipboard} from '../../source/app/clipboard.js';
import {bindings, commandFor, keysIn, labelIn, typedText} from '../../source/app/keys/bindings.js';
import {lineWidth, truncateLine, wrapSegments} from '../../source/app/layout/segments.js';
import {appReducer, initialState, type AppAction, type AppState} from '../../source/app/state/app-state.js';
import {computeLayout, listWindow} from '../../source/app/state/layout.js';
import {countByTab, hitsInTab, matchingHits, pickerItems} from '../../source/app/state/results.js';
import {shippedIndex} from './render-app.js';

const run = (...actions: AppAction[]): AppState => actions.reduce(appReducer, initialState);

describe('the app state, without rendering', () => {
	test('typing edits the query and resets the selection; Ctrl-U clears it', () => {
		const state = run({type: 'move', by: 3, total: 10}, {type: 'type', text: 'kir'}, {type: 'type', text: 'bx'}, {type: 'delete-character'});
		assert.equal(state.query, 'kirb');
		assert.equal(state.selected, 0);
		assert.equal(appReducer(state, {type: 'clear-query'}).query, '');
	});

	test('the selection stays within the results', () => {
		assert.equal(run({type: 'move', by: -1, total: 5}).selected, 0);
		assert.equal(run({type: 'move', by: 99, total: 5}).selected, 4);
		assert.equal(run({type: 'move-to', position: 'last', total: 5}).selected, 4);
		assert.equal(run({type: 'move-to', position: 'last', total: 0}).selected, 0);
	});

	test('tabs cycle both ways and wrap around', () => {
		assert.equal(run({type: 'cycle-tab', step: 1}).tab, 'quotes');
		assert.equal(run({type: 'cycle-tab', step: -1}).tab, 'actors');
	});

	test('the picker keeps its choice until applied; x clears every filter', () => {
		const picking = run({type: 'open-picker', entity: 'actor'}, {type: 'picker', action: {type: 'toggle', id: 'a-kirby'}}, {type: 'picker', action: {type: 'toggle', id: 'a-peskov'}});
		assert.deepEqual(picking.actorIds, [], 'nothing applied yet');
		const applied = appReducer(picking, {type: 'apply-picker'});
		assert.deepEqual(applied.actorIds, ['a-kirby', 'a-peskov']);
		assert.equal(applied.overlay.type, 'none');
		assert.deepEqual(appReducer(applied, {type: 'clear-filters'}).actorIds, []);
		const cancelled = appReducer(appReducer(applied, {type: 'open-picker', entity: 'actor'}), {type: 'close-overlay'});
		assert.deepEqual(cancelled.actorIds, ['a-kirby', 'a-peskov']);
	});

	test('scrolling a page stays between its top and its end', () => {
		const open = run({type: 'open-detail'});
		assert.deepEqual(appReducer(open, {type: 'scroll', by: 50, max: 12}).overlay, {type: 'detail', scroll: 12});
		assert.deepEqual(appReducer(open, {type: 'scroll', by: -3, max: 12}).overlay, {type: 'detail', scroll: 0});
	});
});

describe('derived results', () => {
	test('the query and the filters narrow the hits; tabs split them by kind', () => {
		const hits = matchingHits(shippedIndex, 'makhachkala', {});
		assert.deepEqual(countByTab(hits), {all: 4, quotes: 1, facts: 1, places: 2, actors: 0});
		assert.deepEqual(
			hitsInTab(hits, 'quotes').map(hit => hit.record.id),
			['q-kirby-supply-route'],
		);
		assert.equal(matchingHits(shippedIndex, '', {actorIds: ['a-peskov']}).filter(hit => hit.record.kind === 'quote').length, 4);
	});

	test('the picker lists every actor with a record count, and filters fuzzily', () => {
		const all = pickerItems(shippedIndex, {entity: 'actor', query: '', cursor: 0, chosen: ['a-kirby']});
		assert.equal(all.length, shippedIndex.corpus.actors.length);
		assert.ok(all.find(item => item.id === 'a-kirby')?.chosen);
		assert.equal(pickerItems(shippedIndex, {entity: 'actor', query: 'peskof', cursor: 0, chosen: []})[0]?.id, 'a-peskov');
		assert.equal(pickerItems(shippedIndex, {entity: 'location', query: 'kiev', cursor: 0, chosen: []})[0]?.id, 'l-kyiv');
	});
});

describe('keys', () => {
	const key = (overrides: Partial<Key> = {}): Key => ({upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false, ...overrides});

	test('letters are commands in the list and text in the query', () => {
		assert.equal(commandFor('list', 'j', key()), 'down');
		assert.equal(commandFor('query', 'j', key()), undefined);
		assert.equal(typedText('j', key()), 'j');
		assert.equal(commandFor('list', 'q', key()), 'quit');
		assert.equal(commandFor('query', 'q', key()), undefined);
	});

	test('Space chooses in the picker; arrows and Ctrl keys work while typing', () => {
		assert.equal(commandFor('picker', ' ', key()), 'toggle-choice');
		assert.equal(commandFor('query', '', key({downArrow: true})), 'down');
		assert.equal(commandFor('query', 'n', key({ctrl: true})), 'down');
		assert.equal(commandFor('query', 'u', key({ctrl: true})), 'clear-query');
		assert.equal(commandFor('list', '', key({tab: true, shift: true})), 'previous-tab');
		assert.equal(typedText('\u001B[2J', key()), '[2J', 'control characters never reach the query');
	});

	test('help and footer write only the keys that work where the user is', () => {
		const down = bindings.find(binding => binding.command === 'down')!;
		assert.equal(labelIn(down, 'list'), '↓/Ctrl-N/j');
		assert.equal(labelIn(down, 'query'), '↓/Ctrl-N', 'j types in the query');
		const tab = bindings.find(binding => binding.command === 'previous-tab')!;
		assert.equal(labelIn(tab, 'list'), 'Shift-Tab');
	});

	test('every key the help writes does what the help says, in every context', () => {
		for (const binding of bindings) {
			for (const context of binding.contexts) {
				for (const spec of keysIn(binding, context)) {
					const press = key({...(spec.key ? {[spec.key]: true} : {}), ctrl: Boolean(spec.ctrl), shift: Boolean(spec.shift)});
					assert.equal(commandFor(context, spec.input ?? '', press), binding.command, `${labelIn(binding, context)} in ${context}`);
				}
			}
		}
	});
});

describe('layout', () => {
	test('side by side from 100 columns, stacked below; the frame is a row shorter than the terminal', () => {
		assert.equal(computeLayout(100, 30).mode, 'split');
		assert.equal(computeLayout(99, 30).mode, 'stacked');
		assert.equal(computeLayout(60, 20).rows, 19);
	});

	test('the list window follows the selection', () => {
		assert.deepEqual(listWindow(0, 100, 10), {start: 0, end: 10});
		assert.deepEqual(listWindow(50, 100, 10), {start: 45, end: 55});
		assert.deepEqual(listWindow(99, 100, 10), {start: 90, end: 100});
		assert.deepEqual(listWindow(0, 3, 10), {start: 0, end: 3});
	});

	test('wrapping and truncation measure wide characters and curly quotes by their columns', () => {
		const lines = wrapSegments([{text: '“Drones” 无人机 were shipped across the sea to 马哈奇卡拉 quickly', style: 'plain'}], 12);
		assert.ok(lines.every(line => lineWidth(line) <= 12), JSON.stringify(lines));
		assert.equal(lines.map(line => line.map(segment => segment.text).join('')).join(' ').replace(/\s+/g, ' '), '“Drones” 无人机 were shipped across the sea to 马哈奇卡拉 quickly');
		const cut = truncateLine([{text: '马哈奇卡拉 Makhachkala', style: 'plain'}], 7);
		assert.equal(cut.map(segment => segment.text).join(''), '马哈奇…');
		assert.equal(lineWidth(cut), 7);
	});
});

describe('the clipboard', () => {
	const capture = () => {
		const written: string[] = [];
		return {written, stream: {write: (text: string) => written.push(text)} as unknown as NodeJS.WriteStream};
	};

	test('y writes the citation as an OSC 52 clipboard escape', () => {
		const {written, stream} = capture();
		osc52Clipboard(stream, {TERM: 'xterm-kitty'})('“never had illusions” — Dmitry Peskov');
		assert.deepEqual(written, [`\u001B]52;c;${Buffer.from('“never had illusions” — Dmitry Peskov').toString('base64')}\u0007`]);
	});

	test('the footer says when the terminal may not support it', () => {
		assert.equal(osc52Clipboard(capture().stream, {TERM: 'xterm-kitty'})('x'), 'Copied the citation to the clipboard');
		assert.match(osc52Clipboard(capture().stream, {TERM: 'screen'})('x'), /may not support it/);
	});
});
