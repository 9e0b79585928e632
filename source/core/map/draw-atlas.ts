import type {GeoProjection, GeoStream} from 'd3-geo';
import {forEachLine, type Atlas, type AtlasLine} from './atlas.js';
import type {DotSize} from './projection.js';
import {drawSegment, type DotCanvas, type DotLayer} from './raster.js';

/**
 * Project the atlas lines that reach into the view through d3 (its stream
 * where a line crosses the antimeridian of the projection and must be cut
 * there), and draw them. Lines whose bounding box is far from the view are
 * never projected.
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
	// No resampling (Natural Earth's points are close enough) and no clipping by d3: drawSegment clips each segment, without d3's buffers.
	const stream = projection.precision(0).stream(sink);
	const uncut = uncutBy(projection);
	const point: [number, number] = [0, 0];
	const {values} = atlas;
	forEachLine(atlas, line => {
		if (bounds && (line.east < bounds.west || line.west > bounds.east || line.north < bounds.south || line.south > bounds.north)) {
			return;
		}

		layer = line.layer;
		if (uncut(line)) {
			// d3's projection of each point: the numbers its stream gives, without the stream's steps, where it would cut nothing.
			sink.lineStart();
			for (let index = line.start; index < line.end; index += 2) {
				point[0] = values[index]!;
				point[1] = values[index + 1]!;
				const projected = projection(point);
				sink.point(projected ? projected[0] : Number.NaN, projected ? projected[1] : Number.NaN, 0);
			}

			sink.lineEnd();
			return;
		}

		stream.lineStart();
		for (let index = line.start; index < line.end; index += 2) {
			stream.point(values[index]!, values[index + 1]!, 0);
		}

		stream.lineEnd();
	});
}

/**
 * Whether d3's stream leaves a line whole: it cuts lines where they cross the
 * meridian opposite the projection's centre (and only there, for the
 * projections brief uses, which turn about the poles' axis alone). A line a
 * degree or more clear of that meridian, and under 90° wide, is never cut.
 */
function uncutBy(projection: GeoProjection): (line: Readonly<AtlasLine>) => boolean {
	const [lambda, phi, gamma] = projection.rotate();
	// Another clip (a small circle, a rectangle) would cut lines elsewhere: then the stream for all.
	if (phi !== 0 || gamma !== 0 || (projection.clipAngle() ?? 0) > 0 || projection.clipExtent() !== null) {
		return () => false;
	}

	const cut = ((((180 - lambda) % 360) + 540) % 360) - 180;
	const meets = (line: Readonly<AtlasLine>, longitude: number) => line.west - 1 <= longitude && longitude <= line.east + 1;
	return line => line.east - line.west < 90 && !meets(line, cut) && !meets(line, cut - 360) && !meets(line, cut + 360);
}

/** The longitudes and latitudes the canvas covers (with a margin), or null when the view reaches round the globe. */
export function visibleBounds(projection: GeoProjection, size: DotSize) {
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
