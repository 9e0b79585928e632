import type {GeoProjection, GeoStream} from 'd3-geo';
import type {Atlas, AtlasResolution} from './atlas.js';
import {eighthOf, glyphSets, strokeOf, type GlyphSet, type MapStyle} from './glyphs.js';
import {placeLabels, type PlacedLabel} from './labels.js';
import {extentOf, focusPlaces, resolutionFor, viewProjection, type DotSize} from './projection.js';
import {drawAtlas} from './draw-atlas.js';
import {brailleOf, createCanvas, drawLine, stepAlong, type DotCanvas} from './raster.js';
import {sanitizeLine} from '../sanitize.js';
import {labelRank, type MapPlace, type MapStory} from './story.js';

export type MapRequest = {
	story: MapStory;
	/** In terminal cells. */
	columns: number;
	rows: number;
	/** Fit the story's focus (see focusPlaces) or every place; then zoom, around the selected place when zoomed in. */
	fit: 'focus' | 'all';
	zoom: number;
	selectedId: string | null;
	/** The places of the selected record. */
	highlightIds: ReadonlySet<string>;
	glyphs: GlyphSet;
	/** Without colour the route is drawn with strokes of its own, so it stays apart from the coastlines. */
	colour: boolean;
	atlas: (resolution: AtlasResolution) => Atlas;
};

/** A run of cells drawn alike. */
export type MapRun = {text: string; style: MapStyle};

/** Where a place falls, in dots (off the canvas too) and, when on it, its cell. */
export type PlacedMarker = {id: string; x: number; y: number; cell: [number, number] | null};

export type MapFrame = {
	lines: MapRun[][];
	markers: PlacedMarker[];
	labels: PlacedLabel[];
	/** Places outside the view. */
	offMap: MapPlace[];
	resolution: AtlasResolution;
};

type Cell = {char: string; style: MapStyle};

/** Draw a story's places and routes over the coastlines and borders of the view. Pure, given the atlas. */
export function renderMap(request: MapRequest): MapFrame {
	const {story, columns, rows, selectedId} = request;
	const size: DotSize = {width: columns * 2, height: rows * 4};
	const projection = projectionOf(request, size);
	const resolution = resolutionFor(projection, size);
	const canvas = createCanvas(columns, rows);
	drawAtlas(canvas, projection, request.atlas(resolution), size);

	const glyphs = glyphSets[request.glyphs];
	// What is drawn over the canvas, by cell (row by row).
	const cells: Array<Cell | undefined> = Array.from({length: columns * rows});
	const at = (column: number, row: number) => row * columns + column;
	const onCanvas = (column: number, row: number) => column >= 0 && row >= 0 && column < columns && row < rows;
	const placeById = new Map(story.places.map(place => [place.id, place]));
	const strokeRoutes = !request.colour || request.glyphs === 'ascii';

	for (const route of story.routes) {
		const stops = route.steps.map(step => placeById.get(step.placeId)).filter(place => place !== undefined);
		for (let leg = 1; leg < stops.length; leg++) {
			const from = stops[leg - 1]!;
			const to = stops[leg]!;
			if (from.id === to.id) {
				continue;
			}

			const path = projectedPath(projection, [from.lon, from.lat], [to.lon, to.lat], size);
			drawRouteLeg(canvas, cells, path, strokeRoutes ? glyphs : null);
			const arrow = arrowOf(path);
			if (arrow) {
				const [column, row] = arrow.cell;
				if (onCanvas(column, row)) {
					cells[at(column, row)] = {char: glyphs.arrows[arrow.eighth]!, style: 'arrow'};
				}
			}
		}
	}

	const ranks = new Map(story.places.map(place => [place.id, labelRank(place, {selectedId, highlightIds: request.highlightIds})]));
	const rankOf = (place: MapPlace) => ranks.get(place.id)!;
	const markers: PlacedMarker[] = [];
	const offMap: MapPlace[] = [];
	const byRank = [...story.places].sort((a, b) => rankOf(a) - rankOf(b));
	for (const place of byRank) {
		const [x, y] = projection([place.lon, place.lat]) ?? [Number.NaN, Number.NaN];
		const cell: [number, number] = [Math.floor(x / 2), Math.floor(y / 4)];
		const shown = Number.isFinite(x) && Number.isFinite(y) && onCanvas(...cell);
		markers.push({id: place.id, x, y, cell: shown ? cell : null});
		if (!shown) {
			offMap.push(place);
			continue;
		}

		const style = place.id === selectedId ? 'selected' : request.highlightIds.has(place.id) ? 'highlight' : 'marker';
		// Places drawn later rank higher and take a shared cell.
		cells[at(...cell)] = {char: glyphs[style], style};
	}

	const arrowCells: Array<[number, number]> = [];
	cells.forEach((cell, key) => {
		if (cell?.style === 'arrow') {
			arrowCells.push([key % columns, Math.floor(key / columns)]);
		}
	});
	const requests = markers
		.filter(marker => marker.cell !== null)
		.map(marker => {
			const place = placeById.get(marker.id)!;
			return {id: place.id, text: sanitizeLine(place.name), column: marker.cell![0], row: marker.cell![1], rank: rankOf(place)};
		});
	const labels = placeLabels(requests, {columns, rows}, arrowCells);
	for (const label of labels) {
		const style = label.id === selectedId ? 'label-selected' : request.highlightIds.has(label.id) ? 'label-highlight' : 'label';
		const chars = [...label.text];
		chars.forEach((char, offset) => {
			cells[at(label.column + offset, label.row)] = {char, style};
		});
		// A blank either side, where nothing else is drawn, so outlines never run into the name.
		for (const column of [label.column - 1, label.column + chars.length]) {
			if (onCanvas(column, label.row) && !cells[at(column, label.row)]) {
				cells[at(column, label.row)] = {char: ' ', style: 'blank'};
			}
		}
	}

	return {lines: linesOf(canvas, cells, request.glyphs), markers: markers.reverse(), labels, offMap: offMap.reverse(), resolution};
}

