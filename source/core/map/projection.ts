import {geoConicEqualArea, geoDistance, geoEquirectangular, type GeoProjection} from 'd3-geo';
import type {AtlasResolution} from './atlas.js';
import {isArea, type MapPlace} from './story.js';

/** A box of longitude and latitude (west may be less than east only: brief's stories do not straddle the antimeridian). */
export type Extent = {west: number; south: number; east: number; north: number};

/** A canvas in dots (a Braille cell is 2 dots wide and 4 high; a dot is about square on a terminal). */
export type DotSize = {width: number; height: number};

/** Where the map looks: `zoom` times the fit, around `center` (the fit's own middle when null). */
export type MapView = {zoom: number; center: [number, number] | null};

/** A region narrower than this is at least this wide, so one place is shown in its surroundings. */
const minimumSpan = 8;
/** Extents wider or taller than these (in degrees) are drawn as they lie on the globe, unrolled; smaller ones as a cone. */
const conicUpToLongitudes = 100;
const conicUpToLatitudes = 60;
/** The fit leaves this many dots free at each side, for labels. */
const fitPadding = 6;

export function extentOf(points: Array<[number, number]>): Extent {
	const lons = points.map(([lon]) => lon);
	const lats = points.map(([, lat]) => lat);
	let west = Math.min(...lons);
	let east = Math.max(...lons);
	let south = Math.min(...lats);
	let north = Math.max(...lats);
	const widen = (low: number, high: number, limit: number): [number, number] => {
		const missing = Math.max(0, minimumSpan - (high - low)) / 2;
		return [Math.max(low - missing, -limit), Math.min(high + missing, limit)];
	};

	[west, east] = widen(west, east, 180);
	[south, north] = widen(south, north, 85);
	return {west, south, east, north};
}

/**
 * A projection that suits the extent, fitted to the canvas: equirectangular
 * for the world or a continent's width, conic equal-area with standard
 * parallels at a sixth and five sixths of the extent for a region (distances
 * and areas stay honest across the width of a region like the Caspian).
 */
export function fittedProjection(extent: Extent, size: DotSize): GeoProjection {
	const {west, south, east, north} = extent;
	const lonSpan = east - west;
	const latSpan = north - south;
	const projection =
		lonSpan > conicUpToLongitudes || latSpan > conicUpToLatitudes
			? geoEquirectangular()
			: geoConicEqualArea()
					.parallels([south + latSpan / 6, north - latSpan / 6])
					.rotate([-(west + east) / 2, 0]);
	const padding = Math.min(fitPadding, Math.floor(Math.min(size.width, size.height) / 4));
	return projection.fitExtent(
		[
			[padding, padding],
			[size.width - padding, size.height - padding],
		],
		{type: 'MultiPoint', coordinates: outlineOf(extent)},
	);
}

/** Points along the edges of an extent: a cone curves its parallels, so the corners alone would not bound it. */
function outlineOf({west, south, east, north}: Extent): Array<[number, number]> {
	const points: Array<[number, number]> = [];
	for (let step = 0; step <= 8; step++) {
		const lon = west + ((east - west) * step) / 8;
		points.push([lon, south], [lon, north]);
	}

	for (let step = 1; step < 4; step++) {
		const lat = south + ((north - south) * step) / 4;
		points.push([west, lat], [east, lat]);
	}

	return points;
}

/** The projection of a view: the fit, scaled by the zoom and moved so the view's center is in the middle. */
export function viewProjection(extent: Extent, size: DotSize, view: MapView): GeoProjection {
	const projection = fittedProjection(extent, size);
	if (view.zoom === 1 && view.center === null) {
		return projection;
	}

	const middle: [number, number] = [size.width / 2, size.height / 2];
	const center = view.center ?? projection.invert?.(middle) ?? [(extent.west + extent.east) / 2, (extent.south + extent.north) / 2];
	projection.scale(projection.scale() * view.zoom);
	const [x, y] = projection(center) ?? middle;
	const [tx, ty] = projection.translate();
	return projection.translate([tx + middle[0] - x, ty + middle[1] - y]);
}

/** Degrees of the globe's surface (of a great circle) a dot covers in the middle of the view. */
export function degreesPerDot(projection: GeoProjection, size: DotSize): number {
	const middle: [number, number] = [size.width / 2, size.height / 2];
	const here = projection.invert?.(middle);
	const next = projection.invert?.([middle[0] + 1, middle[1]]);
	return here && next ? (geoDistance(here, next) * 180) / Math.PI : 180 / Math.PI / projection.scale();
}

/**
 * The atlas fine enough for the view: 110m for the fitted views (the story
 * of the Caspian at 120 columns is about 0.27° a dot, where 110m's outlines
 * read well and draw in a fraction of the time), 50m once zoomed in past a
 * fifth of a degree a dot (one + there).
 */
export function resolutionFor(projection: GeoProjection, size: DotSize): AtlasResolution {
	return degreesPerDot(projection, size) < 0.2 ? '50m' : '110m';
}

/** Places this far (radians, 11°) from the story's middle always count as near it. */
const nearAlways = 0.2;

/**
 * The places a first view is fitted to: where the story happens. Points
 * (towns, ports, seas) and every step of a route count; a country's middle
 * point does not (Russia's is in Siberia). A place much farther from the
 * middle of the rest than they are from it — Washington in a story of the
 * Caspian — is left for `0`, which fits everything.
 */
export function focusPlaces(places: MapPlace[]): MapPlace[] {
	const points = places.filter(place => !isArea(place) || place.onRoute);
	const candidates = points.length > 0 ? points : places;
	if (candidates.length <= 2) {
		return candidates;
	}

	const middle: [number, number] = [median(candidates.map(place => place.lon)), median(candidates.map(place => place.lat))];
	const distances = candidates.map(place => geoDistance(middle, [place.lon, place.lat]));
	const reach = Math.max(3 * median(distances), nearAlways);
	return candidates.filter((_, position) => distances[position]! <= reach);
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const half = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
}
