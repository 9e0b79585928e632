import {neighbourMark} from '../../core/reader.js';
import {recordOfPage} from '../layout/page-screens.js';
import {scrollShowing} from '../state/reading-state.js';
import {keyLabel} from './bindings.js';
import type {KeyDeps} from './key-deps.js';
import {reading, runPageCommand} from './page-commands.js';
import {runRecordCommand} from './record-commands.js';
import {useContextKeys} from './use-context-keys.js';

/** The reader's keys: scroll the article, ] / [ to the next or previous record, Enter opens it, back, find; pin and copy the record it is at. */
export function useReaderKeys(deps: KeyDeps) {
	useContextKeys('reader', deps, command => {
		const {latest, notify, screens, layout} = deps;
		const {overlay} = latest.current;
		if (overlay.type !== 'reader' || command === undefined) {
			return 'unbound';
		}

		const screen = screens.screenOf(overlay);
		if (runPageCommand(command, overlay, screen, deps)) {
			return undefined;
		}

		switch (command) {
			case 'next-mark':
			case 'previous-mark': {
				const by = command === 'next-mark' ? 1 : -1;
				const mark = screen?.reading ? neighbourMark(screen.reading, overlay.recordId ?? '', by) : null;
				if (mark) {
					const line = screen!.markLines.get(mark.record.id) ?? 0;
					reading(deps, {type: 'set-mark', recordId: mark.record.id, scroll: scrollShowing(overlay.scroll, line, layout.fullDetailHeight)});
				} else {
					notify(by > 0 ? `The last record of the article — ${keyLabel('previous-mark', 'reader')} goes back` : `The first record of the article — ${keyLabel('next-mark', 'reader')} goes on`);
				}

				break;
			}

			case 'open-mark': {
				if (overlay.recordId === null) {
					notify(`No record chosen — ${keyLabel('next-mark', 'reader')} goes to the next`);
				} else {
					reading(deps, {type: 'visit', to: {view: 'detail', recordId: overlay.recordId, scroll: 0}});
				}

				break;
			}

			default: {
				// Pin, copy, undo, the briefing and help act on the record the reader is at.
				const record = recordOfPage(deps.index, overlay);
				return runRecordCommand(command, record, deps) ? undefined : 'unbound';
			}
		}

		return undefined;
	});
}
