/**
 * `npm run eval`: ingest the seed article and every test article with the
 * built CLI, each into a scratch corpus, and score what came out against the
 * expected records (rules in score.ts). Prints the table, writes it into
 * README.md between the eval markers (only when every article was ingested,
 * so a broken build never replaces the last real scores), and exits 1 when the
 * seed misses a target. `--verbose` lists every miss and false positive.
 *
 * Held-out groups (test/eval/held-out.json): each group's articles are marked
 * in the table, and two rows follow the total: the group's score now and its
 * first run, which is recorded in held-out.json the first time every article of
 * the group is ingested, and never rewritten.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {fixtureArticles, seedArticle} from './articles.js';
import type {Expected} from './expected.js';
import {loadHeldOut, saveHeldOut, withFirstRuns} from './held-out.js';
import {ingestArticle} from './ingest-article.js';
import {missedTargets, scoreExtraction, sumMetrics, type Metrics} from './score.js';
import {markdownTable, withTable, type Row} from './table.js';

const verbose = process.argv.includes('--verbose');
const readmePath = fileURLToPath(new URL('../../README.md', import.meta.url));
const articlesTablePath = fileURLToPath(new URL('../../docs/extraction-quality.md', import.meta.url));

/** The scores of an article ingest failed on: nothing found of what was expected. */
const nothingFound = (expected: Expected): Metrics => ({
	quoteRecall: {hits: 0, total: expected.quotes.length},
	quotePrecision: {hits: 0, total: 0},
	speakerAccuracy: {hits: 0, total: 0},
	placeRecall: {hits: 0, total: expected.places.length},
	placePrecision: {hits: 0, total: 0},
	figureRecall: {hits: 0, total: expected.figures.length},
	actorRecall: {hits: 0, total: expected.actors?.length ?? 0},
	actorPrecision: {hits: 0, total: 0},
	roleAccuracy: {hits: 0, total: 0},
});

const articles = [seedArticle(), ...fixtureArticles()];
const rows: Row[] = [];
/** Scores of the articles ingest succeeded on, by name. */
const scores = new Map<string, Metrics>();
let seedMissed: string[] = [];
for (const article of articles) {
	const name = article.group === undefined ? article.name : `${article.name} (held out)`;
	const result = ingestArticle(article.file, article.expected.title);
	if ('error' in result) {
		rows.push({name, metrics: nothingFound(article.expected), error: result.error});
		console.error(`${article.name}: ${result.error}`);
		if (article.isSeed) {
			seedMissed = ['ingest failed'];
		}

		continue;
	}

	const score = scoreExtraction(result.corpus, article.expected);
	rows.push({name, metrics: score.metrics});
	scores.set(article.name, score.metrics);
	if (article.isSeed) {
		seedMissed = missedTargets(score.metrics);
	}

	if (verbose) {
		console.log(`\n${article.name}`);
		for (const miss of score.misses) {
			console.log(`  missed  ${miss}`);
		}

		for (const falsePositive of score.falsePositives) {
			console.log(`  extra   ${falsePositive}`);
		}
	}
}

const total: Row = {name: 'total (micro-averaged)', metrics: sumMetrics(rows.map(row => row.metrics))};
let heldOut = loadHeldOut();
const recorded = withFirstRuns(heldOut, scores, new Date().toISOString().slice(0, 10), sumMetrics);
if (recorded !== undefined) {
	heldOut = recorded;
	await saveHeldOut(heldOut);
	console.error('held-out first run recorded in test/eval/held-out.json');
}

const summaries: Row[] = heldOut.groups.flatMap(group => {
	const now = rows.filter(row => group.articles.some(name => row.name === `${name} (held out)`));
	const first: Row[] = group.firstRun === null ? [] : [{name: `${group.name}: first run, ${group.firstRun.date}`, metrics: group.firstRun.metrics}];
	return [{name: `${group.name}: now (${now.length} articles)`, metrics: sumMetrics(now.map(row => row.metrics))}, ...first];
});
const table = markdownTable(rows, total, summaries);
console.log(`\n${table}\n`);

// The README keeps a summary: the total, every held-out group together now and at its first run, and the latest group; docs/extraction-quality.md every article and group.
const heldOutNames = new Set(heldOut.groups.flatMap(group => group.articles.map(name => `${name} (held out)`)));
const firstRuns = heldOut.groups.flatMap(group => (group.firstRun === null ? [] : [group.firstRun.metrics]));
const latest = heldOut.groups.at(-1);
const readmeSummaries: Row[] = [
	{name: `all ${heldOut.groups.length} held-out groups: now (${heldOutNames.size} articles)`, metrics: sumMetrics(rows.filter(row => heldOutNames.has(row.name)).map(row => row.metrics))},
	{name: `all ${firstRuns.length} held-out groups: first runs`, metrics: sumMetrics(firstRuns)},
	...summaries.filter(row => latest !== undefined && row.name.startsWith(`${latest.name}:`)),
];
const tables = [{path: readmePath, table: markdownTable([], total, readmeSummaries)}, {path: articlesTablePath, table}];
for (const {path, table: text} of tables) {
	const name = path.slice(path.lastIndexOf('/') + 1);
	const before = readFileSync(path, 'utf8');
	const updated = withTable(before, text);
	if (rows.some(row => row.error !== undefined)) {
		console.error(`${name} left as it was: not every article could be ingested`);
	} else if (updated === undefined) {
		console.error(`${name} has no <!-- eval:start --> … <!-- eval:end --> markers; the table was not written there`);
	} else if (updated !== before) {
		writeFileSync(path, updated);
	}
}

if (seedMissed.length > 0) {
	console.error(`the seed article misses its targets: ${seedMissed.join(', ')}`);
	process.exitCode = 1;
}
