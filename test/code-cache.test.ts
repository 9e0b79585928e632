import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {cpSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {tempDir} from './helpers/run-brief.js';

/** The code cache the build makes for the command line (scripts/build.js), and how bin/brief.js uses it. */

const root = fileURLToPath(new URL('..', import.meta.url));

function cacheFiles(directory: string): string[] {
	return readdirSync(path.join(directory, 'dist')).filter(name => /^cli\.\w+\.cache$/.test(name));
}

describe('the code cache of the command line', () => {
	test('the build makes one, for this very bundle, and V8 takes it', () => {
		assert.equal(cacheFiles(root).length, 1, 'one cache in dist/');
		// What bin/brief.js does, asking V8 whether it used the cache.
		const check = `
			const fs = require('node:fs'), vm = require('node:vm'), {wrap} = require('node:module');
			const code = fs.readFileSync('dist/cli.cjs', 'utf8');
			const build = /^\\/\\/ brief build (\\w+)\\n/.exec(code)[1];
			const script = new vm.Script(wrap(code), {filename: 'cli.cjs', cachedData: fs.readFileSync('dist/cli.' + build + '.cache')});
			console.log(script.cachedDataRejected ? 'rejected' : 'used');`;
		const result = spawnSync(process.execPath, ['-e', check], {cwd: root, encoding: 'utf8'});
		assert.equal(result.stderr, '');
		assert.equal(result.stdout.trim(), 'used');
	});

	test('without it, or with a damaged one, brief gives the same answers', () => {
		const copy = path.join(tempDir(), 'installed');
		for (const part of ['bin', 'dist', 'data']) {
			cpSync(path.join(root, part), path.join(copy, part), {recursive: true});
		}

		const [cache] = cacheFiles(copy);
		const search = () => {
			const {status, stdout, stderr} = spawnSync(process.execPath, [path.join(copy, 'bin', 'brief.js'), 'search', 'caspian', '--json'], {encoding: 'utf8', env: {...process.env, BRIEF_HOME: path.join(copy, 'home')}});
			return {status, stdout, stderr};
		};

		const withCache = search();
		assert.deepEqual([withCache.status, withCache.stderr], [0, '']);
		assert.match(withCache.stdout, /l-caspian-sea/);

		writeFileSync(path.join(copy, 'dist', cache!), 'not a code cache');
		assert.deepEqual(search(), withCache, 'a damaged cache');

		rmSync(path.join(copy, 'dist', cache!));
		assert.deepEqual(search(), withCache, 'no cache');
	});
});
