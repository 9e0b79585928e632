/**
 * Label placement for map markers: greedy by rank. Each label tries a few
 * positions around its marker (right first, as a reader expects); it takes
 * the first that stays on the canvas and covers no marker, arrowhead or
 * label already placed, nor touches another marker or label on its row. A label with no such place is dropped — never drawn
 * over another — and since labels are placed best first, the ones dropped
 * are the least important.
 */

export type LabelRequest = {
	id: string;
	text: string;
	/** The marker's cell. */
	column: number;
	row: number;
	/** Higher is placed first. */
	rank: number;
};

export type PlacedLabel = {id: string; text: string; column: number; row: number};

export type Grid = {columns: number; rows: number};

/** Where a label of `length` cells may go, relative to its marker, in order of preference. */
function candidates(length: number): Array<[number, number]> {
	const centred = -Math.floor(length / 2);
	return [
		[2, 0],
		[-length - 1, 0],
		[1, -1],
		[1, 1],
		[centred, -1],
		[centred, 1],
		[-length, -1],
		[-length, 1],
	];
}

/**
 * Place labels without overlap. `blocked` are cells no label may cover
 * (markers, arrowheads); every marker of a request is blocked too. A label
 * also keeps one free cell from the next label on its row, so two never read
 * as one.
 */
export function placeLabels(requests: LabelRequest[], grid: Grid, blocked: Iterable<[number, number]> = []): PlacedLabel[] {
	const taken = new Set<number>();
	const key = (column: number, row: number) => row * grid.columns + column;
	for (const [column, row] of blocked) {
		taken.add(key(column, row));
	}

	// Beside each marker only its own label may start or end, so a name never reads as another marker's.
	const besideMarker = new Map<number, string>();
	for (const request of requests) {
		taken.add(key(request.column, request.row));
		for (const column of [request.column - 1, request.column + 1]) {
			if (column >= 0 && column < grid.columns) {
				besideMarker.set(key(column, request.row), request.id);
			}
		}
	}

	const spaced = new Set<number>();
	const ordered = [...requests].sort((a, b) => b.rank - a.rank || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
	const placed: PlacedLabel[] = [];
	for (const request of ordered) {
		const length = [...request.text].length;
		if (length === 0) {
			continue;
		}

		for (const [dx, dy] of candidates(length)) {
			const column = request.column + dx;
			const row = request.row + dy;
			if (column < 0 || row < 0 || row >= grid.rows || column + length > grid.columns) {
				continue;
			}

			let free = true;
			for (let at = column; at < column + length && free; at++) {
				const beside = besideMarker.get(key(at, row));
				free = !taken.has(key(at, row)) && !spaced.has(key(at, row)) && (beside === undefined || beside === request.id);
			}

			if (!free) {
				continue;
			}

			for (let at = column; at < column + length; at++) {
				taken.add(key(at, row));
			}

			if (column > 0) {
				spaced.add(key(column - 1, row));
			}

			if (column + length < grid.columns) {
				spaced.add(key(column + length, row));
			}

			placed.push({id: request.id, text: request.text, column, row});
			break;
		}
	}

	return placed;
}
