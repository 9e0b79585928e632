import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {Key} from 'ink';
import {osc52Clipboard} from '../../source/app/clipboard.js';
import {bindings, commandFor, keysIn, labelIn, typedText} from '../../source/app/keys/bindings.js';
import {lineWidth, truncateLine, wrapSegments} from '../../source/app/layout/segments.js';
import {appReducer, initialState, startingState, type AppAction, type AppState, type Shown} from '../../source/app/state/app-state.js';
import {editField, emptyField, type EditAction, type TextField} from '../../source/app/state/line-editor.js';
import {computeLayout, listWindow} from '../../source/app/state/layout.js';
import {countByTab, hitsInTab, matchingHits, pickerItems} from '../../source/app/state/results.js';
import {mapStoryFor} from '../../source/app/state/map-state.js';
import {recordDetail} from '../../source/core/detail.js';
import {fitChips, fitSummary} from '../../source/app/layout/chips.js';
import {tabLabels} from '../../source/app/components/kind-tabs.js';
import {detailLines} from '../../source/app/layout/detail-lines.js';
import {shippedIndex} from './render-app.js';

const run = (...actions: AppAction[]): AppState => actions.reduce(appReducer, initialState);

const shownWith = (overrides: Partial<Shown>): AppAction => ({type: 'shown', shown: {...initialState.shown, ...overrides}});
const type = (text: string): AppAction => ({type: 'edit-query', edit: {type: 'insert', text}});

describe('the app state, without rendering', () => {
	test('typing edits the query and resets the selection', () => {
		const state = run(shownWith({results: 10}), {type: 'move', by: 3}, type('kir'), type('bx'), {type: 'edit-query', edit: {type: 'delete', what: 'back'}});
		assert.equal(state.query.text, 'kirb');
		assert.equal(state.selected, 0);
		assert.equal(appReducer(state, {type: 'edit-query', edit: {type: 'delete', what: 'to-start'}}).query.text, '');
	});

	test('moves carry intent; the state clamps them to what the view shows', () => {
		assert.equal(run(shownWith({results: 5}), {type: 'move', by: -1}).selected, 0);
		assert.equal(run(shownWith({results: 5}), {type: 'move', by: 99}).selected, 4);
		assert.equal(run(shownWith({results: 5}), {type: 'move-to', position: 'last'}).selected, 4);
		assert.equal(run({type: 'move-to', position: 'last'}).selected, 0);
		assert.equal(run(shownWith({results: 50}), {type: 'move', by: 40}, shownWith({results: 3})).selected, 2, 'fewer results pull the selection in');
	});

	test('tabs cycle both ways and wrap around', () => {
		assert.equal(run({type: 'cycle-tab', step: 1}).tab, 'quotes');
		assert.equal(run({type: 'cycle-tab', step: -1}).tab, 'actors');
	});

	test('the picker: Tab ticks several, Enter applies them; with none ticked Enter applies the highlighted row; Esc keeps the filters', () => {
		const shown = shownWith({choiceIds: ['a-kirby', 'a-peskov', 'a-zelenskyy']});
		const picking = run({type: 'open-picker', entity: 'actor'}, shown, {type: 'picker', action: {type: 'toggle'}}, {type: 'picker', action: {type: 'toggle'}});
		assert.deepEqual(picking.actorIds, [], 'nothing applied yet');
		const applied = appReducer(picking, {type: 'apply-picker'});
		assert.deepEqual(applied.actorIds, ['a-kirby', 'a-peskov']);
		assert.equal(applied.overlay.type, 'none');
		assert.deepEqual(appReducer(applied, {type: 'clear-filters'}).actorIds, []);
		const cancelled = appReducer(appReducer(applied, {type: 'open-picker', entity: 'actor'}), {type: 'close-overlay'});
		assert.deepEqual(cancelled.actorIds, ['a-kirby', 'a-peskov']);
		const highlighted = run({type: 'open-picker', entity: 'actor'}, shown, {type: 'picker', action: {type: 'move', by: 2}}, {type: 'apply-picker'});
		assert.deepEqual(highlighted.actorIds, ['a-zelenskyy']);
		const added = [shown, {type: 'open-picker', entity: 'actor'} as AppAction, {type: 'picker', action: {type: 'move', by: 2}} as AppAction, {type: 'apply-picker'} as AppAction].reduce(appReducer, applied);
		assert.deepEqual(added.actorIds, ['a-kirby', 'a-peskov', 'a-zelenskyy'], 'Enter adds the highlighted row to the earlier choice');
	});

	test('scrolling a page stays between its top and its end, once the page is drawn', () => {
		const open = run({type: 'open-detail', recordId: 'q-kirby-supply-route'});
		const drawn = appReducer(open, shownWith({page: 'q-kirby-supply-route', pageLines: 30, pageRoom: 18}));
		assert.equal((appReducer(drawn, {type: 'scroll', by: 50}).overlay as {scroll: number}).scroll, 12);
		assert.equal((appReducer(drawn, {type: 'scroll', by: -3}).overlay as {scroll: number}).scroll, 0);
		const early = appReducer(open, {type: 'scroll', by: 50});
		assert.equal((appReducer(early, shownWith({page: 'q-kirby-supply-route', pageLines: 30, pageRoom: 18})).overlay as {scroll: number}).scroll, 12, 'a key before the frame is clamped when the frame comes');
	});

	test('closing an overlay returns to what it covered', () => {
		const detail = run({type: 'open-detail', recordId: 'q-kirby-supply-route'}, {type: 'open-briefing'});
		assert.equal(appReducer(detail, {type: 'close-overlay'}).overlay.type, 'detail');
		assert.equal(run({type: 'open-help'}, {type: 'close-overlay'}).overlay.type, 'none');
	});

	test('the query history: Alt-↑ recalls earlier queries, Alt-↓ comes back to what was being typed', () => {
		const start = startingState({}, ['kirby', 'caspian']);
		const typed = [type('shah')].reduce(appReducer, start);
		const back = appReducer(typed, {type: 'history', step: -1});
		assert.equal(back.query.text, 'caspian');
		assert.equal(appReducer(back, {type: 'history', step: -1}).query.text, 'kirby');
		assert.equal(appReducer(appReducer(back, {type: 'history', step: -1}), {type: 'history', step: -1}).query.text, 'kirby', 'the oldest stays');
		assert.equal(appReducer(back, {type: 'history', step: 1}).query.text, 'shah');
		const remembered = appReducer(appReducer(typed, type('ed')), {type: 'remember-query'});
		assert.deepEqual(remembered.history.entries, ['kirby', 'caspian', 'shahed']);
		assert.deepEqual(appReducer(appReducer(remembered, {type: 'history', step: -1}), {type: 'remember-query'}).history.entries, ['kirby', 'caspian', 'shahed'], 'no duplicates');
	});
});

