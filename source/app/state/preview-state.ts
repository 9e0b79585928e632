import {clampScroll} from './layout.js';

/** The split view's preview scrolls on its own (Shift-↑/↓), for the record it was scrolled on; another record starts at the top. */
export type Preview = {recordId: string | null; scroll: number};

/** Scroll the preview of `recordId` by `by` lines, inside what its pane last showed. */
export function scrollPreview(preview: Preview, {by, recordId}: {by: number; recordId: string}, shown: {previewLines: number; previewRoom: number}): Preview {
	const from = preview.recordId === recordId ? preview.scroll : 0;
	return {recordId, scroll: clampScroll(from + by, shown.previewLines, shown.previewRoom)};
}

/** The scroll to draw the preview of `recordId` at. */
export function previewScroll(preview: Preview, recordId: string | null): number {
	return recordId !== null && preview.recordId === recordId ? preview.scroll : 0;
}
