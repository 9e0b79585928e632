import {stepOf, type KeyDeps} from './key-deps.js';
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
