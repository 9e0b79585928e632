import {Box, Text} from 'ink';
import {useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState} from 'react';
import type {Filters} from '../core/filters.js';
import type {BriefRecord, CorpusIndex} from '../core/records.js';
import {sanitizeLine} from '../core/sanitize.js';
import type {BriefingService} from '../store/briefing-service.js';
import type {CopyToClipboard} from './clipboard.js';
import {BriefingPane} from './components/briefing-pane.js';
import {EntityPicker} from './components/entity-picker.js';
import {FindLine} from './components/find-line.js';
import {Footer} from './components/footer.js';
import {Header} from './components/header.js';
import {KindTabs} from './components/kind-tabs.js';
import {MapLines, MapView} from './components/map-view.js';
import {NoteEditor} from './components/note-editor.js';
import {PageView} from './components/page-view.js';
import {QueryLine} from './components/query-line.js';
import {ResultsList} from './components/results-list.js';
import {previewLocator, useAppView} from './hooks/use-app-view.js';
import {useLatestReducer} from './hooks/use-latest-reducer.js';
import {useLiveSearch} from './hooks/use-live-search.js';
import {hasPlaceLocator, locatorOf, placeLocatorSize, placeLocatorWidth, useMap, useMapKit} from './hooks/use-map.js';
import {usePins} from './hooks/use-pins.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';
import {footerKeysFor, helpKeyFor, keyLabel, type KeyContext} from './keys/bindings.js';
import type {KeyDeps} from './keys/key-deps.js';
import type {ContextKeyHandler} from './keys/use-context-keys.js';
import {useListKeys} from './keys/use-list-keys.js';
import {useMapKeys} from './keys/use-map-keys.js';
import {useBriefingKeys} from './keys/use-briefing-keys.js';
import {useNoteKeys} from './keys/use-note-keys.js';
import {useDetailKeys} from './keys/use-detail-keys.js';
import {useFindKeys} from './keys/use-find-keys.js';
import {useHelpKeys} from './keys/use-page-keys.js';
import {useReaderKeys} from './keys/use-reader-keys.js';
import {usePickerKeys} from './keys/use-picker-keys.js';
import {useQueryKeys} from './keys/use-query-keys.js';
import type {Chip} from './layout/chips.js';
import {emptyMessage} from './layout/empty-message.js';
import {pageScreens} from './layout/page-screens.js';
import {readingView} from './layout/reading-view.js';
import {resultRow} from './layout/result-row.js';
import {appReducer, pageOf, startingState, type AppState, type Shown} from './state/app-state.js';
import {clampScroll, computeLayout, innerHeight, innerWidth, listWindow, minimumSize} from './state/layout.js';
import type {Wanted} from './state/live-search.js';
import type {LoadMap} from './state/map-state.js';
import {previewScroll} from './state/preview-state.js';
import {ColourContext} from './theme.js';

/** What the app is told when another process changes a file it shows. */
export type WatchFiles = (listener: (changed: 'store' | 'corpus') => void) => () => void;

/** The query history, kept between runs. */
export type QueryHistory = {entries: string[]; save(entries: string[]): void};

type Props = {
	index: CorpusIndex;
	colour: boolean;
	/** Pins and notes; without it the briefing keys say so. */
	briefing?: BriefingService;
	/** Puts text on the clipboard and says how it went. */
	copy?: CopyToClipboard;
	/** The filters given on the command line, applied at start. */
	filters?: Filters;
	history?: QueryHistory;
	/** Changes by other processes to the store and the corpus. */
	watch?: WatchFiles;
	/** Read the corpus again, after another process changed it. */
	reloadIndex?: () => CorpusIndex | undefined;
	/** The map's code, loaded when the map first opens (`m`). */
	loadMap?: LoadMap;
};

function wantedOf(state: AppState): Wanted {
	return {query: state.query.text, actorIds: state.actorIds, locationIds: state.locationIds, sourceIds: state.sourceIds};
}

export function keyContext(state: AppState): KeyContext {
	const {overlay} = state;
	if ((overlay.type === 'detail' || overlay.type === 'reader') && overlay.find?.editing) {
		return 'find';
	}

	return overlay.type === 'none' ? state.focus : overlay.type;
}

/** Said under a preview that goes on: how to see the rest. */
const previewHint = `${keyLabel('preview-down', 'list')} scrolls · ${keyLabel('open-detail', 'list')} reads it all`;

