/**
 * The held-out set's first run, kept in held-out-first-run.json: written by
 * the first complete run (every searcher scored) that finds the file absent,
 * and never rewritten, so later tables show how far the ranking has moved
 * since queries it was not tuned on were first scored.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

/** A searcher's tally over a set: queries found first, in the top 3, the sum of reciprocal ranks, and queries that found nothing. */
export type Score = {top1: number; top3: number; reciprocal: number; empty: number};

/** A searcher's scores as recorded: shares of the set (top-1, top-3, MRR@10), the top-3 count, and queries that found nothing. */
export type RecordedScore = {top1: number; top3: number; top3Count: number; mrr: number; empty: number};

export type FirstRun = {date: string; queries: number; searchers: Record<string, RecordedScore>};

/** Where a held-out set's first run is kept, beside this file: `held-out-first-run.json`, `held-out-b-first-run.json`. */
export function firstRunFile(name: string): string {
	return fileURLToPath(new URL(name, import.meta.url));
}

const share = (value: number, count: number) => Number((value / count).toFixed(3));

function recorded(score: Score, count: number): RecordedScore {
	return {top1: share(score.top1, count), top3: share(score.top3, count), top3Count: score.top3, mrr: share(score.reciprocal, count), empty: score.empty};
}

/**
 * The recorded first run, if any. When there is none and `complete` (every
 * searcher ran), this run is recorded as the first, dated today (UTC).
 */
export function firstRun(file: string, scores: Map<string, Score>, count: number, complete: boolean): FirstRun | undefined {
	if (existsSync(file)) {
		return JSON.parse(readFileSync(file, 'utf8')) as FirstRun;
	}

	if (!complete) {
		return undefined;
	}

	const run: FirstRun = {
		date: new Date().toISOString().slice(0, 10),
		queries: count,
		searchers: Object.fromEntries([...scores].map(([name, score]) => [name, recorded(score, count)])),
	};
	writeFileSync(file, JSON.stringify(run, null, '\t') + '\n');
	return run;
}

/** A table row for a recorded score, in the columns of the live rows. */
export function recordedRow(label: string, score: RecordedScore, count: number): string {
	return `| ${label} | ${score.top1.toFixed(3)} | ${score.top3.toFixed(3)} (${score.top3Count}/${count}) | ${score.mrr.toFixed(3)} | ${score.empty} |`;
}
