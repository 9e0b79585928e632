import process from 'node:process';
import chalk from 'chalk';
import {render} from 'ink';
import type {Filters} from '../core/filters.js';
import type {CorpusIndex} from '../core/records.js';
import {mkdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {queryHistoryPath, storePath} from '../core/paths.js';
import type {BriefingService} from '../store/briefing-service.js';
import {App, type QueryHistory} from './app.js';
import {osc52Clipboard} from './clipboard.js';
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
};

/**
 * Run the full-screen app until the user quits. The alternate screen keeps
 * the user's scrollback as it was; Ink hides and restores the cursor. The
 * store and the clipboard, the app's side effects, are made here.
 */
export async function startApp(index: CorpusIndex, {colour, briefingName, filters, corpusFiles = [], reload}: StartOptions): Promise<void> {
	// Selection and highlights use bold and inverse even without colour, so Ink's
	// chalk needs at least basic styling on a terminal; `colour` decides the hues.
	if (chalk.level === 0) {
		chalk.level = 1;
	}

	const briefing = deferred(briefingName, async () => {
		const {createBriefingService} = await import('../store/briefing-service.js');
		return createBriefingService(index, {storeFile: storePath(), name: briefingName, exportDirectory: process.cwd()});
	});
	const copy = osc52Clipboard(process.stdout, process.env);
	process.stdout.write(enterAlternateScreen);
	// No frame cap: Ink's cap holds a frame back until the cap's interval has
	// passed since the last request, so a key typed just after a search's
	// results were drawn waited up to 17 ms (at 60) for its echo. React already
	// makes one commit of the updates of one turn, so frames stay few.
	const watch = watchFiles({store: storePath(), corpus: corpusFiles});
	const reloadIndex = reload && (() => {
		try {
			return reload();
		} catch {
			// A corpus being written, or broken: keep showing the one read before.
			return undefined;
		}
	});
	const instance = render(<App index={index} colour={colour} briefing={briefing} copy={copy} filters={filters} history={queryHistory()} watch={watch} reloadIndex={reloadIndex} />, {exitOnCtrlC: false, maxFps: 0, patchConsole: false});
	try {
		await instance.waitUntilExit();
	} finally {
		instance.cleanup();
		process.stdout.write(leaveAlternateScreen);
	}
}

/** The briefing service, loaded on first use: the store's libraries stay off the path to the first frame. */
function deferred(name: string, load: () => Promise<BriefingService>): BriefingService {
	let loading: Promise<BriefingService> | undefined;
	let loaded: BriefingService | undefined;
	const service = async () => {
		loading ??= load().then(real => (loaded = real));
		return loading;
	};

	return {
		name,
		load: async () => (await service()).load(),
		toggle: async record => (await service()).toggle(record),
		setNote: async (id, note) => (await service()).setNote(id, note),
		remove: async id => (await service()).remove(id),
		move: async (id, delta) => (await service()).move(id, delta),
		restore: async (pin, position) => (await service()).restore(pin, position),
		exportMarkdown: async options => (await service()).exportMarkdown(options),
		takeWarnings: () => loaded?.takeWarnings() ?? [],
	};
}

/** Earlier queries, read from the data directory, and how to keep the latest ones there. */
function queryHistory(): QueryHistory {
	const file = queryHistoryPath();
	let entries: string[] = [];
	try {
		// eslint-disable-next-line no-control-regex
		entries = readFileSync(file, 'utf8').split('\n').map(line => line.replace(/[\u0000-\u001F\u007F-\u009F]/g, '')).filter(line => line.trim() !== '');
	} catch {
		// No history yet.
	}

	let saving = Promise.resolve();
	return {
		entries,
		save(next) {
			saving = saving.then(async () => {
				try {
					mkdirSync(path.dirname(file), {recursive: true});
					const {writeAtomically} = await import('../store/write-atomically.js');
					await writeAtomically(file, `${next.join('\n')}\n`);
				} catch {
					// History is a convenience: a read-only data directory loses it quietly.
				}
			});
		},
	};
}
