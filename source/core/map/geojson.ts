import type {Feature, FeatureCollection, LineString, Point} from 'geojson';
import type {CorpusIndex} from '../records.js';
import type {MapPlace, MapRoute, MapStory} from './story.js';

/**
 * A story as GeoJSON (RFC 7946): each place a Point, each route a LineString
 * through its steps, positions as [longitude, latitude] in WGS 84. Every
 * feature carries its corpus id (as the feature's `id` and in its
 * properties), so a map made from it points back to brief's records.
 */
export function storyGeoJson(index: CorpusIndex, story: MapStory): FeatureCollection<Point | LineString | null> {
	const places = new Map(story.places.map(place => [place.id, place]));
	return {
		type: 'FeatureCollection',
		features: [...story.places.map(place => placeFeature(place)), ...story.routes.map(route => routeFeature(index, route, places))],
	};
}

/** The GeoJSON text: one feature a line, so a diff of two exports reads well. */
export function formatGeoJson(index: CorpusIndex, story: MapStory): string {
	const {features} = storyGeoJson(index, story);
	if (features.length === 0) {
		return '{"type": "FeatureCollection", "features": []}\n';
	}

	return `{"type": "FeatureCollection", "features": [\n${features.map(feature => JSON.stringify(feature)).join(',\n')}\n]}\n`;
}

function placeFeature(place: MapPlace): Feature<Point> {
	return {
		type: 'Feature',
		id: place.id,
		geometry: {type: 'Point', coordinates: [place.lon, place.lat]},
		properties: {
			id: place.id,
			name: place.name,
			kind: place.kind,
			country: place.country,
			coordinatesSource: place.coordinatesSource,
			citedBy: place.citedBy,
		},
	};
}

function routeFeature(index: CorpusIndex, route: MapRoute, places: Map<string, MapPlace>): Feature<LineString | null> {
	const steps = route.steps.map(step => ({step, place: places.get(step.placeId) ?? index.locations.get(step.placeId)!}));
	const positions: Array<[number, number]> = [];
	for (const {place} of steps) {
		const last = positions.at(-1);
		if (!last || last[0] !== place.lon || last[1] !== place.lat) {
			positions.push([place.lon, place.lat]);
		}
	}

	return {
		type: 'Feature',
		id: route.id,
		// A LineString needs two positions; a route that never leaves one point has no line to draw.
		geometry: positions.length >= 2 ? {type: 'LineString', coordinates: positions} : null,
		properties: {
			id: route.id,
			name: route.name,
			kind: 'route',
			countries: [...new Set(steps.map(({place}) => place.country ?? (place.kind === 'country' ? place.name : null)).filter(country => country !== null))],
			steps: steps.map(({step, place}) => ({action: step.action, place: place.id, name: place.name, coordinatesSource: place.coordinatesSource})),
			source: route.source,
			attribution: route.attribution === null ? null : (index.actors.get(route.attribution)?.name ?? route.attribution),
			citedBy: [route.id],
		},
	};
}
