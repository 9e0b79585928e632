import meow from 'meow';
import {flags} from '../../source/cli/flags.js';
import {unknownFlags} from '../../source/cli/parse-request.js';
import {runScriptCommand} from '../../source/cli/run-script-command.js';
import {isBriefError} from '../../source/core/errors.js';
import type {BriefResult} from './run-brief.js';

/** Variables that change brief's output; left out so tests do not depend on the caller's shell. */
const variablesToStrip = ['NO_COLOR', 'FORCE_COLOR', 'BRIEF_CORPUS', 'BRIEF_DEBUG', 'BRIEF_HOME', 'XDG_DATA_HOME'];

/**
 * `brief ARGS…` run in this process through the command functions, as the
 * entry runs them (cli.tsx): the same flags, the same one-line errors with
 * exit status 2, stdout not a terminal. For error matrices, which would
 * otherwise start a process per case; not for --help or --version (meow
 * exits), the app or stdin.
 */
export async function briefInProcess(argv: string[], env: Record<string, string> = {}): Promise<BriefResult> {
	const environment: NodeJS.ProcessEnv = {...process.env};
	for (const name of variablesToStrip) {
		delete environment[name];
	}

	Object.assign(environment, env);
	try {
		const cli = meow('', {argv, importMeta: import.meta, pkg: {name: 'brief', version: '0.0.0'}, allowUnknownFlags: true, booleanDefault: undefined, flags});
		const unknown = unknownFlags(argv, flags, ['version']);
		if (unknown.length > 0) {
			return failed(`unknown flag ${unknown.join(', ')} (see brief --help)`);
		}

		const [command, ...args] = cli.input;
		if (command === undefined) {
			throw new Error('briefInProcess runs commands, not the app');
		}

		const result = await runScriptCommand(command, args, cli.flags, {
			environment,
			stdoutIsTty: false,
			loaders: {storeCommands: async () => import('../../source/cli/run-store-command.js'), ingestCommands: async () => import('../../source/cli/run-ingest-command.js')},
		});
		return {stdout: result.stdout, stderr: result.stderr, status: result.exitCode};
	} catch (error) {
		if (isBriefError(error)) {
			return failed(error.message);
		}

		// meow's own complaints (a flag set twice) are usage errors in the entry too.
		if (error instanceof Error && !(error instanceof TypeError) && /flag/i.test(error.message)) {
			return failed(error.message.replaceAll('`', ''));
		}

		throw error;
	}
}

function failed(message: string): BriefResult {
	return {stdout: '', stderr: `brief: ${message}\n`, status: 2};
}
