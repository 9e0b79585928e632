import {createHash} from 'node:crypto';
import {mkdirSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {validatedCorporaPath} from './paths.js';

/**
 * Corpora already found valid, remembered by the hash of their bytes.
 * Checking 100,000 records against the schema takes most of a second and
 * holds a second copy of the corpus while it runs; hashing the file takes a
 * few hundredths of one. A hash is only remembered together with the code
 * that checked it (this module's file, and the schema's beside it when run
 * from source), so a new version of brief checks every corpus again. The
 * cache is only ever a speed-up: when it cannot be read or written, every
 * corpus is checked.
 */

const rememberedCorpora = 32;

export type ValidationMemo = {known: boolean; remember: () => void};

type CacheFile = {code: string; hashes: string[]};

export function validationMemo(bytes: Buffer, environment: NodeJS.ProcessEnv = process.env): ValidationMemo {
	const file = validatedCorporaPath(environment);
	const hash = createHash('sha1').update(bytes).digest('hex');
	const code = codeFingerprint();
	const cached = readCache(file);
	const hashes = cached?.code === code ? cached.hashes : [];
	return {
		known: hashes.includes(hash),
		remember() {
			const kept = [hash, ...hashes.filter(other => other !== hash)].slice(0, rememberedCorpora);
			writeCache(file, {code, hashes: kept});
		},
	};
}

let fingerprint: string | undefined;

function codeFingerprint(): string {
	if (fingerprint === undefined) {
		const here = fileURLToPath(import.meta.url);
		const files = [here, path.join(path.dirname(here), 'schema.ts')];
		fingerprint = files
			.map(file => {
				try {
					const {size, mtimeMs} = statSync(file);
					return `${file}:${size}:${mtimeMs}`;
				} catch {
					return '';
				}
			})
			.join('|');
	}

	return fingerprint;
}

function readCache(file: string): CacheFile | undefined {
	try {
		const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
		return typeof data.code === 'string' && Array.isArray(data.hashes) ? {code: data.code, hashes: data.hashes.filter(hash => typeof hash === 'string')} : undefined;
	} catch {
		return undefined;
	}
}

function writeCache(file: string, data: CacheFile) {
	try {
		mkdirSync(path.dirname(file), {recursive: true});
		const temporary = `${file}.${process.pid}.tmp`;
		writeFileSync(temporary, JSON.stringify(data));
		renameSync(temporary, file);
	} catch {
		// A cache that cannot be written only means checking again next time.
	}
}
