import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {writeCacheFile} from './cache-file.js';
import {codeFingerprint} from './code-fingerprint.js';
import {validatedCorporaPath} from './paths.js';

/**
 * Corpora already found valid, remembered by the hash of their bytes.
 * Checking 100,000 records against the schema takes most of a second and
 * holds a second copy of the corpus while it runs; hashing the file takes a
 * few hundredths of one. A hash is only remembered together with the code
 * that checked it (see code-fingerprint.ts), so a new version of brief checks
 * every corpus again. The cache is only ever a speed-up: when it cannot be
 * read or written, every corpus is checked.
 */

const rememberedCorpora = 32;

export type ValidationMemo = {known: boolean; remember: () => void};

type CacheFile = {code: string; hashes: string[]};

export function validationMemo(bytes: Buffer, environment: NodeJS.ProcessEnv = process.env): ValidationMemo {
	const file = validatedCorporaPath(environment);
	const hash = sha1(bytes);
	const code = codeFingerprint();
	const cached = readCache(file);
	const hashes = cached?.code === code ? cached.hashes : [];
	return {
		known: hashes.includes(hash),
		remember() {
			const kept = [hash, ...hashes.filter(other => other !== hash)].slice(0, rememberedCorpora);
			writeCacheFile(file, JSON.stringify({code, hashes: kept}));
		},
	};
}

/** node:crypto is loaded only here, when a corpus is read from its file: most starts read a snapshot and need no hash. */
function sha1(bytes: Buffer): string {
	const {createHash} = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
	return createHash('sha1').update(bytes).digest('hex');
}

function readCache(file: string): CacheFile | undefined {
	try {
		const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
		return typeof data.code === 'string' && Array.isArray(data.hashes) ? {code: data.code, hashes: data.hashes.filter(hash => typeof hash === 'string')} : undefined;
	} catch {
		return undefined;
	}
}
