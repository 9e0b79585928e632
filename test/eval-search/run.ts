/**
 * `npm run eval:search`: the relevance set (relevance-set.ts) over the shipped
 * corpus and the test articles, scored for brief, `fzf --filter` and
 * MiniSearch's defaults on the same records, in one run: top-1, top-3, mean
 * reciprocal rank (within the top 10), and queries that found nothing.
 * A passage cut as a quote, a fact and a route is one result for every
 * searcher alike. `--verbose` lists each query's top three for each searcher.
 * After it, the held-out set (held-out-queries.ts) in a second table, beside
 * its recorded first run (held-out-first-run.ts).
 */
import {spawnSync} from 'node:child_process';
import MiniSearch from 'minisearch';
import type {BriefRecord, CorpusIndex} from '../../source/core/records.js';
import {searchRecords} from '../../source/core/search.js';
import {groupByPassage} from '../../source/core/search/grouping.js';
import {evalCorpusIndex} from './corpus.js';
import {firstRun, firstRunFile, recordedRow, type Score} from './held-out-first-run.js';
import {heldOutQueries} from './held-out-queries.js';
import {heldOutQueriesB} from './held-out-queries-b.js';
import {heldOutQueriesC} from './held-out-queries-c.js';
import {heldOutQueriesD} from './held-out-queries-d.js';
import {relevanceSet, type RelevanceRow} from './relevance-set.js';

const depth = 10;
const verbose = process.argv.includes('--verbose');

/** What every searcher sees of a record: its text, its own names, its speaker's, and the names of the actors and places it involves. */
function recordText(index: CorpusIndex, record: BriefRecord): string {
	const names = (ids: string[], lookup: Map<string, {name: string; aliases: string[]}>) => ids.flatMap(id => {
		const entity = lookup.get(id);
		return entity && id !== record.id ? [entity.name, ...entity.aliases] : [];
	});
	const own = record.kind === 'actor' ? [...record.actor.aliases, record.actor.role ?? ''] : record.kind === 'location' ? record.location.aliases : record.kind === 'route' ? [record.route.name] : [];
	const speaker = record.kind === 'quote' ? record.speaker : record.kind === 'fact' || record.kind === 'route' ? record.attribution : null;
	return [record.text, ...own, speaker?.role ?? '', ...names(record.actorIds, index.actors), ...names(record.locationIds, index.locations)].join(' ').replace(/\s+/g, ' ');
}

/** The records a row wants, by id or by a piece of text; an error if it names none. */
function wantedOf(index: CorpusIndex, row: RelevanceRow): Set<number> {
	const wanted = new Set<number>();
	for (const want of row.want) {
		const byId = index.records.findIndex(record => record.id === want);
		if (byId !== -1) {
			wanted.add(byId);
			continue;
		}

		const byText = index.records.flatMap((record, position) => (record.provenance && record.text.includes(want) ? [position] : []));
		if (byText.length === 0) {
			throw new Error(`relevance set: "${row.query}" wants "${want}", which no record is or holds`);
		}

		for (const position of byText) {
			wanted.add(position);
		}
	}

	return wanted;
}

type Ranked = number[][];

/** Where the first wanted record lies in a ranked list of passages (1-based), or 0. */
function rankOf(ranked: Ranked, wanted: Set<number>): number {
	const at = ranked.slice(0, depth).findIndex(group => group.some(position => wanted.has(position)));
	return at + 1;
}

type Searcher = {name: string; search: (query: string) => Ranked} | {name: string; missing: string};

function briefSearcher(index: CorpusIndex): Searcher {
	const positions = new Map(index.records.map((record, position) => [record, position]));
	return {
		name: 'brief',
		search: query => searchRecords(index, query, {limit: depth, ranges: false}).map(hit => [hit, ...(hit.sameAs ?? [])].map(member => positions.get(member.record)!)),
	};
}

function fzfSearcher(index: CorpusIndex, texts: string[]): Searcher {
	const fzf = ['fzf', '/usr/bin/fzf'].find(candidate => spawnSync(candidate, ['--version']).status === 0);
	if (!fzf) {
		return {name: 'fzf --filter', missing: 'fzf is not installed (apt-get install -y fzf): its column is skipped'};
	}

	const input = texts.map((text, position) => `${position}\t${text}`).join('\n') + '\n';
	return {
		name: 'fzf --filter',
		search(query) {
			const result = spawnSync(fzf, ['--filter', query, '--delimiter', '\t', '--nth', '2..'], {input, encoding: 'utf8', maxBuffer: 1 << 26});
			const ranked = result.stdout.split('\n').filter(Boolean).map(line => Number(line.slice(0, line.indexOf('\t'))));
			return groupByPassage(index, ranked.map(refIndex => ({refIndex}))).map(group => group.map(item => item.refIndex));
		},
	};
}

function miniSearcher(index: CorpusIndex, texts: string[]): Searcher {
	const mini = new MiniSearch<{id: number; text: string}>({fields: ['text']});
	mini.addAll(texts.map((text, id) => ({id, text})));
	return {
		name: 'MiniSearch',
		search(query) {
			const ranked = mini.search(query, {fuzzy: 0.2, prefix: true}).map(result => result.id as number);
			return groupByPassage(index, ranked.map(refIndex => ({refIndex}))).map(group => group.map(item => item.refIndex));
		},
	};
}

