import type {Dispatch} from 'react';
import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {isBriefError} from '../../core/errors.js';
import {citationText} from '../../core/format/describe.js';
import type {BriefRecord, CorpusIndex} from '../../core/records.js';
import type {Pin} from '../../store/briefing-schema.js';
import type {BriefingService} from '../../store/briefing-service.js';
import type {Command} from '../keys/bindings.js';
import type {AppAction, AppState} from '../state/app-state.js';

/** How the app puts text on the clipboard; it reports what the user should be told. */
export type CopyToClipboard = (text: string) => string;

export type Briefing = {
	pins: Pin[];
	pinnedIds: Set<string>;
	/** Carry out a briefing command; false when the command is not one. */
	handle(command: Command, state: AppState, selected: BriefRecord | null): boolean;
};

/**
 * The briefing's pins, read from the store (afresh whenever the pane opens, so
 * changes by other brief processes show), and the commands that change them.
 */
export function useBriefing(index: CorpusIndex, service: BriefingService | undefined, copy: CopyToClipboard | undefined, dispatch: Dispatch<AppAction>): Briefing {
	const [pins, setPinsState] = useState<Pin[]>([]);
	// The order as the user has made it so far, ahead of the store: keys act on it at once.
	const latestPins = useRef(pins);
	const setPins = useCallback((next: Pin[]) => {
		latestPins.current = next;
		setPinsState(next);
	}, []);
	const notify = useCallback((notice: string) => dispatch({type: 'notify', notice}), [dispatch]);
	// One store operation at a time, in the order the keys were pressed.
	const queue = useRef(Promise.resolve());
	// Operations queued and not yet finished: the store's order is shown only once none is left,
	// so a reorder still on its way is not undone on screen by the one before it.
	const pending = useRef(0);

	const perform = useCallback(
		async (operation: (service: BriefingService) => Promise<string | void>) => {
			if (!service) {
				notify('Briefings are not available here');
				return;
			}

			try {
				const notice = await operation(service);
				const stored = await service.load();
				if (pending.current === 1) {
					setPins(stored);
				}

				const warnings = service.takeWarnings();
				const message = [...warnings, ...(notice ? [notice] : [])].join(' · ');
				if (message) {
					notify(message);
				}
			} catch (error) {
				notify(isBriefError(error) ? error.message : `Could not update the briefing: ${(error as Error).message}`);
			}
		},
		[service, notify, setPins],
	);

	const run = useCallback(
		async (operation: (service: BriefingService) => Promise<string | void>) => {
			pending.current++;
			queue.current = queue.current.then(async () => perform(operation)).finally(() => {
				pending.current--;
			});
			return queue.current;
		},
		[perform],
	);

	useEffect(() => {
		void run(async () => undefined);
	}, [run]);

	const pinnedIds = useMemo(() => new Set(pins.map(pin => pin.id)), [pins]);

	const handle = (command: Command, state: AppState, selected: BriefRecord | null): boolean => {
		const current = latestPins.current;
		const cursorPin = state.overlay.type === 'briefing' ? current[state.overlay.cursor] : undefined;
		const target = state.overlay.type === 'briefing' ? (cursorPin ? index.byId.get(cursorPin.id) ?? null : null) : selected;
		switch (command) {
			case 'toggle-pin': {
				if (selected) {
					void run(async store => `${(await store.toggle(selected)) === 'pinned' ? 'Pinned' : 'Unpinned'} ${selected.id}`);
				}

				return true;
			}

			case 'edit-note': {
				const id = cursorPin?.id ?? selected?.id;
				if (id) {
					dispatch({type: 'open-note', recordId: id, draft: current.find(pin => pin.id === id)?.note ?? ''});
				}

				return true;
			}

			case 'save-note': {
				if (state.overlay.type === 'note') {
					const {recordId, draft} = state.overlay;
					dispatch({type: 'close-note'});
					void run(async store => {
						await store.setNote(recordId, draft);
						return `Note saved for ${recordId}`;
					});
				}

				return true;
			}

			case 'open-briefing': {
				void run(async () => undefined);
				dispatch({type: 'open-briefing'});
				return true;
			}

			case 'move-pin-up':
			case 'move-pin-down': {
				const delta = command === 'move-pin-up' ? -1 : 1;
				const from = current.indexOf(cursorPin!);
				if (cursorPin && from + delta >= 0 && from + delta < current.length) {
					const reordered = [...current];
					reordered.splice(from, 1);
					reordered.splice(from + delta, 0, cursorPin);
					setPins(reordered);
					void run(async store => {
						await store.move(cursorPin.id, delta);
					});
					dispatch({type: 'move-briefing-cursor', by: delta, total: current.length});
				}

				return true;
			}

			case 'remove-pin': {
				if (cursorPin) {
					setPins(current.filter(pin => pin !== cursorPin));
					void run(async store => {
						await store.remove(cursorPin.id);
						return `Removed ${cursorPin.id}`;
					});
					dispatch({type: 'move-briefing-cursor', by: 0, total: current.length - 1});
				}

				return true;
			}

			case 'export': {
				void run(async store => `Exported to ${await store.exportMarkdown()}`);
				return true;
			}

			case 'copy': {
				if (target && copy) {
					notify(copy(citationText(index, target)));
				} else if (!copy) {
					notify('No clipboard here');
				}

				return true;
			}

			default: {
				return false;
			}
		}
	};

	return {pins, pinnedIds, handle};
}
