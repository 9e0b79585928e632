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

export type AtlasLine = {
	layer: AtlasLayer;
	/** lon, lat, lon, lat, … */
	points: Float32Array;
	west: number;
	south: number;
	east: number;
	north: number;
};

export type Atlas = {resolution: AtlasResolution; lines: AtlasLine[]};

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
	const lines: AtlasLine[] = [];
	let at = 0;
	while (at < values.length) {
		const count = values[at + 1] ?? 0;
		const points = values.subarray(at + headLength, at + headLength + count * 2);
		if (points.length !== count * 2) {
			throw new Error(`the ${resolution} atlas is damaged (a line ends early)`);
		}

		const layer = values[at] === layerCodes.border ? 'border' : 'coast';
		lines.push({layer, points, west: values[at + 2]!, south: values[at + 3]!, east: values[at + 4]!, north: values[at + 5]!});
		at += headLength + count * 2;
	}

	return {resolution, lines};
}
