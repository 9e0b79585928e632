import {mkdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {queryHistoryPath} from '../core/paths.js';
import {writeFileAtomically} from '../json-file/write-atomically.js';
import {sanitizeLine} from '../core/sanitize.js';
import type {QueryHistory} from './app.js';

/** Earlier queries, read from the data directory, and how to keep the latest ones there. */
export function queryHistory(file = queryHistoryPath()): QueryHistory & {saved(): Promise<void>} {
	let entries: string[] = [];
	try {
		entries = readFileSync(file, 'utf8').split('\n').map(line => sanitizeLine(line)).filter(line => line.trim() !== '');
	} catch {
		// No history yet.
	}

	let saving = Promise.resolve();
	return {
		entries,
		save(next) {
			saving = saving.then(() => {
				try {
					mkdirSync(path.dirname(file), {recursive: true});
					writeFileAtomically(file, `${next.join('\n')}\n`);
				} catch {
					// History is a convenience: a read-only data directory loses it quietly.
				}
			});
		},
		/** Resolves once every save asked for is written. */
		async saved() {
			return saving;
		},
	};
}
