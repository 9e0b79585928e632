import {useMemo} from 'react';
import {recordDetail} from '../../core/detail.js';
import type {BriefRecord, CorpusIndex} from '../../core/records.js';
import type {SearchHit} from '../../core/search.js';
import {detailLines} from '../layout/detail-lines.js';
import type {KeyContext} from '../keys/bindings.js';
import {helpLines} from '../layout/help-lines.js';
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
	/** The selected record's detail, laid out for the detail pane. */
	detail: Line[];
	/** The help page or the full-screen record, when one is open. */
	page: Line[];
	pickerItems: PickerItem[];
	/** A search is still running: the results shown are for an earlier query. */
	searching: boolean;
};

const compactBelowRows = 16;

export function useAppView(index: CorpusIndex, state: AppState, layout: Layout, results: SearchSnapshot): AppView {
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
	const detail = useMemo(() => (selected ? detailLines(recordDetail(index, selected), selected, paneWidth, {neighbourLines: 2, compact}) : []), [index, selected, paneWidth, compact]);
	const fullRecord = overlay.type === 'detail' ? index.byId.get(overlay.recordId) ?? null : null;
	const fullWidth = innerWidth(layout.columns);
	const full = useMemo(() => (fullRecord ? detailLines(recordDetail(index, fullRecord), fullRecord, fullWidth) : []), [index, fullRecord, fullWidth]);
	const openedFrom: KeyContext = overlay.type === 'help' ? (overlay.previous.type === 'none' ? state.focus : overlay.previous.type) : 'query';
	const help = useMemo(() => (overlay.type === 'help' ? helpLines(fullWidth, openedFrom) : []), [overlay.type, fullWidth, openedFrom]);
	const picker = overlay.type === 'picker' ? overlay.picker : null;
	const items = useMemo(() => (picker ? pickerItems(index, picker) : []), [index, picker]);

	return {counts, visible, selectedPosition, selected, detail, page: overlay.type === 'help' ? help : full, pickerItems: items, searching};
}
