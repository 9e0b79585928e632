import {stepOf, type KeyDeps} from './key-deps.js';
import {copyRecord} from './record-commands.js';
import {useContextKeys} from './use-context-keys.js';

/** The briefing pane's keys: move the cursor, reorder, remove, undo, annotate, read, copy, export. */
export function useBriefingKeys(deps: KeyDeps) {
	useContextKeys('briefing', deps, command => {
		const {dispatch, latest, layout, pins, index, notify} = deps;
		const {overlay} = latest.current;
		const cursor = overlay.type === 'briefing' ? overlay.cursor : 0;
		const pin = pins.latest()[cursor];
		const record = pin ? index.byId.get(pin.id) ?? null : null;
		const stale = pin && !record ? `${pin.id} is stale: its record is no longer in the corpus` : 'The briefing is empty';
		const step = command === undefined ? undefined : stepOf(command, layout.pageSize);
		switch (command) {
			case undefined: {
				return 'unbound';
			}

			case 'back':
			case 'close': {
				dispatch({type: 'close-overlay'});
				break;
			}

			case 'move-pin-up':
			case 'move-pin-down': {
				const delta = command === 'move-pin-up' ? -1 : 1;
				if (pin && pins.move(pin, delta)) {
					dispatch({type: 'move-briefing-cursor', by: delta});
				} else {
					notify(pin ? `Already the ${delta < 0 ? 'first' : 'last'} pin` : 'The briefing is empty');
				}

				break;
			}

			case 'remove-pin': {
				if (pin) {
					pins.remove(pin);
				} else {
					notify('The briefing is empty');
				}

				break;
			}

			case 'undo': {
				pins.undo();
				break;
			}

			case 'edit-note': {
				if (pin) {
					dispatch({type: 'open-note', recordId: pin.id, draft: pin.note ?? ''});
				} else {
					notify('The briefing is empty');
				}

				break;
			}

			case 'open-detail': {
				if (record) {
					dispatch({type: 'open-detail', recordId: record.id});
				} else {
					notify(stale);
				}

				break;
			}

			case 'copy': {
				copyRecord(record, deps, `${stale}: nothing to cite`);
				break;
			}

			case 'export': {
				pins.exportMarkdown();
				break;
			}

			case 'focus-query': {
				dispatch({type: 'focus-query'});
				break;
			}

			case 'help': {
				dispatch({type: 'open-help'});
				break;
			}

			default: {
				if (step === undefined) {
					return 'unbound';
				}

				dispatch({type: 'move-briefing-cursor', by: Number.isFinite(step) ? step : step < 0 ? -pins.latest().length : pins.latest().length});
			}
		}

		return undefined;
	});
}
