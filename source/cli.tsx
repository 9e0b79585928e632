import {createRequire} from 'node:module';
import process from 'node:process';
import meow from 'meow';
import {growHeapGently} from './cli/gentle-heap.js';
import {isMapRequest, mapCommandRequest} from './cli/map-request.js';
import {helpText, notInteractiveText} from './cli/help.js';
import {flags} from './cli/flags.js';
import {unknownFlags, wantsColour} from './cli/parse-request.js';
import {resolveFilters} from './cli/run-command.js';
import {runScriptCommand} from './cli/run-script-command.js';
import {BriefError, isBriefError} from './core/errors.js';
import {excerpt} from './core/sanitize.js';
import {loadCorpusIndex} from './core/load-index.js';
import {corpusPaths, userCorpusPath} from './core/paths.js';
import {checkBriefingName, defaultBriefing} from './store/briefings.js';

/** name, version and description from package.json, put in at build time (scripts/build.js). */
declare const BRIEF_PACKAGE: {name: string; version: string; description: string};

/** meow exits itself for --help, --version; its other complaints become one-line usage errors. */
function parseArguments() {
	try {
		return meow(helpText, {
			importMeta: import.meta,
			pkg: BRIEF_PACKAGE,
			allowUnknownFlags: true,
			// Absent boolean flags stay undefined, so no --color means "decide from the terminal".
			booleanDefault: undefined,
			flags,
		});
	} catch (error) {
		const message = (error as Error).message.replaceAll('`', '').split('\n')[0]!.replace(/\.$/, '');
		throw new BriefError(`${message.charAt(0).toLowerCase()}${message.slice(1)} (see brief --help)`);
	}
}

/**
 * The map (d3-geo, the atlas), a bundle of its own loaded only to draw a map.
 * The app asks for it synchronously, in the middle of a key (app/hooks/use-map.ts),
 * so it is CommonJS, dist/map.cjs beside this bundle, required rather than imported
 * (scripts/build.js).
 */
function loadMap(): typeof import('./cli/map-bundle.js') {
	return createRequire(import.meta.url)('./map.cjs') as typeof import('./cli/map-bundle.js');
}

/**
 * Parse flags once, then either print through the core or, with no command
 * on a terminal, start the app. Ink is only imported on that path.
 */
async function main(): Promise<number> {
	const cli = parseArguments();
	if (cli.flags.help) {
		cli.showHelp(0);
	}

	const unknown = unknownFlags(process.argv.slice(2), flags, ['version']);
	if (unknown.length > 0) {
		throw new BriefError(`unknown flag ${unknown.join(', ')} (see brief --help)`);
	}

	const terminal = {stdoutIsTty: Boolean(process.stdout.isTTY), environment: process.env};
	const [command, ...args] = cli.input;
	if (command === undefined) {
		if (!process.stdin.isTTY || !process.stdout.isTTY) {
			process.stderr.write(`${notInteractiveText}\n`);
			return 2;
		}

		growHeapGently();
		const corpusFiles = corpusPaths(cli.flags.corpus);
		const index = loadCorpusIndex(corpusFiles);
		const {kind = [], actor = [], location = [], source = []} = cli.flags;
		const filters = resolveFilters(index, {kinds: kind, actors: actor, locations: location, sources: source});
		// Ink, React and the app are a bundle of their own (scripts/build.js).
		const {startApp} = await import('./app/start.js');
		await startApp(index, {colour: wantsColour(cli.flags.color, terminal), briefingName: checkBriefingName(cli.flags.briefing ?? defaultBriefing), filters, loadMap, mouse: cli.flags.mouse !== false, corpusFiles: [...corpusFiles, userCorpusPath()], reload: () => loadCorpusIndex(corpusPaths(cli.flags.corpus))});
		return 0;
	}

	if (isMapRequest(command, cli.flags.format)) {
		const request = mapCommandRequest(command, args, cli.flags, {...terminal, columns: process.stdout.columns, rows: process.stdout.rows});
		const result = loadMap().runMapCommand(loadCorpusIndex(corpusPaths(cli.flags.corpus)), request);
		process.stdout.write(result.stdout);
		return result.exitCode;
	}

	// The store's and ingest's modules (lowdb; compromise and the gazetteer) load only for the commands that use them.
	const loaders = {storeCommands: async () => import('./cli/run-store-command.js'), ingestCommands: async () => import('./cli/run-ingest-command.js')};
	const result = await runScriptCommand(command, args, cli.flags, {...terminal, loaders});
	process.stderr.write(result.stderr);
	process.stdout.write(result.stdout);
	return result.exitCode;
}

function reportError(error: unknown): number {
	if (isBriefError(error)) {
		process.stderr.write(`brief: ${error.message}\n`);
	} else {
		// One line, cut short: a message can quote what it choked on (a whole article, a pattern made from one).
		const detail = process.env['BRIEF_DEBUG'] ? (error as Error).stack : `${excerpt(String((error as Error).message).split('\n')[0]!, 200)} (set BRIEF_DEBUG=1 for details)`;
		process.stderr.write(`brief: unexpected error: ${detail}\n`);
	}

	return 2;
}

/** The entry (see bin/brief.js). */
export function runBrief() {
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		// A closed pipe (`brief quotes | head -1`) is not an error worth a word.
		process.exit(error.code === 'EPIPE' ? 0 : 2);
	});

	main().then(
		code => {
			// Exit once the output is written: a process left to end by itself first waits on V8's background work, about ten milliseconds.
			process.stdout.write('', () => process.exit(code));
		},
		(error: unknown) => {
			process.exitCode = reportError(error);
		},
	);
}
