import {citationText} from '../../core/format/describe.js';
import type {BriefRecord} from '../../core/records.js';
import type {Command} from './bindings.js';
import type {KeyDeps} from './key-deps.js';

/**
 * What the keys that act on one record do, in the list (on the selection)
 * and in the full-screen record; false when the command is not one of them.
 */
export function runRecordCommand(command: Command, record: BriefRecord | null, deps: KeyDeps): boolean {
	const {dispatch, notify, pins} = deps;
	const needRecord = (what: string) => {
		if (!record) {
			notify(`Nothing to ${what}: the list is empty`);
		}

		return record;
	};

	switch (command) {
		case 'toggle-pin': {
			const chosen = needRecord('pin');
			if (chosen) {
				pins.toggle(chosen);
			}

			return true;
		}

		case 'edit-note': {
			const chosen = needRecord('annotate');
			if (chosen) {
				dispatch({type: 'open-note', recordId: chosen.id, draft: pins.latest().find(pin => pin.id === chosen.id)?.note ?? ''});
			}

			return true;
		}

		case 'copy': {
			copyRecord(record, deps);
			return true;
		}

		case 'undo': {
			pins.undo();
			return true;
		}

		case 'open-briefing': {
			pins.reload();
			dispatch({type: 'open-briefing'});
			return true;
		}

		case 'actor-picker':
		case 'location-picker':
		case 'source-picker': {
			dispatch({type: 'open-picker', entity: command === 'actor-picker' ? 'actor' : command === 'location-picker' ? 'location' : 'source'});
			return true;
		}

		case 'clear-filters': {
			const state = deps.latest.current;
			const filtered = state.actorIds.length + state.locationIds.length + state.sourceIds.length;
			dispatch({type: 'clear-filters'});
			notify(filtered === 0 ? 'No filters to clear' : `Cleared ${filtered === 1 ? 'the filter' : `${filtered} filters`}`);
			return true;
		}

		case 'focus-query': {
			dispatch({type: 'focus-query'});
			return true;
		}

		case 'help': {
			dispatch({type: 'open-help'});
			return true;
		}

		default: {
			return false;
		}
	}
}

/** Copy a record as a citation, or say why not. */
export function copyRecord(record: BriefRecord | null, {copy, notify, index}: KeyDeps, why = 'Nothing to copy: the list is empty') {
	if (!copy) {
		notify('No clipboard here');
	} else if (record) {
		notify(copy(citationText(index, record)));
	} else {
		notify(why);
	}
}
