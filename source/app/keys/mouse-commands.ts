import {clampScroll, listWindow, type Layout} from '../state/layout.js';
import type {KeyDeps} from './key-deps.js';
import type {MouseEvent} from './mouse.js';
import {scrollPreviewBy} from './preview-commands.js';

/** Header, query line and tabs lie above the body; the body's boxes start on this terminal row (counted from 1). */
const bodyTop = 4;
/** Lines a wheel notch scrolls a page or the preview. */
const wheelLines = 3;

type Area = {part: 'list'; row: number | null} | {part: 'preview'} | null;

/** Which part of the list screen a cell is in, and for the list which of its rows (null on its border or position line). */
export function areaAt(layout: Layout, x: number, y: number): Area {
	const top = y - bodyTop;
	if (top < 0) {
		return null;
	}

	const inList = layout.mode === 'split' ? x <= layout.list.width && top < layout.list.height : top < layout.list.height;
	if (inList) {
		const row = top - 1;
		return {part: 'list', row: row >= 0 && row < layout.pageSize ? row : null};
	}

	return top < (layout.mode === 'split' ? layout.detail.height : layout.list.height + layout.detail.height) ? {part: 'preview'} : null;
}

/**
 * What the mouse does: the wheel scrolls the page under it (the list, the
 * briefing and a picker move their cursor, the preview and the full-screen
 * pages scroll); a left click on a result selects it, on a detail's link
 * chooses it. Elsewhere it does nothing, as in a terminal.
 */
export function runMouse(event: MouseEvent, deps: KeyDeps) {
	const {latest, layout, dispatch} = deps;
	const {overlay, shown, selected} = latest.current;
	const wheel = event.action === 'wheel-up' ? -1 : event.action === 'wheel-down' ? 1 : 0;
	const leftClick = event.action === 'press' && event.button === 'left';
	if (overlay.type === 'detail' || overlay.type === 'reader' || overlay.type === 'help') {
		if (wheel !== 0) {
			dispatch({type: 'scroll', by: wheel * wheelLines});
		} else if (leftClick && overlay.type === 'detail') {
			// The page's first line is under the box's top border; the view clamps the scroll to the page.
			const screen = deps.screens.screenOf(overlay);
			const top = clampScroll(overlay.scroll, screen?.lines.length ?? 0, layout.fullDetailHeight);
			const line = top + event.y - bodyTop - 1;
			const link = screen?.links.findIndex(candidate => candidate.line === line) ?? -1;
			if (link !== -1) {
				dispatch({type: 'reading', action: {type: 'select-link', link, scroll: top}});
			}
		}

		return;
	}

	if (overlay.type === 'briefing' && wheel !== 0) {
		dispatch({type: 'move-briefing-cursor', by: wheel});
		return;
	}

	if (overlay.type === 'picker' && wheel !== 0) {
		dispatch({type: 'picker', action: {type: 'move', by: wheel}});
		return;
	}

	const area = overlay.type === 'none' ? areaAt(layout, event.x, event.y) : null;
	if (area?.part === 'list' && wheel !== 0) {
		dispatch({type: 'move', by: wheel});
	} else if (area?.part === 'preview' && wheel !== 0) {
		scrollPreviewBy(wheel * wheelLines, deps);
	} else if (area?.part === 'list' && area.row !== null && leftClick) {
		const {start} = listWindow(selected, shown.results, layout.pageSize);
		const target = start + area.row;
		if (target < shown.results) {
			dispatch({type: 'move', by: target - selected});
		}
	}
}
