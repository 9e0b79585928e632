import {Box} from 'ink';
import {useMemo} from 'react';
import type {Filters} from '../core/filters.js';
import type {BriefRecord, CorpusIndex} from '../core/records.js';
import {sanitizeLine} from '../core/sanitize.js';
import type {BriefingService} from '../store/briefing-service.js';
import {BriefingPane} from './components/briefing-pane.js';
import {EntityPicker} from './components/entity-picker.js';
import {Footer} from './components/footer.js';
import {Header} from './components/header.js';
import {NoteEditor} from './components/note-editor.js';
import {KindTabs} from './components/kind-tabs.js';
import {MapView} from './components/map-view.js';
import {PageView} from './components/page-view.js';
import {QueryLine} from './components/query-line.js';
import {ResultsList} from './components/results-list.js';
import {keyContext, useAppKeys} from './hooks/use-app-keys.js';
import {useAppView} from './hooks/use-app-view.js';
import {useLatestReducer} from './hooks/use-latest-reducer.js';
import {useMap} from './hooks/use-map.js';
import {useBriefing, type CopyToClipboard} from './hooks/use-briefing.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';
import {footerKeysFor} from './keys/bindings.js';
import {resultRow} from './layout/result-row.js';
import {appReducer, startingState} from './state/app-state.js';
import type {LoadMap} from './state/map-state.js';
import {computeLayout, innerWidth, listWindow} from './state/layout.js';
import {ColourContext} from './theme.js';

type Props = {
	index: CorpusIndex;
	colour: boolean;
	/** Pins and notes; without it the briefing keys say so. */
	briefing?: BriefingService;
	/** Puts text on the clipboard and says how it went. */
	copy?: CopyToClipboard;
	/** The filters given on the command line, applied at start. */
	filters?: Filters;
	/** The map's code, loaded when the map first opens (`m`). */
	loadMap?: LoadMap;
};

/** The interactive app: owns the state, derives the view, and lays out components that only draw. */
export function App({index, colour, briefing: service, copy, filters, loadMap}: Props) {
	const [state, dispatch, latest] = useLatestReducer(appReducer, () => startingState(filters));
	const {columns, rows} = useTerminalSize();
	const layout = computeLayout(columns, rows);
	const view = useAppView(index, state, layout);
	const briefing = useBriefing(index, service, copy, dispatch);
	useAppKeys(index, latest, dispatch, layout, briefing);
	const bodyHeight = layout.list.height + (layout.mode === 'stacked' ? layout.detail.height : 0);
	// Inside the map's border, above its status line.
	const map = useMap({index, appState: state, appLatest: latest, selected: view.selected, columns: layout.columns - 2, rows: bodyHeight - 3, colour, loadMap, dispatchApp: dispatch});

	const listWidth = innerWidth(layout.list.width);
	const {start, end} = listWindow(state.selected, view.visible.length, layout.pageSize);
	const {pinnedIds} = briefing;
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
	const chips = [
		...state.actorIds.map(id => index.actors.get(id)?.name ?? id),
		...state.locationIds.map(id => `@${index.locations.get(id)?.name ?? id}`),
		...state.sourceIds.map(id => `§ ${index.sources.get(id)?.title ?? id}`),
	].map(name => sanitizeLine(name));

	const context = keyContext(state);
	const {overlay} = state;
	let body;
	let status: string | undefined = view.searching ? 'searching…' : undefined;
	if (overlay.type === 'detail' || overlay.type === 'help') {
		const room = layout.fullDetailHeight;
		const last = Math.min(overlay.scroll + room, view.page.length);
		status = view.page.length > room ? `lines ${overlay.scroll + 1}–${last} of ${view.page.length}` : undefined;
		body = <PageView lines={view.page} scroll={overlay.scroll} width={layout.columns} height={bodyHeight} />;
	} else if (overlay.type === 'briefing') {
		const staleIds = new Set(briefing.pins.filter(pin => !index.byId.has(pin.id)).map(pin => pin.id));
		body = <BriefingPane name={service?.name ?? 'default'} pins={briefing.pins} staleIds={staleIds} cursor={overlay.cursor} width={layout.columns} height={bodyHeight} />;
	} else if (overlay.type === 'note') {
		const recordText = index.byId.get(overlay.recordId)?.text ?? briefing.pins.find(pin => pin.id === overlay.recordId)?.text ?? '';
		body = <NoteEditor recordId={overlay.recordId} recordText={recordText} draft={overlay.draft} width={layout.columns} height={bodyHeight} />;
	} else if (overlay.type === 'map') {
		body = <MapView screen={map} width={layout.columns} height={bodyHeight} />;
	} else if (overlay.type === 'picker') {
		body = <EntityPicker picker={overlay.picker} items={view.pickerItems} width={layout.columns} height={bodyHeight} />;
	} else {
		body = (
			<Box flexDirection={layout.mode === 'split' ? 'row' : 'column'}>
				<ResultsList rows={resultRows} start={start} selected={state.selected} total={view.visible.length} width={layout.list.width} height={layout.list.height} focused={state.focus === 'list'} />
				<PageView lines={view.detail} scroll={0} width={layout.detail.width} height={layout.detail.height} moreHint="… Enter reads it all" />
			</Box>
		);
	}

	return (
		<ColourContext.Provider value={colour}>
			<Box flexDirection="column" width={layout.columns} height={layout.rows}>
				<Header corpusName={sanitizeLine(index.name)} counts={corpusCounts} chips={chips} width={layout.columns} />
				<QueryLine query={state.query} focused={context === 'query'} />
				<KindTabs tab={state.tab} counts={view.counts} />
				{body}
				<Footer keys={footerKeysFor(context)} status={status} notice={state.notice} />
			</Box>
		</ColourContext.Provider>
	);
}
