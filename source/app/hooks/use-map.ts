import process from 'node:process';
import {useMemo, useRef, type RefObject} from 'react';
import {recordDetail} from '../../core/detail.js';
import type {Atlas, AtlasResolution} from '../../core/map/atlas.js';
import {glyphSetFor, type GlyphSet} from '../../core/map/glyphs.js';
import type {MapFrame} from '../../core/map/render-map.js';
import type {MapStory} from '../../core/map/story.js';
import type {BriefRecord, CorpusIndex} from '../../core/records.js';
import {detailLines} from '../layout/detail-lines.js';
import type {Line} from '../layout/segments.js';
import type {AppAction, AppState} from '../state/app-state.js';
import {cursorOf, highlightsOf, initialMapState, mapReducer, mapStoryFor, type LoadMap, type MapKit, type MapState} from '../state/map-state.js';
import {resultsFor} from '../state/results.js';
import {useLatestReducer} from './use-latest-reducer.js';
import {useMapKeys} from './use-map-keys.js';

/** What the map overlay draws. */
export type MapScreen = {
	state: MapState;
	story: MapStory;
	cursorId: string | null;
	/** Null when the map's code is not there to load (a test without it). */
	frame: MapFrame | null;
	/** A place's detail over the map: its lines, and a locator map beside them where there is room. */
	place: {lines: Line[]; locator: MapFrame | null} | null;
};

type Options = {
	index: CorpusIndex;
	appState: AppState;
	/** The app's state now, which keys can run ahead of. */
	appLatest: RefObject<AppState>;
	selected: BriefRecord | null;
	/** The room inside the map's border, in cells. */
	columns: number;
	rows: number;
	colour: boolean;
	loadMap: LoadMap | undefined;
	dispatchApp: (action: AppAction) => void;
};

type LoadedMap = {kit: MapKit; atlas: (resolution: AtlasResolution) => Atlas; glyphs: GlyphSet};

/** Text of a place's detail gives way to a locator map from this width. */
const locatorFromColumns = 80;
const locatorSize = {columns: 30, rows: 12};

/** The map overlay: its state and keys, and the frame drawn from the app's results and selection. */
export function useMap({index, appState, appLatest, selected, columns, rows, colour, loadMap, dispatchApp}: Options): MapScreen {
	const [state, dispatch, latest] = useLatestReducer(mapReducer, () => initialMapState);
	const open = appState.overlay.type === 'map';
	const loaded = useRef<LoadedMap | null>(null);
	if (open && loaded.current === null && loadMap) {
		// The map's code and data load the first time it opens, never before.
		const kit = loadMap();
		loaded.current = {kit, atlas: kit.createAtlasReader(), glyphs: glyphSetFor(process.env)};
	}

	const {query, actorIds, locationIds, sourceIds, tab} = appState;
	const story = useMemo(() => (open ? mapStoryFor(index, resultsFor(index, {query, actorIds, locationIds, sourceIds, tab}).hits) : {places: [], routes: []}), [open, index, query, actorIds, locationIds, sourceIds, tab]);
	const highlightIds = useMemo(() => highlightsOf(selected), [selected]);
	const cursorId = cursorOf(state, story, highlightIds);
	const map = loaded.current;
	const {zoom, fit, openPlaceId} = state;
	const frame = useMemo(
		() => (open && map ? map.kit.renderMap({story, columns, rows, fit, zoom, selectedId: cursorId, highlightIds, glyphs: map.glyphs, colour, atlas: map.atlas}) : null),
		[open, map, story, columns, rows, fit, zoom, cursorId, highlightIds, colour],
	);
	const place = useMemo(() => (open && openPlaceId ? placeDetail(index, openPlaceId, columns, rows, colour, map) : null), [open, openPlaceId, index, columns, rows, colour, map]);

	const drawn = useRef({cursorId, markers: frame?.markers ?? []});
	drawn.current = {cursorId, markers: frame?.markers ?? []};
	useMapKeys({isActive: () => appLatest.current.overlay.type === 'map', latest, drawn, dispatch, dispatchApp});
	return {state, story, cursorId, frame, place};
}

function placeDetail(index: CorpusIndex, placeId: string, columns: number, rows: number, colour: boolean, map: LoadedMap | null): MapScreen['place'] {
	const record = index.byId.get(placeId);
	if (!record || record.kind !== 'location') {
		return null;
	}

	const withLocator = map !== null && columns >= locatorFromColumns;
	// Inside the box's padding, beside the locator and the space before it.
	const textWidth = withLocator ? columns - locatorSize.columns - 3 : columns - 2;
	const lines = detailLines(recordDetail(index, record), record, textWidth, {neighbourLines: 2});
	const {location} = record;
	const locator = withLocator
		? map.kit.renderMap({
				story: {places: [{...location, citedBy: [], onRoute: false}], routes: []},
				columns: locatorSize.columns,
				rows: Math.min(locatorSize.rows, rows),
				fit: 'focus',
				// The place in its part of the world: about four times the narrowest fit, some 30° across.
				zoom: 0.25,
				selectedId: location.id,
				highlightIds: new Set(),
				glyphs: map.glyphs,
				colour,
				atlas: map.atlas,
			})
		: null;
	return {lines, locator};
}
