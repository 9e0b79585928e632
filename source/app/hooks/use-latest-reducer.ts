import {useCallback, useRef, useState, type RefObject} from 'react';

/**
 * useReducer whose latest state can be read at once through a ref. Keys can
 * arrive faster than React renders (several in one read from the terminal);
 * a key that acts on the selection must see the moves made just before it.
 */
export function useLatestReducer<State, Action>(reducer: (state: State, action: Action) => State, initial: () => State): [State, (action: Action) => void, RefObject<State>] {
	const [state, setState] = useState(initial);
	const latest = useRef(state);
	const dispatch = useCallback(
		(action: Action) => {
			latest.current = reducer(latest.current, action);
			setState(latest.current);
		},
		[reducer],
	);
	return [state, dispatch, latest];
}
