import {mkdirSync, watch, type FSWatcher} from 'node:fs';
import path from 'node:path';
import type {WatchFiles} from './app.js';

/** Changes come in bursts (a write, a rename, a lock): one call per kind after this quiet time. */
const settleMs = 100;

/**
 * Watch the store and the corpus files for changes by other processes. The
 * directories are watched, not the files: an atomic write replaces a file by
 * a rename, which a watch on the old file would miss. The store's directory
 * is made if need be (the app writes there anyway), so a first `brief pin`
 * from elsewhere is seen; a corpus directory that does not exist is skipped.
 */
export function watchFiles(files: {store: string; corpus: string[]}): WatchFiles {
	return listener => {
		const kinds = new Map<string, 'store' | 'corpus'>([[path.resolve(files.store), 'store'], ...files.corpus.map(file => [path.resolve(file), 'corpus'] as const)]);
		const timers = new Map<'store' | 'corpus', NodeJS.Timeout>();
		const watchers: FSWatcher[] = [];
		try {
			mkdirSync(path.dirname(path.resolve(files.store)), {recursive: true});
		} catch {
			// A read-only place: nothing will be written there to watch.
		}

		for (const directory of new Set([...kinds.keys()].map(file => path.dirname(file)))) {
			try {
				const watcher = watch(directory, (_event, name) => {
					const kind = name ? kinds.get(path.join(directory, name.toString())) : undefined;
					if (kind) {
						clearTimeout(timers.get(kind));
						timers.set(
							kind,
							setTimeout(() => {
								listener(kind);
							}, settleMs),
						);
					}
				});
				watcher.on('error', () => watcher.close());
				watchers.push(watcher);
			} catch {
				// Nothing there to watch yet.
			}
		}

		return () => {
			for (const watcher of watchers) {
				watcher.close();
			}

			for (const timer of timers.values()) {
				clearTimeout(timer);
			}
		};
	};
}
