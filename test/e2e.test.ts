import assert from 'node:assert/strict';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {needsTmux, startSession, tmux, waitForScreen} from './helpers/terminal.js';

/** The real binary in a real terminal, through tmux (see helpers/terminal.ts). */
const projectRoot = fileURLToPath(new URL('..', import.meta.url));

test('brief in a real 100×30 terminal: search, switch tab, read the quote in context, pin and export it, quit cleanly', needsTmux, async () => {
	// The app runs in a scratch directory with its own data directory, so the export lands there.
	const scratch = mkdtempSync(path.join(os.tmpdir(), 'brief-e2e-'));
	startSession(scratch, `printf "before brief\\n"; BRIEF_HOME='${scratch}' node '${path.join(projectRoot, 'bin', 'brief.js')}'; echo "brief exited with $?"`);

	await waitForScreen(text => text.includes('All 85'), 'the first frame');
	tmux('send-keys', '-t', 'brief', '-l', 'makhachkala');
	const searched = await waitForScreen(text => text.includes('All 2'), 'the search to narrow the list (one row a passage)');
	assert.match(searched, /place Makhachkala +port, Russia/);

	tmux('send-keys', '-t', 'brief', 'Tab');
	const quotes = await waitForScreen(text => /Quotes 1 /.test(text) && /1\/1/.test(text), 'the Quotes tab');
	assert.match(quotes, /quote Kirby “The drones .*\+fact \+route/);
	assert.match(quotes, /¶3 “The drones are built in Iran, shipped across/);
	assert.match(quotes, /John Kirby/);
	assert.match(quotes, /In context · /);
	for (const line of quotes.split('\n')) {
		assert.ok([...line].length <= 100, `a line overflows: ${line}`);
	}

	// Briefing prep: pin the quote, open the pane, export.
	tmux('send-keys', '-t', 'brief', 'Escape');
	await waitForScreen(text => text.includes('q quit'), 'the list to have the keys');
	tmux('send-keys', '-t', 'brief', '-l', 'p');
	await waitForScreen(text => /│ ● quote Kirby/.test(text), 'the pin marker');
	tmux('send-keys', '-t', 'brief', '-l', 'b');
	await waitForScreen(text => text.includes('Briefing “default” · 1 pin'), 'the briefing pane');
	tmux('send-keys', '-t', 'brief', '-l', 'e');
	const exported = await waitForScreen(text => text.includes('Exported to'), 'the export');
	assert.match(exported, /Exported to \S*briefing-default-\d{4}-\d{2}-\d{2}\.md/);
	// A mistake, and its undo: d removes the pin, u puts it back.
	tmux('send-keys', '-t', 'brief', '-l', 'd');
	await waitForScreen(text => /Removed q-kirby-supply-route — u undoes/.test(text) && text.includes('0 pins'), 'the removal and its hint');
	tmux('send-keys', '-t', 'brief', '-l', 'u');
	await waitForScreen(text => /Restored q-kirby-supply-route at 1/.test(text) && text.includes('1 pin'), 'the pin to come back');
	tmux('send-keys', '-t', 'brief', '-l', 'q');
	await waitForScreen(text => !text.includes('Briefing “default”') && text.includes('q quit'), 'q to close the briefing pane, not brief');
	tmux('send-keys', '-t', 'brief', '-l', 'q');
	const after = await waitForScreen(text => text.includes('brief exited with'), 'brief to exit');
	assert.match(after, /brief exited with 0/);
	assert.match(after, /before brief/, 'the screen from before brief is restored');
	assert.doesNotMatch(after, /All 85|Quotes 1/, 'nothing of the app is left on screen');
	const [exportFile] = readdirSync(scratch).filter(file => file.endsWith('.md'));
	assert.match(readFileSync(path.join(scratch, exportFile!), 'utf8'), /## Key quotes\n\n- “The drones are built in Iran/);
});

test('filter flags open the app filtered; an unknown name is one line and exit 2 before the app opens', needsTmux, async () => {
	const scratch = mkdtempSync(path.join(os.tmpdir(), 'brief-e2e-'));
	const brief = path.join(projectRoot, 'bin', 'brief.js');
	startSession(scratch, `BRIEF_HOME='${scratch}' node '${brief}' --actor pesk --kind quote; echo "brief exited with $?"; BRIEF_HOME='${scratch}' node '${brief}' --actor zzzz; echo "then exited with $?"`);
	const opened = await waitForScreen(text => text.includes('Quotes 4'), 'Peskov’s quotes');
	assert.match(opened.split('\n')[0]!, / Dmitry Peskov /);
	assert.equal(opened.split('\n').filter(line => /│ {3}quote Peskov “/.test(line)).length, 4);
	tmux('send-keys', '-t', 'brief', 'Escape');
	await waitForScreen(text => text.includes('q quit'), 'the list to have the keys');
	tmux('send-keys', '-t', 'brief', '-l', 'q');
	const after = await waitForScreen(text => text.includes('then exited with'), 'both runs to end');
	assert.match(after, /brief exited with 0\nbrief: unknown actor "zzzz".*\nthen exited with 2/);
});

test('the actor picker in a real 60×20 terminal: type a name with a space, Enter picks the highlighted row', needsTmux, async () => {
	const scratch = mkdtempSync(path.join(os.tmpdir(), 'brief-e2e-'));
	startSession(scratch, `BRIEF_HOME='${scratch}' node '${path.join(projectRoot, 'bin', 'brief.js')}'; echo "brief exited with $?"`, {columns: 60, rows: 20});
	await waitForScreen(text => text.includes('All 85'), 'the first frame');
	tmux('send-keys', '-t', 'brief', 'Escape');
	await waitForScreen(text => text.includes('q quit'), 'the list to have the keys');
	tmux('send-keys', '-t', 'brief', '-l', 'a');
	await waitForScreen(text => text.includes('Filter by actor'), 'the actor picker');
	tmux('send-keys', '-t', 'brief', '-l', 'joe biden');
	const typed = await waitForScreen(text => text.includes('› joe biden'), 'the filter with its space');
	assert.match(typed, /0 chosen/);
	tmux('send-keys', '-t', 'brief', 'Enter');
	const picked = await waitForScreen(text => text.split('\n')[0]!.includes('Joe Biden') && text.includes('All 2') && /\? help\s*$/m.test(text), 'the chip, the narrowed list and the footer');
	for (const line of picked.split('\n')) {
		assert.ok([...line].length <= 60, `a line overflows: ${line}`);
	}

	tmux('send-keys', '-t', 'brief', 'C-c');
	assert.match(await waitForScreen(text => text.includes('brief exited with'), 'brief to exit'), /brief exited with 0/);
});
