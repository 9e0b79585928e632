import assert from 'node:assert/strict';
import {mkdtempSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {needsTmux, startSession, tmux, waitForScreen} from './helpers/terminal.js';

/** Reading in context in a real terminal (issue 19), through tmux (see helpers/terminal.ts). */
const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const send = (...keys: string[]) => tmux('send-keys', '-t', 'brief', ...keys);
/** Whether the program in the pane has asked for mouse reports, as tmux knows it. */
const mouseAsked = () => tmux('display-message', '-p', '-t', 'brief', '#{mouse_any_flag}').trim();

test('Peskov’s detail in a real 100×30 terminal: follow a link, go back, a wheel report is not read as keys; no mouse mode left after quitting', needsTmux, async () => {
	const scratch = mkdtempSync(path.join(os.tmpdir(), 'brief-reading-'));
	startSession(scratch, `BRIEF_HOME='${scratch}' node '${path.join(projectRoot, 'bin', 'brief.js')}'; echo "brief exited with $?"`);
	await waitForScreen(text => text.includes('All 85'), 'the first frame');
	assert.equal(mouseAsked(), '1', 'the app asks for mouse reports');

	send('-l', 'peskov');
	await waitForScreen(text => !text.includes('All 85') && /│ +actor Dmitry Peskov/.test(text), 'the search for Peskov');
	send('Enter');
	send('Enter');
	const detail = await waitForScreen(text => /Quotes \(4\)/.test(text) && /Tab link/.test(text), 'Peskov’s detail, full-screen');
	assert.match(detail.split('\n')[0]!, /· Peskov\s*$/);

	send('Tab');
	send('Tab');
	await waitForScreen(text => /▸ quote Peskov “continue to build/.test(text), 'the second link chosen');
	send('Enter');
	const followed = await waitForScreen(text => /Peskov › ¶13 quote/.test(text), 'the quote followed, with the trail');
	assert.match(followed, /In context · /);
	for (const line of followed.split('\n')) {
		assert.ok([...line].length <= 100, `a line overflows: ${line}`);
	}

	send('BSpace');
	const back = await waitForScreen(text => /· Peskov\s*\n/.test(text) && /▸ quote Peskov “continue to build/.test(text), 'back on Peskov, at the link followed');
	assert.doesNotMatch(back, /¶13 quote/);

	// A wheel notch, as the terminal reports it: read as the mouse, never as keys that "do nothing".
	send('-l', '\u001B[<65;40;12M');
	send('-l', 'z');
	const wheeled = await waitForScreen(text => /z does nothing/.test(text), 'the keys after the wheel');
	assert.doesNotMatch(wheeled, /\[<65|<65;40;12M does nothing/);

	send('Escape');
	await waitForScreen(text => text.includes('q quit'), 'the list');
	send('-l', 'q');
	await waitForScreen(text => text.includes('brief exited with 0'), 'brief to quit');
	assert.equal(mouseAsked(), '0', 'no mouse mode outlives the app');
});

test('--no-mouse leaves the mouse to the terminal', needsTmux, async () => {
	const scratch = mkdtempSync(path.join(os.tmpdir(), 'brief-reading-'));
	startSession(scratch, `BRIEF_HOME='${scratch}' node '${path.join(projectRoot, 'bin', 'brief.js')}' --no-mouse; echo "brief exited with $?"`);
	await waitForScreen(text => text.includes('All 85'), 'the first frame');
	assert.equal(mouseAsked(), '0');
	send('C-c');
	await waitForScreen(text => text.includes('brief exited with 0'), 'brief to quit');
});
