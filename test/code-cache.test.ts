import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import {fileURLToPath} from 'node:url';
import {tempDir} from './helpers/run-brief.js';
import {needsTmux, startSession, tmux, waitForScreen} from './helpers/terminal.js';

/** The code caches of the bundles (scripts/build.js), and how bin/brief.js uses them. */

const root = fileURLToPath(new URL('..', import.meta.url));

/** The caches beside a bundle, e.g. dist/cli.cjs → dist/cli.<build>.cache. */
function cacheFiles(directory: string, bundle: string): string[] {
	const {dir, name} = path.parse(bundle);
	return readdirSync(path.join(directory, dir)).filter(file => new RegExp(`^${name}\\.\\w+\\.cache$`).test(file)).map(file => path.join(dir, file));
}

/** What bin/brief.js does, asking V8 whether it took the cache of this build of the bundle. */
function v8Takes(directory: string, bundle: string): string {
	const check = `
		const fs = require('node:fs'), vm = require('node:vm'), {wrap} = require('node:module');
		const code = fs.readFileSync(${JSON.stringify(bundle)}, 'utf8');
		const build = /^\\/\\/ brief build (\\w+)\\n/.exec(code)[1];
		const cache = ${JSON.stringify(bundle)}.replace(/\\.cjs$/, '.' + build + '.cache');
		const script = new vm.Script(wrap(code), {filename: 'bundle.cjs', cachedData: fs.readFileSync(cache)});
		console.log(script.cachedDataRejected ? 'rejected' : 'used');`;
	const result = spawnSync(process.execPath, ['-e', check], {cwd: directory, encoding: 'utf8'});
	assert.equal(result.stderr, '');
	return result.stdout.trim();
}

/** brief as installed, in a directory of its own: its caches can be changed without touching the project's. */
function installedCopy(name: string): string {
	const copy = path.join(tempDir(), name);
	for (const part of ['bin', 'dist', 'data']) {
		cpSync(path.join(root, part), path.join(copy, part), {recursive: true});
	}

	return copy;
}

describe('the code cache of the command line', () => {
	test('the build makes one, for this very bundle, and V8 takes it', () => {
		assert.equal(cacheFiles(root, 'dist/cli.cjs').length, 1, 'one cache in dist/');
		assert.equal(v8Takes(root, 'dist/cli.cjs'), 'used');
	});

	test('without it, or with a damaged one, brief gives the same answers', () => {
		const copy = installedCopy('installed');
		const [cache] = cacheFiles(copy, 'dist/cli.cjs');
		const search = () => {
			const {status, stdout, stderr} = spawnSync(process.execPath, [path.join(copy, 'bin', 'brief.js'), 'search', 'caspian', '--json'], {encoding: 'utf8', env: {...process.env, BRIEF_HOME: path.join(copy, 'home')}});
			return {status, stdout, stderr};
		};

		const withCache = search();
		assert.deepEqual([withCache.status, withCache.stderr], [0, '']);
		assert.match(withCache.stdout, /l-caspian-sea/);

		writeFileSync(path.join(copy, cache!), 'not a code cache');
		assert.deepEqual(search(), withCache, 'a damaged cache');

		rmSync(path.join(copy, cache!));
		assert.deepEqual(search(), withCache, 'no cache');
	});
});

describe('the code cache of the app', () => {
	const appBundle = 'dist/app/start.cjs';

	/** Start the app in a terminal, wait for its first frame, let it run (it takes its cache 1.5 s in), and quit it. */
	async function runApp(copy: string, runFor: number) {
		startSession(copy, `BRIEF_HOME='${path.join(copy, 'home')}' node '${path.join(copy, 'bin', 'brief.js')}'; echo "brief exited with $?"; sleep 30`);
		await waitForScreen(text => text.includes('All 85'), 'the first frame');
		await delay(runFor);
		tmux('send-keys', '-t', 'brief', 'Escape');
		await waitForScreen(text => text.includes('q quit'), 'the list to have the keys');
		tmux('send-keys', '-t', 'brief', '-l', 'q');
		assert.match(await waitForScreen(text => text.includes('brief exited with'), 'brief to exit'), /brief exited with 0/);
	}

	const fileState = (file: string) => ({bytes: readFileSync(file), modified: statSync(file).mtimeMs});

	test('the first app started without one makes it; the next takes it and leaves it be; a damaged one is made again', needsTmux, async () => {
		const copy = installedCopy('installed-app');
		for (const cache of cacheFiles(copy, appBundle)) {
			rmSync(path.join(copy, cache));
		}

		await runApp(copy, 3000);
		const [cache, ...others] = cacheFiles(copy, appBundle);
		assert.ok(cache, 'the app wrote its cache while it ran');
		assert.deepEqual(others, [], 'one cache, and no temporary file left beside it');
		const cacheFile = path.join(copy, cache);
		const made = fileState(cacheFile);
		assert.ok(made.bytes.length > 100_000, `a cache of ${made.bytes.length} bytes`);

		// The app writes its cache again only when V8 turned it down: an untouched file is one V8 took.
		await runApp(copy, 3000);
		assert.deepEqual(fileState(cacheFile), made, 'the second app took the cache');

		writeFileSync(cacheFile, 'not a code cache');
		await runApp(copy, 3000);
		assert.ok(fileState(cacheFile).bytes.length > 100_000, 'the damaged cache was made again');
		assert.deepEqual(cacheFiles(copy, appBundle), [cache]);
	});
});
