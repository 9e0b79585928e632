import assert from 'node:assert/strict';
import {test} from 'node:test';
import {check} from '@placemarkio/check-geojson';
import {decodeAtlas, encodeAtlas, forEachLine, type Atlas} from '../source/core/map/atlas.js';
import {visibleBounds} from '../source/core/map/draw-atlas.js';
import {formatGeoJson} from '../source/core/map/geojson.js';
import {placeLabels, type LabelRequest, type PlacedLabel} from '../source/core/map/labels.js';
import {placeInDirection} from '../source/core/map/navigate.js';
import {extentOf, fittedProjection, focusPlaces, viewProjection} from '../source/core/map/projection.js';
import {createAtlasReader} from '../source/core/map/read-atlas.js';
import {createCanvas, drawLine, layerText} from '../source/core/map/raster.js';
import {renderMap, type MapRequest} from '../source/core/map/render-map.js';
import {storyOf, type MapPlace} from '../source/core/map/story.js';
import {loadCorpus} from '../source/core/load-corpus.js';
import {indexCorpus} from '../source/core/records.js';
import {shippedCorpusPath} from './helpers/corpora.js';

const shippedIndex = indexCorpus(loadCorpus(shippedCorpusPath));

const shippedStory = storyOf(shippedIndex, shippedIndex.records);
const names = (places: MapPlace[]) => places.map(place => place.name);

test('projection fit: the extent fills the canvas (inside its padding) and a regional extent is drawn as a cone', () => {
	const size = {width: 200, height: 100};
	const extent = {west: 24, south: 32, east: 54, north: 57};
	const projection = fittedProjection(extent, size);
	const corners = [
		[extent.west, extent.south],
		[extent.west, extent.north],
		[extent.east, extent.south],
		[extent.east, extent.north],
	].map(point => projection(point as [number, number])!);
	// A cone curves the parallels: the south edge's middle is the lowest point of the extent.
	const southMiddle = projection([39, 32])!;
	const xs = corners.map(([x]) => x);
	const ys = [...corners.map(([, y]) => y), southMiddle[1]];
	for (const [x, y] of corners) {
		assert.ok(x >= 5.9 && x <= size.width - 5.9 && y >= 5.9 && y <= size.height - 5.9, `a corner at ${x},${y} is outside the padded canvas`);
	}

	// One side of the extent spans the canvas less its padding (6 dots a side).
	const filled = Math.max((Math.max(...xs) - Math.min(...xs)) / (size.width - 12), (Math.max(...ys) - Math.min(...ys)) / (size.height - 12));
	assert.ok(filled > 0.97 && filled < 1.01, `the fit fills ${filled} of the canvas`);
	// An unrolled globe keeps them straight.
	assert.ok(southMiddle[1] > corners[0]![1] + 1, 'the regional parallels curve');
	const world = fittedProjection({west: -170, south: -60, east: 170, north: 75}, size);
	assert.ok(Math.abs(world([0, -60])![1] - world([-170, -60])![1]) < 1e-6, 'the world is drawn with straight parallels');
});

test('projection fit: one place gets a view some degrees wide around it, not an infinite zoom', () => {
	const extent = extentOf([[47.5, 42.98]]);
	assert.deepEqual([extent.east - extent.west, extent.north - extent.south], [8, 8]);
	const [x, y] = fittedProjection(extent, {width: 120, height: 60})([47.5, 42.98])!;
	assert.ok(Math.abs(x - 60) < 1 && Math.abs(y - 30) < 2, `the place is at ${x},${y}, not in the middle`);
});

test('the first view fits where the story happens: the Caspian and Ukraine, not Washington or Russia’s middle in Siberia', () => {
	const focus = names(focusPlaces(shippedStory.places));
	for (const name of ['Amirabad', 'Makhachkala', 'Caspian Sea', 'Alabuga special economic zone', 'Kyiv', 'Iran', 'Ukraine']) {
		assert.ok(focus.includes(name), `${name} is left out of the first view`);
	}

	for (const name of ['Washington', 'Russia', 'United States']) {
		assert.ok(!focus.includes(name), `${name} is in the first view`);
	}
});

