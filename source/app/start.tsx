import process from 'node:process';
import chalk from 'chalk';
import {render} from 'ink';
import type {Filters} from '../core/filters.js';
import type {CorpusIndex} from '../core/records.js';
import {storePath} from '../core/paths.js';
import type {BriefingService} from '../store/briefing-service.js';
import {App} from './app.js';
import {mouseReportingOff, mouseReportingOn} from './keys/mouse.js';
import {holdTerminalMode} from './terminal-modes.js';
import type {LoadMap} from './state/map-state.js';
import {osc52Clipboard} from './clipboard.js';
import {queryHistory} from './query-history.js';
import {watchFiles} from './watch-files.js';

const enterAlternateScreen = '\u001B[?1049h\u001B[H';
const leaveAlternateScreen = '\u001B[?1049l';

type StartOptions = {
	colour: boolean;
	briefingName: string;
	filters: Filters;
	/** The corpus files shown, watched for changes by other processes. */
	corpusFiles?: string[];
	/** Read the corpus again after such a change. */
	reload?: () => CorpusIndex;
	/** The map's code, loaded when the map first opens. */
	loadMap?: LoadMap;
	/** Ask the terminal for mouse reports (the wheel, clicks); off with --no-mouse. */
	mouse?: boolean;
};

/**
 * Run the full-screen app until the user quits. The alternate screen keeps
 * the user's scrollback as it was; Ink hides and restores the cursor. The
 * store and the clipboard, the app's side effects, are made here.
 */
export async function startApp(index: CorpusIndex, {colour, briefingName, filters, corpusFiles = [], reload, loadMap, mouse = true}: StartOptions): Promise<void> {
	// Selection and highlights use bold and inverse even without colour, so Ink's
	// chalk needs at least basic styling on a terminal; `colour` decides the hues.
	if (chalk.level === 0) {
		chalk.level = 1;
	}

	const briefing = deferred(briefingName, async () => {
		const {createBriefingService} = await import('../store/briefing-service.js');
		return createBriefingService({storeFile: storePath(), name: briefingName, exportDirectory: process.cwd()});
	});
	const copy = osc52Clipboard(process.stdout, process.env);
	// Left however the app ends, a crash or a signal too, so no mode outlives it.
	const leaveScreen = holdTerminalMode(process.stdout, enterAlternateScreen, leaveAlternateScreen);
	const stopMouse = mouse ? holdTerminalMode(process.stdout, mouseReportingOn, mouseReportingOff) : () => undefined;
	// No frame cap: Ink's cap holds a frame back until the cap's interval has
	// passed since the last request, so a key typed just after a search's
	// results were drawn waited up to 17 ms (at 60) for its echo. React already
	// makes one commit of the updates of one turn, so frames stay few.
	const history = queryHistory();
	const watch = watchFiles({store: storePath(), corpus: corpusFiles});
	const reloadIndex = reload && (() => {
		try {
			return reload();
		} catch {
			// A corpus being written, or broken: keep showing the one read before.
			return undefined;
		}
	});
	const instance = render(<App index={index} colour={colour} briefing={briefing} copy={copy} filters={filters} history={history} watch={watch} reloadIndex={reloadIndex} loadMap={loadMap} />, {exitOnCtrlC: false, maxFps: 0, patchConsole: false});
	try {
		await instance.waitUntilExit();
	} finally {
		instance.cleanup();
		stopMouse();
		leaveScreen();
	}

	// A pin or note pressed just before quitting is still written.
	await Promise.all([briefing.idle(), history.saved()]);
}

/** The briefing service, loaded on first use: the store's libraries stay off the path to the first frame. */
function deferred(name: string, load: () => Promise<BriefingService>): BriefingService & {idle(): Promise<void>} {
	let loading: Promise<BriefingService> | undefined;
	let loaded: BriefingService | undefined;
	const running = new Set<Promise<unknown>>();
	const service = async () => {
		loading ??= load().then(real => (loaded = real));
		return loading;
	};

	/** Each call is kept until it ends, so quitting can wait for the writes under way. */
	const call = <T,>(operation: (real: BriefingService) => Promise<T>): Promise<T> => {
		const promise = service().then(operation);
		running.add(promise);
		void promise.finally(() => running.delete(promise)).catch(() => undefined);
		return promise;
	};

	return {
		name,
		load: async () => call(async real => real.load()),
		toggle: async (index, record) => call(async real => real.toggle(index, record)),
		setNote: async (index, id, note) => call(async real => real.setNote(index, id, note)),
		remove: async id => call(async real => real.remove(id)),
		move: async (id, delta) => call(async real => real.move(id, delta)),
		restore: async (pin, position) => call(async real => real.restore(pin, position)),
		exportMarkdown: async (index, options) => call(async real => real.exportMarkdown(index, options)),
		takeWarnings: () => loaded?.takeWarnings() ?? [],
		async idle() {
			// The app's queue starts its next operation when one ends: wait until a turn passes with none running.
			while (running.size > 0) {
				// eslint-disable-next-line no-await-in-loop
				await Promise.allSettled([...running]);
				// eslint-disable-next-line no-await-in-loop
				await new Promise(resolve => {
					setImmediate(resolve);
				});
			}
		},
	};
}
