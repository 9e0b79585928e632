import {randomBytes} from 'node:crypto';
import {lstatSync, mkdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {BriefError} from '../core/errors.js';
import {fileProblem} from './file-problem.js';

/** Who holds a lock: written inside the lock directory by its owner. */
type Owner = {pid: number; host: string; token: string};

export type LockOptions = {
	/** What is locked, for messages: "the briefing store". */
	what: string;
	/** How long to wait for another process before giving up. */
	waitMs?: number;
	/** Told once, after a second of waiting, what the wait is for. */
	onWait?: (message: string) => void;
	/** A lock whose owner has not refreshed it for this long is taken over, wherever its owner runs. */
	staleMs?: number;
	/** How often a held lock is refreshed. */
	refreshMs?: number;
};

export type HeldLock = {
	/** Throws a BriefError when another process has taken the lock over: nothing may be written then. */
	assertHeld(): void;
	release(): void;
};

const tellAfterMs = 1000;

/**
 * Lock FILE against other brief processes with a directory beside it
 * (`FILE.lock`, made atomically by mkdir) holding its owner's pid, host and
 * a token of its own. The owner refreshes the directory's time while it holds
 * it. A lock is taken over when its owner has gone: at once when the owner
 * ran on this host and its pid is gone, else once it has not been refreshed
 * for `staleMs`. A take-over renames the old directory away first, so two
 * waiters never both take it.
 */
export async function acquireLock(file: string, {what, waitMs = 15_000, onWait, staleMs = 10_000, refreshMs = 1000}: LockOptions): Promise<HeldLock> {
	const directory = `${file}.lock`;
	const owner: Owner = {pid: process.pid, host: os.hostname(), token: randomBytes(8).toString('hex')};
	const started = Date.now();
	let told = false;
	for (;;) {
		if (tryCreate(directory, owner)) {
			return holdLock(directory, owner, what, file, refreshMs);
		}

		const holder = inspect(directory, staleMs);
		if (holder.gone) {
			takeOver(directory, holder.token);
			continue;
		}

		const waited = Date.now() - started;
		const by = holder.pid === undefined ? 'another brief process' : `another brief process (pid ${holder.pid})`;
		if (waited >= waitMs) {
			throw new BriefError(`${what} ${file} is in use by ${by} (waited ${Math.round(waitMs / 1000)} s); try again, or remove ${directory} if no brief is running`);
		}

		if (!told && waited >= tellAfterMs) {
			told = true;
			onWait?.(`waiting for ${by} to finish writing ${what} ${file}…`);
		}

		// Polling: each wait follows a fresh look at the lock, so the waits cannot run together.
		// eslint-disable-next-line no-await-in-loop
		await sleep(20 + Math.random() * 60);
	}
}

function tryCreate(directory: string, owner: Owner): boolean {
	try {
		mkdirSync(directory);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
			return false;
		}

		throw fileProblem(error, directory, 'lock');
	}

	try {
		writeFileSync(path.join(directory, 'owner.json'), JSON.stringify(owner));
	} catch (error) {
		rmSync(directory, {recursive: true, force: true});
		throw fileProblem(error, directory, 'lock');
	}

	return true;
}

/** Whether the lock at DIRECTORY has been left by an owner that is gone, and what it said of itself. */
function inspect(directory: string, staleMs: number): {gone: boolean; pid?: number; token?: string} {
	let modified: number;
	try {
		const info = lstatSync(directory);
		if (!info.isDirectory()) {
			throw new BriefError(`${directory} is in the way: brief keeps its lock there; move that file away and try again`);
		}

		modified = info.mtimeMs;
	} catch (error) {
		if (error instanceof BriefError) {
			throw error;
		}

		// Released between our mkdir and this look: try again at once.
		return {gone: false};
	}

	const owner = readOwner(directory);
	const stale = Date.now() - modified > staleMs;
	const deadHere = owner !== undefined && owner.host === os.hostname() && !isRunning(owner.pid);
	return {gone: stale || deadHere, pid: owner?.pid, token: owner?.token};
}

function readOwner(directory: string): Owner | undefined {
	try {
		const owner = JSON.parse(readFileSync(path.join(directory, 'owner.json'), 'utf8')) as Partial<Owner>;
		return typeof owner.pid === 'number' && typeof owner.host === 'string' && typeof owner.token === 'string' ? (owner as Owner) : undefined;
	} catch {
		// Not written yet, or by something else: no owner to go by.
		return undefined;
	}
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it runs, as another user.
		return (error as NodeJS.ErrnoException).code !== 'ESRCH';
	}
}

/** Move a gone owner's lock away; if what was moved turns out to be a newer lock, put it back. */
function takeOver(directory: string, token: string | undefined) {
	const away = `${directory}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
	try {
		renameSync(directory, away);
	} catch {
		// Another waiter moved it first.
		return;
	}

	if (readOwner(away)?.token !== token) {
		try {
			renameSync(away, directory);
			return;
		} catch {
			// Its place is taken again; its owner will find it lost and write nothing.
		}
	}

	rmSync(away, {recursive: true, force: true});
}

function holdLock(directory: string, owner: Owner, what: string, file: string, refreshMs: number): HeldLock {
	const ours = () => readOwner(directory)?.token === owner.token;
	let lost = false;
	const refresh = setInterval(() => {
		if (!ours()) {
			lost = true;
			clearInterval(refresh);
			return;
		}

		try {
			const now = new Date();
			utimesSync(directory, now, now);
		} catch {
			// Checked again before anything is written.
		}
	}, refreshMs);
	refresh.unref();
	return {
		assertHeld() {
			if (lost || !ours()) {
				lost = true;
				throw new BriefError(`another brief process took over the lock on ${what} ${file} (this one was too slow); nothing was written — try again`);
			}
		},
		release() {
			clearInterval(refresh);
			if (!lost && ours()) {
				rmSync(directory, {recursive: true, force: true});
			}
		},
	};
}
