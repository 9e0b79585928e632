import type {Filters} from '../../core/filters.js';
import {lastScroll} from './layout.js';
import {editField, emptyField, fieldOf, type EditAction, type TextField} from './line-editor.js';
import {scrollPreview, type Preview} from './preview-state.js';
import {recall, remember, type QueryHistory} from './query-recall.js';
import {openPage, readingReducer, type DetailPage, type ReaderPage, type ReadingAction} from './reading-state.js';
import {clamp, openPicker, pickerChoice, pickerReducer, type PickerAction, type PickerEntity, type PickerState} from './picker-state.js';
import {cycleTab, tabFor, type TabId} from './tabs.js';

/**
 * The whole interactive state, changed only through `appReducer`. What can be
 * derived from it (results, counts, the selected record) is derived, not stored.
 */
export type AppState = {
	query: TextField;
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
	/** What is on screen, as the view last reported it: moves clamp to it. */
	shown: Shown;
	/** How far the split view's preview is scrolled, and for which record. */
	preview: Preview;
	/** Earlier queries, oldest first, and where Alt-↑/↓ is in them (null: at the query being typed). */
	history: QueryHistory;
};

/** The sizes and ids on screen that keys act on, reported by the view after each frame. */
export type Shown = {
	results: number;
	/** The record under the selection. */
	selectedId: string | null;
	/** The picker's rows, in order. */
	choiceIds: string[];
	pins: number;
	/** Which page is open ('help', or the full-screen record's id), its lines, and how many fit. */
	page: string | null;
	pageLines: number;
	pageRoom: number;
	/** The results either side of the selection, for ] and [ in a detail. */
	previousResultId: string | null;
	nextResultId: string | null;
	/** The preview's lines and how many fit in its pane. */
	previewLines: number;
	previewRoom: number;
};

/** What covers the list; each overlay remembers what it covers, so closing it returns there. */
export type Overlay =
	| {type: 'none'}
	| {type: 'help'; scroll: number; previous: Overlay}
	| (DetailPage & {previous: Overlay})
	| (ReaderPage & {previous: Overlay})
	| {type: 'picker'; picker: PickerState}
	| {type: 'briefing'; cursor: number; previous: Overlay}
	| {type: 'note'; recordId: string; draft: TextField; previous: Overlay}
	| {type: 'map'; previous: Overlay};

export type AppAction =
	| {type: 'edit-query'; edit: EditAction}
	| {type: 'focus-query'}
	| {type: 'focus-list'}
	| {type: 'history'; step: -1 | 1}
	| {type: 'remember-query'}
	| {type: 'move'; by: number}
	| {type: 'move-to'; position: 'first' | 'last'}
	| {type: 'cycle-tab'; step: 1 | -1}
	| {type: 'open-detail'; recordId: string}
	| {type: 'open-reader'; sourceId: string; recordId: string; scroll: number}
	| {type: 'reading'; action: ReadingAction}
	| {type: 'scroll-preview'; by: number; recordId: string}
	| {type: 'scroll'; by: number}
	| {type: 'open-help'}
	| {type: 'close-overlay'}
	| {type: 'open-picker'; entity: PickerEntity}
	| {type: 'picker'; action: PickerAction}
	| {type: 'apply-picker'}
	| {type: 'clear-filters'}
	| {type: 'open-briefing'}
	| {type: 'move-briefing-cursor'; by: number}
	| {type: 'open-note'; recordId: string; draft: string}
	| {type: 'edit-note'; edit: EditAction}
	| {type: 'notify'; notice: string | null}
	| {type: 'shown'; shown: Shown}
	| {type: 'open-map'};

export const initialState: AppState = {
	query: emptyField,
	focus: 'query',
	tab: 'all',
	selected: 0,
	actorIds: [],
	locationIds: [],
	sourceIds: [],
	overlay: {type: 'none'},
	notice: null,
	shown: {results: 0, selectedId: null, choiceIds: [], pins: 0, page: null, pageLines: 0, pageRoom: 1, previousResultId: null, nextResultId: null, previewLines: 0, previewRoom: 1},
	preview: {recordId: null, scroll: 0},
	history: {entries: [], at: null, draft: ''},
};

type FilterIds = Pick<AppState, 'actorIds' | 'locationIds' | 'sourceIds'>;

/** Where each picker keeps its choice. */
export const chosenIdsOf = {actor: 'actorIds', location: 'locationIds', source: 'sourceIds'} as const satisfies Record<PickerEntity, keyof FilterIds>;


/** The state the app opens in: `brief --actor peskov --kind quote` opens on Peskov's quotes. */
export function startingState({kinds = [], actorIds = [], locationIds = [], sourceIds = []}: Filters = {}, history: string[] = []): AppState {
	return {...initialState, tab: tabFor(kinds), actorIds, locationIds, sourceIds, history: {entries: history, at: null, draft: ''}};
}

export function appReducer(state: AppState, action: AppAction): AppState {
	// A notice lasts until the next thing the user does.
	const quiet = action.type === 'notify' || action.type === 'shown' || state.notice === null;
	return reduce(quiet ? state : {...state, notice: null}, action);
}

