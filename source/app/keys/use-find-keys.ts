import {nextHit} from '../../core/find-in-page.js';
import {editField, emptyField} from '../state/line-editor.js';
import {scrollShowing} from '../state/reading-state.js';
import {findHits, findQuery} from '../layout/page-screens.js';
import {editFor} from './edit-commands.js';
import type {KeyDeps} from './key-deps.js';
import {reading} from './page-commands.js';
import {useContextKeys} from './use-context-keys.js';

/** The find field's keys: a line editor that jumps to the first hit as it is typed; Enter keeps the hits, Esc drops them. */
export function useFindKeys(deps: KeyDeps) {
	useContextKeys('find', deps, (command, input, key) => {
		const {latest, screens, layout, notify} = deps;
		const {overlay} = latest.current;
		if (overlay.type !== 'detail' && overlay.type !== 'reader') {
			return 'unbound';
		}

		const screen = screens.screenOf(overlay);
		const field = overlay.find?.field ?? emptyField;
		const edit = editFor(command, input, key);
		if (edit) {
			const hits = findHits(screens, screen, {field: editField(field, edit)});
			// From the top of the screen on, as less searches forward.
			const hit = nextHit(hits, overlay.scroll - 1, 1);
			const scroll = hit === null ? overlay.scroll : scrollShowing(overlay.scroll, hits[hit]!.line, layout.fullDetailHeight);
			reading(deps, {type: 'edit-find', edit, hit, scroll});
		} else if (command === 'find-done') {
			const query = findQuery({field});
			reading(deps, {type: 'close-find-field'});
			if (query !== '' && screen && findHits(screens, screen, {field}).length === 0) {
				notify(`No “${query}” on this page`);
			}
		} else if (command === 'end-find') {
			reading(deps, {type: 'end-find'});
		} else {
			return 'unbound';
		}

		return undefined;
	});
}
