import {editFor} from './edit-commands.js';
import {stepOf, type KeyDeps} from './key-deps.js';
import {useContextKeys} from './use-context-keys.js';

/** The picker's keys: its filter is a line editor; Tab ticks, Enter applies, Esc cancels. */
export function usePickerKeys(deps: KeyDeps) {
	useContextKeys('picker', deps, (command, input, key) => {
		const {dispatch, latest, layout, notify} = deps;
		const edit = editFor(command, input, key);
		if (edit) {
			dispatch({type: 'picker', action: {type: 'edit', edit}});
			return;
		}

		const step = command === undefined ? undefined : stepOf(command, layout.pageSize);
		if (step !== undefined) {
			dispatch({type: 'picker', action: {type: 'move', by: step}});
		} else if (command === 'toggle-choice') {
			if (latest.current.shown.choiceIds.length === 0) {
				notify('Nothing to tick: no row matches the filter');
			}

			dispatch({type: 'picker', action: {type: 'toggle'}});
		} else if (command === 'apply-choice') {
			dispatch({type: 'apply-picker'});
		} else if (command === 'back') {
			dispatch({type: 'close-overlay'});
		} else if (command === 'help') {
			dispatch({type: 'open-help'});
		} else {
			return 'unbound';
		}

		return undefined;
	});
}
