import {useMemo} from 'react';
import {recordDetail} from '../../core/detail.js';
import type {BriefRecord, CorpusIndex} from '../../core/records.js';
import {detailLines} from '../layout/detail-lines.js';
import {helpLines} from '../layout/help-lines.js';
import type {Line} from '../layout/segments.js';
import type {AppState} from '../state/app-state.js';
import {innerWidth, listWindow, type Layout} from '../state/layout.js';
import {countByTab, pickerItems, resultsFor, withRanges, type PickerItem, type TabCounts} from '../state/results.js';
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
	const detailWidth = innerWidth(fullScreen ? layout.columns : layout.detail.width);
	// Beside the list, a couple of lines of each neighbouring paragraph; full-screen, all of them.
	// A short pane puts the passage in its paragraph first, so it shows even at 20 rows.
	const neighbourLines = fullScreen ? Infinity : 2;
	const compact = !fullScreen && layout.detail.height < compactBelowRows;
	const detail = useMemo(
		() => (selected ? detailLines(recordDetail(index, selected), selected, detailWidth, {neighbourLines, compact}) : []),
		[index, selected, detailWidth, neighbourLines, compact],
	);
	const help = useMemo(() => (overlay.type === 'help' ? helpLines(innerWidth(layout.columns)) : []), [overlay.type, layout.columns]);
	const picker = overlay.type === 'picker' ? overlay.picker : null;
	const items = useMemo(() => (picker ? pickerItems(index, picker) : []), [index, picker]);

	return {counts, visible, selected, detail, page: overlay.type === 'help' ? help : detail, pickerItems: items, searching};
}
