import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {isBriefError} from '../../core/errors.js';
import type {BriefRecord, CorpusIndex} from '../../core/records.js';
import type {Pin} from '../../store/briefing-schema.js';
import type {BriefingService} from '../../store/briefing-service.js';
import {snapshotOf} from '../../store/briefings.js';

/** A change to the briefing that `u` can take back. */
type Undoable = {type: 'unpin'; pin: Pin; position: number} | {type: 'move'; id: string; delta: number};

/** The briefing's pins as the app shows them, and what changes them; each change reports what the footer should say. */
export type Pins = {
	pins: Pin[];
	pinnedIds: Set<string>;
	/** The pins as the keys have made them so far, ahead of the store and the screen. */
	latest(): Pin[];
	toggle(record: BriefRecord): void;
	remove(pin: Pin): void;
	move(pin: Pin, delta: -1 | 1): boolean;
	setNote(id: string, note: string): void;
	undo(): void;
	exportMarkdown(): void;
	/** Read the store again (another process changed it). */
	reload(): void;
};

const undoHint = 'u undoes';

/**
 * The briefing's pins, read from the store (and again whenever another
 * process changes it), and the operations on them: one at a time, in the
 * order the keys were pressed, each shown at once and then confirmed by the store.
 */
export function usePins(index: CorpusIndex, service: BriefingService | undefined, notify: (notice: string) => void): Pins {
	const [pins, setPinsState] = useState<Pin[]>([]);
	const latestPins = useRef(pins);
	const setPins = useCallback((next: Pin[]) => {
		latestPins.current = next;
		setPinsState(next);
	}, []);
	const queue = useRef(Promise.resolve());
	// Operations queued and not yet finished: the store's pins are shown only once none is left,
	// so a reorder still on its way is not undone on screen by the one before it.
	const pending = useRef(0);
	const undoable = useRef<Undoable[]>([]);

	const run = useCallback(
		async (operation: (service: BriefingService) => Promise<string | void>) => {
			if (!service) {
				notify('Briefings are not available here');
				return;
			}

			pending.current++;
			queue.current = queue.current
				.then(async () => {
					try {
						const notice = await operation(service);
						const stored = await service.load();
						if (pending.current === 1) {
							setPins(stored);
						}

						const message = [...service.takeWarnings(), ...(notice ? [notice] : [])].join(' · ');
						if (message) {
							notify(message);
						}
					} catch (error) {
						notify(isBriefError(error) ? error.message : `Could not update the briefing: ${(error as Error).message}`);
					}
				})
				.finally(() => {
					pending.current--;
				});
			return queue.current;
		},
		[service, notify, setPins],
	);

	const reload = useCallback(() => {
		if (service) {
			void run(async () => undefined);
		}
	}, [run, service]);

	useEffect(reload, [reload]);

	const remember = (change: Undoable) => {
		undoable.current = [...undoable.current.slice(-19), change];
	};

	// What undo puts back is read from the store as the unpin runs: the note and the place as they are then.
	const unpinIn = async (store: BriefingService, id: string, verb: string): Promise<string | undefined> => {
		const before = await store.load();
		const position = before.findIndex(other => other.id === id);
		const pin = before[position];
		if (!pin) {
			return undefined;
		}

		await store.remove(id);
		remember({type: 'unpin', pin, position});
		return `${verb} ${id}${pin.note ? ' and its note' : ''} — ${undoHint}`;
	};

	return {
		pins,
		pinnedIds: useMemo(() => new Set(pins.map(pin => pin.id)), [pins]),
		latest: () => latestPins.current,
		toggle(record) {
			const current = latestPins.current;
			const pinned = current.some(pin => pin.id === record.id);
			if (service) {
				setPins(pinned ? current.filter(pin => pin.id !== record.id) : [...current, snapshotOf(index, record, null, new Date())]);
			}

			// The store decides, as another process may have pinned or unpinned it meanwhile.
			void run(async store => (await unpinIn(store, record.id, 'Unpinned')) ?? ((await store.toggle(index, record)) === 'pinned' ? `Pinned ${record.id}` : `Unpinned ${record.id}`));
		},
		remove(pin) {
			setPins(latestPins.current.filter(other => other.id !== pin.id));
			void run(async store => (await unpinIn(store, pin.id, 'Removed')) ?? `${pin.id} was not pinned`);
		},
		move(pin, delta) {
			const current = latestPins.current;
			const from = current.findIndex(other => other.id === pin.id);
			if (from === -1 || from + delta < 0 || from + delta >= current.length) {
				return false;
			}

			const reordered = [...current];
			reordered.splice(from, 1);
			reordered.splice(from + delta, 0, pin);
			setPins(reordered);
			remember({type: 'move', id: pin.id, delta});
			void run(async store => {
				await store.move(pin.id, delta);
			});
			return true;
		},
		setNote(id, note) {
			const current = latestPins.current;
			const record = index.byId.get(id);
			if (current.some(pin => pin.id === id)) {
				setPins(current.map(pin => (pin.id === id ? {...pin, note} : pin)));
			} else if (record && service) {
				setPins([...current, snapshotOf(index, record, note, new Date())]);
			}

			void run(async store => {
				await store.setNote(index, id, note);
				return `Note saved for ${id}`;
			});
		},
		undo() {
			const change = undoable.current.at(-1);
			if (!change) {
				notify('Nothing to undo: u takes back an unpin, a remove or a move');
				return;
			}

			undoable.current = undoable.current.slice(0, -1);
			if (change.type === 'move') {
				void run(async store => {
					await store.move(change.id, -change.delta);
					return `Moved ${change.id} back`;
				});
				return;
			}

			const restored = [...latestPins.current];
			restored.splice(Math.max(0, change.position), 0, change.pin);
			setPins(restored);
			void run(async store => ((await store.restore(change.pin, change.position)) ? `Restored ${change.pin.id}${change.pin.note ? ' with its note' : ''} at ${change.position + 1}` : `${change.pin.id} is pinned already`));
		},
		exportMarkdown() {
			if (latestPins.current.length === 0) {
				notify('Nothing to export: the briefing is empty (p pins a record)');
				return;
			}

			void run(async store => `Exported to ${await store.exportMarkdown(index, {keepEarlier: true})}`);
		},
		reload,
	};
}