/** Each searcher's tally over a set of rows, and brief's queries outside the top 3; `--verbose` prints each query's top three. */
function scoreSet(index: CorpusIndex, rows: RelevanceRow[], searchers: Searcher[]) {
	const scores = new Map<string, Score>(searchers.map(searcher => [searcher.name, {top1: 0, top3: 0, reciprocal: 0, empty: 0}]));
	const misses = new Map<string, string[]>(searchers.map(searcher => [searcher.name, []]));
	for (const row of rows) {
		const wanted = wantedOf(index, row);
		for (const searcher of searchers) {
			if ('missing' in searcher) {
				continue;
			}

			const ranked = searcher.search(row.query);
			const rank = rankOf(ranked, wanted);
			const score = scores.get(searcher.name)!;
			score.top1 += rank === 1 ? 1 : 0;
			score.top3 += rank >= 1 && rank <= 3 ? 1 : 0;
			score.reciprocal += rank > 0 ? 1 / rank : 0;
			score.empty += ranked.length === 0 ? 1 : 0;
			if (rank === 0 || rank > 3) {
				misses.get(searcher.name)!.push(`${row.query} (${rank === 0 ? 'not in the top 10' : `#${rank}`})`);
			}

			if (verbose) {
				console.log(`${searcher.name.padEnd(13)} ${rank === 0 ? '—' : `#${rank}`}  ${row.query}  →  ${ranked.slice(0, 3).map(group => index.records[group[0]!]!.id).join(', ')}`);
			}
		}
	}

	return {scores, misses};
}

/** The table of a set's scores, one row per searcher, each followed by its `extra` rows (the held-out set's first run). */
function printTable(searchers: Searcher[], scores: Map<string, Score>, count: number, extra: (name: string) => string[] = () => []) {
	console.log('| searcher | top-1 | top-3 | MRR@10 | found nothing |');
	console.log('|---|---|---|---|---|');
	for (const searcher of searchers) {
		if ('missing' in searcher) {
			console.log(`| ${searcher.name} | — | — | — | — |`);
		} else {
			const score = scores.get(searcher.name)!;
			const share = (value: number) => (value / count).toFixed(3);
			console.log(`| ${searcher.name} | ${share(score.top1)} | ${share(score.top3)} (${score.top3}/${count}) | ${share(score.reciprocal)} | ${score.empty} |`);
		}

		for (const line of extra(searcher.name)) {
			console.log(line);
		}
	}
}

/** The held-out sets: queries written blind to the ranking code, each scored once before anything changed for it. */
const heldOutSets: Array<{title: string; queries: RelevanceRow[]; firstRunFile: string}> = [
	{title: 'Held-out set', queries: heldOutQueries, firstRunFile: 'held-out-first-run.json'},
	{title: 'Held-out set b (the articles of held-out 2026-12d)', queries: heldOutQueriesB, firstRunFile: 'held-out-b-first-run.json'},
	{title: 'Held-out set c (the articles of held-out 2026-12k)', queries: heldOutQueriesC, firstRunFile: 'held-out-c-first-run.json'},
	{title: 'Held-out set d (the articles of held-out 2026-12m)', queries: heldOutQueriesD, firstRunFile: 'held-out-d-first-run.json'},
];

/** A held-out set: its table, with the recorded first run beside each searcher's row. */
function heldOut(index: CorpusIndex, searchers: Searcher[], complete: boolean, {title, queries, firstRunFile: file}: (typeof heldOutSets)[number]) {
	const count = queries.length;
	console.log(`\n${title}: ${count} queries, not tuned on`);
	const {scores, misses} = scoreSet(index, queries, searchers);
	const first = firstRun(firstRunFile(file), scores, count, complete);
	console.log('');
	printTable(searchers, scores, count, name => {
		const recorded = first?.searchers[name];
		return recorded ? [recordedRow(`${name}, first run (${first.date})`, recorded, first.queries)] : [];
	});
	if (!first) {
		console.log('\nNote: the first run is recorded only by a run of every searcher (no --only, fzf installed)');
	}

	const briefMisses = misses.get('brief') ?? [];
	if (briefMisses.length > 0) {
		console.log(`\nbrief outside the top 3 (${title.toLowerCase()}): ${briefMisses.join('; ')}`);
	}
}

function main() {
	const index = evalCorpusIndex();
	const texts = index.records.map(record => recordText(index, record));
	const all = [briefSearcher(index), fzfSearcher(index, texts), miniSearcher(index, texts)];
	// `--only brief` scores one searcher (while working on it).
	const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
	const searchers = only ? all.filter(searcher => searcher.name.startsWith(only)) : all;
	const {scores, misses} = scoreSet(index, relevanceSet, searchers);
	const count = relevanceSet.length;
	console.log(`Relevance set: ${count} queries over ${index.records.length} records (the shipped corpus and ${index.sources.size - 1} test articles)\n`);
	printTable(searchers, scores, count);
	for (const searcher of searchers) {
		if ('missing' in searcher) {
			console.log(`\nNote: ${searcher.missing}`);
		}
	}

	const briefMisses = misses.get('brief') ?? [];
	if (briefMisses.length > 0) {
		console.log(`\nbrief outside the top 3: ${briefMisses.join('; ')}`);
	}

	for (const set of heldOutSets) {
		heldOut(index, searchers, !only && searchers.every(searcher => !('missing' in searcher)), set);
	}
}

main();
