/** Timing helpers shared by the benchmarks. */
import {spawn} from 'node:child_process';
import {setTimeout as delay} from 'node:timers/promises';
import {fileURLToPath} from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
};

export const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

export const appEnvironment = {...process.env, COLUMNS: '100', LINES: '30', TERM: 'xterm-256color'};

/** Start a command in a pseudo-terminal (util-linux `script`); resolve once `ready` holds for its output. `size`: COLUMNS and LINES other than 100×30. */
export async function inTerminal(command: string, ready: (output: string) => boolean, size: {COLUMNS: string; LINES: string} = {COLUMNS: appEnvironment.COLUMNS, LINES: appEnvironment.LINES}) {
	const start = process.hrtime.bigint();
	const child = spawn('script', ['-qfec', command, '/dev/null'], {cwd: root, env: {...appEnvironment, ...size}, detached: true});
	let output = '';
	let lastWrite = start;
	let readyAt: bigint | undefined;
	child.stdout.on('data', (chunk: Buffer) => {
		output += chunk.toString('utf8');
		lastWrite = process.hrtime.bigint();
		if (readyAt === undefined && ready(output)) {
			readyAt = lastWrite;
		}
	});
	const elapsed = () => Number(process.hrtime.bigint() - start) / 1e6;
	const exited = new Promise<number>(resolve => child.on('exit', () => resolve(elapsed())));
	while (!ready(output) && child.exitCode === null) {
		await delay(1);
	}

	return {child, firstFrame: Number((readyAt ?? lastWrite) - start) / 1e6, exited, output: () => output, lastWrite: () => lastWrite};
}

 
const escapes = /\u001B(?:\[[0-9;?]*[ -/]*[@-~]|\][^\u0007]*\u0007|[()][0-9A-Za-z]|[=>78])/g;

export const withoutEscapes = (text: string) => text.replaceAll(escapes, '');