test('rasterisation: a square of 4×4 dots is two known Braille cells; lines are clipped to the canvas', () => {
	const canvas = createCanvas(2, 1);
	const square: Array<[number, number]> = [
		[0, 0],
		[3, 0],
		[3, 3],
		[0, 3],
		[0, 0],
	];
	for (let corner = 1; corner < square.length; corner++) {
		drawLine(canvas, 'coast', square[corner - 1]!, square[corner]!);
	}

	assert.deepEqual(layerText(canvas, 'coast'), ['⣏⣹']);

	const clipped = createCanvas(3, 2);
	drawLine(clipped, 'route', [-100, 3], [100, 3]);
	drawLine(clipped, 'route', [-5, -5], [-1, 200]);
	// y = 3 is the bottom row of dots of the first row of cells (Braille dots 7 and 8); the second line misses the canvas.
	assert.deepEqual(layerText(clipped, 'route'), ['⣀⣀⣀', '⠀⠀⠀']);
});

const cellsOf = (label: PlacedLabel) => [...label.text].map((_, offset) => `${label.column + offset},${label.row}`);

test('label placement: no two labels share a cell or cover a marker, and of two that compete the higher-ranked is kept', () => {
	// Twelve markers a cell apart on one row of a 30×3 grid: far more names than room.
	const requests: LabelRequest[] = Array.from({length: 12}, (_, position) => ({id: `p${position}`, text: `Place${position}`, column: 2 + position * 2, row: 1, rank: position === 7 ? 100 : position}));
	const placed = placeLabels(requests, {columns: 30, rows: 3});
	const cells = placed.flatMap(label => cellsOf(label));
	assert.equal(new Set(cells).size, cells.length, 'two labels overlap');
	for (const request of requests) {
		assert.ok(!cells.includes(`${request.column},${request.row}`), `a label covers the marker of ${request.id}`);
	}

	assert.ok(placed.length < requests.length, 'some labels must be dropped here');
	assert.equal(placed[0]!.id, 'p7', 'the highest-ranked label is placed first');
	const dropped = requests.filter(request => !placed.some(label => label.id === request.id));
	const lowestKept = Math.min(...placed.map(label => requests.find(request => request.id === label.id)!.rank));
	assert.ok(dropped.some(request => request.rank < lowestKept), 'a lower-ranked label was kept while a higher-ranked one was dropped everywhere');

	// Two markers wanting the same spot: the better-ranked takes it, the other goes elsewhere or nowhere.
	const pair = placeLabels(
		[
			{id: 'minor', text: 'Minor', column: 5, row: 0, rank: 1},
			{id: 'major', text: 'Major', column: 5, row: 1, rank: 9},
		],
		{columns: 12, rows: 2},
	);
	assert.deepEqual(pair[0], {id: 'major', text: 'Major', column: 7, row: 1});
});

test('GeoJSON: valid by geojson.io’s own checker, positions in longitude-latitude order, each feature with its id, kind, country, source and citing records', () => {
	const text = formatGeoJson(shippedIndex, shippedStory);
	const parsed = check(text) as unknown as {features: Array<{id: string; geometry: {type: string; coordinates: unknown}; properties: Record<string, unknown>}>};
	const makhachkala = parsed.features.find(feature => feature.id === 'l-makhachkala')!;
	assert.deepEqual(makhachkala.geometry, {type: 'Point', coordinates: [47.50236, 42.97638]});
	assert.equal(makhachkala.properties['kind'], 'port');
	assert.equal(makhachkala.properties['country'], 'Russia');
	assert.match(String(makhachkala.properties['coordinatesSource']), /GeoNames 532096/);
	assert.ok((makhachkala.properties['citedBy'] as string[]).includes('q-kirby-supply-route'));
	const route = parsed.features.find(feature => feature.id === 'r-caspian-drone-supply')!;
	assert.equal(route.geometry.type, 'LineString');
	assert.deepEqual((route.geometry.coordinates as number[][])[1], [53.34912, 36.79305], 'Amirabad, the second step, as [lon, lat]');
	assert.equal(parsed.features.filter(feature => feature.geometry.type === 'Point').length, 14);
	// Every position is [longitude, latitude] of the place it names.
	for (const feature of parsed.features.filter(feature => feature.geometry.type === 'Point')) {
		const location = shippedIndex.locations.get(feature.id)!;
		assert.deepEqual(feature.geometry.coordinates, [location.lon, location.lat]);
	}

	assert.throws(() => check(text.replace('"Point"', '"Pointe"')), 'the checker does reject a broken file');
});

/** A tiny atlas: one coastline, a square from 40°E 35°N to 56°E 50°N. */
const squareAtlas: Atlas = decodeAtlas(
	encodeAtlas([
		{
			layer: 'coast',
			coordinates: [
				[40, 35],
				[56, 35],
				[56, 50],
				[40, 50],
				[40, 35],
			],
		},
	]),
	'110m',
);

function drawShipped(overrides: Partial<MapRequest> = {}) {
	return renderMap({story: shippedStory, columns: 100, rows: 30, fit: 'focus', zoom: 1, selectedId: null, highlightIds: new Set(), glyphs: 'unicode', colour: true, atlas: () => squareAtlas, ...overrides});
}

