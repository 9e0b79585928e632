import {stepOf, type KeyDeps} from './key-deps.js';
import {openReader} from './page-commands.js';
import {runPreviewCommand} from './preview-commands.js';
import {runRecordCommand} from './record-commands.js';
import {useContextKeys} from './use-context-keys.js';

/** The list's keys: move the selection, change tabs, act on the selected record. */
export function useListKeys(deps: KeyDeps) {
	useContextKeys('list', deps, command => {
		const {dispatch, latest, index, layout, notify} = deps;
		if (command === undefined) {
			return 'unbound';
		}

		const {shown} = latest.current;
		const selected = shown.selectedId === null ? null : index.byId.get(shown.selectedId) ?? null;
		const step = stepOf(command, layout.pageSize);
		if (step !== undefined) {
			dispatch(Number.isFinite(step) ? {type: 'move', by: step} : {type: 'move-to', position: step < 0 ? 'first' : 'last'});
		} else if (command === 'next-tab' || command === 'previous-tab') {
			dispatch({type: 'cycle-tab', step: command === 'next-tab' ? 1 : -1});
		} else if (command === 'open-detail') {
			if (selected) {
				dispatch({type: 'open-detail', recordId: selected.id});
			} else {
				notify('Nothing to read: the list is empty');
			}
		} else if (command === 'open-map') {
			dispatch({type: 'open-map'});
		} else if (command === 'open-reader') {
			openReader(selected, deps);
		} else if (runPreviewCommand(command, deps)) {
			// Scrolled the preview beside the list.
		} else if (!runRecordCommand(command, selected, deps)) {
			return 'unbound';
		}

		return undefined;
	});
}
