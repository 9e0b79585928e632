import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {watchFiles} from '../../source/app/watch-files.js';
import {createBriefingService} from '../../source/store/briefing-service.js';
import {waitFor} from '../helpers/wait-for.js';
import {renderApp} from './render-app.js';

type StoredPin = {id: string; note: string | null};

/** The app over a fresh store in a scratch directory, with a clipboard that records what it is given. */
export async function openWithBriefing(options: Parameters<typeof renderApp>[0] & {watchStore?: boolean} = {}) {
	const home = mkdtempSync(path.join(os.tmpdir(), 'brief-app-'));
	const storeFile = path.join(home, 'briefings.json');
	const briefing = createBriefingService({storeFile, name: 'default', exportDirectory: home});
	const copied: string[] = [];
	const {watchStore, ...rest} = options;
	const watch = watchStore ? watchFiles({store: storeFile, corpus: []}) : undefined;
	const app = await renderApp({briefing, copy: text => (copied.push(text), 'Copied the citation to the clipboard'), watch, ...rest});
	const storedPins = (): StoredPin[] => (existsSync(storeFile) ? (JSON.parse(readFileSync(storeFile, 'utf8')).briefings.default?.pins ?? []) : []);
	/** Wait until the store holds pins as a test expects (store operations run in the background). */
	const waitForStore = async (done: (pins: StoredPin[]) => boolean, what = 'the store to change') => waitFor(() => done(storedPins()) && storedPins(), what, {seen: () => JSON.stringify(storedPins())});
	/** Wait until the store holds these pins in this order. */
	const expectPinOrder = async (ids: Array<string | undefined>, message?: string) => {
		await waitForStore(pins => pins.map(pin => pin.id).join() === ids.join(), message ?? `the pins ${ids.join(', ')}`);
	};

	/** Wait until the screen shows the pattern (a store operation may still be under way), then assert it. */
	const expectScreen = async (pattern: RegExp, message?: string) => {
		assert.match(await app.waitForFrame(pattern), pattern, message);
	};

	return {app, home, storeFile, copied, storedPins, waitForStore, expectPinOrder, expectScreen};
}
