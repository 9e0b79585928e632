import {recordDetail} from '../../core/detail.js';
import {findInPage, type PageHit} from '../../core/find-in-page.js';
import {readArticle, type ArticleReading} from '../../core/reader.js';
import type {BriefRecord, CorpusIndex} from '../../core/records.js';
import type {Location} from '../../core/schema.js';
import type {TextField} from '../state/line-editor.js';
import {detailScreen, type DetailLink} from './detail-lines.js';
import {readerLayout} from './reader-lines.js';
import type {Line} from './segments.js';

/** A full-screen page laid out: its lines, the links of a detail, the marks of a reader. */
export type PageScreen = {
	lines: Line[];
	/** A detail's links, in the order drawn (none in a reader). */
	links: DetailLink[];
	/** A reader's article (null for a detail). */
	reading: ArticleReading | null;
	/** The line each of the reader's records starts on. */
	markLines: Map<string, number>;
	/** A place's detail: the place its locator map shows, beside the lines (laid out narrower for it). */
	locatorPlace: Location | null;
};

/** The page the overlay shows: a record's detail, or an article read at a record. */
export type PageKey = {type: 'detail'; recordId: string} | {type: 'reader'; sourceId: string; recordId: string | null};

export type Screens = {
	/** The page laid out for the width, or null when the corpus has no such record or source. */
	screenOf(page: PageKey): PageScreen | null;
	/** Where a find-in-page query occurs on a page, line by line. */
	hitsOf(screen: PageScreen, query: string): PageHit[];
};

const keptPages = 64;

/**
 * The pages' layouts for one corpus and width, each made once and kept (a few
 * dozen: back and forward come to the same pages), so the keys and the view
 * share them: a key works out the line of a link or a hit from the page the
 * view draws. `locatorColumns`: the room a place's detail leaves beside its
 * text for a locator map (0 for none).
 */
export function pageScreens(index: CorpusIndex, width: number, locatorColumns = 0): Screens {
	const screens = new Map<string, PageScreen | null>();
	const readings = new Map<string, ArticleReading | null>();
	const texts = new WeakMap<PageScreen, string[]>();
	let lastHits: {screen: PageScreen; query: string; hits: PageHit[]} | undefined;

	const make = (page: PageKey): PageScreen | null => {
		if (page.type === 'detail') {
			const record = index.byId.get(page.recordId);
			if (!record) {
				return null;
			}

			const locatorPlace = record.kind === 'location' && locatorColumns > 0 ? record.location : null;
			return {...detailScreen(recordDetail(index, record), record, locatorPlace ? width - locatorColumns : width), reading: null, markLines: new Map(), locatorPlace};
		}

		if (!readings.has(page.sourceId)) {
			readings.set(page.sourceId, readArticle(index, page.sourceId));
		}

		const reading = readings.get(page.sourceId)!;
		if (!reading) {
			return null;
		}

		const {lines, markLines} = readerLayout(reading, width, page.recordId);
		return {lines, links: [], reading, markLines, locatorPlace: null};
	};

	return {
		screenOf(page) {
			const key = page.type === 'detail' ? `d ${page.recordId}` : `r ${page.sourceId} ${page.recordId ?? ''}`;
			if (!screens.has(key)) {
				if (screens.size >= keptPages) {
					screens.clear();
				}

				screens.set(key, make(page));
			}

			return screens.get(key)!;
		},
		hitsOf(screen, query) {
			if (lastHits?.screen !== screen || lastHits.query !== query) {
				if (!texts.has(screen)) {
					texts.set(screen, screen.lines.map(line => line.map(segment => segment.text).join('')));
				}

				lastHits = {screen, query, hits: findInPage(texts.get(screen)!, query)};
			}

			return lastHits.hits;
		},
	};
}

/** What a page's find looks for ('' without one). */
export function findQuery(find: {field: TextField} | null | undefined): string {
	return find?.field.text.trim() ?? '';
}

/** The hits of a page's find (none without a find or a page). */
export function findHits(screens: Screens, screen: PageScreen | null, find: {field: TextField} | null | undefined): PageHit[] {
	const query = findQuery(find);
	return screen && query !== '' ? screens.hitsOf(screen, query) : [];
}

/** The record a page is about: a detail's record, or the one the reader is at. */
export function recordOfPage(index: CorpusIndex, page: PageKey): BriefRecord | null {
	return page.recordId === null ? null : index.byId.get(page.recordId) ?? null;
}
