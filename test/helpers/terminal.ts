import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {after} from 'node:test';
import {waitFor} from './wait-for.js';

/**
 * The real binary in a real terminal: tmux gives it a pseudo-terminal of a
 * known size, takes keys, and shows what is on the screen. CI installs tmux
 * (.ci/run); elsewhere the tests are skipped with a note when tmux is absent.
 */
export const tmuxFound = spawnSync('tmux', ['-V']).status === 0;

/** The options of a test that needs tmux: skipped without it, except in CI, where it must fail. */
export const needsTmux = {skip: !tmuxFound && !process.env['CI'] && 'tmux is not installed'};

const socket = `brief-test-${process.pid}`;

export function tmux(...args: string[]): string {
	const result = spawnSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
	assert.equal(result.status, 0, `tmux ${args.join(' ')}: ${result.stderr}`);
	return result.stdout;
}

/**
 * A session named "brief" (100×30 unless told) running `command`, in place of
 * any earlier one. The pane stays open after the command ends, so a test can
 * read what it left on the screen.
 */
export function startSession(directory: string, command: string, {columns = 100, rows = 30} = {}) {
	assert.ok(tmuxFound, 'CI must install tmux for the tests in a terminal (see .ci/run)');
	// The new session starts before the old one is killed: a server left with no session exits, and a session
	// started just then meets a dying server ("server exited unexpectedly"). `=brief`: that name exactly, not a prefix of brief-next.
	tmux('new-session', '-d', '-s', 'brief-next', '-x', String(columns), '-y', String(rows), '-c', directory, 'sh', '-c', `${command}; exec cat`);
	spawnSync('tmux', ['-L', socket, 'kill-session', '-t', '=brief']);
	tmux('rename-session', '-t', 'brief-next', 'brief');
}

const screen = () => tmux('capture-pane', '-p', '-t', 'brief');

/** Wait (with the one waiting helper) for the screen to show what a test expects; the screen. */
export async function waitForScreen(predicate: (text: string) => boolean, what: string): Promise<string> {
	return waitFor(() => {
		const text = screen();
		return predicate(text) && text;
	}, what, {timeoutMs: 10_000, seen: screen});
}

after(() => {
	if (tmuxFound) {
		spawnSync('tmux', ['-L', socket, 'kill-server']);
	}
});
