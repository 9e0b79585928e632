import type {DetailLink} from '../layout/detail-lines.js';
import {recordOfPage} from '../layout/page-screens.js';
import {lastScroll} from '../state/layout.js';
import {scrollReaching, scrollShowing, type DetailPage} from '../state/reading-state.js';
import {keyLabel} from './bindings.js';
import type {KeyDeps} from './key-deps.js';
import {openReader, reading, runPageCommand, stepHit} from './page-commands.js';
import {runRecordCommand} from './record-commands.js';
import {useContextKeys} from './use-context-keys.js';

/**
 * The full-screen record's keys: its links (Tab, ↑/↓, Enter follows), back
 * and forward, the next result, the whole article, find, scrolling, and
 * everything that acts on the record.
 */
export function useDetailKeys(deps: KeyDeps) {
	useContextKeys('detail', deps, command => {
		const {latest, index, notify, screens} = deps;
		const {overlay, shown} = latest.current;
		if (overlay.type !== 'detail' || command === undefined) {
			return 'unbound';
		}

		const record = recordOfPage(index, overlay);
		const screen = screens.screenOf(overlay);
		const links = screen?.links ?? [];
		if (runPageCommand(command, overlay, screen, deps)) {
			return undefined;
		}

		switch (command) {
			case 'next-link':
			case 'previous-link': {
				tabToLink(overlay, links, command === 'next-link' ? 1 : -1, deps);
				break;
			}

			case 'link-down':
			case 'link-up': {
				stepToLink(overlay, links, screen?.lines.length ?? 0, command === 'link-down' ? 1 : -1, deps);
				break;
			}

			case 'follow-link': {
				const link = overlay.link === null ? undefined : links[overlay.link];
				if (link) {
					reading(deps, {type: 'visit', to: {view: 'detail', recordId: link.record.id, scroll: 0}});
				} else {
					notify(links.length === 0 ? 'No links on this page' : `No link chosen — ${keyLabel('next-link', 'detail')} or ${keyLabel('link-down', 'detail')} chooses one`);
				}

				break;
			}

			case 'next-result':
			case 'previous-result': {
				const next = command === 'next-result';
				const id = next ? shown.nextResultId : shown.previousResultId;
				if (id === null) {
					notify(shown.results === 0 ? 'No results in the list' : next ? 'This is the last result' : 'This is the first result');
				} else {
					deps.dispatch({type: 'move', by: next ? 1 : -1});
					reading(deps, {type: 'visit', to: {view: 'detail', recordId: id, scroll: 0}});
				}

				break;
			}

			case 'open-reader': {
				openReader(record, deps);
				break;
			}

			case 'next-hit-or-note': {
				if (overlay.find) {
					stepHit(overlay, screen, 1, deps);
				} else {
					runRecordCommand('edit-note', record, deps);
				}

				break;
			}

			default: {
				return runRecordCommand(command, record, deps) ? undefined : 'unbound';
			}
		}

		return undefined;
	});
}

/** Tab / Shift-Tab: the next or previous link, round the page, scrolled into view. */
function tabToLink(page: DetailPage, links: DetailLink[], by: 1 | -1, deps: KeyDeps) {
	if (links.length === 0) {
		deps.notify('No links on this page');
		return;
	}

	const room = deps.layout.fullDetailHeight;
	const link = page.link === null ? firstInView(page, links, by, room) : (page.link + by + links.length) % links.length;
	deps.dispatch({type: 'reading', action: {type: 'select-link', link, scroll: scrollShowing(page.scroll, links[link]!.line, room)}});
}

/** The first link on screen going down (the last going up), else the first after it (or before). */
function firstInView(page: DetailPage, links: DetailLink[], by: 1 | -1, room: number): number {
	if (by > 0) {
		const after = links.findIndex(link => link.line >= page.scroll);
		return after === -1 ? 0 : after;
	}

	const before = links.findLastIndex(link => link.line < page.scroll + room);
	return before === -1 ? links.length - 1 : before;
}

/**
 * ↓ / ↑ as in a text browser: the next link when it is in view or just
 * beyond it, else the page scrolls a line; at the end of the page it says so.
 */
function stepToLink(page: DetailPage, links: DetailLink[], lineCount: number, by: 1 | -1, deps: KeyDeps) {
	const room = deps.layout.fullDetailHeight;
	const inView = (line: number) => line >= page.scroll && line < page.scroll + room;
	const chosen = page.link === null ? undefined : links[page.link];
	const candidate = chosen && inView(chosen.line) ? page.link! + by : firstInView(page, links, by, room);
	const next = links[candidate];
	// In view or near it (half a screen beyond): scrolling brings it in; further off, the page scrolls a line.
	const reach = Math.max(2, Math.floor(room / 2));
	const reachable = next !== undefined && next.line >= page.scroll - reach && next.line < page.scroll + room + reach;
	const mostScroll = lastScroll(lineCount, room);
	if (reachable) {
		deps.dispatch({type: 'reading', action: {type: 'select-link', link: candidate, scroll: scrollReaching(page.scroll, next.line, room)}});
	} else if (by > 0 ? page.scroll < mostScroll : page.scroll > 0) {
		deps.dispatch({type: 'scroll', by});
	} else {
		deps.notify(by > 0 ? (links.length === 0 ? 'The end of the page — it has no links' : 'The end of the page') : 'The top of the page');
	}
}
