import {loadCorpusIndex} from '../core/load-index.js';
import {corpusPaths, ingestTarget, storePath} from '../core/paths.js';
import {parseRequest, type RawFlags} from './parse-request.js';
import {ingestCommands, runCommand, storeCommands} from './run-command.js';

export type ScriptFlags = RawFlags & {
	corpus?: string | undefined;
	briefing?: string | undefined;
	note?: string | undefined;
	out?: string | undefined;
	force?: boolean | undefined;
	geojson?: boolean | undefined;
	title?: string | undefined;
	outlet?: string | undefined;
	date?: string | undefined;
};

/** The command modules loaded only when one of their commands runs. */
export type CommandLoaders = {
	storeCommands: () => Promise<typeof import('./run-store-command.js')>;
	ingestCommands: () => Promise<typeof import('./run-ingest-command.js')>;
};

export type ScriptResult = {stdout: string; stderr: string; exitCode: number};

/**
 * One scripting command (anything but the app) from parsed flags to what it
 * prints and its exit status. Throws BriefError on bad input. The entry
 * (cli.tsx) prints the result; tests call this in-process.
 */
export async function runScriptCommand(command: string, args: string[], flags: ScriptFlags, {environment, stdoutIsTty, loaders}: {environment: NodeJS.ProcessEnv; stdoutIsTty: boolean; loaders: CommandLoaders}): Promise<ScriptResult> {
	const request = parseRequest(command, args, flags, {stdoutIsTty, environment});
	if ((ingestCommands as readonly string[]).includes(command)) {
		// Extraction (compromise, the gazetteer) loads only for the commands that change a corpus.
		const {runIngestCommand} = await loaders.ingestCommands();
		const result = await runIngestCommand({command, args, format: request.format, title: flags.title, outlet: flags.outlet, date: flags.date, ...ingestTarget(flags.corpus, environment)});
		return {...result, stderr: ''};
	}

	const index = loadCorpusIndex(corpusPaths(flags.corpus, environment), environment);
	if ((storeCommands as readonly string[]).includes(command)) {
		const {briefing, note, out, force, geojson = false} = flags;
		// The store's dependencies load only for the commands that use them.
		const {runStoreCommand} = await loaders.storeCommands();
		return runStoreCommand(index, {command, args, format: request.format, briefing, note, out, force, geojson, storeFile: storePath(environment), now: new Date()});
	}

	return {...runCommand(index, request), stderr: ''};
}
