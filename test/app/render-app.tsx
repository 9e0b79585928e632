import {setTimeout as delay} from 'node:timers/promises';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {App} from '../../source/app/app.js';
import type {CopyToClipboard} from '../../source/app/hooks/use-briefing.js';
import type {LoadMap} from '../../source/app/state/map-state.js';
import type {Filters} from '../../source/core/filters.js';
import type {BriefingService} from '../../source/store/briefing-service.js';
import {loadCorpus} from '../../source/core/load-corpus.js';
import {indexCorpus, type CorpusIndex} from '../../source/core/records.js';

/** Named keys as a terminal sends them. */
export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	home: '\u001B[H',
	end: '\u001B[F',
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	shiftTab: '\u001B[Z',
	backspace: '\u007F',
	ctrlC: '\u0003',
	ctrlN: '\u000E',
	ctrlP: '\u0010',
	ctrlU: '\u0015',
} as const;

export const shippedIndex = indexCorpus(loadCorpus(new URL('../../data/corpus.json', import.meta.url).pathname));

/** How long a key may take to change the screen before the key is taken to change nothing. */
const keyFrameWaitMs = 300;

// eslint-disable-next-line no-control-regex
const ansi = /\u001B\[[0-9;]*m/g;

/**
 * Render the app with ink-testing-library and drive it like a user: every
 * key is written on its own and given time to land (a lone Esc needs a
 * moment before Ink knows it is not the start of a sequence).
 */
type RenderOptions = {index?: CorpusIndex; colour?: boolean; columns?: number; rows?: number; briefing?: BriefingService; copy?: CopyToClipboard; filters?: Filters; loadMap?: LoadMap};

export async function renderApp({index = shippedIndex, colour = false, columns = 120, rows = 40, briefing, copy, filters, loadMap}: RenderOptions = {}) {
	const instance = render(<App index={index} colour={colour} briefing={briefing} copy={copy} filters={filters} loadMap={loadMap} />);
	await delay(50);
	await resize(columns, rows);

	/** Change the terminal size as a resize would. */
	async function resize(columns: number, rows: number) {
		Object.defineProperty(instance.stdout, 'columns', {value: columns, configurable: true});
		Object.defineProperty(instance.stdout, 'rows', {value: rows, configurable: true});
		instance.stdout.emit('resize');
		await delay(50);
	}

	const rawFrame = () => instance.lastFrame() ?? '';
	const frame = () => rawFrame().replace(ansi, '');

	return {
		frame,
		rawFrame,
		lines: () => frame().split('\n'),
		stdin: instance.stdin,
		async type(text: string) {
			for (const character of text) {
				instance.stdin.write(character);
				// eslint-disable-next-line no-await-in-loop
				await delay(5);
			}

			await delay(30);
		},
		async press(...sequence: string[]) {
			for (const key of sequence) {
				const before = rawFrame();
				instance.stdin.write(key);
				// eslint-disable-next-line no-await-in-loop
				await delay(key === keys.escape ? 80 : 30);
				// On a busy machine a frame can take longer: wait for it, unless the key changes nothing on screen.
				for (let waited = 0; rawFrame() === before && waited < keyFrameWaitMs; waited += 10) {
					// eslint-disable-next-line no-await-in-loop
					await delay(10);
				}
			}
		},
		resize,
		/** Wait (up to 3 s) until the screen matches, for what lands in the background; the frame either way. */
		async waitForFrame(pattern: RegExp) {
			for (let waited = 0; !pattern.test(frame()) && waited < 3000; waited += 20) {
				// eslint-disable-next-line no-await-in-loop
				await delay(20);
			}

			return frame();
		},
		/** True when the app no longer reads the keyboard (it has quit). */
		isReadingInput: () => instance.stdin.listenerCount('readable') > 0,
		unmount: instance.unmount,
	};
}

export function widestLine(text: string): number {
	return Math.max(...text.split('\n').map(line => stringWidth(line)));
}
