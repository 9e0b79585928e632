import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs, {chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {syncBuiltinESMExports} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {describe, mock, test} from 'node:test';
import {isBriefError} from '../source/core/errors.js';
import {acquireLock} from '../source/json-file/file-lock.js';
import {SharedJsonFile, UnreadableFile} from '../source/json-file/shared-json-file.js';
import {writeFileAtomically} from '../source/json-file/write-atomically.js';
import {tempDir} from './helpers/run-brief.js';

/** The one module for JSON files that several processes update: its lock, its atomic writes, its refusals. */

type Doc = {version: 1; items: string[]};

function scratch() {
	return mkdtempSync(path.join(tempDir(), 'json-file-'));
}

function sharedFile(file: string, warnings: string[] = [], waits: string[] = []) {
	return new SharedJsonFile<Doc>({
		file,
		what: 'the test file',
		parse(text) {
			try {
				return JSON.parse(text) as Doc;
			} catch {
				throw new UnreadableFile('is not valid JSON');
			}
		},
		writeRefusal: text => (/"version":2/.test(text) ? 'written by a newer brief' : undefined),
		serialize: data => `${JSON.stringify(data)}\n`,
		empty: () => ({version: 1, items: []}),
		setAsideUnreadable: true,
		warn: message => warnings.push(message),
		onWait: message => waits.push(message),
		lockWaitMs: 5000,
	});
}

const add = (item: string) => (data: Doc) => ({next: {...data, items: [...data.items, item]}, result: undefined});

/** The message of the BriefError `run` rejects with, and checks that it is one line. */
async function briefErrorOf(run: () => Promise<unknown> | unknown): Promise<string> {
	try {
		await run();
	} catch (error) {
		assert.ok(isBriefError(error), `expected a BriefError, got ${String(error)}`);
		assert.doesNotMatch(error.message, /\n/, 'one line');
		return error.message;
	}

	assert.fail('expected an error');
}

const leftovers = (directory: string) => readdirSync(directory).filter(name => name.endsWith('.tmp') || name.endsWith('.lock') || name.includes('.stale-'));

describe('writeFileAtomically', () => {
	test('replaces a file whole, keeping its permissions, and leaves no temporary file', () => {
		const directory = scratch();
		const file = path.join(directory, 'private.json');
		writeFileSync(file, 'old', {mode: 0o600});
		chmodSync(file, 0o600);
		writeFileAtomically(file, 'new');
		assert.equal(readFileSync(file, 'utf8'), 'new');
		assert.equal(statSync(file).mode & 0o777, 0o600);
		assert.deepEqual(leftovers(directory), []);
	});

	test('writes through a symbolic link to its target, and the link stays a link', () => {
		const directory = scratch();
		const synced = path.join(directory, 'synced');
		mkdirSync(synced);
		const target = path.join(synced, 'data.json');
		writeFileSync(target, 'old');
		const link = path.join(directory, 'data.json');
		symlinkSync(target, link);
		assert.equal(writeFileAtomically(link, 'new'), target);
		assert.ok(lstatSync(link).isSymbolicLink());
		assert.equal(readFileSync(target, 'utf8'), 'new');
	});

	test('a full disk is one sentence naming the place, and the temporary file is removed', async () => {
		const directory = scratch();
		const file = path.join(directory, 'full.json');
		writeFileSync(file, 'old');
		const full = mock.method(fs, 'writeSync', () => {
			throw Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC'});
		});
		syncBuiltinESMExports();
		try {
			const message = await briefErrorOf(() => writeFileAtomically(file, 'new'));
			assert.match(message, new RegExp(`cannot write ${file}: the disk holding ${directory} is full; free some space and try again`));
		} finally {
			full.mock.restore();
			syncBuiltinESMExports();
		}

		assert.equal(readFileSync(file, 'utf8'), 'old');
		assert.deepEqual(leftovers(directory), []);
	});

	test('a directory in the file\'s place is named as such', async () => {
		const directory = scratch();
		const file = path.join(directory, 'store.json');
		mkdirSync(file);
		assert.match(await briefErrorOf(() => writeFileAtomically(file, 'x')), /store\.json is a directory; move it away or choose another path/);
		assert.deepEqual(leftovers(directory), []);
	});
});

describe('the lock', () => {
	test('a lock whose owner\'s pid is gone (same host) is taken over at once', async () => {
		const directory = scratch();
		const file = path.join(directory, 'data.json');
		const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'});
		mkdirSync(`${file}.lock`);
		writeFileSync(path.join(`${file}.lock`, 'owner.json'), JSON.stringify({pid: Number(dead.stdout), host: os.hostname(), token: 'gone'}));
		const started = Date.now();
		const lock = await acquireLock(file, {what: 'the test file', waitMs: 5000});
		assert.ok(Date.now() - started < 1000, 'taken within a second');
		lock.release();
		assert.deepEqual(leftovers(directory), []);
	});

	test('a lock not refreshed for the stale time is taken over, wherever its owner ran', async () => {
		const directory = scratch();
		const file = path.join(directory, 'data.json');
		mkdirSync(`${file}.lock`);
		writeFileSync(path.join(`${file}.lock`, 'owner.json'), JSON.stringify({pid: process.pid, host: 'elsewhere', token: 'old'}));
		const longAgo = new Date(Date.now() - 60_000);
		fs.utimesSync(`${file}.lock`, longAgo, longAgo);
		const lock = await acquireLock(file, {what: 'the test file', waitMs: 5000});
		lock.release();
		assert.deepEqual(leftovers(directory), []);
	});

	test('a live owner is waited for, and after a second the wait says what it is for', async () => {
		const directory = scratch();
		const file = path.join(directory, 'data.json');
		const first = await acquireLock(file, {what: 'the test file'});
		const waits: string[] = [];
		const second = acquireLock(file, {what: 'the test file', onWait: message => waits.push(message)});
		await new Promise<void>(resolve => {
			const poll = setInterval(() => {
				if (waits.length > 0) {
					clearInterval(poll);
					resolve();
				}
			}, 20);
		});
		assert.deepEqual(waits, [`waiting for another brief process (pid ${process.pid}) to finish writing the test file ${file}…`]);
		first.release();
		(await second).release();
	});

	test('waiting too long is one line naming the file and the owner', async () => {
		const directory = scratch();
		const file = path.join(directory, 'data.json');
		const held = await acquireLock(file, {what: 'the test file'});
		const message = await briefErrorOf(async () => acquireLock(file, {what: 'the test file', waitMs: 200}));
		assert.match(message, new RegExp(`the test file ${file} is in use by another brief process \\(pid ${process.pid}\\)`));
		held.release();
	});

	test('a file where the lock goes is named, with what to do', async () => {
		const directory = scratch();
		const file = path.join(directory, 'data.json');
		writeFileSync(`${file}.lock`, 'not a lock');
		assert.match(await briefErrorOf(async () => acquireLock(file, {what: 'the test file', waitMs: 500})), /data\.json\.lock is in the way: brief keeps its lock there; move that file away/);
	});
});

describe('SharedJsonFile', () => {
	test('updates through the lock, writes only on a change, and reads without a lock', async () => {
		const directory = scratch();
		const file = path.join(directory, 'data.json');
		const shared = sharedFile(file);
		await shared.update(add('one'));
		await shared.update(add('two'));
		assert.deepEqual((await shared.read()).items, ['one', 'two']);
		const before = statSync(file).mtimeMs;
		await shared.update(data => ({next: data, result: undefined}));
		assert.equal(statSync(file).mtimeMs, before, 'no change, no write');
		mkdirSync(`${file}.lock`);
		assert.deepEqual((await shared.read()).items, ['one', 'two'], 'a read needs no lock');
	});

	test('a lock taken over during the update fails the update cleanly: one line, file untouched, no temporary file', async () => {
		const directory = scratch();
		const file = path.join(directory, 'data.json');
		const shared = sharedFile(file);
		await shared.update(add('one'));
		const before = readFileSync(file);
		const message = await briefErrorOf(async () =>
			shared.update(data => {
				// Another process decides this one is gone and takes its lock.
				writeFileSync(path.join(`${file}.lock`, 'owner.json'), JSON.stringify({pid: 1, host: 'elsewhere', token: 'theirs'}));
				return add('two')(data);
			}),
		);
		assert.match(message, /another brief process took over the lock on the test file .*data\.json \(this one was too slow\); nothing was written — try again/);
		assert.deepEqual(readFileSync(file), before);
		assert.deepEqual(readdirSync(directory).filter(name => name.endsWith('.tmp')), []);
	});

	test('a symbolic link stays a link: the update lands in its target', async () => {
		const directory = scratch();
		const target = path.join(directory, 'synced.json');
		writeFileSync(target, JSON.stringify({version: 1, items: ['kept']}));
		const link = path.join(directory, 'data.json');
		symlinkSync(target, link);
		await sharedFile(link).update(add('new'));
		assert.ok(lstatSync(link).isSymbolicLink());
		assert.deepEqual((JSON.parse(readFileSync(target, 'utf8')) as Doc).items, ['kept', 'new']);
	});

	test('a byte-order mark is read past', async () => {
		const directory = scratch();
		const file = path.join(directory, 'data.json');
		writeFileSync(file, `\uFEFF${JSON.stringify({version: 1, items: ['bom']})}`);
		const warnings: string[] = [];
		assert.deepEqual((await sharedFile(file, warnings).read()).items, ['bom']);
		await sharedFile(file, warnings).update(add('more'));
		assert.deepEqual(warnings, []);
		assert.deepEqual((JSON.parse(readFileSync(file, 'utf8')) as Doc).items, ['bom', 'more']);
	});

	test('a file written by a newer brief is read but never written', async () => {
		const directory = scratch();
		const file = path.join(directory, 'data.json');
		const newer = JSON.stringify({version: 2, items: ['future']});
		writeFileSync(file, newer);
		assert.deepEqual((await sharedFile(file).read()).items, ['future']);
		assert.equal(await briefErrorOf(async () => sharedFile(file).update(add('x'))), 'written by a newer brief');
		assert.equal(readFileSync(file, 'utf8'), newer);
	});

	test('an unreadable file is set aside, byte for byte, with a warning', async () => {
		const directory = scratch();
		const file = path.join(directory, 'data.json');
		writeFileSync(file, 'garbage {');
		const warnings: string[] = [];
		await sharedFile(file, warnings).update(add('fresh'));
		assert.match(warnings[0]!, /the test file .*data\.json is not valid JSON; it was moved to .*data\.json\.corrupt-.* and a new one started/);
		const backup = readdirSync(directory).find(name => name.includes('.corrupt-'))!;
		assert.equal(readFileSync(path.join(directory, backup), 'utf8'), 'garbage {');
	});

	// These hold as root too: brief goes by the permission bits, not only by what the system would allow (see isWritable).
	test('a read-only directory: reads work, a write fails at once with one line naming the directory', async () => {
		const directory = scratch();
		const file = path.join(directory, 'data.json');
		await sharedFile(file).update(add('pinned'));
		chmodSync(directory, 0o555);
		try {
			assert.deepEqual((await sharedFile(file).read()).items, ['pinned']);
			const started = Date.now();
			assert.equal(await briefErrorOf(async () => sharedFile(file).update(add('x'))), `the test file cannot be changed: ${directory} is read-only`);
			assert.ok(Date.now() - started < 1000, 'at once, not after a lock wait');
		} finally {
			chmodSync(directory, 0o755);
		}

		assert.deepEqual((JSON.parse(readFileSync(file, 'utf8')) as Doc).items, ['pinned']);
	});

	test('a read-only file is never overwritten', async () => {
		const directory = scratch();
		const file = path.join(directory, 'data.json');
		await sharedFile(file).update(add('pinned'));
		chmodSync(file, 0o444);
		assert.equal(await briefErrorOf(async () => sharedFile(file).update(add('x'))), `the test file ${file} is read-only; brief will not overwrite it`);
		assert.deepEqual((JSON.parse(readFileSync(file, 'utf8')) as Doc).items, ['pinned']);
	});

	test('system errors become one sentence naming the path: a directory at the file, a file as the directory, a file on the way', async () => {
		const directory = scratch();
		const isDirectory = path.join(directory, 'store.json');
		mkdirSync(isDirectory);
		assert.match(await briefErrorOf(async () => sharedFile(isDirectory).update(add('x'))), /store\.json is a directory; move it away or choose another path/);

		const homeIsFile = path.join(directory, 'home');
		writeFileSync(homeIsFile, '');
		assert.match(await briefErrorOf(async () => sharedFile(path.join(homeIsFile, 'briefings.json')).update(add('x'))), new RegExp(`${homeIsFile} is a file, not a directory; move it away`));
		assert.match(await briefErrorOf(async () => sharedFile(path.join(homeIsFile, 'deeper', 'briefings.json')).update(add('x'))), new RegExp(`${homeIsFile} is a file, not a directory`));
		assert.deepEqual(leftovers(directory), []);
		assert.ok(!existsSync(path.join(directory, 'store.json.lock')));
	});

});
