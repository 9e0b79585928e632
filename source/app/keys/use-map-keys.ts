import type {Direction} from '../../core/map/navigate.js';
import {placeInDirection} from '../../core/map/navigate.js';
import type {MapKeyState} from '../hooks/use-map.js';
import type {MapCommand} from './bindings.js';
import type {KeyDeps} from './key-deps.js';
import {useContextKeys} from './use-context-keys.js';

const directions: Partial<Record<MapCommand, Direction>> = {'map-left': 'left', 'map-right': 'right', 'map-up': 'up', 'map-down': 'down'};

/** The map's keys, from the bindings table: arrows move between places, Enter opens one, +/- zoom, 0 fits all, Esc or q closes. */
export function useMapKeys(deps: KeyDeps, {latest, drawn, dispatch}: MapKeyState) {
	useContextKeys('map', deps, command => {
		const state = latest.current;
		const {cursorId, markers} = drawn.current;
		const cursor = state.cursorId ?? cursorId;
		if (command === 'close-map') {
			if (state.openPlaceId === null) {
				dispatch({type: 'reset'});
				deps.dispatch({type: 'close-overlay'});
			} else {
				dispatch({type: 'close-place'});
			}

			return undefined;
		}

		if (command === 'help') {
			deps.dispatch({type: 'open-help'});
			return undefined;
		}

		if (state.openPlaceId !== null) {
			deps.notify('Over a place’s detail only Esc works: it returns to the map');
			return undefined;
		}

		const direction = command === undefined ? undefined : directions[command as MapCommand];
		if (direction && cursor) {
			const next = placeInDirection(markers, cursor, direction);
			if (next) {
				dispatch({type: 'select', id: next});
			} else {
				deps.notify(`No place ${direction === 'left' || direction === 'right' ? `to the ${direction}` : direction === 'up' ? 'above' : 'below'}`);
			}
		} else if (command === 'open-place' && cursor) {
			dispatch({type: 'open-place', id: cursor});
		} else if (command === 'zoom-in' || command === 'zoom-out') {
			dispatch({type: 'zoom', step: command === 'zoom-in' ? 1 : -1});
		} else if (command === 'fit-all') {
			dispatch({type: 'fit-all'});
		} else {
			return 'unbound';
		}

		return undefined;
	});
}
