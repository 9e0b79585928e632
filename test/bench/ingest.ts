/**
 * Ingest at 1 MB (issue 20): each hostile input class and a realistic article,
 * one whole `brief ingest` process each into a fresh corpus, with its time
 * and peak memory; and the seed article, whole process, repeated. Run alone
 * (`node --import tsx test/bench/ingest.ts`, after `npm run build`) or from run.ts.
 * BENCH_INGEST_SIZE sets the size (bytes), BENCH_INGEST_RUNS the seed article's runs.
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {hostileInputs, realisticArticle} from '../helpers/hostile-inputs.js';
import {median, root} from './measure.js';

type IngestRow = {input: string; seconds: number; peakMb: number; exitCode: number | null};

const reportPeak = path.join(root, 'test/bench/report-peak.cjs');

function timeIngest(file: string, folder: string): Omit<IngestRow, 'input'> {
	const corpus = path.join(folder, `corpus-${path.basename(file)}.json`);
	const start = process.hrtime.bigint();
	const result = spawnSync(process.execPath, ['-r', reportPeak, 'bin/brief.js', 'ingest', file, '--corpus', corpus], {cwd: root, encoding: 'utf8'});
	const seconds = Number(process.hrtime.bigint() - start) / 1e9;
	const peakKb = Number(/peak-rss-kb (\d+)/u.exec(result.stderr)?.[1] ?? Number.NaN);
	return {seconds, peakMb: peakKb / 1024, exitCode: result.status};
}

/** The text cut to at most `bytes` of UTF-8: curly quotes take three bytes, and brief refuses an article over 1 MB. */
function withinBytes(text: string, bytes: number): string {
	let cut = text;
	while (Buffer.byteLength(cut) > bytes) {
		cut = cut.slice(0, cut.length - (Buffer.byteLength(cut) - bytes));
	}

	return cut;
}

export function ingestBench(size = Number(process.env['BENCH_INGEST_SIZE'] ?? 1_000_000), seedRuns = Number(process.env['BENCH_INGEST_RUNS'] ?? 5)): {rows: IngestRow[]; seed: IngestRow} {
	const folder = mkdtempSync(path.join(os.tmpdir(), 'brief-ingest-bench-'));
	try {
		const inputs: Record<string, (size: number) => string> = {...hostileInputs, 'a realistic article': realisticArticle};
		const rows = Object.entries(inputs).map(([input, generate], index) => {
			const file = path.join(folder, `input-${index}.txt`);
			writeFileSync(file, withinBytes(generate(size), size));
			console.log(`ingest bench: ${input}…`);
			return {input, ...timeIngest(file, folder)};
		});
		const seedTimes = Array.from({length: seedRuns}, (_, run) => ({run, ...timeIngest(path.join(root, 'data/article.txt'), mkdtempSync(path.join(folder, 'seed-')))}));
		const seed = {input: `seed article (data/article.txt), median of ${seedRuns}`, seconds: median(seedTimes.map(time => time.seconds)), peakMb: median(seedTimes.map(time => time.peakMb)), exitCode: seedTimes.every(time => time.exitCode === 0) ? 0 : 1};
		return {rows, seed};
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
}

export function ingestTable({rows, seed}: ReturnType<typeof ingestBench>, size: number): string {
	const line = (row: IngestRow, target: string) => `| ${row.input} | ${row.seconds.toFixed(2)} s | ${row.peakMb.toFixed(0)} MB | ${row.exitCode} | ${target} |`;
	return [
		`| brief ingest, ${(size / 1e6).toLocaleString('en-GB')} MB input | time | peak memory | exit | target |`,
		'| --- | --- | --- | --- | --- |',
		...rows.map(row => line(row, row.input === 'a realistic article' ? '≤ 5 s, ≤ 500 MB' : '≤ 10 s, ≤ 500 MB')),
		line(seed, '≤ 1 s'),
	].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const size = Number(process.env['BENCH_INGEST_SIZE'] ?? 1_000_000);
	console.log(`\n${ingestTable(ingestBench(size), size)}\n`);
}
