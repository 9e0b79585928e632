/**
 * `npm run bench`: whole processes, side by side and repeated, medians and
 * ratios (these machines are noisy; never trust one run).
 *
 * - CLI start-up: `brief search …` against a bare `node -e 0`.
 * - App start-up: spawn to the first full frame, in a pseudo-terminal (util-linux `script`).
 * - Keystroke to frame: keys typed into the running app, time to its next write.
 * - Reading (reading.ts) and the map (map.ts): the reader, a link, back; `m` to the map; 1,000 places drawn.
 * - At scale (scale.ts): synthetic corpora of 1,000 to 100,000 records, beside fzf.
 */
import {spawnSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import os from 'node:os';
import {setTimeout as delay} from 'node:timers/promises';
import {ingestBench, ingestTable} from './ingest.js';
import {mapOpening, thousandPlaces} from './map.js';
import {inTerminal, median, percentile, root} from './measure.js';
import {readingLatency} from './reading.js';
import {scaleBench, scaleNotes, type ScaleResult} from './scale.js';

const runs = Number(process.env['BENCH_RUNS'] ?? 21);
const node = process.execPath;
/** Corpus sizes for the scale benchmark (BENCH_SIZES=1000,10000; 0 skips it). */
const sizes = (process.env['BENCH_SIZES'] ?? '1000,10000,100000').split(',').map(Number).filter(size => size > 0);

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

async function appStartup() {
	// A first app, unmeasured, as a user's first session would be (and Node 22.1+ keeps its compiled code).
	const first = await inTerminal(`${node} bin/brief.js`, output => output.includes('All 85') && output.includes('╰'));
	await delay(2500);
	process.kill(-first.child.pid!, 'SIGKILL');
	const baseline: number[] = [];
	const app: number[] = [];
	for (let run = 0; run < Math.ceil(runs / 2); run++) {
		baseline.push(await (await inTerminal(`${node} -e 0`, () => false)).exited);
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
			await delay(0);
		}

		latencies.push(Number(session.lastWrite() - sent) / 1e6);
		await delay(120);
	}

	process.kill(-session.child.pid!, 'SIGKILL');
	return {median: median(latencies), p95: percentile(latencies, 95), keys: latencies.length};
}

spawnSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});
/** BENCH_STARTUP=0 runs only the scale benchmark. */
const startup = process.env['BENCH_STARTUP'] !== '0';
const cli = startup ? sideBySide({
	'node -e 0': ['-e', '0'],
	'brief search caspian': ['bin/brief.js', 'search', 'caspian'],
	'brief search caspian --json': ['bin/brief.js', 'search', 'caspian', '--json'],
	'brief quotes --actor zelensky': ['bin/brief.js', 'quotes', '--actor', 'zelensky'],
}) : {};
const scriptFound = spawnSync('script', ['--version']).status === 0;
const app = scriptFound && startup ? await appStartup() : undefined;
const keys = scriptFound && startup ? await keystrokeLatency() : undefined;
const reading = scriptFound && startup ? await readingLatency(node, Math.ceil(runs / 2)) : undefined;
const map = startup ? {opening: scriptFound ? await mapOpening(node, Math.ceil(runs / 2)) : undefined, ...thousandPlaces()} : undefined;
const scale: ScaleResult[] = [];
for (const size of sizes) {
	console.log(`scale: ${size.toLocaleString('en-GB')} records…`);
	// BENCH_APP=0: no typing into the app at scale (the command line and the core only).
	scale.push(await scaleBench(size, {runs, app: scriptFound && process.env['BENCH_APP'] !== '0'}));
}

const base = cli['node -e 0'] ?? 1;
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

if (reading) {
	rows.push(
		[`reader opens (r) to frame (median of ${reading.rounds}; p95 ${reading.reader.p95.toFixed(1)} ms)`, `${reading.reader.median.toFixed(1)} ms`, '', '≤ 16 ms'],
		[`a detail's link followed (Enter) to frame (p95 ${reading.follow.p95.toFixed(1)} ms)`, `${reading.follow.median.toFixed(1)} ms`, '', '≤ 16 ms'],
		[`back (Backspace) to frame (p95 ${reading.back.p95.toFixed(1)} ms)`, `${reading.back.median.toFixed(1)} ms`, '', '≤ 16 ms'],
	);
}

