import {accessSync, constants, existsSync, mkdirSync, readFileSync, renameSync, statSync} from 'node:fs';
import path from 'node:path';
import {LowSync} from 'lowdb';
import {BriefError} from '../core/errors.js';
import {acquireLock, type HeldLock} from './file-lock.js';
import {fileProblem} from './file-problem.js';
import {writeFileAtomically, writeTarget} from './write-atomically.js';

/** Thrown by a `parse` for a file that is not what it should be at all (not JSON, not the schema): it may be set aside. */
export class UnreadableFile extends Error {}

export type SharedJsonFileOptions<T> = {
	file: string;
	/** For messages: "the briefing store". */
	what: string;
	/** Text (byte-order mark removed) to data; throws UnreadableFile, or a BriefError to refuse the file outright. */
	parse(text: string, file: string): T;
	/** A message when the file may be read but not written (e.g. written by a newer brief). */
	writeRefusal?(text: string, file: string): string | undefined;
	/** Data to text; may throw a BriefError when the data would not read back. */
	serialize(data: T, file: string): string;
	empty(): T;
	/** An UnreadableFile is renamed aside (and an empty one started) when true; otherwise it is an error. */
	setAsideUnreadable: boolean;
	warn(message: string): void;
	/** Told when a write has waited a second for another process. */
	onWait?(message: string): void;
	lockWaitMs?: number;
};

/**
 * A JSON file that several brief processes update: the briefing store, a
 * corpus. Reads take no lock (every write is a rename, so a reader sees a
 * whole file); an update locks the file, reads it afresh, lets `change`
 * work on it, and writes the result atomically only when its text changed,
 * never when the lock was lost meanwhile. A symbolic link is written through
 * to its target. A read-only file or directory is never written: the update
 * fails at once with one line.
 *
 * lowdb's LowSync holds the data, over an adapter that does the locked,
 * validated read and the atomic write.
 */
export class SharedJsonFile<T> {
	readonly #options: SharedJsonFileOptions<T>;
	readonly #db: LowSync<T>;
	/** Within an update: the text read, to write only on a change, and the lock to check before writing. */
	#current: {target: string; text: string | undefined; lock: HeldLock} | undefined;

	constructor(options: SharedJsonFileOptions<T>) {
		this.#options = options;
		this.#db = new LowSync<T>(
			{
				read: () => this.#readLocked(),
				write: data => {
					this.#writeLocked(data);
				},
			},
			options.empty(),
		);
	}

	get file(): string {
		return this.#options.file;
	}

	/** The data as it is now, without a lock; no file reads as empty and creates nothing. */
	async read(): Promise<T> {
		const {file} = this.#options;
		const text = readText(file);
		if (text === undefined) {
			return this.#options.empty();
		}

		try {
			return this.#options.parse(text, file);
		} catch (error) {
			if (!(error instanceof UnreadableFile) || !this.#options.setAsideUnreadable) {
				throw error;
			}

			if (this.writeProblem() !== undefined) {
				this.#options.warn(`${this.#options.what} ${file} ${error.message}; it is read as empty`);
				return this.#options.empty();
			}

			// Setting it aside is a change: under the lock, as any other.
			return this.update(data => ({next: data, result: structuredClone(data)}));
		}
	}

	/** Why this file cannot be written, or undefined when it can (as far as can be told before trying). */
	writeProblem(): string | undefined {
		const target = writeTarget(this.#options.file);
		const directory = existingAncestor(path.dirname(target));
		if (!isDirectory(directory)) {
			return `cannot write ${target}: ${directory} is a file, not a directory; move it away`;
		}

		if (!isWritable(directory)) {
			return `${this.#options.what} cannot be changed: ${directory} is read-only`;
		}

		if (existsSync(target) && !isDirectory(target) && !isWritable(target)) {
			return `${this.#options.what} ${target} is read-only; brief will not overwrite it`;
		}

		return undefined;
	}

	/** Lock, read afresh, change, write if the text changed, unlock. `change` returns the next data (or the same, changed in place) and a result. */
	async update<R>(change: (data: T) => {next: T; result: R}): Promise<R> {
		const problem = this.writeProblem();
		if (problem !== undefined) {
			throw new BriefError(problem);
		}

		const target = writeTarget(this.#options.file);
		makeDirectory(path.dirname(target));
		const lock = await acquireLock(target, {what: this.#options.what, waitMs: this.#options.lockWaitMs, onWait: this.#options.onWait});
		try {
			this.#current = {target, text: undefined, lock};
			this.#db.read();
			const {next, result} = change(this.#db.data);
			this.#db.data = next;
			this.#db.write();
			return result;
		} finally {
			this.#current = undefined;
			lock.release();
		}
	}

	#readLocked(): T {
		const current = this.#current!;
		const {target} = current;
		current.text = readText(target);
		if (current.text === undefined) {
			return this.#options.empty();
		}

		const refusal = this.#options.writeRefusal?.(current.text, target);
		if (refusal !== undefined) {
			throw new BriefError(refusal);
		}

		try {
			return this.#options.parse(current.text, target);
		} catch (error) {
			if (!(error instanceof UnreadableFile) || !this.#options.setAsideUnreadable) {
				throw error;
			}

			const backup = `${target}.corrupt-${new Date().toISOString().replaceAll(':', '-')}`;
			try {
				renameSync(target, backup);
			} catch (renameError) {
				throw fileProblem(renameError, target, 'write');
			}

			this.#options.warn(`${this.#options.what} ${target} ${error.message}; it was moved to ${backup} and a new one started`);
			current.text = undefined;
			return this.#options.empty();
		}
	}

	#writeLocked(data: T) {
		const {target, text, lock} = this.#current!;
		const serialized = this.#options.serialize(data, target);
		if (serialized === text) {
			return;
		}

		lock.assertHeld();
		writeFileAtomically(target, serialized);
	}
}

/** A file's text without a byte-order mark, or undefined when there is no file. */
function readText(file: string): string | undefined {
	try {
		const text = readFileSync(file, 'utf8');
		return text.startsWith('\uFEFF') ? text.slice(1) : text;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return undefined;
		}

		throw fileProblem(error, file, 'read');
	}
}

function makeDirectory(directory: string) {
	try {
		mkdirSync(directory, {recursive: true});
	} catch (error) {
		throw fileProblem(error, directory, 'write');
	}
}

function existingAncestor(directory: string): string {
	let current = directory;
	while (!existsSync(current) && path.dirname(current) !== current) {
		current = path.dirname(current);
	}

	return current;
}

function isDirectory(file: string): boolean {
	try {
		return statSync(file).isDirectory();
	} catch {
		return false;
	}
}

/**
 * Whether brief may write FILE: the system must allow it, and some write
 * permission bit must be set, so that a file or directory made read-only
 * stays so even for root (as rm asks before removing one).
 */
function isWritable(file: string): boolean {
	try {
		accessSync(file, constants.W_OK);
		return (statSync(file).mode & 0o222) !== 0;
	} catch {
		return false;
	}
}
