import {existsSync} from 'node:fs';
import {mkdir, rename} from 'node:fs/promises';
import path from 'node:path';
import {Low} from 'lowdb';
import {DataFile} from 'lowdb/node';
import {emptyStore, storeSchema, type StoreData} from './briefing-schema.js';
import {lockFile} from './file-lock.js';

/** The store's contents could not be read as a store: not JSON, or not the schema. */
class UnreadableStore extends Error {}

function parseStore(text: string): StoreData {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		throw new UnreadableStore('is not valid JSON');
	}

	const result = storeSchema.safeParse(data);
	if (!result.success) {
		throw new UnreadableStore(`does not match the briefing schema (${result.error.issues[0]?.message ?? 'invalid'})`);
	}

	return result.data;
}

export type StoreOptions = {
	/** Told about anything the user should know, e.g. a corrupt store set aside. */
	warn: (message: string) => void;
	/** How long to wait for another brief process to finish with the store. */
	lockWaitMs?: number;
};

/**
 * Read–modify–write the briefing store under a lock, so concurrent `brief`
 * processes lose nothing. lowdb writes through a temporary file and a rename,
 * so a killed process never leaves a half-written store. A store that cannot
 * be read is renamed aside (never overwritten) and replaced by an empty one.
 */
export async function updateStore<T>(file: string, change: (data: StoreData) => T, options: StoreOptions): Promise<T> {
	await mkdir(path.dirname(file), {recursive: true});
	// Longer than the 10 s after which a lock left by a killed process counts as stale.
	const release = await lockFile(file, 'the briefing store', options.lockWaitMs ?? 15_000);
	try {
		const db = new Low(new DataFile<StoreData>(file, {parse: parseStore, stringify: data => `${JSON.stringify(data, null, 2)}\n`}), emptyStore());
		try {
			await db.read();
		} catch (error) {
			if (!(error instanceof UnreadableStore)) {
				throw error;
			}

			const backup = `${file}.corrupt-${new Date().toISOString().replaceAll(':', '-')}`;
			await rename(file, backup);
			options.warn(`the briefing store ${file} ${error.message}; it was moved to ${backup} and a new store started`);
			db.data = emptyStore();
		}

		const before = JSON.stringify(db.data);
		const result = change(db.data);
		if (JSON.stringify(db.data) !== before) {
			await db.write();
		}

		return result;
	} finally {
		await release();
	}
}

/** Read the store (under the same lock, since reading may set a corrupt store aside); no store yet reads as empty and creates nothing. */
export async function readStore(file: string, options: StoreOptions): Promise<StoreData> {
	if (!existsSync(file)) {
		return emptyStore();
	}

	return updateStore(file, data => structuredClone(data), options);
}
