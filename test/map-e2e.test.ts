import assert from 'node:assert/strict';
import {mkdtempSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {needsTmux, startSession, tmux, waitForScreen} from './helpers/terminal.js';

/** The map in the real binary, in real terminals of two sizes (see helpers/terminal.ts). */
const brief = fileURLToPath(new URL('../bin/brief.js', import.meta.url));

for (const [columns, rows, environment] of [
	[120, 35, ''],
	[60, 20, 'NO_COLOR=1 '],
] as const) {
	test(`m opens the map at ${columns}×${rows}${environment ? ' without colour' : ''}: the Caspian's ports on screen, Esc back to the list`, needsTmux, async () => {
		const scratch = mkdtempSync(path.join(os.tmpdir(), 'brief-map-e2e-'));
		startSession(scratch, `${environment}BRIEF_HOME='${scratch}' node '${brief}'; echo "brief exited with $?"; sleep 30`, {columns, rows});
		await waitForScreen(text => text.includes('All 85'), 'the first frame');
		tmux('send-keys', '-t', 'brief', 'Escape');
		await waitForScreen(text => text.includes('q quit'), 'the list to have the keys');
		tmux('send-keys', '-t', 'brief', '-l', 'm');
		const map = await waitForScreen(text => /│Caspian Sea · sea · 14 places/.test(text), 'the map, its cursor on the Caspian');
		// The list's detail names the ports too: on the map, they are labels beside their markers.
		assert.match(map, /Makhachkala/);
		assert.match(map, /Amirabad/);
		assert.doesNotMatch(map, /quote Kirby/, 'the map covers the list');
		for (const line of map.split('\n')) {
			assert.ok([...line].length <= columns, `a line overflows: ${line}`);
		}

		assert.match(map, /Esc back/);
		if (environment) {
			assert.match(map, /◉/, 'the selected place has its own marker without colour');
		}

		tmux('send-keys', '-t', 'brief', 'Escape');
		await waitForScreen(text => text.includes('q quit'), 'the list again');
		tmux('send-keys', '-t', 'brief', '-l', 'q');
		assert.match(await waitForScreen(text => text.includes('brief exited with'), 'brief to exit'), /brief exited with 0/);
	});
}
