import type {MapStory} from '../../core/map/story.js';
import {placesNamedBy, storyOf} from '../../core/map/story.js';
import type {BriefRecord, CorpusIndex} from '../../core/records.js';
import type {SearchHit} from '../../core/search.js';

/** The map's code (d3-geo, the atlas, the rasteriser), loaded when a map is first drawn: see cli/map-bundle.ts. */
export type MapKit = Pick<typeof import('../../cli/map-bundle.js'), 'renderMap' | 'createAtlasReader'>;
export type LoadMap = () => MapKit;

/** The map overlay's own state; what it shows is derived from the app's results (see mapStoryFor). */
export type MapState = {
	/** The place the cursor is on; null until a key moves it (the first place of the story, see cursorOf). */
	cursorId: string | null;
	/** Times the fit: above 1 the view follows the cursor. */
	zoom: number;
	/** The first view fits where the story happens; `0` fits every place. */
	fit: 'focus' | 'all';
	/** A place's detail, open over the map. */
	openPlaceId: string | null;
};

export type MapAction = {type: 'select'; id: string} | {type: 'zoom'; step: 1 | -1} | {type: 'fit-all'} | {type: 'open-place'; id: string} | {type: 'close-place'} | {type: 'reset'};

export const initialMapState: MapState = {cursorId: null, zoom: 1, fit: 'focus', openPlaceId: null};

const zoomStep = 1.5;
const zoomLimits = {least: 1 / 8, most: 256};

export function mapReducer(state: MapState, action: MapAction): MapState {
	switch (action.type) {
		case 'select': {
			return {...state, cursorId: action.id};
		}

		case 'zoom': {
			const zoom = state.zoom * zoomStep ** action.step;
			return zoom < zoomLimits.least || zoom > zoomLimits.most ? state : {...state, zoom};
		}

		case 'fit-all': {
			return {...state, zoom: 1, fit: 'all'};
		}

		case 'open-place': {
			return {...state, cursorId: action.id, openPlaceId: action.id};
		}

		case 'close-place': {
			return {...state, openPlaceId: null};
		}

		case 'reset': {
			return initialMapState;
		}
	}
}

/** The places and routes behind the current results and filters, across every kind tab (all places when there is no query or filter). */
export function mapStoryFor(index: CorpusIndex, hits: SearchHit[]): MapStory {
	// A passage's every record counts: the route cut from a quote is drawn though the quote leads its row.
	return storyOf(
		index,
		hits.flatMap(hit => [hit.record, ...(hit.sameAs ?? []).map(other => other.record)]),
	);
}

/** The places the selected record names, drawn highlighted. */
export function highlightsOf(selected: BriefRecord | null): Set<string> {
	return new Set(selected ? placesNamedBy(selected) : []);
}

/** Where the cursor is: where a key put it, else the selected record's first place, else the first step of a route, else the first place. */
export function cursorOf(state: MapState, story: MapStory, highlightIds: ReadonlySet<string>): string | null {
	const has = (id: string | null | undefined) => id !== null && id !== undefined && story.places.some(place => place.id === id);
	if (has(state.cursorId)) {
		return state.cursorId;
	}

	const highlighted = story.places.find(place => highlightIds.has(place.id) && place.kind !== 'country') ?? story.places.find(place => highlightIds.has(place.id));
	const onRoute = story.routes.flatMap(route => route.steps.map(step => step.placeId)).find(id => has(id) && story.places.find(place => place.id === id)?.kind !== 'country');
	return highlighted?.id ?? onRoute ?? story.places[0]?.id ?? null;
}
