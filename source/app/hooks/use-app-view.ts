import {useMemo} from 'react';
import {recordDetail} from '../../core/detail.js';
import type {BriefRecord, CorpusIndex} from '../../core/records.js';
import type {Location} from '../../core/schema.js';
import type {SearchHit} from '../../core/search.js';
import {detailLines} from '../layout/detail-lines.js';
import type {KeyContext} from '../keys/bindings.js';
import {helpLines} from '../layout/help-lines.js';
import type {PageScreen, Screens} from '../layout/page-screens.js';
import type {Line} from '../layout/segments.js';
import type {AppState} from '../state/app-state.js';
import {innerWidth, listWindow, type Layout} from '../state/layout.js';
import type {SearchSnapshot} from '../state/live-search.js';
import {countByTab, hitsInTab, pickerItems, withRanges, type PickerItem, type TabCounts} from '../state/results.js';

/** Everything the screen shows that follows from the state: computed here, memoised, drawn by components. */
export type AppView = {
	counts: TabCounts;
	visible: SearchHit[];
	/** The selection, kept inside the results. */
	selectedPosition: number;
	selected: BriefRecord | null;
	/** The selected record's detail, laid out for the detail pane (beside the locator, when there is one). */
	detail: Line[];
	/** The place the preview draws a locator map of, beside its text: a place's, where the pane has room. */
	locatorPlace: Location | null;
	/** The help page or the full-screen record or article, when one is open. */
	page: Line[];
	/** The full-screen record or article laid out, with its links and marks. */
	screen: PageScreen | null;
	/** The results either side of the selection. */
	previousResultId: string | null;
	nextResultId: string | null;
	pickerItems: PickerItem[];
	/** A search is still running: the results shown are for an earlier query. */
	searching: boolean;
};

const compactBelowRows = 16;

/** The preview's locator map of a place, in cells, and the narrowest pane (inside its border) that has room for it beside the text. */
export const previewLocator = {columns: 24, rows: 10, fromColumns: 60};

/** `canDrawMaps`: the map's code is there to load (a build has it; a test may not). */
export function useAppView(index: CorpusIndex, state: AppState, layout: Layout, results: SearchSnapshot, screens: Screens, canDrawMaps = false): AppView {
	const {tab, overlay} = state;
	const {hits, query: answered, searching} = results;
	const found = useMemo(() => hitsInTab(hits, tab), [hits, tab]);
	const counts = useMemo(() => countByTab(hits), [hits]);
	const selectedPosition = Math.max(0, Math.min(state.selected, found.length - 1));
	const selected = found[selectedPosition]?.record ?? null;
	const {start, end} = listWindow(selectedPosition, found.length, layout.pageSize);
	// Highlights follow the query the hits answer: while a search runs, the last results stay on screen as they were drawn.
	const visible = useMemo(() => withRanges(index, answered, found, start, end), [index, answered, found, start, end]);

	const paneWidth = innerWidth(layout.detail.width);
	const compact = layout.detail.height < compactBelowRows;
	const locatorPlace = canDrawMaps && selected?.kind === 'location' && paneWidth >= previewLocator.fromColumns && layout.detail.height > previewLocator.rows ? selected.location : null;
	const textWidth = locatorPlace ? paneWidth - previewLocator.columns - 1 : paneWidth;
	const detail = useMemo(() => (selected ? detailLines(recordDetail(index, selected), selected, textWidth, {neighbourLines: 2, compact}) : []), [index, selected, textWidth, compact]);
	const fullWidth = innerWidth(layout.columns);
	const screen = overlay.type === 'detail' || overlay.type === 'reader' ? screens.screenOf(overlay) : null;
	const openedFrom: KeyContext = overlay.type === 'help' ? (overlay.previous.type === 'none' ? state.focus : overlay.previous.type) : 'query';
	const help = useMemo(() => (overlay.type === 'help' ? helpLines(fullWidth, openedFrom) : []), [overlay.type, fullWidth, openedFrom]);
	const picker = overlay.type === 'picker' ? overlay.picker : null;
	const items = useMemo(() => (picker ? pickerItems(index, picker) : []), [index, picker]);

	const previousResultId = found[selectedPosition - 1]?.record.id ?? null;
	const nextResultId = found[selectedPosition + 1]?.record.id ?? null;
	return {counts, visible, selectedPosition, selected, detail, locatorPlace, page: overlay.type === 'help' ? help : screen?.lines ?? [], screen, previousResultId, nextResultId, pickerItems: items, searching};
}
