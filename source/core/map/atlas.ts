/**
 * The world's outlines as brief draws them: Natural Earth coastlines and
 * country borders (from the world-atlas package), as plain lines of
 * longitude/latitude pairs with their bounding boxes, so a map only projects
 * the lines that reach into its view.
 *
 * The build meshes the TopoJSON once (prepare-atlas.ts) and stores the lines
 * in a small binary form (`encodeAtlas`): reading it back is a file read and a
 * typed-array view, where meshing the 50m atlas takes over 100 ms.
 */

/** The two scales of Natural Earth brief ships: the coarse one for the world, the finer one for a region. */
export const atlasResolutions = ['110m', '50m'] as const;
export type AtlasResolution = (typeof atlasResolutions)[number];

export type AtlasLayer = 'coast' | 'border';

/**
 * The lines of one scale, read in place: `values` holds, for each line, its
 * head (layer code, number of points, west, south, east, north) and then its
 * longitude/latitude pairs. The 50m atlas is thousands of short lines (see
 * prepare-atlas.ts), and an object for each would cost more to make than
 * drawing the few a view shows; `forEachLine` walks them.
 */
export type Atlas = {resolution: AtlasResolution; values: Float32Array};

/** A line of an atlas as `forEachLine` visits it: its points are `values[start]` to `values[end - 1]`, lon, lat, lon, lat, … */
export type AtlasLine = {layer: AtlasLayer; west: number; south: number; east: number; north: number; start: number; end: number};

const layerCodes: Record<AtlasLayer, number> = {coast: 0, border: 1};

/** A line's head: its layer code, its number of points, its west, south, east and north. */
const headLength = 6;

/**
 * Lines as one Float32Array: for each line its head (layer, number of points,
 * bounding box), then its coordinates. Float32 keeps Natural Earth's precision
 * (better than a metre at these scales) in half the room of Float64.
 */
export function encodeAtlas(lines: Array<{layer: AtlasLayer; coordinates: number[][]}>): Uint8Array {
	const length = lines.reduce((total, line) => total + headLength + line.coordinates.length * 2, 0);
	const values = new Float32Array(length);
	let at = 0;
	for (const {layer, coordinates} of lines) {
		const lons = coordinates.map(([lon]) => lon!);
		const lats = coordinates.map(([, lat]) => lat!);
		values.set([layerCodes[layer], coordinates.length, Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)], at);
		at += headLength;
		for (const [lon, lat] of coordinates) {
			values[at++] = lon!;
			values[at++] = lat!;
		}
	}

	return new Uint8Array(values.buffer);
}

/** The lines of an encoded atlas, each with its bounding box. Throws on a file that is not one. */
export function decodeAtlas(bytes: Uint8Array, resolution: AtlasResolution): Atlas {
	if (bytes.byteLength % 4 !== 0) {
		throw new Error(`the ${resolution} atlas is damaged (its length is not whole numbers)`);
	}

	// A copy when the bytes are not aligned for a Float32Array view (a Buffer from a pool may not be).
	const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
	const values = new Float32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
	for (let at = 0; at < values.length; at += headLength + values[at + 1]! * 2) {
		const count = values[at + 1] ?? 0;
		if (!Number.isInteger(count) || count < 0 || at + headLength + count * 2 > values.length) {
			throw new Error(`the ${resolution} atlas is damaged (a line ends early)`);
		}
	}

	return {resolution, values};
}

/**
 * Visit each line of an atlas, in order. One object serves every visit (its
 * fields change from line to line): read it, do not keep it.
 */
export function forEachLine(atlas: Atlas, visit: (line: Readonly<AtlasLine>) => void) {
	const {values} = atlas;
	const line: AtlasLine = {layer: 'coast', west: 0, south: 0, east: 0, north: 0, start: 0, end: 0};
	for (let at = 0; at < values.length; at = line.end) {
		line.layer = values[at] === layerCodes.border ? 'border' : 'coast';
		line.west = values[at + 2]!;
		line.south = values[at + 3]!;
		line.east = values[at + 4]!;
		line.north = values[at + 5]!;
		line.start = at + headLength;
		line.end = line.start + values[at + 1]! * 2;
		visit(line);
	}
}
