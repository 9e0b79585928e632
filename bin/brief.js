#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * Starts brief's command line, dist/cli.cjs, with the code cache the build
 * made for it (scripts/build.js): V8 reads the compiled code of everything a
 * search runs instead of compiling it again, a good part of a short command's
 * time. A cache that is missing, or that V8 rejects (another Node version),
 * only makes brief compile as usual.
 */
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const {createRequire, wrap} = require('node:module');

const bundle = path.join(__dirname, '..', 'dist', 'cli.cjs');
const code = fs.readFileSync(bundle, 'utf8');
// The bundle's first line names its build; a cache made for another build is never used.
const build = /^\/\/ brief build (\w+)\n/.exec(code)?.[1] ?? 'unnamed';
const cacheFile = path.join(path.dirname(bundle), `cli.${build}.cache`);

let cachedData;
try {
	cachedData = fs.readFileSync(cacheFile);
} catch {
	// No cache: compile as usual.
}

const script = new vm.Script(wrap(code), {
	filename: bundle,
	cachedData,
});
if (process.env['BRIEF_WRITE_CODE_CACHE']) {
	process.once('exit', () => {
		fs.writeFileSync(cacheFile, script.createCachedData());
	});
}

const cli = /** @type {{exports: any}} */ ({exports: {}});
script.runInThisContext()(cli.exports, createRequire(bundle), cli, bundle, path.dirname(bundle));
// The rest of brief, imported here only when a command needs it: code read from a code cache cannot import() in Node 20.
cli.exports.runBrief({
	app: () => import('../dist/app/start.js'),
	storeCommands: () => import('../dist/cli/run-store-command.js'),
	ingestCommands: () => import('../dist/cli/run-ingest-command.js'),
});
