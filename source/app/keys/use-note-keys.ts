import {editFor} from './edit-commands.js';
import type {KeyDeps} from './key-deps.js';
import {useContextKeys} from './use-context-keys.js';

/** The note editor's keys: a line editor; Enter saves, Esc cancels. */
export function useNoteKeys(deps: KeyDeps) {
	useContextKeys('note', deps, (command, input, key) => {
		const {dispatch, latest, pins} = deps;
		const edit = editFor(command, input, key);
		const {overlay} = latest.current;
		if (edit) {
			dispatch({type: 'edit-note', edit});
		} else if (command === 'save-note' && overlay.type === 'note') {
			dispatch({type: 'close-overlay'});
			pins.setNote(overlay.recordId, overlay.draft.text);
		} else if (command === 'back') {
			dispatch({type: 'close-overlay'});
		} else {
			return 'unbound';
		}

		return undefined;
	});
}