/** The view's projection; when the selected place would fall off it, the view moves to put it in the middle. */
function projectionOf(request: MapRequest, size: DotSize): GeoProjection {
	const {story, fit, zoom, selectedId} = request;
	const fitted = fit === 'all' ? story.places : focusPlaces(story.places);
	const extent = extentOf(fitted.length > 0 ? fitted.map(place => [place.lon, place.lat]) : [[0, 20]]);
	const selected = story.places.find(place => place.id === selectedId);
	const around: [number, number] | null = selected ? [selected.lon, selected.lat] : null;
	const projection = viewProjection(extent, size, {zoom, center: zoom > 1 ? around : null});
	const point = around ? projection(around) : null;
	const inside = point && point[0] >= 0 && point[1] >= 0 && point[0] < size.width && point[1] < size.height;
	return around && !inside ? viewProjection(extent, size, {zoom, center: around}) : projection;
}

/** A leg of a route as the projection draws it: along the great circle, in dots. */
function projectedPath(projection: GeoProjection, from: [number, number], to: [number, number], size: DotSize): Array<[number, number]> {
	const path: Array<[number, number]> = [];
	const sink: GeoStream = {
		point(x, y) {
			path.push([x, y]);
		},
		lineStart() {},
		lineEnd() {},
		polygonStart() {},
		polygonEnd() {},
		sphere() {},
	};
	const stream = projection.precision(Math.max(size.width, size.height) / 200).stream(sink);
	stream.lineStart();
	stream.point(...from, 0);
	stream.point(...to, 0);
	stream.lineEnd();
	return path;
}

/** Braille dots of the route layer (with colour), or a stroke a cell (without colour or Unicode), so the route is never mistaken for a coast. */
function drawRouteLeg(canvas: DotCanvas, cells: Array<Cell | undefined>, path: Array<[number, number]>, strokes: (typeof glyphSets)[GlyphSet] | null) {
	for (let index = 1; index < path.length; index++) {
		const from = path[index - 1]!;
		const to = path[index]!;
		if (!strokes) {
			drawLine(canvas, 'route', from, to);
			continue;
		}

		const char = strokeOf(strokes, to[0] - from[0], to[1] - from[1]);
		stepAlong(Math.floor(from[0] / 2), Math.floor(from[1] / 4), Math.floor(to[0] / 2), Math.floor(to[1] / 4), (column, row) => {
			if (column >= 0 && row >= 0 && column < canvas.columns && row < canvas.rows) {
				cells[row * canvas.columns + column] = {char, style: 'route'};
			}
		});
	}
}

/** The arrowhead of a leg: at its middle, pointing along it. */
function arrowOf(path: Array<[number, number]>): {cell: [number, number]; eighth: number} | null {
	if (path.length < 2) {
		return null;
	}

	const lengths = path.slice(1).map((point, index) => Math.hypot(point[0] - path[index]![0], point[1] - path[index]![1]));
	let remaining = lengths.reduce((sum, length) => sum + length, 0) / 2;
	for (const [index, length] of lengths.entries()) {
		if (remaining <= length && length > 0) {
			const [x0, y0] = path[index]!;
			const [x1, y1] = path[index + 1]!;
			const share = remaining / length;
			const x = x0 + (x1 - x0) * share;
			const y = y0 + (y1 - y0) * share;
			return {cell: [Math.floor(x / 2), Math.floor(y / 4)], eighth: eighthOf(x1 - x0, y1 - y0)};
		}

		remaining -= length;
	}

	return null;
}

/** The canvas and the cells drawn over it, as runs of like-styled text. */
function linesOf(canvas: DotCanvas, cells: Array<Cell | undefined>, glyphSet: GlyphSet): MapRun[][] {
	const glyphs = glyphSets[glyphSet];
	const {coast, border, route} = canvas.layers;
	const lines: MapRun[][] = [];
	for (let row = 0; row < canvas.rows; row++) {
		const runs: MapRun[] = [];
		let text = '';
		let style: MapStyle | undefined;
		for (let column = 0; column < canvas.columns; column++) {
			const key = row * canvas.columns + column;
			const cell = cells[key];
			let char: string;
			let cellStyle: MapStyle;
			if (cell) {
				char = cell.char;
				cellStyle = cell.style;
			} else {
				cellStyle = route[key] ? 'route' : coast[key] ? 'coast' : border[key] ? 'border' : 'blank';
				const bits = route[key] || coast[key]! | border[key]!;
				char = cellStyle === 'blank' ? ' ' : glyphSet === 'unicode' ? brailleOf(bits) : cellStyle === 'coast' ? glyphs.coast : glyphs.border;
			}

			if (cellStyle === style) {
				text += char;
			} else {
				if (style !== undefined) {
					runs.push({text, style});
				}

				text = char;
				style = cellStyle;
			}
		}

		if (style !== undefined) {
			runs.push({text, style});
		}

		lines.push(runs);
	}

	return lines;
}
