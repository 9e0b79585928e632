import type {GeoProjection, GeoStream} from 'd3-geo';
import type {Atlas} from './atlas.js';
import type {DotSize} from './projection.js';
import {drawSegment, type DotCanvas, type DotLayer} from './raster.js';

/**
 * Project the atlas lines that reach into the view through d3's stream (which
 * cuts lines at the antimeridian of the projection), and draw them. Lines
 * whose bounding box is far from the view are never projected.
 */
export function drawAtlas(canvas: DotCanvas, projection: GeoProjection, atlas: Atlas, size: DotSize) {
	const bounds = visibleBounds(projection, size);
	let layer: DotLayer = 'coast';
	let drawing = false;
	let lastX = 0;
	let lastY = 0;
	const sink: GeoStream = {
		point(x, y) {
			if (drawing) {
				drawSegment(canvas, layer, lastX, lastY, x, y);
			}

			drawing = true;
			lastX = x;
			lastY = y;
		},
		lineStart() {
			drawing = false;
		},
		lineEnd() {
			drawing = false;
		},
		polygonStart() {},
		polygonEnd() {},
		sphere() {},
	};
	// No resampling (Natural Earth's points are close enough) and no clipping by d3: drawLine clips each segment, without d3's buffers.
	const stream = projection.precision(0).stream(sink);
	for (const line of atlas.lines) {
		if (bounds && (line.east < bounds.west || line.west > bounds.east || line.north < bounds.south || line.south > bounds.north)) {
			continue;
		}

		layer = line.layer;
		stream.lineStart();
		for (let index = 0; index < line.points.length; index += 2) {
			stream.point(line.points[index]!, line.points[index + 1]!, 0);
		}

		stream.lineEnd();
	}
}

/** The longitudes and latitudes the canvas covers (with a margin), or null when the view reaches round the globe. */
function visibleBounds(projection: GeoProjection, size: DotSize) {
	const lons: number[] = [];
	const lats: number[] = [];
	for (let step = 0; step <= 4; step++) {
		for (const [x, y] of [
			[(size.width * step) / 4, 0],
			[(size.width * step) / 4, size.height],
			[0, (size.height * step) / 4],
			[size.width, (size.height * step) / 4],
		] as Array<[number, number]>) {
			const point = projection.invert?.([x, y]);
			if (!point || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) {
				return null;
			}

			lons.push(point[0]);
			lats.push(point[1]);
		}
	}

	const margin = 3;
	const west = Math.min(...lons) - margin;
	const east = Math.max(...lons) + margin;
	if (east - west >= 300) {
		return null;
	}

	// A view out past the edge of the globe, or round a pole, meets every longitude there, though its edges do not.
	const onCanvas = (point: [number, number] | null) => point !== null && point[0] >= 0 && point[1] >= 0 && point[0] <= size.width && point[1] <= size.height;
	const northPole = onCanvas(projection([0, 90]));
	const southPole = onCanvas(projection([0, -90]));
	const south = southPole ? -90 : Math.min(...lats) - margin;
	const north = northPole ? 90 : Math.max(...lats) + margin;
	return northPole || southPole ? {west: -180, east: 180, south, north} : {west, east, south, north};
}
