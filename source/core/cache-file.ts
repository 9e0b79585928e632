import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';

/**
 * Write a cache file whole or not at all: through a temporary file and a
 * rename, so a reader never sees half of one. A cache is only a speed-up, so
 * a file that cannot be written is left unwritten without a word.
 */
export function writeCacheFile(file: string, data: string | Buffer) {
	const temporary = `${file}.${process.pid}.tmp`;
	try {
		mkdirSync(path.dirname(file), {recursive: true});
		writeFileSync(temporary, data);
		renameSync(temporary, file);
	} catch {
		try {
			rmSync(temporary, {force: true});
		} catch {
			// Nothing more to tidy.
		}
	}
}
