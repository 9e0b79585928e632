import {useInput} from 'ink';
import type {RefObject} from 'react';
import type {Direction} from '../../core/map/navigate.js';
import {placeInDirection} from '../../core/map/navigate.js';
import type {PlacedMarker} from '../../core/map/render-map.js';
import {commandFor, type MapCommand} from '../keys/bindings.js';
import type {AppAction} from '../state/app-state.js';
import type {MapAction, MapState} from '../state/map-state.js';

type MapKeys = {
	/**
	 * Whether the map is open now, from the app's latest state. The hook stays
	 * subscribed and asks at each key, rather than subscribing when the map
	 * opens (Ink's isActive): a key typed just after `m` would be lost while
	 * React had yet to run the effect that subscribes.
	 */
	isActive: () => boolean;
	/** The map's state now (keys can come faster than frames). */
	latest: RefObject<MapState>;
	/** Where the cursor is, and where every place falls, on the map last drawn (a ref: Ink may call a handler of an earlier render). */
	drawn: RefObject<{cursorId: string | null; markers: PlacedMarker[]}>;
	dispatch: (action: MapAction) => void;
	dispatchApp: (action: AppAction) => void;
};

const directions: Partial<Record<MapCommand, Direction>> = {'map-left': 'left', 'map-right': 'right', 'map-up': 'up', 'map-down': 'down'};

/** The map's keys, from the bindings table: arrows move between places, Enter opens one, +/- zoom, 0 fits all, Esc closes. */
export function useMapKeys({isActive, latest, drawn, dispatch, dispatchApp}: MapKeys) {
	useInput((input, key) => {
		if (!isActive()) {
			return;
		}

		const command = commandFor('map', input, key) as MapCommand | undefined;
		const state = latest.current;
		const {cursorId, markers} = drawn.current;
		const cursor = state.cursorId ?? cursorId;
		if (command === 'close-map') {
			if (state.openPlaceId === null) {
				dispatch({type: 'reset'});
				dispatchApp({type: 'close-overlay'});
			} else {
				dispatch({type: 'close-place'});
			}

			return;
		}

		// Over a place's detail, only Esc (and quit) work.
		if (state.openPlaceId !== null || command === undefined) {
			return;
		}

		const direction = directions[command];
		if (direction && cursor) {
			const next = placeInDirection(markers, cursor, direction);
			if (next) {
				dispatch({type: 'select', id: next});
			}
		} else if (command === 'open-place' && cursor) {
			dispatch({type: 'open-place', id: cursor});
		} else if (command === 'zoom-in' || command === 'zoom-out') {
			dispatch({type: 'zoom', step: command === 'zoom-in' ? 1 : -1});
		} else if (command === 'fit-all') {
			dispatch({type: 'fit-all'});
		}
	});
}
