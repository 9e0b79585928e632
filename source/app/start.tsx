import process from 'node:process';
import chalk from 'chalk';
import {render} from 'ink';
import type {CorpusIndex} from '../core/records.js';
import {App} from './app.js';

const enterAlternateScreen = '\u001B[?1049h\u001B[H';
const leaveAlternateScreen = '\u001B[?1049l';

/**
 * Run the full-screen app until the user quits. The alternate screen keeps
 * the user's scrollback as it was; Ink hides and restores the cursor.
 */
export async function startApp(index: CorpusIndex, colour: boolean): Promise<void> {
	// Selection and highlights use bold and inverse even without colour, so Ink's
	// chalk needs at least basic styling on a terminal; `colour` decides the hues.
	if (chalk.level === 0) {
		chalk.level = 1;
	}

	process.stdout.write(enterAlternateScreen);
	const instance = render(<App index={index} colour={colour} />, {exitOnCtrlC: false, maxFps: 60, patchConsole: false});
	try {
		await instance.waitUntilExit();
	} finally {
		instance.cleanup();
		process.stdout.write(leaveAlternateScreen);
	}
}
