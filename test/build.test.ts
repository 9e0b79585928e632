import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdirSync, readdirSync} from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {binPath, tempDir} from './helpers/run-brief.js';
import {needsTmux, startSession, tmux, waitForScreen} from './helpers/terminal.js';

/** What the build (scripts/build.js, scripts/aliases/) changes in how brief's dependencies behave, seen from outside. */

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the app as built', () => {
	test('draws each key where CI is set: Ink is not told it runs in CI when a person is at the keys', needsTmux, async () => {
		const home = path.join(tempDir(), 'ci-home');
		startSession(root, `CI=true CONTINUOUS_INTEGRATION=1 BRIEF_HOME='${home}' node '${binPath}'`);
		await waitForScreen(text => text.includes('type to search'), 'the first frame');
		tmux('send-keys', '-t', 'brief', '-l', 'caspian');
		await waitForScreen(text => text.includes('› caspian') && text.includes('Caspian Sea'), 'the results for caspian');
		tmux('kill-session', '-t', 'brief');
	});

	test('loads Yoga without fetch(), so Node never loads undici on the way to the first frame', () => {
		const app = new URL('../dist/app/start.js', import.meta.url).href;
		const check = `await import(${JSON.stringify(app)}); console.log(process.moduleLoadList.filter(name => name.includes('undici')).join() || 'no undici');`;
		const result = spawnSync(process.execPath, ['--input-type=module', '-e', check], {encoding: 'utf8'});
		assert.deepEqual([result.stderr, result.stdout.trim()], ['', 'no undici']);
	});
});

describe('compiled code kept between runs', () => {
	const enableCompileCache = (module as {enableCompileCache?: unknown}).enableCompileCache;
	test('where Node offers module.enableCompileCache, brief keeps its compiled code on disk', {skip: !enableCompileCache && `Node ${process.version} has no module.enableCompileCache`}, () => {
		const scratch = path.join(tempDir(), 'compile-cache-tmp');
		mkdirSync(scratch, {recursive: true});
		const environment: NodeJS.ProcessEnv = {...process.env, TMPDIR: scratch};
		delete environment['NODE_COMPILE_CACHE'];
		const result = spawnSync(process.execPath, [binPath, 'search', 'caspian'], {encoding: 'utf8', env: environment});
		assert.equal(result.status, 0, result.stderr);
		assert.notDeepEqual(readdirSync(path.join(scratch, 'node-compile-cache')), []);
	});
});
