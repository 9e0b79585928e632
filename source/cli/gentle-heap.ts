import {createRequire} from 'node:module';

/**
 * How much the app's heap may grow past what survived the last full garbage
 * collection before the next one: half as much again.
 *
 * The app keeps its corpus index alive (about 130 MB at 100,000 records) and
 * each search over a large corpus leaves megabytes of results behind when
 * the next replaces them. By default V8 lets the heap grow to about four
 * times what survived before it collects, so typing at 100,000 records took
 * the process past 700 MB, most of it garbage. Growing by half keeps it under
 * 400 MB at the same speed (see the README's Speed section). Unlike
 * --max-old-space-size it sets no limit: a larger corpus still loads.
 *
 * V8 reads this flag each time it sets the next collection's threshold, so it
 * can be set here, at start-up, rather than on node's command line. node:v8
 * is loaded only here: the scripting commands have no use for it.
 */
export function growHeapGently(): void {
	const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
	v8.setFlagsFromString('--heap-growing-percent=50');
}
