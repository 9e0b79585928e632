/**
 * Speed at scale: on synthetic corpora of 1,000, 10,000 and 100,000 records,
 * the corpus load, search latency as a person types, the app's keystroke to
 * frame, `brief search … --json` as a whole process beside `fzf --filter` on
 * the same texts and queries, and peak memory.
 */
import {closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {setTimeout as delay} from 'node:timers/promises';
import {loadCorpus} from '../../source/core/load-corpus.js';
import {indexCorpus} from '../../source/core/records.js';
import {benchCorpus, corporaDirectory} from './generate-corpus.js';
import {inTerminal, median, percentile, root, withoutEscapes} from './measure.js';
import {benchQueries} from './queries.js';

const node = process.execPath;
const fzf = ['/usr/bin/fzf', 'fzf'].find(candidate => spawnSync(candidate, ['--version']).status === 0);
const timeCommand = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

type Summary = {median: number; p95: number; count: number};
const summary = (values: number[]): Summary => ({median: median(values), p95: percentile(values, 95), count: values.length});

export type ScaleResult = {
	records: number;
	corpusMb: number;
	/** The first time brief reads the corpus: it checks it against the schema and writes a snapshot of its index. */
	firstLoad: number;
	/** Later reads, from the snapshot. */
	load: Summary;
	/** Making the search index, once per process (the app does it in steps after its first frame). */
	prepare: number;
	search: Summary;
	/** The final queries, scored by fuse.js over every record: what search did before. */
	plainFuseFinal?: Summary;
	searchFinal: Summary;
	app?: {echo: Summary; results: Summary; peakMb?: number};
	cli: Summary;
	fzf?: Summary;
	/** Peak resident memory: a process loading the corpus and running every search; `brief search` (median of its runs); the app. */
	peakMb: {search: number; cli?: number; app?: number};
};

type CoreRun = {records: number; load: number; prepare: number; latencies: number[]; maxRssMb: number};

/** Where brief keeps what it has learnt (the corpora it found valid, their snapshots): a fresh one for a first load, a shared one after. */
const freshHome = () => mkdtempSync(path.join(os.tmpdir(), 'brief-bench-'));
const benchHome = freshHome();
const benchEnvironment = {...process.env, BRIEF_HOME: benchHome};

function measureCore(corpus: string, {plainFuse = false, home = benchHome} = {}): CoreRun {
	const result = spawnSync(node, ['--import', 'tsx', 'test/bench/measure-core.ts', corpus, ...(plainFuse ? ['--plain-fuse'] : [])], {cwd: root, encoding: 'utf8', maxBuffer: 1 << 24, env: {...process.env, BRIEF_HOME: home}});
	if (result.status !== 0) {
		throw new Error(`measure-core failed: ${result.stderr}`);
	}

	return JSON.parse(result.stdout) as CoreRun;
}

/** One line a record for fzf: the texts brief searches (the passage and the names of who and where). */
function fzfInput(corpus: string): string {
	const file = corpus.replace(/\.json$/, '.fzf.txt');
	if (!existsSync(file)) {
		const index = indexCorpus(loadCorpus(corpus));
		const names = (ids: string[], lookup: Map<string, {name: string}>) => ids.map(id => lookup.get(id)?.name ?? '');
		const lines = index.records.map(record => [record.text, ...names(record.actorIds, index.actors), ...names(record.locationIds, index.locations)].join(' · ').replaceAll('\n', ' '));
		writeFileSync(file, `${lines.join('\n')}\n`);
	}

	return file;
}

function timed(command: string, args: string[], stdinFile?: string): {ms: number; maxRssMb?: number} {
	const stdin = stdinFile ? openSync(stdinFile, 'r') : 'ignore';
	const [program, programArgs] = timeCommand ? [timeCommand, ['-f', '%M', command, ...args]] : [command, args];
	const start = process.hrtime.bigint();
	const result = spawnSync(program, programArgs, {cwd: root, stdio: [stdin, 'ignore', 'pipe'], encoding: 'utf8', env: benchEnvironment});
	const ms = Number(process.hrtime.bigint() - start) / 1e6;
	if (typeof stdin === 'number') {
		closeSync(stdin);
	}

	if (result.status !== 0 && result.status !== 1) {
		throw new Error(`${command} ${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
	}

	const kilobytes = Number(result.stderr.trim().split('\n').at(-1));
	return {ms, maxRssMb: timeCommand && Number.isFinite(kilobytes) ? kilobytes / 1024 : undefined};
}

/** The peak resident memory (VmHWM, Linux) of the app: the largest among the processes under a pseudo-terminal's `script`. */
function peakMemoryOfNode(pid: number): number | undefined {
	const peakOf = (process: number): number => {
		try {
			const kilobytes = Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${process}/status`, 'utf8'))?.[1] ?? 0);
			const children = readFileSync(`/proc/${process}/task/${process}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
			return Math.max(kilobytes, ...children.map(child => peakOf(child)));
		} catch {
			return 0;
		}
	};

	const kilobytes = peakOf(pid);
	return kilobytes > 0 ? kilobytes / 1024 : undefined;
}

/** `brief search QUERY --json` and `fzf --filter QUERY`, in turn, for every final query, `rounds` times. */
function cliBeside(corpus: string, rounds: number) {
	const briefTimes: number[] = [];
	const fzfTimes: number[] = [];
	const peaks: number[] = [];
	const lines = fzf ? fzfInput(corpus) : undefined;
	for (let round = 0; round < rounds; round++) {
		for (const query of benchQueries) {
			const brief = timed(node, ['bin/brief.js', 'search', query, '--json', '--corpus', corpus]);
			briefTimes.push(brief.ms);
			if (brief.maxRssMb !== undefined) {
				peaks.push(brief.maxRssMb);
			}

			if (fzf && lines) {
				fzfTimes.push(timed(fzf, ['--filter', query], lines).ms);
			}
		}
	}

	return {cli: summary(briefTimes), fzf: fzf ? summary(fzfTimes) : undefined, peakMb: peaks.length > 0 ? median(peaks) : undefined};
}

const typingGapMs = 120;

/**
 * Type every query into the app a key at a time, a fast typist's gap apart.
 * Echo: from a key to the frame showing it on the query line. Results: from
 * the last key of a query to the frame with its results (no "searching…").
 */
async function appLatency(corpus: string) {
	const ready = (output: string) => withoutEscapes(output).includes('All ') && output.includes('╰');
	const session = await inTerminal(`env BRIEF_HOME=${benchHome} ${node} bin/brief.js --no-color --corpus ${corpus}`, ready);
	const waitFor = async (condition: () => boolean, timeoutMs = 20_000) => {
		const start = Date.now();
		while (!condition()) {
			if (Date.now() - start > timeoutMs) {
				throw new Error('the app did not draw what was expected in time');
			}

			await delay(0);
		}

		return session.lastWrite();
	};

	// Let the app make its search index after the first frame, as it would while a person reads it.
	await delay(500);
	const echo: number[] = [];
	const results: number[] = [];
	for (const query of benchQueries) {
		let sent = process.hrtime.bigint();
		for (let length = 1; length <= query.length; length++) {
			const mark = session.output().length;
			sent = process.hrtime.bigint();
			session.child.stdin.write(query.charAt(length - 1));
			const shown = `› ${query.slice(0, length)} `;
			const at = await waitFor(() => withoutEscapes(session.output().slice(mark)).includes(shown));
			echo.push(Number(at - sent) / 1e6);
			await delay(typingGapMs);
		}

		const settledFrame = () => {
			const text = withoutEscapes(session.output());
			const last = text.lastIndexOf(`› ${query} `);
			return last !== -1 && !text.slice(last).includes('searching…') && text.slice(last).includes('╰');
		};

		const at = await waitFor(settledFrame, 60_000);
		results.push(Math.max(0, Number(at - sent) / 1e6));
		const mark = session.output().length;
		session.child.stdin.write('\u0015');
		await waitFor(() => withoutEscapes(session.output().slice(mark)).includes('type to search'));
		await delay(typingGapMs);
	}

	const peakMb = peakMemoryOfNode(session.child.pid!);
	process.kill(-session.child.pid!, 'SIGKILL');
	return {echo: summary(echo), results: summary(results), peakMb};
}

export async function scaleBench(size: number, {runs, app: withApp}: {runs: number; app: boolean}): Promise<ScaleResult> {
	const corpus = benchCorpus(size);
	const loadRuns = Math.max(3, Math.round(runs / (size >= 100_000 ? 7 : 3)));
	const firstLoad = measureCore(corpus, {home: freshHome()}).load;
	// Brief's own first read of the corpus, leaving its snapshot for every measure after it.
	measureCore(corpus);
	const cores = Array.from({length: loadRuns}, () => measureCore(corpus));
	const first = cores[0]!;
	const plain = size <= 10_000 || process.env['BENCH_PLAIN_FUSE'] ? measureCore(corpus, {plainFuse: true}) : undefined;
	const finalQueries = new Set(benchQueries);
	const {typedPrefixes} = await import('./queries.js');
	const prefixes = typedPrefixes(benchQueries);
	const finalLatencies = first.latencies.filter((_, position) => finalQueries.has(prefixes[position]!) && prefixes.indexOf(prefixes[position]!) === position);
	const beside = cliBeside(corpus, Math.max(1, Math.round(runs / (size >= 100_000 ? 21 : 7))));
	const app = withApp ? await appLatency(corpus) : undefined;
	return {
		records: first.records,
		corpusMb: Number((spawnSync('stat', ['-c', '%s', corpus], {encoding: 'utf8'}).stdout.trim())) / 1e6,
		firstLoad,
		load: summary(cores.map(core => core.load)),
		prepare: median(cores.map(core => core.prepare)),
		search: summary(cores.flatMap(core => core.latencies)),
		plainFuseFinal: plain ? summary(plain.latencies) : undefined,
		searchFinal: summary(finalLatencies),
		app,
		...beside,
		peakMb: {search: median(cores.map(core => core.maxRssMb)), cli: beside.peakMb, app: app?.peakMb},
	};
}

export const scaleNotes = [
	...(fzf ? [] : ['fzf is not installed: the comparison with fzf --filter is skipped (Debian package fzf).']),
	`Corpora are generated into ${corporaDirectory.replace(root, '')} on first use.`,
];
