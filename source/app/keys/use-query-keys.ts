import {editFor} from './edit-commands.js';
import {stepOf, type KeyDeps} from './key-deps.js';
import {runPreviewCommand} from './preview-commands.js';
import {useContextKeys} from './use-context-keys.js';

/** The query line's keys: a line editor, the history, and moving the list below while typing. */
export function useQueryKeys(deps: KeyDeps) {
	useContextKeys('query', deps, (command, input, key) => {
		const {dispatch, latest, layout, saveHistory} = deps;
		const edit = editFor(command, input, key);
		if (edit) {
			dispatch({type: 'edit-query', edit});
			return;
		}

		const step = command === undefined ? undefined : stepOf(command, layout.pageSize);
		if (step !== undefined) {
			dispatch({type: 'move', by: step});
		} else if (command === 'leave-query') {
			const before = latest.current.history.entries;
			dispatch({type: 'remember-query'});
			dispatch({type: 'focus-list'});
			if (latest.current.history.entries !== before) {
				saveHistory(latest.current.history.entries);
			}
		} else if (command === 'history-back' || command === 'history-forward') {
			if (latest.current.history.entries.length === 0) {
				deps.notify('No earlier queries yet: Enter keeps a query in the history');
			}

			dispatch({type: 'history', step: command === 'history-back' ? -1 : 1});
		} else if (command === 'next-tab' || command === 'previous-tab') {
			dispatch({type: 'cycle-tab', step: command === 'next-tab' ? 1 : -1});
		} else if (command === 'help') {
			dispatch({type: 'open-help'});
		} else if (!runPreviewCommand(command, deps)) {
			return 'unbound';
		}

		return undefined;
	});
}
