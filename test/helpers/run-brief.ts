import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** The built binary, as a user runs it (build first: `npm run build`). */
export const binPath = fileURLToPath(new URL('../../bin/brief.js', import.meta.url));

export type BriefResult = {stdout: string; stderr: string; status: number | null};

/** Variables that change brief's output; removed so tests do not depend on the caller's shell. */
const variablesToStrip = ['NO_COLOR', 'FORCE_COLOR', 'BRIEF_CORPUS', 'BRIEF_DEBUG', 'BRIEF_HOME', 'XDG_DATA_HOME'];

function cleanEnvironment(overrides: Record<string, string>): NodeJS.ProcessEnv {
	const environment = {...process.env};
	for (const name of variablesToStrip) {
		delete environment[name];
	}

	return {...environment, ...overrides};
}

/** Run `brief ARGS…` with stdin and stdout piped (so never on a terminal). */
export function runBrief(args: string[], env: Record<string, string> = {}): BriefResult {
	const result = spawnSync(process.execPath, [binPath, ...args], {encoding: 'utf8', env: cleanEnvironment(env), input: ''});
	return {stdout: result.stdout, stderr: result.stderr, status: result.status};
}

/** Run a shell command line, for pipelines, in which `brief` runs the built binary: `brief quotes | head -1`. */
export function runShell(commandLine: string, env: Record<string, string> = {}): BriefResult {
	const script = `brief() { "$BRIEF_TEST_NODE" "$BRIEF_TEST_BIN" "$@"; }\n${commandLine}`;
	const result = spawnSync('sh', ['-c', script], {encoding: 'utf8', env: cleanEnvironment({...env, BRIEF_TEST_NODE: process.execPath, BRIEF_TEST_BIN: binPath}), input: ''});
	return {stdout: result.stdout, stderr: result.stderr, status: result.status};
}

let temporaryDirectory: string | undefined;

/** One scratch directory per test process, removed when it exits. */
export function tempDir(): string {
	if (temporaryDirectory === undefined) {
		const directory = mkdtempSync(path.join(os.tmpdir(), 'brief-test-'));
		process.on('exit', () => {
			rmSync(directory, {recursive: true, force: true});
		});
		temporaryDirectory = directory;
	}

	return temporaryDirectory;
}

let fileCount = 0;

/** Write a corpus file (an object is written as JSON, a string verbatim) and return its path. */
export function writeTempCorpus(contents: unknown, name = `corpus-${++fileCount}.json`): string {
	const file = path.join(tempDir(), name);
	writeFileSync(file, typeof contents === 'string' ? contents : JSON.stringify(contents, null, 2));
	return file;
}
