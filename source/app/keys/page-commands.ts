import {nextHit} from '../../core/find-in-page.js';
import {recordsMentioning, type BriefRecord, type CorpusIndex} from '../../core/records.js';
import {findHits, findQuery, type PageScreen} from '../layout/page-screens.js';
import {canGo, scrollShowing, type ReadingAction, type ReadingPage} from '../state/reading-state.js';
import {keyLabel, type Command} from './bindings.js';
import {stepOf, type KeyDeps} from './key-deps.js';

/** Change the page on screen. */
export function reading(deps: KeyDeps, action: ReadingAction) {
	deps.dispatch({type: 'reading', action});
}

/**
 * The keys a detail and the reader share: scrolling, closing, back and
 * forward, and find in the page; false when the command is not one of them.
 */
export function runPageCommand(command: Command, page: ReadingPage, screen: PageScreen | null, deps: KeyDeps): boolean {
	const {dispatch, notify, layout} = deps;
	const step = stepOf(command, layout.fullDetailHeight);
	if (step !== undefined) {
		dispatch({type: 'scroll', by: step});
		return true;
	}

	switch (command) {
		case 'back':
		case 'close': {
			// Esc ends a find first; the reader returns to the page it was opened from; a detail closes.
			if (command === 'back' && page.find) {
				reading(deps, {type: 'end-find'});
			} else if (page.type === 'reader' && canGo(page, -1)) {
				reading(deps, {type: 'step', by: -1});
			} else {
				dispatch({type: 'close-overlay'});
			}

			return true;
		}

		case 'go-back':
		case 'go-forward': {
			const by = command === 'go-back' ? -1 : 1;
			if (canGo(page, by)) {
				reading(deps, {type: 'step', by});
			} else {
				notify(by < 0 ? `No earlier page — ${keyLabel('back', page.type)} closes this one` : `No later page: ${keyLabel('go-forward', page.type)} goes forward after going back`);
			}

			return true;
		}

		case 'find': {
			reading(deps, {type: 'open-find'});
			return true;
		}

		case 'next-hit':
		case 'previous-hit': {
			stepHit(page, screen, command === 'next-hit' ? 1 : -1, deps);
			return true;
		}

		default: {
			return false;
		}
	}
}

/** n / N: the next or previous hit of the find, round the page as in less. */
export function stepHit(page: ReadingPage, screen: PageScreen | null, by: 1 | -1, deps: KeyDeps) {
	const query = findQuery(page.find);
	const hits = findHits(deps.screens, screen, page.find);
	if (query === '') {
		deps.notify(`Nothing to find yet — ${keyLabel('find', page.type)} finds in the page`);
	} else if (hits.length === 0) {
		deps.notify(`No “${query}” on this page`);
	} else {
		const current = page.find?.hit ?? null;
		const hit = current === null ? nextHit(hits, by > 0 ? page.scroll - 1 : page.scroll + deps.layout.fullDetailHeight, by)! : (current + by + hits.length) % hits.length;
		reading(deps, {type: 'find-hit', hit, scroll: scrollShowing(page.scroll, hits[hit]!.line, deps.layout.fullDetailHeight)});
	}
}

/** Where `r` opens the article: at the record's own passage, or a place's or actor's first mention. */
export function readerTarget(index: CorpusIndex, record: BriefRecord): {sourceId: string; recordId: string; mention: boolean} | null {
	if (record.provenance) {
		return {sourceId: record.provenance.source, recordId: record.id, mention: false};
	}

	const mention = recordsMentioning(index, record.id).find(other => other.provenance !== undefined);
	return mention?.provenance ? {sourceId: mention.provenance.source, recordId: mention.id, mention: true} : null;
}

/** Open the whole article at a record (from the list, the preview or a detail), scrolled to its passage. */
export function openReader(record: BriefRecord | null, deps: KeyDeps) {
	const {index, notify, screens, layout, dispatch} = deps;
	if (!record) {
		notify('Nothing to read: the list is empty');
		return;
	}

	const target = readerTarget(index, record);
	const screen = target && screens.screenOf({type: 'reader', sourceId: target.sourceId, recordId: target.recordId});
	if (!target || !screen) {
		notify(`${record.text} is in no article of this corpus`);
		return;
	}

	const line = screen.markLines.get(target.recordId) ?? 0;
	dispatch({type: 'open-reader', sourceId: target.sourceId, recordId: target.recordId, scroll: scrollShowing(0, line, layout.fullDetailHeight)});
	if (target.mention) {
		notify(`${record.text} has no passage of its own: the article where it is named`);
	}
}
