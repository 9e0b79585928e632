import type {CorpusIndex} from '../../core/records.js';
import {sanitizeLine} from '../../core/sanitize.js';
import {trail, type Visit} from '../state/history.js';
import {clampScroll} from '../state/layout.js';
import type {ReadingPage} from '../state/reading-state.js';
import {markedLines} from './page-marks.js';
import {findHits, findQuery, type PageScreen, type Screens} from './page-screens.js';
import {displayWidth, type Line} from './segments.js';

/** What the screen shows of a full-screen record or article: the lines in view, marked, and what the header and footer say. */
export type ReadingView = {
	/** The lines in view, the chosen link pointed at, the hits highlighted. */
	lines: Line[];
	/** Which of those lines is the chosen link (drawn inverted). */
	chosen: number | null;
	/** The scroll position and the find's count, for the footer. */
	status: string | undefined;
	/** The pages visited up to this one, for the header. */
	trail: string[];
	/** The find's count for its field: "3/7", "no hits". */
	findCount: string;
};

/** Lay out the part of a page in view, with its trail and status. */
export function readingView(index: CorpusIndex, page: ReadingPage, screen: PageScreen | null, screens: Screens, room: number): ReadingView {
	const all = screen?.lines ?? [];
	const scroll = clampScroll(page.scroll, all.length, room);
	const query = findQuery(page.find);
	const hits = findHits(screens, screen, page.find);
	const currentHit = page.find?.hit ?? null;
	const chosenLine = page.type === 'detail' && page.link !== null ? screen?.links[page.link]?.line ?? null : null;
	const lines = markedLines(all, scroll, scroll + room, {chosenLine, hits, currentHit});
	const findCount = query === '' ? '' : hits.length === 0 ? `no “${query}” here` : `${currentHit === null ? '–' : currentHit + 1}/${hits.length}`;
	const position = all.length > room ? `lines ${scroll + 1}–${Math.min(scroll + room, all.length)} of ${all.length}` : undefined;
	return {
		lines,
		chosen: chosenLine === null || chosenLine < scroll || chosenLine >= scroll + room ? null : chosenLine - scroll,
		status: [findCount && `find ${findCount}`, page.type === 'reader' && page.recordId !== null && `at ${visitLabel(index, {view: 'detail', recordId: page.recordId, scroll: 0})}`, position].filter(Boolean).join(' · ') || undefined,
		trail: trail(page.history, visit => visitLabel(index, visit)).map(label => sanitizeLine(label)),
		findCount,
	};
}

/** How the trail names a visit: "Peskov", "¶13 quote", "Russia", "article". */
export function visitLabel(index: CorpusIndex, visit: Visit): string {
	if (visit.view === 'reader') {
		return 'article';
	}

	const record = index.byId.get(visit.recordId);
	if (!record) {
		return visit.recordId;
	}

	switch (record.kind) {
		case 'actor': {
			return record.actor.type === 'person' ? record.actor.name.split(' ').at(-1)! : record.actor.name;
		}

		case 'location': {
			return record.location.name;
		}

		case 'route': {
			return record.route.name;
		}

		default: {
			return record.provenance ? `¶${record.provenance.paragraph} ${record.kind}` : record.kind;
		}
	}
}

/** The trail in `width` columns: "Peskov › ¶13 quote › Russia", its oldest pages given up for "…" first. */
export function fitTrail(labels: string[], width: number): string {
	const joined = (kept: string[]) => kept.join(' › ');
	let kept = labels;
	// The page on screen is always named, cut by the header if need be.
	while (kept.length > (kept[0] === '…' ? 2 : 1) && displayWidth(joined(kept)) > width) {
		kept = kept[0] === '…' ? ['…', ...kept.slice(2)] : ['…', ...kept.slice(1)];
	}

	return joined(kept);
}
