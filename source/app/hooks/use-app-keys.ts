import {useApp, useInput} from 'ink';
import type {Dispatch} from 'react';
import {commandFor, typedText, type Command, type KeyContext} from '../keys/bindings.js';
import type {AppAction, AppState} from '../state/app-state.js';
import type {Layout} from '../state/layout.js';
import type {AppView} from './use-app-view.js';

export function keyContext(state: AppState): KeyContext {
	return state.overlay.type === 'none' ? state.focus : state.overlay.type;
}

/** Map key presses to actions through the bindings table; typing goes to the query or the picker's filter. */
export function useAppKeys(state: AppState, dispatch: Dispatch<AppAction>, view: AppView, layout: Layout, isActive: boolean) {
	const {exit} = useApp();

	useInput(
		(input, key) => {
			const context = keyContext(state);
			const command = commandFor(context, input, key);
			if (command) {
				const action = actionFor(command, context, state, view, layout);
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
			}
		},
		{isActive},
	);
}

/** What a command does where it was pressed. */
function actionFor(command: Command, context: KeyContext, state: AppState, view: AppView, layout: Layout): AppAction | 'quit' | undefined {
	const total = context === 'picker' ? view.pickerItems.length : view.visible.length;
	const scrolling = context === 'detail' || context === 'help';
	const page = scrolling ? layout.fullDetailHeight : layout.pageSize;
	const move = (by: number): AppAction => {
		if (scrolling) {
			return {type: 'scroll', by, max: Math.max(0, view.page.length - layout.fullDetailHeight)};
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
			return scrolling ? move(-Infinity) : {type: 'move-to', position: 'first', total};
		}

		case 'last': {
			return scrolling ? move(Infinity) : {type: 'move-to', position: 'last', total};
		}

		case 'focus-query': {
			return {type: 'focus-query'};
		}

		case 'leave-query': {
			return {type: 'focus-list'};
		}

		case 'clear-query': {
			return context === 'picker' ? {type: 'picker', action: {type: 'clear-query'}} : {type: 'clear-query'};
		}

		case 'delete-character': {
			return context === 'picker' ? {type: 'picker', action: {type: 'delete-character'}} : {type: 'delete-character'};
		}

		case 'next-tab': {
			return {type: 'cycle-tab', step: 1};
		}

		case 'previous-tab': {
			return {type: 'cycle-tab', step: -1};
		}

		case 'open-detail': {
			return view.selected ? {type: 'open-detail'} : undefined;
		}

		case 'back': {
			return {type: 'close-overlay'};
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

		case 'clear-filters': {
			return {type: 'clear-filters'};
		}

		case 'toggle-choice': {
			const picker = state.overlay.type === 'picker' ? state.overlay.picker : undefined;
			return {type: 'picker', action: {type: 'toggle', id: picker ? view.pickerItems[picker.cursor]?.id : undefined}};
		}

		case 'apply-choice': {
			return {type: 'apply-picker'};
		}
	}
}
