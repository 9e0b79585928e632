import {readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

let fingerprint: string | undefined;

/**
 * What identifies the code that made a cache entry, so that a new version of
 * brief never trusts what an old one remembered: the bundle's size and time
 * when brief runs bundled, and every core source file's when it runs from
 * source (tests, the benchmark).
 */
export function codeFingerprint(): string {
	if (fingerprint === undefined) {
		const here = fileURLToPath(import.meta.url);
		const files = here.endsWith('.ts') ? sourceFiles(path.dirname(here)) : [here];
		fingerprint = files
			.map(file => {
				const {size, mtimeMs} = statSync(file);
				return `${file}:${size}:${mtimeMs}`;
			})
			.join('|');
	}

	return fingerprint;
}

function sourceFiles(directory: string): string[] {
	return readdirSync(directory, {recursive: true, encoding: 'utf8'})
		.filter(file => file.endsWith('.ts'))
		.sort()
		.map(file => path.join(directory, file));
}
