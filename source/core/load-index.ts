import {readdirSync, realpathSync, rmSync, statSync} from 'node:fs';
import path from 'node:path';
import {writeCacheFile} from './cache-file.js';
import {codeFingerprint} from './code-fingerprint.js';
import {readIndexSnapshot, snapshotOf} from './index-snapshot.js';
import {loadCorpora} from './load-corpus.js';
import {snapshotsDir} from './paths.js';
import {indexCorpus, type CorpusIndex} from './records.js';

/** Snapshots kept; at 100,000 records each is about 80 MB (60 MB of them read only as asked for). */
const keptSnapshots = 4;

/**
 * A file written this recently may be written again within the same tick of
 * a coarse file system's clock, keeping its times: no snapshot is made of it
 * until it has been left alone this long. (Any later write sets its
 * modification time to a later tick, so older files are safe.)
 */
const settledAfterNs = 2_000_000_000n;

/**
 * Read corpus files as one index: from a snapshot when one was made of these
 * very files by this very code, else from the files, then written out as a
 * snapshot for next time (see index-snapshot.ts).
 *
 * A snapshot is found by the files' identity and times, as make and git do,
 * not by their content, so that a 50 MB corpus is not even read: a file
 * written again, renamed over or touched has a new change time, and so a new
 * key. Errors in the files are reported by loadCorpora exactly as without
 * snapshots.
 */
export function loadCorpusIndex(files: string[], environment: NodeJS.ProcessEnv = process.env): CorpusIndex {
	const identity = filesIdentity(files);
	if (!identity) {
		return indexCorpus(loadCorpora(files));
	}

	const snapshot = path.join(snapshotsDir(environment), `${shortName(identity.key)}.snapshot`);
	const stored = readSnapshot(snapshot, identity.key);
	if (stored) {
		return stored;
	}

	const index = indexCorpus(loadCorpora(files));
	const bytes = identity.settled ? snapshotOf(index, identity.key) : undefined;
	if (bytes) {
		writeCacheFile(snapshot, bytes);
		pruneSnapshots(path.dirname(snapshot));
	}

	return index;
}

/** What identifies the files and the code reading them; undefined when a file cannot be looked at (loadCorpora will say why). */
function filesIdentity(files: string[]): {key: string; settled: boolean} | undefined {
	try {
		const now = BigInt(Date.now()) * 1_000_000n;
		let settled = true;
		const parts = files.map(file => {
			const stat = statSync(file, {bigint: true});
			settled &&= now - stat.mtimeNs > settledAfterNs;
			return [realpathSync(file), stat.dev, stat.ino, stat.size, stat.mtimeNs, stat.ctimeNs].join(':');
		});
		return {key: [...parts, codeFingerprint()].join('\n'), settled};
	} catch {
		return undefined;
	}
}

/**
 * A file name for a key: FNV-1a, twice over with different offsets. A clash
 * would only cost a snapshot, as each holds its whole key; a cryptographic
 * hash would cost loading node:crypto at every start.
 */
function shortName(key: string): string {
	const hashes = [0x81_1C_9D_C5, 0x05_0C_5D_1F].map(offset => {
		let hash = offset;
		for (let index = 0; index < key.length; index++) {
			hash = Math.imul(hash ^ key.charCodeAt(index), 0x01_00_01_93);
		}

		return (hash >>> 0).toString(16).padStart(8, '0');
	});
	return hashes.join('');
}

function readSnapshot(file: string, key: string): CorpusIndex | undefined {
	try {
		return readIndexSnapshot(file, key);
	} catch {
		// Missing, unreadable or damaged: read the corpus instead.
		return undefined;
	}
}

function pruneSnapshots(directory: string) {
	try {
		const snapshots = readdirSync(directory)
			.filter(name => name.endsWith('.snapshot'))
			.map(name => path.join(directory, name))
			.map(file => ({file, made: statSync(file).mtimeMs}))
			.sort((a, b) => b.made - a.made);
		for (const {file} of snapshots.slice(keptSnapshots)) {
			rmSync(file, {force: true});
		}
	} catch {
		// Another process pruning at the same time, or nothing to prune.
	}
}
