/**
 * `npm run bench`: whole processes, side by side and repeated, medians and
 * ratios (these machines are noisy; never trust one run).
 *
 * - CLI start-up: `brief search …` against a bare `node -e 0`.
 * - App start-up: spawn to the first full frame, in a pseudo-terminal (util-linux `script`).
 * - Keystroke to frame: keys typed into the running app, time to its next write.
 */
import {spawn, spawnSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import os from 'node:os';
import {setTimeout as delay} from 'node:timers/promises';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runs = Number(process.env['BENCH_RUNS'] ?? 21);
const node = process.execPath;

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
};

const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

function timeProcess(args: string[]): number {
	const start = process.hrtime.bigint();
	const result = spawnSync(node, args, {cwd: root, stdio: 'ignore'});
	if (result.status !== 0) {
		throw new Error(`node ${args.join(' ')} exited with ${result.status}`);
	}

	return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Run commands in turn, `runs` times, so drift in the machine's load hits them all alike. */
function sideBySide(commands: Record<string, string[]>): Record<string, number> {
	const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map(name => [name, []]));
	for (let run = 0; run < runs; run++) {
		for (const [name, args] of Object.entries(commands)) {
			times[name]!.push(timeProcess(args));
		}
	}

	return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
}

const appEnvironment = {...process.env, COLUMNS: '100', LINES: '30', TERM: 'xterm-256color'};

/** Start a command in a pseudo-terminal; resolve with the time until `ready` shows in its output. */
async function inTerminal(command: string, ready: (output: string) => boolean) {
	const start = process.hrtime.bigint();
	const child = spawn('script', ['-qfec', command, '/dev/null'], {cwd: root, env: appEnvironment, detached: true});
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
		// eslint-disable-next-line no-await-in-loop
		await delay(1);
	}

	return {child, firstFrame: Number((readyAt ?? lastWrite) - start) / 1e6, exited, output: () => output, lastWrite: () => lastWrite};
}

async function appStartup() {
	const baseline: number[] = [];
	const app: number[] = [];
	for (let run = 0; run < Math.ceil(runs / 2); run++) {
		// eslint-disable-next-line no-await-in-loop
		baseline.push(await (await inTerminal(`${node} -e 0`, () => false)).exited);
		// eslint-disable-next-line no-await-in-loop
		const session = await inTerminal(`${node} bin/brief.js`, output => output.includes('All 85') && output.includes('╰'));
		app.push(session.firstFrame);
		process.kill(-session.child.pid!, 'SIGKILL');
	}

	return {baseline: median(baseline), firstFrame: median(app)};
}

/** Type a query one key at a time and time each key to the app's next write. */
async function keystrokeLatency() {
	const session = await inTerminal(`${node} bin/brief.js`, output => output.includes('All 85') && output.includes('╰'));
	await delay(300);
	const latencies: number[] = [];
	const text = 'makhachkala kirby caspian drones peskov 1,160 zelensky';
	for (const key of [...text, ...Array.from({length: text.length}, () => '\u007F')]) {
		const before = session.lastWrite();
		const sent = process.hrtime.bigint();
		session.child.stdin.write(key);
		while (session.lastWrite() === before) {
			// eslint-disable-next-line no-await-in-loop
			await delay(0);
		}

		latencies.push(Number(session.lastWrite() - sent) / 1e6);
		// eslint-disable-next-line no-await-in-loop
		await delay(120);
	}

	process.kill(-session.child.pid!, 'SIGKILL');
	return {median: median(latencies), p95: percentile(latencies, 95), keys: latencies.length};
}

spawnSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});
const cli = sideBySide({
	'node -e 0': ['-e', '0'],
	'brief search caspian': ['bin/brief.js', 'search', 'caspian'],
	'brief search caspian --json': ['bin/brief.js', 'search', 'caspian', '--json'],
	'brief quotes --actor zelensky': ['bin/brief.js', 'quotes', '--actor', 'zelensky'],
});
const scriptFound = spawnSync('script', ['--version']).status === 0;
const app = scriptFound ? await appStartup() : undefined;
const keys = scriptFound ? await keystrokeLatency() : undefined;

const base = cli['node -e 0']!;
const rows: Array<[string, string, string, string]> = [
	...Object.entries(cli).map(([name, ms]): [string, string, string, string] => [name, `${ms.toFixed(1)} ms`, name === 'node -e 0' ? '1.00×' : `${(ms / base).toFixed(2)}×`, name === 'node -e 0' ? '' : '≤ 2×']),
];
if (app && keys) {
	rows.push(
		['node -e 0 in a terminal', `${app.baseline.toFixed(1)} ms`, '1.00×', ''],
		['brief: spawn to first full frame', `${app.firstFrame.toFixed(1)} ms`, `${(app.firstFrame / app.baseline).toFixed(2)}×`, '≤ 2.5×'],
		[`keystroke to frame (median of ${keys.keys})`, `${keys.median.toFixed(1)} ms`, '', '≤ 16 ms'],
		['keystroke to frame (p95)', `${keys.p95.toFixed(1)} ms`, '', ''],
	);
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ${os.platform()} ${os.release()}`;
const table = ['| measure | median | ratio | target |', '| --- | --- | --- | --- |', ...rows.map(row => `| ${row.join(' | ')} |`)].join('\n');
console.log(`\n${machine}; ${runs} runs each\n\n${table}\n`);
if (!scriptFound) {
	console.log('(app start-up and keystroke latency skipped: util-linux `script` is not installed)');
}

writeFileSync(new URL('results.json', import.meta.url), JSON.stringify({date: new Date().toISOString(), machine, runs, cli, app, keys}, null, 2) + '\n');
