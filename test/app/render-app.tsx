import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import type {ComponentProps} from 'react';
import {App} from '../../source/app/app.js';
import {loadCorpus} from '../../source/core/load-corpus.js';
import {indexCorpus} from '../../source/core/records.js';
import {unchanged, waitFor} from '../helpers/wait-for.js';

/** Named keys as a terminal sends them. */
export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	left: '\u001B[D',
	right: '\u001B[C',
	ctrlLeft: '\u001B[1;5D',
	ctrlRight: '\u001B[1;5C',
	altUp: '\u001B[1;3A',
	altDown: '\u001B[1;3B',
	altLeft: '\u001B[1;3D',
	altRight: '\u001B[1;3C',
	shiftUp: '\u001B[1;2A',
	shiftDown: '\u001B[1;2B',
	shiftPageDown: '\u001B[6;2~',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	home: '\u001B[H',
	end: '\u001B[F',
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	shiftTab: '\u001B[Z',
	backspace: '\u007F',
	delete: '\u001B[3~',
	altDelete: '\u001B[3;3~',
	altBackspace: '\u001B\u007F',
	altB: '\u001Bb',
	altF: '\u001Bf',
	altD: '\u001Bd',
	ctrlA: '\u0001',
	ctrlC: '\u0003',
	ctrlD: '\u0004',
	ctrlE: '\u0005',
	ctrlK: '\u000B',
	ctrlN: '\u000E',
	ctrlP: '\u0010',
	ctrlU: '\u0015',
	ctrlW: '\u0017',
} as const;

export const shippedIndex = indexCorpus(loadCorpus(new URL('../../data/corpus.json', import.meta.url).pathname));

 
const ansi = /\u001B\[[0-9;]*m/g;

type RenderOptions = Partial<ComponentProps<typeof App>> & {columns?: number; rows?: number};

/**
 * Render the app with ink-testing-library and drive it like a user. A key is
 * drawn in the turn it is written (Ink renders synchronously here), except a
 * lone Esc, which Ink holds for a turn: `press`, `type` and `paste` wait
 * until the frame stops changing and no search is still running. What lands
 * later still (a store operation, another process's pin) is awaited with
 * `waitForFrame`, through `waitFor`, the one waiting helper.
 */
export async function renderApp({index = shippedIndex, colour = false, columns = 120, rows = 40, ...props}: RenderOptions = {}) {
	const instance = render(<App index={index} colour={colour} {...props} />);
	const rawFrame = () => instance.lastFrame() ?? '';
	const frame = () => rawFrame().replace(ansi, '');
	const isReadingInput = () => instance.stdin.listenerCount('readable') > 0;
	await waitFor(isReadingInput, 'the app to read keys');

	/** Change the terminal size as a resize would. */
	async function resize(columns: number, rows: number) {
		Object.defineProperty(instance.stdout, 'columns', {value: columns, configurable: true});
		Object.defineProperty(instance.stdout, 'rows', {value: rows, configurable: true});
		instance.stdout.emit('resize');
		await waitFor(unchanged(rawFrame), 'the new size to be drawn');
	}

	await resize(columns, rows);

	/**
	 * What a key set off has been drawn: the frame has stopped changing, and no
	 * search is still running in the background (a long query over even a small
	 * corpus finishes after the frame that echoes the key).
	 */
	const drawn = (what: string) => {
		const same = unchanged(rawFrame);
		return waitFor(() => same() && !frame().includes('searching…'), what, {seen: frame});
	};

	const app = {
		frame,
		rawFrame,
		lines: () => frame().split('\n'),
		/** The footer: the last line of the frame. */
		footer: () => frame().split('\n').at(-1) ?? '',
		stdin: instance.stdin,
		/** Type text a key at a time, as a person does. */
		async type(text: string) {
			for (const character of text) {
				instance.stdin.write(character);
			}

			await drawn('the keys to be drawn');
		},
		/** Press keys one after another, each in its own turn (a lone Esc needs one). */
		async press(...sequence: string[]) {
			for (const key of sequence) {
				instance.stdin.write(key);
				await drawn('the key to be drawn');
			}
		},
		/** Paste text: it arrives as one string. */
		async paste(text: string) {
			instance.stdin.write(text);
			await drawn('the paste to be drawn');
		},
		resize,
		/** Wait until the screen matches (what lands in the background); the frame. */
		async waitForFrame(pattern: RegExp) {
			return waitFor(() => pattern.test(frame()) && frame(), `the screen to match ${pattern}`, {seen: frame});
		},
		/** True when the app no longer reads the keyboard (it has quit). */
		isReadingInput,
		unmount: instance.unmount,
	};
	return app;
}

export type Session = Awaited<ReturnType<typeof renderApp>>;

export function widestLine(text: string): number {
	return Math.max(...text.split('\n').map(line => stringWidth(line)));
}
