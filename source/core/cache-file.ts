import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {writeFileAtomically} from '../json-file/write-atomically.js';

/**
 * Write a cache file whole or not at all (see writeFileAtomically). A cache
 * is only a speed-up, so a file that cannot be written is left unwritten
 * without a word.
 */
export function writeCacheFile(file: string, data: string | Buffer) {
	try {
		mkdirSync(path.dirname(file), {recursive: true});
		writeFileAtomically(file, data);
	} catch {
		// brief works the same without it.
	}
}
