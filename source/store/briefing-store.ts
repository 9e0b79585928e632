import {withoutPrototype} from '../core/lookup-table.js';
import {BriefError} from '../core/errors.js';
import {SharedJsonFile, UnreadableFile} from '../json-file/shared-json-file.js';
import {emptyStore, storeSchema, type StoreData} from './briefing-schema.js';

export type StoreOptions = {
	/** Told about anything the user should know, e.g. a corrupt store set aside. */
	warn: (message: string) => void;
	/** Told when a change waits a second for another brief process. */
	onWait?: (message: string) => void;
	/** How long to wait for another brief process to finish with the store. */
	lockWaitMs?: number;
};

const knownFields = new Set(['version', 'briefings']);
const storeVersion = 1;

/** Fields or a version this brief does not know: the store was written by a newer one, and is read but never rewritten. */
function newerStore(data: unknown): string | undefined {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return undefined;
	}

	const {version} = data as {version?: unknown};
	if (typeof version === 'number' && version > storeVersion) {
		return `version ${version}`;
	}

	const unknown = Object.keys(data).filter(field => !knownFields.has(field));
	return unknown.length > 0 ? `fields ${unknown.map(field => `"${field}"`).join(', ')}` : undefined;
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		throw new UnreadableFile('is not valid JSON');
	}
}

function parseStore(text: string): StoreData {
	const data = parseJson(text);
	// A newer store is read for what this brief knows of it.
	const known = newerStore(data) === undefined ? data : {version: storeVersion, briefings: (data as {briefings?: unknown}).briefings};
	const result = storeSchema.safeParse(known);
	if (!result.success) {
		throw new UnreadableFile(`does not match the briefing schema (${result.error.issues[0]?.message ?? 'invalid'})`);
	}

	return {...result.data, briefings: withoutPrototype(result.data.briefings)};
}

/**
 * The briefing store as a shared JSON file (see SharedJsonFile): a store
 * that is not JSON or not the schema is renamed aside (never overwritten) and
 * an empty one started; one written by a newer brief is read, never written.
 */
export function briefingStoreFile(file: string, options: StoreOptions): SharedJsonFile<StoreData> {
	return new SharedJsonFile<StoreData>({
		file,
		what: 'the briefing store',
		parse: parseStore,
		writeRefusal(text, target) {
			let data: unknown;
			try {
				data = JSON.parse(text);
			} catch {
				return undefined;
			}

			const newer = newerStore(data);
			return newer === undefined ? undefined : `the briefing store ${target} was written by a newer brief (${newer}); update brief to change it`;
		},
		serialize(data) {
			const text = `${JSON.stringify(data, null, 2)}\n`;
			if (!storeSchema.safeParse(JSON.parse(text)).success) {
				throw new BriefError('refusing to write a briefing store that would not read back');
			}

			return text;
		},
		empty: emptyStore,
		setAsideUnreadable: true,
		warn: options.warn,
		onWait: options.onWait,
		lockWaitMs: options.lockWaitMs,
	});
}

/** Read–modify–write the store under its lock, so concurrent brief processes lose nothing. */
export async function updateStore<T>(file: string, change: (data: StoreData) => T, options: StoreOptions): Promise<T> {
	return briefingStoreFile(file, options).update(data => ({next: data, result: change(data)}));
}

/** Read the store without a lock; no store yet reads as empty and creates nothing. */
export async function readStore(file: string, options: StoreOptions): Promise<StoreData> {
	return briefingStoreFile(file, options).read();
}
