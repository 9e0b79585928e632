import {canStep, currentVisit, startHistory, step, updateVisit, visit, type History, type Visit} from './history.js';
import {editField, emptyField, type EditAction, type TextField} from './line-editor.js';

/**
 * The pages a reader moves between — a record's detail and an article in the
 * reader — with the history of visits (back and forward, each keeping its
 * scroll and chosen link) and the find-in-page field. Pure: the keys work out
 * which line a link, a mark or a hit is on and hand it here.
 */

/** Find in a page: the text sought, whether it is being typed, and which hit is current. */
export type FindState = {field: TextField; editing: boolean; hit: number | null};

type PageCommon = {scroll: number; history: History; find: FindState | null};

export type DetailPage = PageCommon & {
	type: 'detail';
	recordId: string;
	/** The chosen link among the page's related records (null: none yet). */
	link: number | null;
};

export type ReaderPage = PageCommon & {
	type: 'reader';
	sourceId: string;
	/** The record the reader is at: highlighted, and what Enter opens. */
	recordId: string | null;
};

export type ReadingPage = DetailPage | ReaderPage;

export type ReadingAction =
	| {type: 'scroll-to'; scroll: number}
	| {type: 'select-link'; link: number; scroll: number}
	| {type: 'set-mark'; recordId: string; scroll: number}
	| {type: 'visit'; to: Visit}
	| {type: 'step'; by: 1 | -1}
	| {type: 'open-find'}
	| {type: 'edit-find'; edit: EditAction; hit: number | null; scroll: number}
	| {type: 'find-hit'; hit: number; scroll: number}
	| {type: 'close-find-field'}
	| {type: 'end-find'};

/** A page opened afresh (from the list, a pin or the map): its history starts with it. */
export function openPage(first: Visit): ReadingPage {
	return pageAt(startHistory(first));
}

function visitOf(page: ReadingPage): Visit {
	return page.type === 'detail' ? {view: 'detail', recordId: page.recordId, scroll: page.scroll, ...(page.link === null ? {} : {link: page.link})} : {view: 'reader', sourceId: page.sourceId, recordId: page.recordId, scroll: page.scroll};
}

/** The page of the history's current visit, as it was left. */
function pageAt(history: History): ReadingPage {
	const at = currentVisit(history);
	return at.view === 'detail' ? {type: 'detail', recordId: at.recordId, scroll: at.scroll, link: at.link ?? null, history, find: null} : {type: 'reader', sourceId: at.sourceId, recordId: at.recordId, scroll: at.scroll, history, find: null};
}

/** The history with the page as it is now (its scroll, link, mark) kept in its visit. */
function kept(page: ReadingPage): History {
	return updateVisit(page.history, () => visitOf(page));
}

export function canGo(page: ReadingPage, by: 1 | -1): boolean {
	return canStep(page.history, by);
}

export function readingReducer(page: ReadingPage, action: ReadingAction): ReadingPage {
	switch (action.type) {
		case 'scroll-to': {
			return {...page, scroll: action.scroll};
		}

		case 'select-link': {
			return page.type === 'detail' ? {...page, link: action.link, scroll: action.scroll} : page;
		}

		case 'set-mark': {
			return page.type === 'reader' ? {...page, recordId: action.recordId, scroll: action.scroll} : page;
		}

		case 'visit': {
			return pageAt(visit(kept(page), action.to));
		}

		case 'step': {
			return canStep(page.history, action.by) ? pageAt(step(kept(page), action.by)) : page;
		}

		case 'open-find': {
			return {...page, find: {field: page.find?.field ?? emptyField, editing: true, hit: page.find?.hit ?? null}};
		}

		case 'edit-find': {
			const field = editField(page.find?.field ?? emptyField, action.edit);
			return {...page, scroll: action.scroll, find: {field, editing: true, hit: action.hit}};
		}

		case 'find-hit': {
			return page.find ? {...page, scroll: action.scroll, find: {...page.find, hit: action.hit}} : page;
		}

		case 'close-find-field': {
			return page.find && page.find.field.text.trim() !== '' ? {...page, find: {...page.find, editing: false}} : {...page, find: null};
		}

		case 'end-find': {
			return {...page, find: null};
		}
	}
}

/** The scroll that shows `line`: unchanged when it is on screen, else with the line a third of the way down. */
export function scrollShowing(scroll: number, line: number, room: number): number {
	if (line >= scroll && line < scroll + room) {
		return scroll;
	}

	return Math.max(0, line - Math.floor(room / 3));
}

/** The same, but the least scroll that brings the line in (a link reached line by line). */
export function scrollReaching(scroll: number, line: number, room: number): number {
	return line < scroll ? line : line >= scroll + room ? line - room + 1 : scroll;
}
