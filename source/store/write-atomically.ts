import {link, rename, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {BriefError} from '../core/errors.js';

/** Write through a temporary file and a rename, so FILE is either the old one or the whole new one. Returns the absolute path. */
export async function writeAtomically(file: string, text: string): Promise<string> {
	const target = path.resolve(file);
	const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
	try {
		await writeFile(temporary, text);
		await rename(temporary, target);
	} catch (error) {
		await rm(temporary, {force: true});
		throw new BriefError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such directory' : (error as Error).message}`);
	}

	return target;
}

/**
 * Write a whole new file, never over an existing one: `name.md`, else
 * `name-2.md`, `name-3.md`… The text is written aside first and then linked
 * in, which fails rather than replaces when another process took the name.
 * Returns the absolute path written.
 */
export async function writeAsNewFile(file: string, text: string): Promise<string> {
	const target = path.resolve(file);
	const extension = path.extname(target);
	const stem = target.slice(0, target.length - extension.length);
	const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.new.tmp`);
	try {
		await writeFile(temporary, text);
		for (let number = 1; ; number++) {
			const candidate = number === 1 ? target : `${stem}-${number}${extension}`;
			try {
				// eslint-disable-next-line no-await-in-loop
				await link(temporary, candidate);
				return candidate;
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
					throw error;
				}
			}
		}
	} catch (error) {
		throw new BriefError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such directory' : (error as Error).message}`);
	} finally {
		await rm(temporary, {force: true});
	}
}
