import {lastScroll} from '../state/layout.js';
import {previewScroll} from '../state/preview-state.js';
import {keyLabel, type Command} from './bindings.js';
import type {KeyDeps} from './key-deps.js';

const previewSteps: Partial<Record<Command, number>> = {'preview-down': 1, 'preview-up': -1, 'preview-page-down': Infinity, 'preview-page-up': -Infinity};

/** Shift-↑/↓ and Shift-PgUp/PgDn scroll the preview beside the list; false when the command is not one of them. */
export function runPreviewCommand(command: Command | undefined, deps: KeyDeps): boolean {
	const step = command === undefined ? undefined : previewSteps[command];
	if (step === undefined) {
		return false;
	}

	scrollPreviewBy(step, deps);
	return true;
}

/** Scroll the preview by lines (±Infinity: a page), or say why it cannot. */
export function scrollPreviewBy(step: number, {latest, dispatch, notify}: KeyDeps) {
	const {shown, preview} = latest.current;
	const {selectedId, previewLines, previewRoom} = shown;
	const by = Number.isFinite(step) ? step : Math.sign(step) * Math.max(previewRoom - 1, 1);
	const scroll = previewScroll(preview, selectedId);
	const most = lastScroll(previewLines, previewRoom);
	if (selectedId === null) {
		notify('Nothing to preview: the list is empty');
	} else if (most === 0) {
		notify('The preview shows all of it');
	} else if (by > 0 ? scroll >= most : scroll <= 0) {
		notify(by > 0 ? `The end of the preview — ${keyLabel('open-detail', 'list')} reads it full-screen` : 'The top of the preview');
	} else {
		dispatch({type: 'scroll-preview', by, recordId: selectedId});
	}
}
