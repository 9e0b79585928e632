import process from 'node:process';
import {useLayoutEffect, useMemo, useRef, useState, type RefObject} from 'react';
import {recordDetail} from '../../core/detail.js';
import type {Atlas, AtlasResolution} from '../../core/map/atlas.js';
import {glyphSetFor, type GlyphSet} from '../../core/map/glyphs.js';
import type {MapFrame, PlacedMarker} from '../../core/map/render-map.js';
import type {MapStory} from '../../core/map/story.js';
import type {BriefRecord, CorpusIndex} from '../../core/records.js';
import type {Location} from '../../core/schema.js';
import {detailLines} from '../layout/detail-lines.js';
import type {Line} from '../layout/segments.js';
import type {AppState} from '../state/app-state.js';
import {cursorOf, highlightsOf, initialMapState, mapReducer, mapStoryFor, type LoadMap, type MapAction, type MapKit, type MapState} from '../state/map-state.js';
import type {SearchHit} from '../../core/search.js';
import {useLatestReducer} from './use-latest-reducer.js';

/** What the map's key hook reads and changes: the map's state now, what was last drawn, and its dispatch. */
export type MapKeyState = {
	/** The map's state now (keys can come faster than frames). */
	latest: RefObject<MapState>;
	/** Where the cursor is, and where every place falls, on the map last drawn. */
	drawn: RefObject<{cursorId: string | null; markers: PlacedMarker[]}>;
	dispatch: (action: MapAction) => void;
};

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
	/** The results on screen, every kind tab's. */
	hits: SearchHit[];
	selected: BriefRecord | null;
	/** The room inside the map's border, in cells. */
	columns: number;
	rows: number;
	colour: boolean;
	/** The map's code and data, once loaded (see useMapKit). */
	map: LoadedMap | null;
};

/** The map's code, its atlas reader and the glyphs the terminal takes: loaded once, the first time a map is wanted. */
export type LoadedMap = {kit: MapKit; atlas: (resolution: AtlasResolution) => Atlas; glyphs: GlyphSet};

/** A full-width place's detail (over the map, or full screen): its locator map's size, and the width from which its text gives way to one. */
const placeLocator = {columns: 30, rows: 12, fromColumns: 80};

/** Whether a full-width place's detail `columns` wide has its locator map beside the text. */
export function hasPlaceLocator(columns: number, canMap: boolean): boolean {
	return canMap && columns >= placeLocator.fromColumns;
}

/** What the locator takes from the text's width: itself and the space before it. */
export const placeLocatorWidth = placeLocator.columns + 1;

/** The locator's size where `rows` are free. */
export function placeLocatorSize(rows: number): {columns: number; rows: number} {
	return {columns: placeLocator.columns, rows: Math.min(placeLocator.rows, rows)};
}

/**
 * The map's code and data, loaded the first time `wanted` (the map opens, a
 * place's detail has room for its locator), never before, and kept: other
 * commands and the first frame do without them.
 */
export function useMapKit(loadMap: LoadMap | undefined, wanted: boolean): LoadedMap | null {
	const [wasWanted, setWasWanted] = useState(wanted);
	if (wanted && !wasWanted) {
		setWasWanted(true);
	}

	return useMemo((): LoadedMap | null => {
		if (!wasWanted || !loadMap) {
			return null;
		}

		const kit = loadMap();
		return {kit, atlas: kit.createAtlasReader(), glyphs: glyphSetFor(process.env)};
	}, [wasWanted, loadMap]);
}

/** A small map of one place in its part of the world: about four times the narrowest fit, some 30° across. */
export function locatorOf(map: LoadedMap, location: Location, size: {columns: number; rows: number}, colour: boolean): MapFrame {
	return map.kit.renderMap({
		story: {places: [{...location, citedBy: [], onRoute: false}], routes: []},
		columns: size.columns,
		rows: size.rows,
		fit: 'focus',
		zoom: 0.25,
		selectedId: location.id,
		highlightIds: new Set(),
		glyphs: map.glyphs,
		colour,
		atlas: map.atlas,
	});
}

/** The map overlay: its state and keys, and the frame drawn from the app's results and selection. */
export function useMap({index, appState, hits, selected, columns, rows, colour, map}: Options): MapScreen & {keys: MapKeyState} {
	const [state, dispatch, latest] = useLatestReducer(mapReducer, () => initialMapState);
	const open = appState.overlay.type === 'map';

	const story = useMemo(() => (open ? mapStoryFor(index, hits) : {places: [], routes: []}), [open, index, hits]);
	const highlightIds = useMemo(() => highlightsOf(selected), [selected]);
	const cursorId = cursorOf(state, story, highlightIds);
	const {zoom, fit, openPlaceId} = state;
	const frame = useMemo(
		() => (open && map ? map.kit.renderMap({story, columns, rows, fit, zoom, selectedId: cursorId, highlightIds, glyphs: map.glyphs, colour, atlas: map.atlas}) : null),
		[open, map, story, columns, rows, fit, zoom, cursorId, highlightIds, colour],
	);
	const place = useMemo(() => (open && openPlaceId ? placeDetail(index, openPlaceId, columns, rows, colour, map) : null), [open, openPlaceId, index, columns, rows, colour, map]);

	// What the keys move between: the markers of the frame on screen.
	const drawn = useRef({cursorId, markers: frame?.markers ?? []});
	useLayoutEffect(() => {
		drawn.current = {cursorId, markers: frame?.markers ?? []};
	});
	return {state, story, cursorId, frame, place, keys: {latest, drawn, dispatch}};
}

function placeDetail(index: CorpusIndex, placeId: string, columns: number, rows: number, colour: boolean, map: LoadedMap | null): MapScreen['place'] {
	const record = index.byId.get(placeId);
	if (!record || record.kind !== 'location') {
		return null;
	}

	const withLocator = map !== null && hasPlaceLocator(columns, true);
	// Inside the box's padding, beside the locator and the space before it.
	const textWidth = columns - 2 - (withLocator ? placeLocatorWidth : 0);
	const lines = detailLines(recordDetail(index, record), record, textWidth, {neighbourLines: 2});
	const locator = withLocator ? locatorOf(map, record.location, placeLocatorSize(rows), colour) : null;
	return {lines, locator};
}
