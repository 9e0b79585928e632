import {rename, rm, writeFile} from 'node:fs/promises';
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