function reduce(state: AppState, action: AppAction): AppState {
	switch (action.type) {
		case 'edit-query': {
			const query = editField(state.query, action.edit);
			return query.text === state.query.text ? {...state, query} : {...state, query, selected: 0, history: {...state.history, at: null}};
		}

		case 'focus-query': {
			return {...state, focus: 'query', overlay: {type: 'none'}};
		}

		case 'focus-list': {
			return {...state, focus: 'list'};
		}

		case 'history': {
			const recalled = recall(state.query, state.history, action.step);
			return recalled ? {...state, ...recalled, selected: 0} : state;
		}

		case 'remember-query': {
			return {...state, history: remember(state.history, state.query.text.trim())};
		}

		case 'move': {
			return {...state, selected: clamp(state.selected + action.by, state.shown.results)};
		}

		case 'move-to': {
			return {...state, selected: action.position === 'first' ? 0 : clamp(state.shown.results - 1, state.shown.results)};
		}

		case 'cycle-tab': {
			return {...state, tab: cycleTab(state.tab, action.step), selected: 0};
		}

		case 'open-detail': {
			return {...state, overlay: {...openPage({view: 'detail', recordId: action.recordId, scroll: 0}), previous: state.overlay}};
		}

		case 'open-reader': {
			const {overlay} = state;
			const to = {view: 'reader', sourceId: action.sourceId, recordId: action.recordId, scroll: action.scroll} as const;
			// From a detail the reader is a visit (back returns there); from elsewhere it opens afresh.
			return {...state, overlay: overlay.type === 'detail' ? {...readingReducer(overlay, {type: 'visit', to}), previous: overlay.previous} : {...openPage(to), previous: overlay}};
		}

		case 'reading': {
			const {overlay} = state;
			return overlay.type === 'detail' || overlay.type === 'reader' ? {...state, overlay: {...readingReducer(overlay, action.action), previous: overlay.previous}} : state;
		}

		case 'scroll-preview': {
			return {...state, preview: scrollPreview(state.preview, action, state.shown)};
		}

		case 'scroll': {
			const {overlay} = state;
			if (overlay.type !== 'detail' && overlay.type !== 'reader' && overlay.type !== 'help') {
				return state;
			}

			// A key can come before the frame of the page it scrolls: then the view clamps, and the next report of what is shown.
			return {...state, overlay: {...overlay, scroll: Math.max(0, Math.min(overlay.scroll + action.by, mostScroll(state.shown, overlay)))}};
		}

		case 'open-help': {
			return {...state, overlay: {type: 'help', scroll: 0, previous: state.overlay}};
		}

		case 'close-overlay': {
			const {overlay} = state;
			return {...state, overlay: 'previous' in overlay ? overlay.previous : {type: 'none'}};
		}

		case 'open-picker': {
			const chosen = state[chosenIdsOf[action.entity]];
			return {...state, overlay: {type: 'picker', picker: openPicker(action.entity, chosen)}};
		}

		case 'picker': {
			if (state.overlay.type !== 'picker') {
				return state;
			}

			return {...state, overlay: {type: 'picker', picker: pickerReducer(state.overlay.picker, action.action, state.shown.choiceIds)}};
		}

		case 'apply-picker': {
			if (state.overlay.type !== 'picker') {
				return state;
			}

			const {picker} = state.overlay;
			return {...state, [chosenIdsOf[picker.entity]]: pickerChoice(picker, state.shown.choiceIds), overlay: {type: 'none'}, selected: 0};
		}

		case 'clear-filters': {
			return {...state, actorIds: [], locationIds: [], sourceIds: [], selected: 0};
		}

		case 'open-briefing': {
			return state.overlay.type === 'briefing' ? state : {...state, overlay: {type: 'briefing', cursor: 0, previous: state.overlay}};
		}

		case 'move-briefing-cursor': {
			if (state.overlay.type !== 'briefing') {
				return state;
			}

			return {...state, overlay: {...state.overlay, cursor: clamp(state.overlay.cursor + action.by, state.shown.pins)}};
		}

		case 'open-note': {
			return {...state, overlay: {type: 'note', recordId: action.recordId, draft: fieldOf(action.draft), previous: state.overlay}};
		}

		case 'edit-note': {
			if (state.overlay.type !== 'note') {
				return state;
			}

			return {...state, overlay: {...state.overlay, draft: editField(state.overlay.draft, action.edit)}};
		}

		case 'notify': {
			return {...state, notice: action.notice};
		}

		case 'open-map': {
			return {...state, overlay: {type: 'map', previous: state.overlay}};
		}

		case 'shown': {
			const shown = {...action.shown};
			// Keep positions inside what is shown now: results and pins change under them.
			const selected = clamp(state.selected, shown.results);
			return {...state, shown, selected, overlay: clampOverlay(state.overlay, shown)};
		}
	}
}

/** The page an overlay shows, as `Shown.page` names it. */
export function pageOf(overlay: Overlay): string | null {
	return overlay.type === 'help' ? 'help' : overlay.type === 'detail' ? overlay.recordId : overlay.type === 'reader' ? `reader:${overlay.sourceId}` : null;
}

function mostScroll(shown: Shown, overlay: Overlay): number {
	return shown.page !== null && shown.page === pageOf(overlay) ? lastScroll(shown.pageLines, shown.pageRoom) : Infinity;
}

function clampOverlay(overlay: Overlay, shown: Shown): Overlay {
	switch (overlay.type) {
		case 'briefing': {
			return {...overlay, cursor: clamp(overlay.cursor, shown.pins)};
		}

		case 'help':
		case 'detail':
		case 'reader': {
			return {...overlay, scroll: Math.min(overlay.scroll, mostScroll(shown, overlay))};
		}

		case 'picker': {
			return {...overlay, picker: {...overlay.picker, cursor: clamp(overlay.picker.cursor, shown.choiceIds.length)}};
		}

		default: {
			return overlay;
		}
	}
}
