import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {after, test} from 'node:test';
import {setTimeout as delay} from 'node:timers/promises';
import {fileURLToPath} from 'node:url';
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The real binary in a real terminal: tmux gives it a pseudo-terminal of a
 * known size, takes keys, and shows what is on the screen. CI installs tmux
 * (.ci/run); elsewhere the test is skipped with a note when tmux is absent.
 */
const tmuxFound = spawnSync('tmux', ['-V']).status === 0;
const socket = `brief-e2e-${process.pid}`;
const projectRoot = fileURLToPath(new URL('..', import.meta.url));

function tmux(...args: string[]): string {
	const result = spawnSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
	assert.equal(result.status, 0, `tmux ${args.join(' ')}: ${result.stderr}`);
	return result.stdout;
}

/** A 100×30 session named "brief" running `command`, in place of any earlier one. */
function startSession(directory: string, command: string) {
	spawnSync('tmux', ['-L', socket, 'kill-session', '-t', 'brief']);
	tmux('new-session', '-d', '-s', 'brief', '-x', '100', '-y', '30', '-c', directory, 'sh', '-c', command);
}

const screen = () => tmux('capture-pane', '-p', '-t', 'brief');

async function waitForScreen(predicate: (text: string) => boolean, what: string): Promise<string> {
	let text = '';
	for (let attempt = 0; attempt < 100; attempt++) {
		text = screen();
		if (predicate(text)) {
			return text;
		}

		// eslint-disable-next-line no-await-in-loop
		await delay(100);
	}

	assert.fail(`timed out waiting for ${what}; the screen shows:\n${text}`);
}

after(() => {
	if (tmuxFound) {
		spawnSync('tmux', ['-L', socket, 'kill-server']);
	}
});

test('brief in a real 100×30 terminal: search, switch tab, read the quote in context, pin and export it, quit cleanly', {skip: !tmuxFound && !process.env['CI'] && 'tmux is not installed'}, async () => {
	assert.ok(tmuxFound, 'CI must install tmux for the end-to-end test (see .ci/run)');
	// The app runs in a scratch directory with its own data directory, so the export lands there.
	const scratch = mkdtempSync(path.join(os.tmpdir(), 'brief-e2e-'));
	startSession(scratch, `printf "before brief\\n"; BRIEF_HOME='${scratch}' node '${path.join(projectRoot, 'bin', 'brief.js')}'; echo "brief exited with $?"; sleep 30`);

	await waitForScreen(text => text.includes('All 85'), 'the first frame');
	tmux('send-keys', '-t', 'brief', '-l', 'makhachkala');
	const searched = await waitForScreen(text => text.includes('All 4'), 'the search to narrow the list');
	assert.match(searched, /place Makhachkala +port, Russia/);

	tmux('send-keys', '-t', 'brief', 'Tab');
	const quotes = await waitForScreen(text => /Quotes 1 /.test(text) && /1\/1/.test(text), 'the Quotes tab');
	assert.match(quotes, /quote Kirby “The drones are built in I/);
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
	tmux('send-keys', '-t', 'brief', 'Escape');
	await waitForScreen(text => !text.includes('Briefing “default”'), 'the briefing pane to close');
	tmux('send-keys', '-t', 'brief', '-l', 'q');
	const after = await waitForScreen(text => text.includes('brief exited with'), 'brief to exit');
	assert.match(after, /brief exited with 0/);
	assert.match(after, /before brief/, 'the screen from before brief is restored');
	assert.doesNotMatch(after, /All 85|Quotes 1/, 'nothing of the app is left on screen');
	const [exportFile] = readdirSync(scratch).filter(file => file.endsWith('.md'));
	assert.match(readFileSync(path.join(scratch, exportFile!), 'utf8'), /## Key quotes\n\n- “The drones are built in Iran/);
});

test('filter flags open the app filtered; an unknown name is one line and exit 2 before the app opens', {skip: !tmuxFound && !process.env['CI'] && 'tmux is not installed'}, async () => {
	assert.ok(tmuxFound, 'CI must install tmux for the end-to-end test (see .ci/run)');
	const scratch = mkdtempSync(path.join(os.tmpdir(), 'brief-e2e-'));
	const brief = path.join(projectRoot, 'bin', 'brief.js');
	startSession(scratch, `BRIEF_HOME='${scratch}' node '${brief}' --actor pesk --kind quote; echo "brief exited with $?"; BRIEF_HOME='${scratch}' node '${brief}' --actor zzzz; echo "then exited with $?"; sleep 30`);
	const opened = await waitForScreen(text => text.includes('Quotes 4'), 'Peskov’s quotes');
	assert.match(opened.split('\n')[0]!, / Dmitry Peskov /);
	assert.equal(opened.split('\n').filter(line => /│ {3}quote Peskov “/.test(line)).length, 4);
	tmux('send-keys', '-t', 'brief', 'Escape');
	await waitForScreen(text => text.includes('q quit'), 'the list to have the keys');
	tmux('send-keys', '-t', 'brief', '-l', 'q');
	const after = await waitForScreen(text => text.includes('then exited with'), 'both runs to end');
	assert.match(after, /brief exited with 0\nbrief: unknown actor "zzzz".*\nthen exited with 2/);
});
