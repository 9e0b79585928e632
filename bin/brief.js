#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * Starts brief from its bundles (scripts/build.js) with V8's code cache: V8
 * reads the compiled code of what a command or the app runs instead of
 * compiling it again, a good part of their start-up. A cache that is missing,
 * or that V8 rejects (another Node version), only makes brief compile as usual.
 * - dist/cli.cjs, the command line: the build makes its cache, running one
 *   search with BRIEF_WRITE_CODE_CACHE set.
 * - dist/app/start.cjs, the app: the app cannot run during a build (it needs a
 *   terminal), so the first app to start without a usable cache makes one once
 *   its first frames are drawn; where dist/ cannot be written it goes without.
 * - dist/map.cjs, the map: the first map drawn without a cache makes one as
 *   brief exits.
 */
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const {createRequire, wrap} = require('node:module');

/** How long the app runs before its cache is taken: its first frames, and its search index, are made by then. */
const appCacheAfterMs = 1500;

/**
 * Compile and run a CommonJS bundle with its code cache: its exports, whether
 * it had no cache V8 took, and how to save the cache of what has been compiled so far.
 */
function loadBundle(relativePath) {
	const bundle = path.join(__dirname, '..', relativePath);
	const code = fs.readFileSync(bundle, 'utf8');
	// The bundle's first line names its build; a cache made for another build is never used.
	const build = /^\/\/ brief build (\w+)\n/.exec(code)?.[1] ?? 'unnamed';
	const cacheFile = bundle.replace(/\.cjs$/, `.${build}.cache`);
	let cachedData;
	try {
		cachedData = fs.readFileSync(cacheFile);
	} catch {
		// No cache: compile as usual.
	}

	const script = new vm.Script(wrap(code), {filename: bundle, cachedData});
	const module_ = /** @type {{exports: any}} */ ({exports: {}});
	script.runInThisContext()(module_.exports, createRequire(bundle), module_, bundle, path.dirname(bundle));
	return {
		exports: module_.exports,
		cacheMissing: !cachedData || script.cachedDataRejected === true,
		writeCache: () => writeAtomically(cacheFile, script.createCachedData()),
	};
}

/** A cache half-written by one brief must never be read by another. */
function writeAtomically(file, data) {
	const temporary = `${file}.${process.pid}.tmp`;
	try {
		fs.writeFileSync(temporary, data);
		fs.renameSync(temporary, file);
	} catch {
		// dist/ is read-only here: brief starts as it did, without the cache.
		fs.rmSync(temporary, {force: true});
	}
}

const cli = loadBundle('dist/cli.cjs');
if (process.env['BRIEF_WRITE_CODE_CACHE']) {
	process.once('exit', cli.writeCache);
}

// The rest of brief, loaded only when a command needs it: code read from a code cache cannot import() in Node 20.
cli.exports.runBrief({
	async app() {
		const app = loadBundle('dist/app/start.cjs');
		if (app.cacheMissing) {
			setTimeout(app.writeCache, appCacheAfterMs).unref();
		}

		return app.exports;
	},
	storeCommands: () => import('../dist/cli/run-store-command.js'),
	ingestCommands: () => import('../dist/cli/run-ingest-command.js'),
	map() {
		const map = loadBundle('dist/map.cjs');
		if (map.cacheMissing) {
			process.once('exit', map.writeCache);
		}

		return map.exports;
	},
});
