import {stepOf, type KeyDeps} from './key-deps.js';
import {runRecordCommand} from './record-commands.js';
import {useContextKeys} from './use-context-keys.js';

/** The help's keys: scroll; Esc, q or ? close it. */
export function useHelpKeys(deps: KeyDeps) {
	useContextKeys('help', deps, command => {
		const {dispatch, layout} = deps;
		const step = command === undefined ? undefined : stepOf(command, layout.fullDetailHeight);
		if (step !== undefined) {
			dispatch({type: 'scroll', by: step});
		} else if (command === 'back' || command === 'close') {
			dispatch({type: 'close-overlay'});
		} else {
			return 'unbound';
		}

		return undefined;
	});
}

/** The full-screen record's keys: scroll, close, and everything that acts on the record. */
export function useDetailKeys(deps: KeyDeps) {
	useContextKeys('detail', deps, command => {
		const {dispatch, layout, latest, index} = deps;
		const {overlay} = latest.current;
		const record = overlay.type === 'detail' ? index.byId.get(overlay.recordId) ?? null : null;
		const step = command === undefined ? undefined : stepOf(command, layout.fullDetailHeight);
		if (step !== undefined) {
			dispatch({type: 'scroll', by: step});
		} else if (command === 'back' || command === 'close') {
			dispatch({type: 'close-overlay'});
		} else if (command === undefined || !runRecordCommand(command, record, deps)) {
			return 'unbound';
		}

		return undefined;
	});
}
