/**
 * A small rasteriser onto Braille cells: a canvas of dots, 2 wide and 4 high
 * per terminal cell, kept as one byte of Braille dot bits per cell and layer.
 * Lines are clipped to the canvas first (Liang–Barsky), then stepped dot by
 * dot (Bresenham), so a line far off the canvas costs nothing.
 */

export type DotLayer = 'coast' | 'border' | 'route';

export type DotCanvas = {
	columns: number;
	rows: number;
	/** Braille dot bits of each cell (row by row), by layer. */
	layers: Record<DotLayer, Uint8Array>;
	/** Set a dot (whole x and y, on the canvas) of each layer: made with the canvas, so drawing a segment makes no function. */
	plot: Record<DotLayer, (x: number, y: number) => void>;
};

/** The Braille bit of the dot at (x, y) within its cell: dots 1–3 and 7 down the left, 4–6 and 8 down the right. */
const dotBits = [
	[0x01, 0x02, 0x04, 0x40],
	[0x08, 0x10, 0x20, 0x80],
] as const;

export function createCanvas(columns: number, rows: number): DotCanvas {
	const cells = columns * rows;
	const layers = {coast: new Uint8Array(cells), border: new Uint8Array(cells), route: new Uint8Array(cells)};
	const plotter = (bits: Uint8Array) => (x: number, y: number) => {
		bits[(y >> 2) * columns + (x >> 1)]! |= dotBits[x & 1]![y & 3]!;
	};

	return {columns, rows, layers, plot: {coast: plotter(layers.coast), border: plotter(layers.border), route: plotter(layers.route)}};
}

/** A straight line of dots between two points of the canvas (in dots, fractional allowed). */
export function drawLine(canvas: DotCanvas, layer: DotLayer, from: [number, number], to: [number, number]) {
	drawSegment(canvas, layer, from[0], from[1], to[0], to[1]);
}

/** drawLine without arrays: the atlas draws tens of thousands of these a frame. */
export function drawSegment(canvas: DotCanvas, layer: DotLayer, x0: number, y0: number, x1: number, y1: number) {
	const maxX = canvas.columns * 2 - 1;
	const maxY = canvas.rows * 4 - 1;
	if ((x0 < 0 && x1 < 0) || (y0 < 0 && y1 < 0) || (x0 > maxX && x1 > maxX) || (y0 > maxY && y1 > maxY)) {
		return;
	}

	const dx = x1 - x0;
	const dy = y1 - y0;
	// Most segments lie on the canvas: clipping would keep all of each (from 0 to 1 of the way along).
	if (x0 >= 0 && y0 >= 0 && x1 >= 0 && y1 >= 0 && x0 <= maxX && x1 <= maxX && y0 <= maxY && y1 <= maxY) {
		stepAlong(x0, y0, x0 + dx, y0 + dy, canvas.plot[layer]);
		return;
	}

	const range = clipRange(x0, y0, x1, y1, maxX, maxY);
	if (range === null) {
		return;
	}

	stepAlong(x0 + range.enter * dx, y0 + range.enter * dy, x0 + range.leave * dx, y0 + range.leave * dy, canvas.plot[layer]);
}

/**
 * The part of a segment inside [0, maxX] × [0, maxY], as the share of the way
 * along it where it enters and leaves; null when it misses (Liang–Barsky).
 */
export function clipRange(x0: number, y0: number, x1: number, y1: number, maxX: number, maxY: number): {enter: number; leave: number} | null {
	const dx = x1 - x0;
	const dy = y1 - y0;
	let enter = 0;
	let leave = 1;
	for (let edge = 0; edge < 4; edge++) {
		const p = edge === 0 ? -dx : edge === 1 ? dx : edge === 2 ? -dy : dy;
		const q = edge === 0 ? x0 : edge === 1 ? maxX - x0 : edge === 2 ? y0 : maxY - y0;
		if (p === 0) {
			if (q < 0) {
				return null;
			}

			continue;
		}

		const t = q / p;
		if (p < 0) {
			enter = Math.max(enter, t);
		} else {
			leave = Math.min(leave, t);
		}
	}

	return enter > leave || !Number.isFinite(enter) || !Number.isFinite(leave) ? null : {enter, leave};
}

/** Visit every whole point of a line from (x0, y0) to (x1, y1), rounded, in order (Bresenham). */
export function stepAlong(fromX: number, fromY: number, toX: number, toY: number, visit: (x: number, y: number) => void) {
	let x = Math.round(fromX);
	let y = Math.round(fromY);
	const x1 = Math.round(toX);
	const y1 = Math.round(toY);
	const dx = Math.abs(x1 - x);
	const dy = -Math.abs(y1 - y);
	const stepX = x < x1 ? 1 : -1;
	const stepY = y < y1 ? 1 : -1;
	let error = dx + dy;
	for (;;) {
		visit(x, y);
		if (x === x1 && y === y1) {
			return;
		}

		const doubled = 2 * error;
		if (doubled >= dy) {
			error += dy;
			x += stepX;
		}

		if (doubled <= dx) {
			error += dx;
			y += stepY;
		}
	}
}

/** The 256 Braille characters, by dot bits (U+2800 is the empty cell). */
const brailleCharacters = Array.from({length: 256}, (_, bits) => String.fromCodePoint(0x28_00 + bits));

/** The Braille character of a cell's dot bits. */
export function brailleOf(bits: number): string {
	return brailleCharacters[bits]!;
}

/** A layer as text, one line per row: for tests and for reading a canvas. */
export function layerText(canvas: DotCanvas, layer: DotLayer): string[] {
	const lines: string[] = [];
	for (let row = 0; row < canvas.rows; row++) {
		let line = '';
		for (let column = 0; column < canvas.columns; column++) {
			line += brailleOf(canvas.layers[layer][row * canvas.columns + column]!);
		}

		lines.push(line);
	}

	return lines;
}
