import path from 'node:path';
import {writeFileAtomically, writeNewFile} from '../json-file/write-atomically.js';
import type {BriefRecord, CorpusIndex} from '../core/records.js';
import type {Pin, StoreData} from './briefing-schema.js';
import {briefingStoreFile} from './briefing-store.js';
import {briefingEntries, movePin, pinRecord, restorePin, snapshotOf, unpinRecord} from './briefings.js';
import {briefingMarkdown} from './format-briefing.js';
import {exportFileName} from './export-briefing.js';

/**
 * What the app may do to one briefing; every call reads the store afresh, so
 * other processes' changes show, and a call that reads the corpus is given
 * the app's current one (it is read again when a corpus file changes).
 */
export type BriefingService = {
	name: string;
	load(): Promise<Pin[]>;
	/** Pin the record, or unpin it if pinned. */
	toggle(index: CorpusIndex, record: BriefRecord): Promise<'pinned' | 'unpinned'>;
	/** Set a pin's note, pinning the record first if it is not pinned (and still in the corpus). */
	setNote(index: CorpusIndex, id: string, note: string): Promise<void>;
	remove(id: string): Promise<void>;
	move(id: string, delta: number): Promise<void>;
	/** Put a pin back at a position, note and all (undo); false when it is pinned already. */
	restore(pin: Pin, position: number): Promise<boolean>;
	/** Export the briefing as Markdown; returns the path written. `keepEarlier` picks a new name rather than replace a file. */
	exportMarkdown(index: CorpusIndex, options?: {keepEarlier?: boolean}): Promise<string>;
	/** Warnings from the store since the last call (e.g. a corrupt store set aside). */
	takeWarnings(): string[];
};

type ServiceOptions = {
	storeFile: string;
	name: string;
	/** Where exports go. */
	exportDirectory: string;
	now?: () => Date;
};

export function createBriefingService({storeFile, name, exportDirectory, now = () => new Date()}: ServiceOptions): BriefingService {
	let warnings: string[] = [];
	let toldReadOnly = false;
	const store = briefingStoreFile(storeFile, {warn: message => warnings.push(message)});
	const change = async <T>(apply: (data: StoreData) => T) => store.update(data => ({next: data, result: apply(data)}));
	return {
		name,
		async load() {
			const data = await store.read();
			const problem = toldReadOnly ? undefined : store.writeProblem();
			if (problem !== undefined) {
				toldReadOnly = true;
				warnings.push(`pins are shown read-only: ${problem}`);
			}

			return data.briefings[name]?.pins ?? [];
		},
		async toggle(index, record) {
			return change(
				data => (unpinRecord(data, name, record.id) ? 'unpinned' : (pinRecord(data, name, snapshotOf(index, record, null, now()), undefined), 'pinned')),
			);
		},
		async setNote(index, id, note) {
			await change(
				data => {
					const pinned = data.briefings[name]?.pins.find(pin => pin.id === id);
					const record = index.byId.get(id);
					if (pinned) {
						pinned.note = note;
					} else if (record) {
						pinRecord(data, name, snapshotOf(index, record, note, now()), note);
					}
				},
			);
		},
		async remove(id) {
			await change(data => unpinRecord(data, name, id));
		},
		async move(id, delta) {
			await change(data => movePin(data, name, id, delta));
		},
		async restore(pin, position) {
			return change(data => restorePin(data, name, pin, position));
		},
		async exportMarkdown(index, {keepEarlier = false} = {}) {
			const data = await store.read();
			const date = now();
			const markdown = briefingMarkdown(index, name, briefingEntries(index, data.briefings[name]?.pins ?? []), date);
			return (keepEarlier ? writeNewFile : writeFileAtomically)(path.join(exportDirectory, exportFileName(name, date)), markdown);
		},
		takeWarnings() {
			const taken = warnings;
			warnings = [];
			return taken;
		},
	};
}