/** The interactive app: owns the state and the search, derives the view, and lays out components that only draw. */
export function App({index: firstIndex, colour, briefing: service, copy, filters, history, watch, reloadIndex, loadMap}: Props) {
	const [state, dispatch, latest] = useLatestReducer(appReducer, () => startingState(filters, history?.entries));
	// The corpus shown: replaced when another process changes it.
	const [index, setIndex] = useState(firstIndex);
	const {columns, rows} = useTerminalSize();
	const layout = computeLayout(columns, rows);
	const {live, results} = useLiveSearch(index, wantedOf(state));
	// A place's full-screen detail leaves room beside its text for a locator map, where the screen is wide enough and a map can be drawn.
	const locatorColumns = hasPlaceLocator(layout.columns, loadMap !== undefined) ? placeLocatorWidth : 0;
	const screens = useMemo(() => pageScreens(index, innerWidth(layout.columns), locatorColumns), [index, layout.columns, locatorColumns]);
	const view = useAppView(index, state, layout, results, screens, loadMap !== undefined);
	const pageLocatorPlace = view.screen?.locatorPlace ?? null;
	const mapKit = useMapKit(loadMap, state.overlay.type === 'map' || view.locatorPlace !== null || pageLocatorPlace !== null);
	// The preview's text, inside its border, above the line that says it goes on.
	const previewRoom = Math.max(layout.detail.height - 3, 1);
	const notify = useCallback((notice: string) => dispatch({type: 'notify', notice}), [dispatch]);
	const pins = usePins(index, service, notify);
	const context = keyContext(state);
	const bodyHeight = layout.list.height + (layout.mode === 'stacked' ? layout.detail.height : 0);
	// Inside the map's border, above its status line.
	const map = useMap({index, appState: state, hits: results.hits, selected: view.selected, columns: layout.columns - 2, rows: bodyHeight - 3, colour, map: mapKit});
	const locator = useMemo(() => (mapKit && view.locatorPlace ? locatorOf(mapKit, view.locatorPlace, previewLocator, colour) : null), [mapKit, view.locatorPlace, colour]);
	const pageLocatorRows = innerHeight(bodyHeight);
	const pageLocator = useMemo(() => (mapKit && pageLocatorPlace ? locatorOf(mapKit, pageLocatorPlace, placeLocatorSize(pageLocatorRows), colour) : null), [mapKit, pageLocatorPlace, pageLocatorRows, colour]);

	useReportShown(dispatch, {
		results: view.visible.length,
		selectedId: view.selected?.id ?? null,
		choiceIds: view.pickerItems.map(item => item.id),
		pins: pins.pins.length,
		page: pageOf(state.overlay),
		pageLines: view.page.length,
		pageRoom: layout.fullDetailHeight,
		previousResultId: view.previousResultId,
		nextResultId: view.nextResultId,
		previewLines: view.detail.length,
		previewRoom,
	});

	const {reload} = pins;
	useEffect(
		() =>
			watch?.(changed => {
				if (changed === 'store') {
					reload();
				} else {
					const next = reloadIndex?.();
					if (next) {
						setIndex(next);
					}
				}
			}),
		[watch, reload, reloadIndex, setIndex],
	);

	const router = useRef<Partial<Record<KeyContext, ContextKeyHandler>>>({});
	const deps: KeyDeps = {index, latest, dispatch, notify, pins, layout, screens, copy, saveHistory: entries => history?.save(entries), onKey: () => live.letFrameGoFirst(), afterKey: () => live.request(wantedOf(latest.current)), active: context, contextOf: keyContext, router};
	useQueryKeys(deps);
	useListKeys(deps);
	usePickerKeys(deps);
	useDetailKeys(deps);
	useReaderKeys(deps);
	useFindKeys(deps);
	useHelpKeys(deps);
	useBriefingKeys(deps);
	useNoteKeys(deps);
	useMapKeys(deps, map.keys);

	const listWidth = innerWidth(layout.list.width);
	const {start, end} = listWindow(view.selectedPosition, view.visible.length, layout.pageSize);
	const {pinnedIds} = pins;
	const resultRows = useMemo(() => view.visible.slice(start, end).map(hit => resultRow(hit, listWidth, pinnedIds.has(hit.record.id))), [view.visible, start, end, listWidth, pinnedIds]);
	const corpusCounts = useMemo(() => {
		const count = (kind: BriefRecord['kind']) => index.records.filter(record => record.kind === kind).length;
		return [
			{noun: 'quote', count: count('quote')},
			{noun: 'fact', count: count('fact')},
			{noun: 'place', count: index.locations.size},
			{noun: 'route', count: count('route')},
			{noun: 'actor', count: index.actors.size},
		].filter(({noun, count}) => noun !== 'route' || count > 0);
	}, [index]);
	const chips: Chip[] = [
		...state.actorIds.map(id => ({kind: 'actor' as const, name: index.actors.get(id)?.name ?? id})),
		...state.locationIds.map(id => ({kind: 'location' as const, name: index.locations.get(id)?.name ?? id})),
		...state.sourceIds.map(id => ({kind: 'source' as const, name: index.sources.get(id)?.title ?? id})),
	].map(chip => ({...chip, name: sanitizeLine(chip.name)}));

	if (columns < minimumSize.columns || rows < minimumSize.rows) {
		return (
			<Box flexDirection="column">
				<Text wrap="truncate-end">{`terminal too small — needs ${minimumSize.columns}×${minimumSize.rows}`}</Text>
				<Text dimColor wrap="truncate-end">{`now ${columns}×${rows} · Ctrl-C quits`}</Text>
			</Box>
		);
	}

	const {overlay} = state;
	let body;
	let status: string | undefined = view.searching ? 'searching…' : undefined;
	const page = overlay.type === 'detail' || overlay.type === 'reader' ? readingView(index, overlay, view.screen, screens, layout.fullDetailHeight) : null;
	const previewOverflows = view.detail.length > previewRoom + 1;
	if (page) {
		status = page.status;
		body = <PageView lines={page.lines} scroll={0} chosen={page.chosen} width={layout.columns} height={bodyHeight} aside={pageLocator && <MapLines lines={pageLocator.lines} />} />;
	} else if (overlay.type === 'help') {
		const room = layout.fullDetailHeight;
		const scroll = clampScroll(overlay.scroll, view.page.length, room);
		status = view.page.length > room ? `lines ${scroll + 1}–${Math.min(scroll + room, view.page.length)} of ${view.page.length}` : undefined;
		body = <PageView lines={view.page} scroll={scroll} width={layout.columns} height={bodyHeight} />;
	} else if (overlay.type === 'briefing') {
		const staleIds = new Set(pins.pins.filter(pin => !index.byId.has(pin.id)).map(pin => pin.id));
		body = <BriefingPane name={service?.name ?? 'default'} pins={pins.pins} staleIds={staleIds} cursor={Math.min(overlay.cursor, Math.max(0, pins.pins.length - 1))} width={layout.columns} height={bodyHeight} />;
	} else if (overlay.type === 'note') {
		const recordText = index.byId.get(overlay.recordId)?.text ?? pins.pins.find(pin => pin.id === overlay.recordId)?.text ?? '';
		body = <NoteEditor recordId={overlay.recordId} recordText={recordText} draft={overlay.draft} width={layout.columns} height={bodyHeight} />;
	} else if (overlay.type === 'map') {
		body = <MapView screen={map} width={layout.columns} height={bodyHeight} />;
	} else if (overlay.type === 'picker') {
		const total = overlay.picker.entity === 'actor' ? index.actors.size : overlay.picker.entity === 'location' ? index.locations.size : index.sources.size;
		body = <EntityPicker picker={overlay.picker} items={view.pickerItems} total={total} width={layout.columns} height={bodyHeight} />;
	} else {
		const filtered = state.actorIds.length + state.locationIds.length + state.sourceIds.length > 0;
		const empty = emptyMessage({tab: state.tab, counts: view.counts, query: state.query.text, focus: state.focus, filtered, searching: view.searching});
		body = (
			<Box flexDirection={layout.mode === 'split' ? 'row' : 'column'}>
				<ResultsList rows={resultRows} start={start} selected={view.selectedPosition} total={view.visible.length} width={layout.list.width} height={layout.list.height} focused={state.focus === 'list'} emptyMessage={empty} />
				<PageView lines={view.detail} scroll={clampScroll(previewScroll(state.preview, view.selected?.id ?? null), view.detail.length, previewRoom)} width={layout.detail.width} height={layout.detail.height} moreHint={`… ${previewHint}`} aside={locator && <MapLines lines={locator.lines} />} />
			</Box>
		);
	}

	return (
		<ColourContext.Provider value={colour}>
			<Box flexDirection="column" width={layout.columns} height={layout.rows}>
				<Header corpusName={sanitizeLine(index.name)} counts={corpusCounts} chips={chips} width={layout.columns} trail={page?.trail} />
				{(overlay.type === 'detail' || overlay.type === 'reader') && overlay.find && page ? <FindLine find={overlay.find} count={page.findCount} /> : <QueryLine query={state.query} focused={context === 'query'} />}
				<KindTabs tab={state.tab} counts={view.counts} width={layout.columns} />
				{body}
				<Footer keys={footerKeysFor(context).filter(key => previewOverflows || !key.command.startsWith('preview-'))} helpKey={helpKeyFor(context)} status={status} notice={state.notice} width={layout.columns} />
			</Box>
		</ColourContext.Provider>
	);
}

/** Tell the state what is on screen after each frame, so the keys' moves clamp to it. */
function useReportShown(dispatch: (action: {type: 'shown'; shown: Shown}) => void, shown: Shown) {
	const key = JSON.stringify(shown);
	useLayoutEffect(() => {
		dispatch({type: 'shown', shown});
		// `key` stands for `shown`, a new object on every render.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [dispatch, key]);
}
