import {useApp, useInput} from 'ink';
import type {Dispatch, RefObject} from 'react';
import type {CorpusIndex} from '../../core/records.js';
import {liveSearchFor, pickerItems, resultsFor, selectedRecord} from '../state/results.js';
import {commandFor, typedText, type Command, type KeyContext} from '../keys/bindings.js';
import type {AppAction, AppState} from '../state/app-state.js';
import type {Layout} from '../state/layout.js';
import {pageLineCount} from './use-app-view.js';
import type {Briefing} from './use-briefing.js';

export function keyContext(state: AppState): KeyContext {
	return state.overlay.type === 'none' ? state.focus : state.overlay.type;
}

/** Map key presses to actions through the bindings table; typing goes to the query, the picker's filter or the note. */
export function useAppKeys(index: CorpusIndex, latest: RefObject<AppState>, dispatch: Dispatch<AppAction>, layout: Layout, briefing: Briefing) {
	const {exit} = useApp();

	useInput(
		(input, key) => {
			liveSearchFor(index).letFrameGoFirst();
			// The latest state, not the last rendered one: keys may come faster than frames.
			const state = latest.current;
			const context = keyContext(state);
			const command = commandFor(context, input, key);
			if (command && briefing.handle(command, state, selectedRecord(index, state))) {
				return;
			}

			if (command) {
				const counts = {
					results: resultsFor(index, state).visible.length,
					choices: state.overlay.type === 'picker' ? pickerItems(index, state.overlay.picker).length : 0,
					pins: briefing.pins.length,
					pageLines: pageLineCount(index, state, layout),
				};
				const action = actionFor(command, context, state, counts, layout, index);
				if (action === 'quit') {
					exit();
				} else if (action) {
					dispatch(action);
				}

				return;
			}

			const text = typedText(input, key);
			if (text && context === 'query') {
				dispatch({type: 'type', text});
			} else if (text && context === 'picker') {
				dispatch({type: 'picker', action: {type: 'type', text}});
			} else if (text && context === 'note') {
				dispatch({type: 'edit-note', edit: 'type', text});
			}
		},
	);
}

/** How many items each list holds now, for moves that must stay inside them. */
type Counts = {results: number; choices: number; pins: number; pageLines: number};

/** What a command does where it was pressed. */
function actionFor(command: Command, context: KeyContext, state: AppState, counts: Counts, layout: Layout, index: CorpusIndex): AppAction | 'quit' | undefined {
	const total = context === 'picker' ? counts.choices : context === 'briefing' ? counts.pins : counts.results;
	const scrolling = context === 'detail' || context === 'help';
	const page = scrolling ? layout.fullDetailHeight : layout.pageSize;
	const move = (by: number): AppAction => {
		if (scrolling) {
			return {type: 'scroll', by, max: Math.max(0, counts.pageLines - layout.fullDetailHeight)};
		}

		if (context === 'briefing') {
			return {type: 'move-briefing-cursor', by, total};
		}

		return context === 'picker' ? {type: 'picker', action: {type: 'move', by, total}} : {type: 'move', by, total};
	};

	switch (command) {
		case 'quit': {
			return 'quit';
		}

		case 'down': {
			return move(1);
		}

		case 'up': {
			return move(-1);
		}

		case 'page-down': {
			return move(page);
		}

		case 'page-up': {
			return move(-page);
		}

		case 'first': {
			return scrolling || context === 'briefing' ? move(-Infinity) : {type: 'move-to', position: 'first', total};
		}

		case 'last': {
			return scrolling || context === 'briefing' ? move(Infinity) : {type: 'move-to', position: 'last', total};
		}

		case 'focus-query': {
			return {type: 'focus-query'};
		}

		case 'leave-query': {
			return {type: 'focus-list'};
		}

		case 'clear-query': {
			return context === 'picker' ? {type: 'picker', action: {type: 'clear-query'}} : context === 'note' ? {type: 'edit-note', edit: 'clear'} : {type: 'clear-query'};
		}

		case 'delete-character': {
			return context === 'picker' ? {type: 'picker', action: {type: 'delete-character'}} : context === 'note' ? {type: 'edit-note', edit: 'delete-character'} : {type: 'delete-character'};
		}

		case 'next-tab': {
			return {type: 'cycle-tab', step: 1};
		}

		case 'previous-tab': {
			return {type: 'cycle-tab', step: -1};
		}

		case 'open-detail': {
			return selectedRecord(index, state) ? {type: 'open-detail'} : undefined;
		}

		case 'back': {
			return context === 'note' ? {type: 'close-note'} : {type: 'close-overlay'};
		}

		case 'help': {
			return state.overlay.type === 'help' ? {type: 'close-overlay'} : {type: 'open-help'};
		}

		case 'actor-picker': {
			return {type: 'open-picker', entity: 'actor'};
		}

		case 'location-picker': {
			return {type: 'open-picker', entity: 'location'};
		}

		case 'source-picker': {
			return {type: 'open-picker', entity: 'source'};
		}

		case 'clear-filters': {
			return {type: 'clear-filters'};
		}

		case 'toggle-choice': {
			const picker = state.overlay.type === 'picker' ? state.overlay.picker : undefined;
			return {type: 'picker', action: {type: 'toggle', id: picker ? pickerItems(index, picker)[picker.cursor]?.id : undefined}};
		}

		case 'apply-choice': {
			return {type: 'apply-picker'};
		}

		case 'open-map': {
			return {type: 'open-map'};
		}

		default: {
			// The briefing's own commands are carried out by useBriefing, the map's by useMapKeys.
			return undefined;
		}
	}
}
