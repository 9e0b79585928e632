/** Where each part of the screen goes, from the terminal size alone. */
export type Layout = {
	mode: 'split' | 'stacked';
	columns: number;
	/** The frame stays one row shorter than the terminal so Ink never scrolls it. */
	rows: number;
	list: {width: number; height: number};
	detail: {width: number; height: number};
	/** Rows of results the list shows at once. */
	pageSize: number;
	/** Lines of text inside the full-screen detail view. */
	fullDetailHeight: number;
};

/** The smallest terminal the app lays out in; below it the app says so. */
export const minimumSize = {columns: 60, rows: 20};

/** Side by side from this many columns; list above detail below it. */
export const splitFromColumns = 100;

// Header, query line, tabs and footer take one row each.
const chromeRows = 4;
// A bordered box spends two rows and four columns (border and padding) on its frame.
const boxRows = 2;
const boxColumns = 4;

export function computeLayout(columns: number, rows: number): Layout {
	const usableRows = Math.max(rows - 1, 12);
	const body = usableRows - chromeRows;
	if (columns >= splitFromColumns) {
		const listWidth = Math.floor(columns * 0.45);
		return {
			mode: 'split',
			columns,
			rows: usableRows,
			list: {width: listWidth, height: body},
			detail: {width: columns - listWidth, height: body},
			pageSize: body - boxRows - 1,
			fullDetailHeight: body - boxRows,
		};
	}

	// The list gets at least half: it is what the user moves through.
	const listHeight = Math.max(Math.ceil(body / 2), 5);
	return {
		mode: 'stacked',
		columns,
		rows: usableRows,
		list: {width: columns, height: listHeight},
		detail: {width: columns, height: body - listHeight},
		pageSize: listHeight - boxRows - 1,
		fullDetailHeight: body - boxRows,
	};
}

/** Lines of text inside a bordered box `height` rows tall. */
export function innerHeight(height: number): number {
	return Math.max(height - boxRows, 1);
}

/** Text width inside a bordered, padded box. */
export function innerWidth(width: number): number {
	return Math.max(width - boxColumns, 10);
}

/** The slice of a list shown around the selection, so only those rows are ever laid out. */
export function listWindow(selected: number, total: number, pageSize: number): {start: number; end: number} {
	const start = Math.max(0, Math.min(selected - Math.floor(pageSize / 2), total - pageSize));
	return {start, end: Math.min(total, start + pageSize)};
}

/** The furthest a page of `lineCount` lines scrolls in `room` lines (0 when it fits). */
export function lastScroll(lineCount: number, room: number): number {
	return Math.max(0, lineCount - room);
}

/** A scroll kept inside the page: from its top to its last screenful. */
export function clampScroll(scroll: number, lineCount: number, room: number): number {
	return Math.max(0, Math.min(scroll, lastScroll(lineCount, room)));
}
