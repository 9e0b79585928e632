import {createRequire} from 'node:module';
import {closeSync, fchmodSync, linkSync, lstatSync, openSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeSync} from 'node:fs';
import path from 'node:path';
import {fileProblem} from './file-problem.js';

/**
 * The file a write to FILE lands in: FILE itself, or, when FILE is a symbolic
 * link (into a synced folder, say), the file it leads to, so the link stays a
 * link. A link to nothing yet leads to where its target would be.
 */
export function writeTarget(file: string): string {
	let current = path.resolve(file);
	// Follow links one by one (a link to nothing yet has no real path), as far as the system would.
	for (let hops = 0; hops < 40; hops++) {
		try {
			if (!lstatSync(current).isSymbolicLink()) {
				break;
			}
		} catch {
			break;
		}

		current = path.resolve(path.dirname(current), readlinkSync(current));
	}

	try {
		return path.join(realpathSync(path.dirname(current)), path.basename(current));
	} catch {
		return current;
	}
}

/**
 * Write FILE whole or not at all: through a temporary file beside its target
 * and a rename, so a reader sees the old file or the new one, never half of
 * one. A symbolic link is written through to its target; a file that exists
 * keeps its permissions. On failure the temporary file is removed and the
 * error is one sentence naming the path (see fileProblem). Returns the path
 * written.
 */
export function writeFileAtomically(file: string, data: string | Uint8Array): string {
	const target = writeTarget(file);
	const mode = existingMode(target);
	const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
	let descriptor: number | undefined;
	try {
		descriptor = openSync(temporary, 'wx', mode ?? 0o666);
		if (mode !== undefined) {
			// The umask applied on creation; the replaced file's own bits are what the user chose.
			fchmodSync(descriptor, mode);
		}

		const bytes = typeof data === 'string' ? Buffer.from(data) : data;
		for (let written = 0; written < bytes.length; ) {
			written += writeSync(descriptor, bytes, written);
		}

		closeSync(descriptor);
		descriptor = undefined;
		renameSync(temporary, target);
		return target;
	} catch (error) {
		if (descriptor !== undefined) {
			closeSync(descriptor);
		}

		rmSync(temporary, {force: true});
		throw fileProblem(error, target, 'write');
	}
}

/**
 * Write a whole new file, never over an existing one: FILE, else `name-2.ext`,
 * `name-3.ext`… The data is written aside first and then linked in, which
 * fails rather than replaces when another process took the name. Returns the
 * absolute path written.
 */
export function writeNewFile(file: string, data: string | Uint8Array): string {
	const target = writeTarget(file);
	const extension = path.extname(target);
	const stem = target.slice(0, target.length - extension.length);
	const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
	let candidate = target;
	try {
		const descriptor = openSync(temporary, 'wx', 0o666);
		try {
			const bytes = typeof data === 'string' ? Buffer.from(data) : data;
			for (let written = 0; written < bytes.length; ) {
				written += writeSync(descriptor, bytes, written);
			}
		} finally {
			closeSync(descriptor);
		}

		for (let number = 2; ; number++) {
			try {
				linkSync(temporary, candidate);
				return candidate;
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
					throw error;
				}
			}

			candidate = `${stem}-${number}${extension}`;
		}
	} catch (error) {
		throw fileProblem(error, candidate, 'write');
	} finally {
		rmSync(temporary, {force: true});
	}
}

/** The permission bits of an existing file, undefined when there is none. */
function existingMode(file: string): number | undefined {
	try {
		return statSync(file).mode & 0o7777;
	} catch {
		return undefined;
	}
}

/** node:crypto is loaded when a file is first written, not at every start (about 7 ms). */
function randomBytes(size: number): Buffer {
	return (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).randomBytes(size);
}
