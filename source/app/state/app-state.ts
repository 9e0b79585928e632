import type {Filters} from '../../core/filters.js';
import {clamp, openPicker, pickerReducer, type PickerAction, type PickerEntity, type PickerState} from './picker-state.js';
import {cycleTab, tabFor, type TabId} from './tabs.js';

/**
 * The whole interactive state, changed only through `appReducer`. What can be
 * derived from it (results, counts, the selected record) is derived, not stored.
 */
export type AppState = {
	query: string;
	/** Where typing goes: the query line, or the list (keys are commands). */
	focus: 'query' | 'list';
	tab: TabId;
	/** Position of the selection within the visible results. */
	selected: number;
	actorIds: string[];
	locationIds: string[];
	sourceIds: string[];
	overlay: Overlay;
	/** A one-line message for the footer: what was exported, copied, or went wrong. */
	notice: string | null;
};

/** What covers the list: nothing, a scrollable page (the help or a record's full detail), or a picker. */
export type Overlay =
	| {type: 'none'}
	| {type: 'help' | 'detail'; scroll: number}
	| {type: 'picker'; picker: PickerState}
	| {type: 'briefing'; cursor: number}
	| {type: 'note'; recordId: string; draft: string; previous: Overlay}
	| {type: 'map'};

export type AppAction =
	| {type: 'type'; text: string}
	| {type: 'delete-character'}
	| {type: 'clear-query'}
	| {type: 'focus-query'}
	| {type: 'focus-list'}
	| {type: 'move'; by: number; total: number}
	| {type: 'move-to'; position: 'first' | 'last'; total: number}
	| {type: 'cycle-tab'; step: 1 | -1}
	| {type: 'open-detail'}
	| {type: 'scroll'; by: number; max: number}
	| {type: 'open-help'}
	| {type: 'close-overlay'}
	| {type: 'open-picker'; entity: PickerEntity}
	| {type: 'picker'; action: PickerAction}
	| {type: 'apply-picker'}
	| {type: 'clear-filters'}
	| {type: 'open-briefing'}
	| {type: 'move-briefing-cursor'; by: number; total: number}
	| {type: 'open-note'; recordId: string; draft: string}
	| {type: 'edit-note'; edit: 'type' | 'delete-character' | 'clear'; text?: string}
	| {type: 'close-note'}
	| {type: 'notify'; notice: string | null}
	| {type: 'open-map'};

export const initialState: AppState = {
	query: '',
	focus: 'query',
	tab: 'all',
	selected: 0,
	actorIds: [],
	locationIds: [],
	sourceIds: [],
	overlay: {type: 'none'},
	notice: null,
};

type FilterIds = Pick<AppState, 'actorIds' | 'locationIds' | 'sourceIds'>;

/** Where each picker keeps its choice. */
const chosenIdsOf = {actor: 'actorIds', location: 'locationIds', source: 'sourceIds'} as const satisfies Record<PickerEntity, keyof FilterIds>;

/** The state the app opens in: `brief --actor peskov --kind quote` opens on Peskov's quotes. */
export function startingState({kinds = [], actorIds = [], locationIds = [], sourceIds = []}: Filters = {}): AppState {
	return {...initialState, tab: tabFor(kinds), actorIds, locationIds, sourceIds};
}

export function appReducer(state: AppState, action: AppAction): AppState {
	// A notice lasts until the next thing the user does.
	const next = action.type === 'notify' ? state : state.notice === null ? state : {...state, notice: null};
	return reduce(next, action);
}

function reduce(state: AppState, action: AppAction): AppState {
	switch (action.type) {
		case 'type': {
			return {...state, query: state.query + action.text, selected: 0};
		}

		case 'delete-character': {
			return {...state, query: [...state.query].slice(0, -1).join(''), selected: 0};
		}

		case 'clear-query': {
			return {...state, query: '', selected: 0};
		}

		case 'focus-query': {
			return {...state, focus: 'query'};
		}

		case 'focus-list': {
			return {...state, focus: 'list'};
		}

		case 'move': {
			return {...state, selected: clamp(state.selected + action.by, action.total)};
		}

		case 'move-to': {
			return {...state, selected: action.position === 'first' ? 0 : clamp(action.total - 1, action.total)};
		}

		case 'cycle-tab': {
			return {...state, tab: cycleTab(state.tab, action.step), selected: 0};
		}

		case 'open-detail': {
			return {...state, overlay: {type: 'detail', scroll: 0}};
		}

		case 'scroll': {
			const {overlay} = state;
			if (overlay.type !== 'detail' && overlay.type !== 'help') {
				return state;
			}

			return {...state, overlay: {type: overlay.type, scroll: Math.max(0, Math.min(overlay.scroll + action.by, action.max))}};
		}

		case 'open-help': {
			return {...state, overlay: {type: 'help', scroll: 0}};
		}

		case 'close-overlay': {
			return {...state, overlay: {type: 'none'}};
		}

		case 'open-picker': {
			const chosen = state[chosenIdsOf[action.entity]];
			return {...state, overlay: {type: 'picker', picker: openPicker(action.entity, chosen)}};
		}

		case 'picker': {
			if (state.overlay.type !== 'picker') {
				return state;
			}

			return {...state, overlay: {type: 'picker', picker: pickerReducer(state.overlay.picker, action.action)}};
		}

		case 'apply-picker': {
			if (state.overlay.type !== 'picker') {
				return state;
			}

			const {entity, chosen} = state.overlay.picker;
			return {...state, [chosenIdsOf[entity]]: chosen, overlay: {type: 'none'}, selected: 0};
		}

		case 'clear-filters': {
			return {...state, actorIds: [], locationIds: [], sourceIds: [], selected: 0};
		}

		case 'open-briefing': {
			return {...state, overlay: {type: 'briefing', cursor: 0}};
		}

		case 'move-briefing-cursor': {
			if (state.overlay.type !== 'briefing') {
				return state;
			}

			return {...state, overlay: {type: 'briefing', cursor: clamp(state.overlay.cursor + action.by, action.total)}};
		}

		case 'open-note': {
			return {...state, overlay: {type: 'note', recordId: action.recordId, draft: action.draft, previous: state.overlay}};
		}

		case 'close-note': {
			return state.overlay.type === 'note' ? {...state, overlay: state.overlay.previous} : state;
		}

		case 'edit-note': {
			if (state.overlay.type !== 'note') {
				return state;
			}

			const {draft} = state.overlay;
			const edited = action.edit === 'type' ? draft + (action.text ?? '') : action.edit === 'clear' ? '' : [...draft].slice(0, -1).join('');
			return {...state, overlay: {...state.overlay, draft: edited}};
		}

		case 'notify': {
			return {...state, notice: action.notice};
		}

		case 'open-map': {
			return {...state, overlay: {type: 'map'}};
		}
	}
}
