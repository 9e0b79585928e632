/** What a key can ask for, by name: the vocabulary the bindings table maps keys to and the key hooks act on. */

export type EditCommand =
	| 'cursor-left'
	| 'cursor-right'
	| 'line-start'
	| 'line-end'
	| 'word-left'
	| 'word-right'
	| 'delete-back'
	| 'delete-forward'
	| 'delete-word-back'
	| 'delete-space-word-back'
	| 'delete-word-forward'
	| 'kill-to-end'
	| 'kill-to-start';

export type Command =
	| EditCommand
	| 'quit'
	| 'close'
	| 'focus-query'
	| 'leave-query'
	| 'history-back'
	| 'history-forward'
	| 'down'
	| 'up'
	| 'page-down'
	| 'page-up'
	| 'first'
	| 'last'
	| 'next-tab'
	| 'previous-tab'
	| 'open-detail'
	| 'back'
	| 'actor-picker'
	| 'location-picker'
	| 'source-picker'
	| 'clear-filters'
	| 'help'
	| 'toggle-choice'
	| 'apply-choice'
	| 'toggle-pin'
	| 'edit-note'
	| 'save-note'
	| 'open-briefing'
	| 'move-pin-up'
	| 'move-pin-down'
	| 'remove-pin'
	| 'undo'
	| 'export'
	| 'copy'
	| MapCommand
	| ReadingCommand;

/** The keys of reading: links and history in a detail, the whole article, find in a page, the preview's scroll. */
export type ReadingCommand =
	| 'next-link'
	| 'previous-link'
	| 'link-down'
	| 'link-up'
	| 'follow-link'
	| 'go-back'
	| 'go-forward'
	| 'open-reader'
	| 'next-mark'
	| 'previous-mark'
	| 'open-mark'
	| 'next-result'
	| 'previous-result'
	| 'find'
	| 'next-hit'
	| 'previous-hit'
	| 'next-hit-or-note'
	| 'find-done'
	| 'end-find'
	| 'preview-down'
	| 'preview-up'
	| 'preview-page-down'
	| 'preview-page-up';

/** The map's commands, carried out by its own key hook (use-map-keys.ts). */
export type MapCommand = 'open-map' | 'map-left' | 'map-right' | 'map-up' | 'map-down' | 'zoom-in' | 'zoom-out' | 'fit-all' | 'open-place' | 'close-map';