if (map) {
	if (map.opening !== undefined) {
		rows.push([`m to the map's frame, 120×35, shipped corpus: first (its code and atlas load) / again (median of ${Math.ceil(runs / 2)} apps)`, `${map.opening.first.toFixed(1)} / ${map.opening.again.toFixed(1)} ms`, '', '≤ 50 ms']);
	}

	rows.push(['a map of 1,000 places drawn, 120×35: first in a process (atlas read) / warm', `${map.first.toFixed(1)} / ${map.warm.toFixed(1)} ms`, '', '≤ 150 ms']);
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ${os.platform()} ${os.release()}`;
const table = ['| measure | median | ratio | target |', '| --- | --- | --- | --- |', ...rows.map(row => `| ${row.join(' | ')} |`)].join('\n');
console.log(`\n${machine}; ${runs} runs each\n`);
if (startup) {
	console.log(`${table}\n`);
}

if (scale.length > 0) {
	console.log(`${scaleTable(scale)}\n`);
	console.log(scaleNotes.join('\n'));
}

if (!scriptFound) {
	console.log('(app start-up and keystroke latency skipped: util-linux `script` is not installed)');
}

/** BENCH_INGEST=0 skips the ingest benchmark (1 MB inputs, issue 20). */
const ingestSize = Number(process.env['BENCH_INGEST_SIZE'] ?? 1_000_000);
const ingest = process.env['BENCH_INGEST'] === '0' ? undefined : ingestBench(ingestSize);
if (ingest) {
	console.log(`${ingestTable(ingest, ingestSize)}\n`);
}

writeFileSync(new URL('results.json', import.meta.url), JSON.stringify({date: new Date().toISOString(), machine, runs, cli, app, keys, reading, map, scale, ingest}, null, 2) + '\n');

function scaleTable(results: ScaleResult[]): string {
	const ms = (value: number | undefined) => (value === undefined ? '–' : value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`);
	const mb = (value: number | undefined) => (value === undefined ? '–' : `${value.toFixed(0)} MB`);
	const ratio = (result: ScaleResult) => (result.fzf ? `${(result.cli.median / result.fzf.median).toFixed(2)}×` : '–');
	const lines: Array<[string, (result: ScaleResult) => string, string]> = [
		['corpus file', result => `${result.corpusMb.toFixed(1)} MB`, ''],
		['load, first time (read, check, index, write a snapshot)', result => ms(result.firstLoad), ''],
		['load, later (from the snapshot)', result => ms(result.load.median), '≤ 300 ms at 100k'],
		['make the search index (once)', result => ms(result.prepare), ''],
		['search as typed: median (every prefix)', result => ms(result.search.median), ''],
		['search as typed: p95', result => ms(result.search.p95), ''],
		['final queries: median, plain fuse.js before', result => ms(result.plainFuseFinal?.median), ''],
		['final queries: median, now', result => ms(result.searchFinal.median), ''],
		['app: key to frame (echo), median', result => ms(result.app?.echo.median), ''],
		['app: key to frame (echo), p95', result => ms(result.app?.echo.p95), '≤ 16 ms at 10k, ≤ 50 ms at 100k'],
		['app: last key to results, median', result => ms(result.app?.results.median), ''],
		['app: last key to results, p95', result => ms(result.app?.results.p95), ''],
		['brief search … --json, median', result => ms(result.cli.median), ''],
		['fzf --filter, median', result => ms(result.fzf?.median), ''],
		['brief ÷ fzf', ratio, '≤ 3× at 10k and 100k'],
		['peak memory: brief search (median)', result => mb(result.peakMb.cli), '≤ 400 MB at 100k'],
		['peak memory: the app, after every query', result => mb(result.peakMb.app), ''],
		['peak memory: load, then every prefix searched', result => mb(result.peakMb.search), ''],
	];
	const header = `| records | ${results.map(result => result.records.toLocaleString('en-GB')).join(' | ')} | target |`;
	const rule = `| --- | ${results.map(() => '---').join(' | ')} | --- |`;
	return [header, rule, ...lines.map(([name, cell, target]) => `| ${name} | ${results.map(cell).join(' | ')} | ${target} |`)].join('\n');
}
