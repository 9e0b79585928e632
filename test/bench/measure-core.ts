/**
 * Run in a child process of its own by scale.ts, so each measurement starts
 * with a fresh heap: load a corpus as brief does (from its snapshot when
 * BRIEF_HOME has one), then search it prefix by prefix as a person types,
 * as the app does (with its heap settings, see gentle-heap.ts).
 * Prints one JSON line.
 *
 * node --import tsx test/bench/measure-core.ts CORPUS [--plain-fuse]
 */
import process from 'node:process';
import {growHeapGently} from '../../source/cli/gentle-heap.js';
import {loadCorpusIndex} from '../../source/core/load-index.js';
import {preparedSearcher, searchRecords} from '../../source/core/search.js';
import {benchQueries, typedPrefixes} from './queries.js';

const [file, mode] = process.argv.slice(2);
const plainFuse = mode === '--plain-fuse';

// Searching as the app does, with the app's heap.
growHeapGently();
const loadStart = performance.now();
const index = loadCorpusIndex([file!]);
const load = performance.now() - loadStart;

const prepareStart = performance.now();
const preparing = preparedSearcher(index);
while (!preparing.next().done) {
	// Made in steps in the app; here at once.
}

const prepare = performance.now() - prepareStart;

// Plain fuse.js at 100,000 records takes seconds a query: only the final queries for it.
const queries = plainFuse ? benchQueries : typedPrefixes(benchQueries);
const latencies: number[] = [];
for (const query of queries) {
	const start = performance.now();
	searchRecords(index, query, {ranges: false, plainFuse});
	latencies.push(performance.now() - start);
}

console.log(JSON.stringify({records: index.records.length, load, prepare, latencies, maxRssMb: process.resourceUsage().maxRSS / 1024}));