describe('the line editor', () => {
	const at = (text: string, cursor = text.length): TextField => ({text, cursor});
	const edit = (field: TextField, ...actions: EditAction[]) => actions.reduce(editField, field);
	const show = ({text, cursor}: TextField) => `${text.slice(0, cursor)}|${text.slice(cursor)}`;

	test('moves by character, word and line', () => {
		assert.equal(show(edit(at('joe biden'), {type: 'move', to: 'left'})), 'joe bide|n');
		assert.equal(show(edit(at('joe biden'), {type: 'move', to: 'word-left'})), 'joe |biden');
		assert.equal(show(edit(at('joe biden'), {type: 'move', to: 'word-left'}, {type: 'move', to: 'word-left'})), '|joe biden');
		assert.equal(show(edit(at('joe biden', 0), {type: 'move', to: 'word-right'})), 'joe| biden');
		assert.equal(show(edit(at('joe biden', 4), {type: 'move', to: 'end'})), 'joe biden|');
		assert.equal(show(edit(at('joe biden'), {type: 'move', to: 'start'}, {type: 'move', to: 'left'})), '|joe biden');
		assert.equal(show(edit(at('joe biden'), {type: 'move', to: 'right'})), 'joe biden|');
	});

	test('inserts and pastes at the cursor', () => {
		assert.equal(show(edit(at('makhchkala', 4), {type: 'insert', text: 'a'})), 'makha|chkala');
		assert.equal(show(edit(at('joe ', 0), {type: 'insert', text: 'president '})), 'president |joe ');
	});

	test('deletes as readline: characters, words, to either end', () => {
		assert.equal(show(edit(at('kirby caspian', 5), {type: 'delete', what: 'back'})), 'kirb| caspian');
		assert.equal(show(edit(at('kirby caspian', 5), {type: 'delete', what: 'forward'})), 'kirby|caspian');
		assert.equal(show(edit(at('kirby caspian-sea'), {type: 'delete', what: 'word-back'})), 'kirby caspian-|');
		assert.equal(show(edit(at('kirby caspian-sea'), {type: 'delete', what: 'space-word-back'})), 'kirby |');
		assert.equal(show(edit(at('kirby caspian', 0), {type: 'delete', what: 'word-forward'})), '| caspian');
		assert.equal(show(edit(at('kirby caspian', 5), {type: 'delete', what: 'to-end'})), 'kirby|');
		assert.equal(show(edit(at('kirby caspian', 5), {type: 'delete', what: 'to-start'})), '| caspian');
		assert.equal(show(edit(at('', 0), {type: 'delete', what: 'back'}, {type: 'move', to: 'left'})), '|');
	});

	test('never splits a character made of two code units', () => {
		assert.equal(show(edit(at('a😀b', 3), {type: 'move', to: 'left'})), 'a|😀b');
		assert.equal(show(edit(at('a😀b', 1), {type: 'move', to: 'right'})), 'a😀|b');
		assert.equal(show(edit(at('a😀'), {type: 'delete', what: 'back'})), 'a|');
	});
});

