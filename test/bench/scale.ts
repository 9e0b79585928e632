/**
 * Speed at scale: on synthetic corpora of 1,000, 10,000 and 100,000 records,
 * the corpus load, search latency as a person types, the app's keystroke to
 * frame, `brief search … --json` as a whole process beside `fzf --filter` on
 * the same texts and queries, and peak memory.
 */
import {closeSync, existsSync, openSync, writeFileSync} from 'node:fs';
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
	load: Summary;
	/** Making the search index, once per process (the app does it in steps after its first frame). */
	prepare: number;
	search: Summary;
	/** The final queries, scored by fuse.js over every record: what search did before. */
	plainFuseFinal?: Summary;
	searchFinal: Summary;
	app?: {echo: Summary; results: Summary};
	cli: Summary;
	fzf?: Summary;
	peakMb: {search: number; cli?: number};
};

type CoreRun = {records: number; load: number; prepare: number; latencies: number[]; maxRssMb: number};

function measureCore(corpus: string, plainFuse = false): CoreRun {
	const result = spawnSync(node, ['--import', 'tsx', 'test/bench/measure-core.ts', corpus, ...(plainFuse ? ['--plain-fuse'] : [])], {cwd: root, encoding: 'utf8', maxBuffer: 1 << 24});
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
	const result = spawnSync(program, programArgs, {cwd: root, stdio: [stdin, 'ignore', 'pipe'], encoding: 'utf8'});
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

/** `brief search QUERY --json` and `fzf --filter QUERY`, in turn, for every final query, `rounds` times. */
function cliBeside(corpus: string, rounds: number) {
	const briefTimes: number[] = [];
	const fzfTimes: number[] = [];
	let peak = 0;
	const lines = fzf ? fzfInput(corpus) : undefined;
	for (let round = 0; round < rounds; round++) {
		for (const query of benchQueries) {
			const brief = timed(node, ['bin/brief.js', 'search', query, '--json', '--corpus', corpus]);
			briefTimes.push(brief.ms);
			peak = Math.max(peak, brief.maxRssMb ?? 0);
			if (fzf && lines) {
				fzfTimes.push(timed(fzf, ['--filter', query], lines).ms);
			}
		}
	}

	return {cli: summary(briefTimes), fzf: fzf ? summary(fzfTimes) : undefined, peakMb: timeCommand ? peak : undefined};
}

const typingGapMs = 120;

/**
 * Type every query into the app a key at a time, a fast typist's gap apart.
 * Echo: from a key to the frame showing it on the query line. Results: from
 * the last key of a query to the frame with its results (no "searching…").
 */
async function appLatency(corpus: string) {
	const ready = (output: string) => withoutEscapes(output).includes('All ') && output.includes('╰');
	const session = await inTerminal(`${node} bin/brief.js --no-color --corpus ${corpus}`, ready);
	const waitFor = async (condition: () => boolean, timeoutMs = 20_000) => {
		const start = Date.now();
		while (!condition()) {
			if (Date.now() - start > timeoutMs) {
				throw new Error('the app did not draw what was expected in time');
			}

			// eslint-disable-next-line no-await-in-loop
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
			// eslint-disable-next-line no-await-in-loop
			const at = await waitFor(() => withoutEscapes(session.output().slice(mark)).includes(shown));
			echo.push(Number(at - sent) / 1e6);
			// eslint-disable-next-line no-await-in-loop
			await delay(typingGapMs);
		}

		const settledFrame = () => {
			const text = withoutEscapes(session.output());
			const last = text.lastIndexOf(`› ${query} `);
			return last !== -1 && !text.slice(last).includes('searching…') && text.slice(last).includes('╰');
		};

		// eslint-disable-next-line no-await-in-loop
		const at = await waitFor(settledFrame, 60_000);
		results.push(Math.max(0, Number(at - sent) / 1e6));
		const mark = session.output().length;
		session.child.stdin.write('\u0015');
		// eslint-disable-next-line no-await-in-loop
		await waitFor(() => withoutEscapes(session.output().slice(mark)).includes('type to search'));
		// eslint-disable-next-line no-await-in-loop
		await delay(typingGapMs);
	}

	process.kill(-session.child.pid!, 'SIGKILL');
	return {echo: summary(echo), results: summary(results)};
}

export async function scaleBench(size: number, {runs, app}: {runs: number; app: boolean}): Promise<ScaleResult> {
	const corpus = benchCorpus(size);
	const loadRuns = Math.max(3, Math.round(runs / (size >= 100_000 ? 7 : 3)));
	const cores = Array.from({length: loadRuns}, () => measureCore(corpus));
	const first = cores[0]!;
	const plain = size <= 10_000 || process.env['BENCH_PLAIN_FUSE'] ? measureCore(corpus, true) : undefined;
	const finalQueries = new Set(benchQueries);
	const {typedPrefixes} = await import('./queries.js');
	const prefixes = typedPrefixes(benchQueries);
	const finalLatencies = first.latencies.filter((_, position) => finalQueries.has(prefixes[position]!) && prefixes.indexOf(prefixes[position]!) === position);
	const beside = cliBeside(corpus, Math.max(1, Math.round(runs / (size >= 100_000 ? 21 : 7))));
	return {
		records: first.records,
		corpusMb: Number((spawnSync('stat', ['-c', '%s', corpus], {encoding: 'utf8'}).stdout.trim())) / 1e6,
		load: summary(cores.map(core => core.load)),
		prepare: median(cores.map(core => core.prepare)),
		search: summary(cores.flatMap(core => core.latencies)),
		plainFuseFinal: plain ? summary(plain.latencies) : undefined,
		searchFinal: summary(finalLatencies),
		app: app ? await appLatency(corpus) : undefined,
		...beside,
		peakMb: {search: median(cores.map(core => core.maxRssMb)), cli: beside.peakMb},
	};
}

export const scaleNotes = [
	...(fzf ? [] : ['fzf is not installed: the comparison with fzf --filter is skipped (Debian package fzf).']),
	`Corpora are generated into ${corporaDirectory.replace(root, '')} on first use.`,
];
