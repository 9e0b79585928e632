/** The actor, place or source picker: a filterable, multi-choice list. */
export type PickerEntity = 'actor' | 'location' | 'source';

export type PickerState = {
	entity: PickerEntity;
	query: string;
	/** Position in the filtered list. */
	cursor: number;
	/** Chosen ids, kept in the order they were chosen. */
	chosen: string[];
};

export type PickerAction =
	| {type: 'type'; text: string}
	| {type: 'delete-character'}
	| {type: 'clear-query'}
	| {type: 'move'; by: number; total: number}
	| {type: 'toggle'; id: string | undefined};

export function openPicker(entity: PickerEntity, chosen: string[]): PickerState {
	return {entity, query: '', cursor: 0, chosen};
}

export function pickerReducer(state: PickerState, action: PickerAction): PickerState {
	switch (action.type) {
		case 'type': {
			return {...state, query: state.query + action.text, cursor: 0};
		}

		case 'delete-character': {
			return {...state, query: [...state.query].slice(0, -1).join(''), cursor: 0};
		}

		case 'clear-query': {
			return {...state, query: '', cursor: 0};
		}

		case 'move': {
			return {...state, cursor: clamp(state.cursor + action.by, action.total)};
		}

		case 'toggle': {
			if (action.id === undefined) {
				return state;
			}

			const chosen = state.chosen.includes(action.id) ? state.chosen.filter(id => id !== action.id) : [...state.chosen, action.id];
			return {...state, chosen};
		}
	}
}

/** Keep a position within a list of `total` items (0 when empty). */
export function clamp(position: number, total: number): number {
	return Math.max(0, Math.min(position, total - 1));
}