describe('derived results', () => {
	test('the query and the filters narrow the hits; tabs split them by kind', () => {
		const hits = matchingHits(shippedIndex, 'makhachkala', {});
		// The quote, the fact and the route cut from Kirby's words are one row, led in each tab by the record of its kind.
		assert.deepEqual(countByTab(hits), {all: 2, quotes: 1, facts: 1, places: 2, actors: 0});
		const rows = (tab: Parameters<typeof hitsInTab>[1]) => hitsInTab(hits, tab).map(hit => [hit.record.kind, ...(hit.sameAs ?? []).map(other => other.record.kind)].join(' '));
		assert.deepEqual(rows('all'), ['location', 'quote fact route']);
		assert.deepEqual(rows('quotes'), ['quote fact route']);
		assert.deepEqual(rows('facts'), ['fact quote route']);
		assert.deepEqual(rows('places'), ['location', 'route quote fact']);
		assert.equal(hitsInTab(hits, 'quotes')[0]!.record.id, 'q-kirby-supply-route');
		assert.equal(mapStoryFor(shippedIndex, hits).routes.length, 1, 'the route behind the quote\'s row is on the map');
		assert.equal(matchingHits(shippedIndex, '', {actorIds: ['a-peskov']}).filter(hit => hit.record.kind === 'quote').length, 4);
	});

	test('the picker lists every actor with a record count, and filters fuzzily', () => {
		const all = pickerItems(shippedIndex, {entity: 'actor', query: emptyField, cursor: 0, chosen: ['a-kirby'], initial: []});
		assert.equal(all.length, shippedIndex.corpus.actors.length);
		assert.ok(all.find(item => item.id === 'a-kirby')?.chosen);
		assert.equal(pickerItems(shippedIndex, {entity: 'actor', query: {text: 'peskof', cursor: 6}, cursor: 0, chosen: [], initial: []})[0]?.id, 'a-peskov');
		assert.equal(pickerItems(shippedIndex, {entity: 'location', query: {text: 'kiev', cursor: 4}, cursor: 0, chosen: [], initial: []})[0]?.id, 'l-kyiv');
		const reopened = pickerItems(shippedIndex, {entity: 'actor', query: emptyField, cursor: 0, chosen: ['a-biden', 'a-peskov'], initial: ['a-biden', 'a-peskov']});
		assert.deepEqual(reopened.slice(0, 2).map(item => item.id), ['a-biden', 'a-peskov'], 'the chosen come first, in the order chosen');
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

	test('Space types in the picker and Tab ticks; arrows, Ctrl and Alt keys work while typing', () => {
		assert.equal(commandFor('picker', ' ', key()), undefined);
		assert.equal(typedText(' ', key()), ' ');
		assert.equal(commandFor('picker', '', key({tab: true})), 'toggle-choice');
		assert.equal(commandFor('query', '', key({downArrow: true})), 'down');
		assert.equal(commandFor('query', '', key({downArrow: true, meta: true})), 'history-forward');
		assert.equal(commandFor('query', 'n', key({ctrl: true})), 'down');
		assert.equal(commandFor('query', 'u', key({ctrl: true})), 'kill-to-start');
		assert.equal(commandFor('note', 'b', key({meta: true})), 'word-left');
		assert.equal(commandFor('query', '', key({backspace: true, meta: true})), 'delete-word-back');
		assert.equal(commandFor('query', '', key({backspace: true})), 'delete-back');
		assert.equal(commandFor('query', '', key({delete: true})), 'delete-forward');
		assert.equal(commandFor('query', '', key({delete: true, meta: true})), 'delete-word-forward');
		assert.equal(commandFor('help', 'q', key()), 'close');
		assert.equal(commandFor('briefing', 'q', key()), 'close');
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
					const press = key({...(spec.key ? {[spec.key]: true} : {}), ctrl: Boolean(spec.ctrl), meta: Boolean(spec.meta) || spec.key === 'escape', shift: Boolean(spec.shift)});
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

describe('the header’s chips', () => {
	const peskov = {kind: 'actor' as const, name: 'Dmitry Peskov'};
	const source = {kind: 'source' as const, name: 'White House details Iran–Russia drone supply route'};
	test('shortened by rule as the room shrinks: whole, a source’s first words, surnames, then a count; never inside a word', () => {
		assert.deepEqual(fitChips([peskov, source], 80), ['Dmitry Peskov', '§ White House details Iran–Russia drone supply route']);
		assert.deepEqual(fitChips([peskov, source], 40), ['Dmitry Peskov', '§ White House details…']);
		assert.deepEqual(fitChips([peskov, source], 22), ['Peskov', '§ White…']);
		assert.deepEqual(fitChips([peskov, source, {kind: 'location', name: 'Kyiv'}], 14), ['+3 more']);
		assert.deepEqual(fitChips([peskov, {kind: 'location', name: 'Kyiv'}, source], 24), ['Peskov', '@Kyiv', '+1 more']);
	});

	test('the summary keeps the counts that fit whole and leaves out the rest; a long name keeps its first words', () => {
		const counts = ['11 quotes', '39 facts', '14 places', '1 route', '20 actors'];
		assert.deepEqual(fitSummary('Iran–Russia drones', counts, 100), {name: 'Iran–Russia drones', counts});
		assert.deepEqual(fitSummary('Iran–Russia drones', counts, 52), {name: 'Iran–Russia drones', counts: ['11 quotes', '39 facts']});
		assert.deepEqual(fitSummary('Iran–Russia drones', counts, 18), {name: 'Iran–Russia drones', counts: []});
		assert.deepEqual(fitSummary('Iran–Russia drones', counts, 14), {name: 'Iran–Russia…', counts: []});
	});

	test('tab labels shorten to letters before a count is ever cut', () => {
		const counts = {all: 85, quotes: 11, facts: 39, places: 15, actors: 20};
		assert.deepEqual(tabLabels(counts, 70), [' All 85 ', ' Quotes 11 ', ' Facts 39 ', ' Places 15 ', ' Actors 20 ']);
		assert.deepEqual(tabLabels(counts, 50), [' All 85 ', ' Q 11 ', ' F 39 ', ' P 15 ', ' A 20 ']);
	});
});

describe('the detail beside the list', () => {
	test('a neighbouring paragraph is cut between words, never inside one, and none is lost from what is shown', () => {
		const record = shippedIndex.byId.get('q-kirby-supply-route')!;
		const detail = recordDetail(shippedIndex, record);
		for (const width of [40, 52, 56, 61, 70]) {
			const text = detailLines(detail, record, width, {neighbourLines: 2}).map(line => line.map(segment => segment.text).join(''));
			const from = text.findIndex(line => line.startsWith('¶4'));
			const end = text.indexOf('', from);
			const after = text.slice(from, end === -1 ? undefined : end);
			const shown = after.join(' ').replace(/^¶4 /, '').replace(/ …$/, '').split(/\s+/);
			const words = detail.context!.after!.split(' ');
			assert.deepEqual(shown, words.slice(0, shown.length), `at ${width} columns: ${after.join(' / ')}`);
			const before = text.filter(line => line.startsWith('¶2 …'));
			assert.equal(before.length, 1, `at ${width} columns the paragraph before is marked`);
		}
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
