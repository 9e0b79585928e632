import {useMemo} from 'react';
import {recordDetail} from '../../core/detail.js';
import type {BriefRecord, CorpusIndex} from '../../core/records.js';
import {detailLines} from '../layout/detail-lines.js';
import {helpLines} from '../layout/help-lines.js';
import type {Line} from '../layout/segments.js';
import type {AppState} from '../state/app-state.js';
import {innerWidth, listWindow, type Layout} from '../state/layout.js';
import {countByTab, pickerItems, resultsFor, selectedRecord, withRanges, type PickerItem, type TabCounts} from '../state/results.js';
import type {SearchHit} from '../../core/search.js';
import {useSearchSettled} from './use-search-settled.js';

/** Everything the screen shows that follows from the state: computed here, memoised, drawn by components. */
export type AppView = {
	counts: TabCounts;
	visible: SearchHit[];
	selected: BriefRecord | null;
	/** The selected record's detail, laid out for the detail pane or the full-screen page. */
	detail: Line[];
	/** The help page or the full-screen detail, when one is open. */
	page: Line[];
	pickerItems: PickerItem[];
	/** A search is still running: the results shown are for an earlier query. */
	searching: boolean;
};

const compactBelowRows = 16;

export function useAppView(index: CorpusIndex, state: AppState, layout: Layout): AppView {
	const {query, actorIds, locationIds, sourceIds, tab, overlay} = state;
	const settled = useSearchSettled(index);
	// `settled` changes when a search that went on in the background has its results.
	const {hits, visible: found, query: answered, searching} = useMemo(() => resultsFor(index, {query, actorIds, locationIds, sourceIds, tab}), [index, query, actorIds, locationIds, sourceIds, tab, settled]);
	const counts = useMemo(() => countByTab(hits), [hits]);
	const selected = found[state.selected]?.record ?? null;
	const {start, end} = listWindow(state.selected, found.length, layout.pageSize);
	// Highlights follow the query the hits answer: while a search runs, the last results stay on screen as they were drawn.
	const visible = useMemo(() => withRanges(index, answered, found, start, end), [index, answered, found, start, end]);

	const fullScreen = overlay.type === 'detail';
	const {width, compact} = detailShape(layout, fullScreen);
	const detail = useMemo(() => detailOf(index, selected, width, compact, fullScreen), [index, selected, width, compact, fullScreen]);
	const help = useMemo(() => (overlay.type === 'help' ? helpLines(innerWidth(layout.columns)) : []), [overlay.type, layout.columns]);
	const picker = overlay.type === 'picker' ? overlay.picker : null;
	const items = useMemo(() => (picker ? pickerItems(index, picker) : []), [index, picker]);

	return {counts, visible, selected, detail, page: overlay.type === 'help' ? help : detail, pickerItems: items, searching};
}

/** How wide the detail is laid out; a short pane puts the passage in its paragraph first, so it shows even at 20 rows. */
function detailShape(layout: Layout, fullScreen: boolean): {width: number; compact: boolean} {
	return {
		width: innerWidth(fullScreen ? layout.columns : layout.detail.width),
		compact: !fullScreen && layout.detail.height < compactBelowRows,
	};
}

/** The selected record's detail: beside the list, a couple of lines of each neighbouring paragraph; full-screen, all of them. */
function detailOf(index: CorpusIndex, selected: BriefRecord | null, width: number, compact: boolean, fullScreen: boolean): Line[] {
	return selected ? detailLines(recordDetail(index, selected), selected, width, {neighbourLines: fullScreen ? Infinity : 2, compact}) : [];
}

/**
 * How many lines the help page or the full-screen detail has in this state:
 * for keys that scroll, which may come before the frame of the key that
 * opened the page.
 */
export function pageLineCount(index: CorpusIndex, state: AppState, layout: Layout): number {
	if (state.overlay.type === 'help') {
		return helpLines(innerWidth(layout.columns)).length;
	}

	if (state.overlay.type !== 'detail') {
		return 0;
	}

	const {width, compact} = detailShape(layout, true);
	return detailOf(index, selectedRecord(index, state), width, compact, true).length;
}
