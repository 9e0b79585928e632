import {editField, emptyField, type EditAction, type TextField} from './line-editor.js';

/** The actor, place or source picker: a filterable, multi-choice list. */
export type PickerEntity = 'actor' | 'location' | 'source';

export type PickerState = {
	entity: PickerEntity;
	query: TextField;
	/** Position in the filtered list. */
	cursor: number;
	/** Chosen ids, kept in the order they were chosen. */
	chosen: string[];
	/** The choice when the picker opened: Enter with nothing ticked since adds the highlighted row to it. */
	initial: string[];
};

/** What a picker does; moves and toggles act on the list on screen, whose ids the view reports. */
export type PickerAction = {type: 'edit'; edit: EditAction} | {type: 'move'; by: number} | {type: 'toggle'};

export function openPicker(entity: PickerEntity, chosen: string[]): PickerState {
	return {entity, query: emptyField, cursor: 0, chosen, initial: chosen};
}

export function pickerReducer(state: PickerState, action: PickerAction, shownIds: readonly string[]): PickerState {
	switch (action.type) {
		case 'edit': {
			const query = editField(state.query, action.edit);
			return query.text === state.query.text ? {...state, query} : {...state, query, cursor: 0};
		}

		case 'move': {
			return {...state, cursor: clamp(state.cursor + action.by, shownIds.length)};
		}

		case 'toggle': {
			const id = shownIds[state.cursor];
			if (id === undefined) {
				return state;
			}

			const chosen = state.chosen.includes(id) ? state.chosen.filter(other => other !== id) : [...state.chosen, id];
			// Like fzf's Tab: tick, then on to the next row.
			return {...state, chosen, cursor: clamp(state.cursor + 1, shownIds.length)};
		}
	}
}

/** What Enter applies: the ticked rows, or with nothing ticked or unticked since opening, the highlighted one too (as fzf). */
export function pickerChoice(state: PickerState, shownIds: readonly string[]): string[] {
	const highlighted = shownIds[state.cursor];
	if (arraysDiffer(state.chosen, state.initial) || highlighted === undefined || state.chosen.includes(highlighted)) {
		return state.chosen;
	}

	return [...state.chosen, highlighted];
}

function arraysDiffer(a: readonly string[], b: readonly string[]): boolean {
	return a.length !== b.length || a.some((id, position) => id !== b[position]);
}

/** Keep a position within a list of `total` items (0 when empty). */
export function clamp(position: number, total: number): number {
	return Math.max(0, Math.min(position, total - 1));
}