const textOf = (frame: ReturnType<typeof drawShipped>) => frame.lines.map(runs => runs.map(run => run.text).join('')).join('\n');

test('a drawn map: the story’s names, the route with its arrowheads, the coast in Braille; the places outside the view listed', () => {
	const frame = drawShipped();
	const text = textOf(frame);
	for (const name of ['Amirabad', 'Makhachkala', 'Kyiv', 'Caspian Sea']) {
		assert.match(text, new RegExp(name), `${name} is not on the map`);
	}

	assert.deepEqual(names(frame.offMap).sort(), ['Russia', 'United States', 'Washington']);
	const styles = new Set(frame.lines.flat().map(run => run.style));
	for (const style of ['coast', 'route', 'arrow', 'marker', 'label']) {
		assert.ok(styles.has(style as never), `nothing drawn as ${style}`);
	}

	assert.equal(frame.lines.flat().filter(run => run.style === 'arrow').map(run => run.text).join('').length, 4, 'one arrowhead for each of the route’s four legs');
	for (const line of frame.lines) {
		assert.equal([...line.map(run => run.text).join('')].length, 100);
	}

	// The fitted view reads the coarse atlas; zoomed in, the finer one.
	assert.equal(frame.resolution, '110m');
	assert.equal(drawShipped({zoom: 2}).resolution, '50m');
});

test('the atlas lines a view leaves out are off its canvas: zoomed out past the poles, New Guinea and Alaska are still drawn', () => {
	const atlas = createAtlasReader()('110m');
	const views = [
		{columns: 24, rows: 10, zoom: 0.5, places: shippedStory.places},
		{columns: 58, rows: 12, zoom: 0.25, places: focusPlaces(shippedStory.places)},
		{columns: 118, rows: 27, zoom: 1, places: focusPlaces(shippedStory.places)},
		{columns: 118, rows: 27, zoom: 4, places: focusPlaces(shippedStory.places)},
	];
	for (const {columns, rows, zoom, places} of views) {
		const size = {width: columns * 2, height: rows * 4};
		const projection = viewProjection(extentOf(places.map(place => [place.lon, place.lat])), size, {zoom, center: null});
		const bounds = visibleBounds(projection, size);
		const missed: string[] = [];
		forEachLine(atlas, line => {
			for (let index = line.start; index < line.end; index += 2) {
				const [lon, lat] = [atlas.values[index]!, atlas.values[index + 1]!];
				const [x, y] = projection([lon, lat])!;
				const onCanvas = x >= 0 && y >= 0 && x <= size.width && y <= size.height;
				if (onCanvas && bounds && (lon < bounds.west || lon > bounds.east || lat < bounds.south || lat > bounds.north)) {
					missed.push(`${lon.toFixed(1)},${lat.toFixed(1)}`);
				}
			}
		});
		assert.deepEqual(missed.slice(0, 3), [], `${columns}×${rows} at zoom ${zoom} culls ${missed.length} points on its canvas`);
	}
});

test('ASCII and no colour: only ASCII characters, and markers, route and coast each in characters of their own', () => {
	const frame = drawShipped({glyphs: 'ascii', colour: false, selectedId: 'l-makhachkala'});
	const text = textOf(frame);
	assert.match(text, /^[\u0020-\u007E\n]+$/);
	const charsOf = (style: string) => new Set(frame.lines.flat().filter(run => run.style === style).flatMap(run => [...run.text]));
	const route = charsOf('route');
	const coast = charsOf('coast');
	const markers = new Set([...charsOf('marker'), ...charsOf('selected')]);
	assert.ok(route.size > 0 && coast.size > 0 && markers.size > 0);
	assert.deepEqual([...route].filter(char => coast.has(char) || markers.has(char)), [], 'the route shares characters with the coast or the markers');
	assert.deepEqual([...charsOf('selected')], ['@']);
});

test('arrow keys: → goes to the nearest place that lies to the right; nothing that way stays put', () => {
	const places = [
		{id: 'west', x: 0, y: 10},
		{id: 'near-up-right', x: 4, y: 2},
		{id: 'right', x: 20, y: 11},
		{id: 'below', x: 1, y: 40},
	];
	assert.equal(placeInDirection(places, 'west', 'right'), 'right');
	assert.equal(placeInDirection(places, 'west', 'down'), 'below');
	assert.equal(placeInDirection(places, 'west', 'left'), null);
	assert.equal(placeInDirection(places, 'right', 'left'), 'west');
});
