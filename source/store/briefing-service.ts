import path from 'node:path';
import type {BriefRecord, CorpusIndex} from '../core/records.js';
import type {Pin} from './briefing-schema.js';
import {readStore, updateStore} from './briefing-store.js';
import {briefingEntries, movePin, pinRecord, restorePin, snapshotOf, unpinRecord} from './briefings.js';
import {briefingMarkdown} from './format-briefing.js';
import {writeAsNewFile, writeAtomically} from './write-atomically.js';

/** What the app may do to one briefing; every call reads the store afresh, so other processes' changes show. */
export type BriefingService = {
	name: string;
	load(): Promise<Pin[]>;
	/** Pin the record, or unpin it if pinned. */
	toggle(record: BriefRecord): Promise<'pinned' | 'unpinned'>;
	/** Set a pin's note, pinning the record first if it is not pinned (and still in the corpus). */
	setNote(id: string, note: string): Promise<void>;
	remove(id: string): Promise<void>;
	move(id: string, delta: number): Promise<void>;
	/** Put a pin back at a position, note and all (undo); false when it is pinned already. */
	restore(pin: Pin, position: number): Promise<boolean>;
	/** Export the briefing as Markdown; returns the path written. `keepEarlier` picks a new name rather than replace a file. */
	exportMarkdown(options?: {keepEarlier?: boolean}): Promise<string>;
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

export function createBriefingService(index: CorpusIndex, {storeFile, name, exportDirectory, now = () => new Date()}: ServiceOptions): BriefingService {
	let warnings: string[] = [];
	const options = {warn: (message: string) => warnings.push(message)};
	return {
		name,
		async load() {
			const data = await readStore(storeFile, options);
			return data.briefings[name]?.pins ?? [];
		},
		async toggle(record) {
			return updateStore(
				storeFile,
				data => (unpinRecord(data, name, record.id) ? 'unpinned' : (pinRecord(data, name, snapshotOf(index, record, null, now()), undefined), 'pinned')),
				options,
			);
		},
		async setNote(id, note) {
			await updateStore(
				storeFile,
				data => {
					const pinned = data.briefings[name]?.pins.find(pin => pin.id === id);
					const record = index.byId.get(id);
					if (pinned) {
						pinned.note = note;
					} else if (record) {
						pinRecord(data, name, snapshotOf(index, record, note, now()), note);
					}
				},
				options,
			);
		},
		async remove(id) {
			await updateStore(storeFile, data => unpinRecord(data, name, id), options);
		},
		async move(id, delta) {
			await updateStore(storeFile, data => movePin(data, name, id, delta), options);
		},
		async restore(pin, position) {
			return updateStore(storeFile, data => restorePin(data, name, pin, position), options);
		},
		async exportMarkdown({keepEarlier = false} = {}) {
			const data = await readStore(storeFile, options);
			const date = now();
			const markdown = briefingMarkdown(index, name, briefingEntries(index, data.briefings[name]?.pins ?? []), date);
			return (keepEarlier ? writeAsNewFile : writeAtomically)(path.join(exportDirectory, `briefing-${name.replace(/\s+/g, '-')}-${date.toISOString().slice(0, 10)}.md`), markdown);
		},
		takeWarnings() {
			const taken = warnings;
			warnings = [];
			return taken;
		},
	};
}
