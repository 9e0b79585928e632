import type {Key} from 'ink';

/** Where the user is: which bindings apply. Each has its own key hook. */
export type KeyContext = 'query' | 'list' | 'detail' | 'reader' | 'find' | 'picker' | 'help' | 'briefing' | 'note' | 'map';

/** The contexts with a text field: plain characters are typed there. */
export const textContexts: readonly KeyContext[] = ['query', 'picker', 'note', 'find'];

export type {EditCommand, Command, ReadingCommand, MapCommand} from './commands.js';
import type {Command} from './commands.js';

/**
 * One key: a typed character and/or a named key, with modifiers. Plain
 * characters are typed where there is a text field unless `whileTyping` says
 * the key is a command there too.
 */
export type KeySpec = {input?: string; key?: keyof Key; ctrl?: boolean; meta?: boolean; shift?: boolean; whileTyping?: boolean};

export type Binding = {
	command: Command;
	keys: KeySpec[];
	description: string;
	contexts: KeyContext[];
	/** Shown in the footer, with its short description, in these contexts (in table order, while they fit). */
	footer?: KeyContext[];
	short?: string;
};

const everywhere: KeyContext[] = ['query', 'list', 'detail', 'reader', 'find', 'picker', 'help', 'briefing', 'note', 'map'];
const editing: KeyContext[] = ['query', 'picker', 'note', 'find'];
const choosing: KeyContext[] = ['list', 'picker', 'query', 'briefing'];
const scrolling: KeyContext[] = ['detail', 'reader', 'help'];
const pages: KeyContext[] = ['detail', 'reader'];
const onRecord: KeyContext[] = ['list', 'detail'];

/**
 * Every key binding: the key hooks dispatch from this table and the help
 * overlay and footer print it, so help never disagrees with behaviour.
 * Order matters: the first matching binding for the context wins, and the
 * footer shows hints in this order while they fit.
 */
export const bindings: Binding[] = [
	{command: 'quit', keys: [{input: 'c', ctrl: true}], description: 'quit brief (from anywhere)', contexts: everywhere},
	{command: 'apply-choice', keys: [{key: 'return'}], description: 'apply the choice (none ticked: the highlighted one)', short: 'apply', contexts: ['picker'], footer: ['picker']},
	{command: 'toggle-choice', keys: [{key: 'tab', shift: false}], description: 'tick or untick, then move down (several at once)', short: 'tick', contexts: ['picker'], footer: ['picker']},
	{command: 'save-note', keys: [{key: 'return'}], description: 'save the note', short: 'save', contexts: ['note'], footer: ['note']},
	{command: 'find-done', keys: [{key: 'return'}], description: 'keep the hits and go back to the page (n / N step through them)', short: 'done', contexts: ['find'], footer: ['find']},
	{command: 'end-find', keys: [{key: 'escape'}], description: 'stop finding: the hits go', short: 'cancel', contexts: ['find'], footer: ['find']},
	{command: 'follow-link', keys: [{key: 'return'}], description: 'follow the chosen link: that record’s detail', short: 'follow', contexts: ['detail'], footer: ['detail']},
	{command: 'open-mark', keys: [{key: 'return'}], description: 'the detail of the record the reader is at', short: 'open', contexts: ['reader'], footer: ['reader']},
	{command: 'open-detail', keys: [{key: 'return'}], description: 'read the record full-screen', short: 'read', contexts: ['list', 'briefing'], footer: ['list', 'briefing']},
	{command: 'leave-query', keys: [{key: 'return'}, {key: 'escape'}], description: 'leave the query for the list', short: 'to list', contexts: ['query'], footer: ['query']},
	{command: 'back', keys: [{key: 'escape'}], description: 'close: back to where you were', short: 'back', contexts: ['help', 'picker', 'briefing', 'note'], footer: ['help', 'picker', 'briefing', 'note']},
	{command: 'back', keys: [{key: 'escape'}], description: 'close: back to where it was opened from', short: 'close', contexts: pages, footer: pages},
	{command: 'close-map', keys: [{key: 'escape'}], description: 'close the place, then the map', short: 'back', contexts: ['map'], footer: ['map']},
	{command: 'close-map', keys: [{input: 'q'}], description: 'close the place, then the map', contexts: ['map']},
	{command: 'map-left', keys: [{key: 'leftArrow'}, {input: 'h'}], description: 'to the place on the left', short: 'move', contexts: ['map'], footer: ['map']},
	{command: 'map-right', keys: [{key: 'rightArrow'}, {input: 'l'}], description: 'to the place on the right', contexts: ['map']},
	{command: 'map-up', keys: [{key: 'upArrow'}, {input: 'k'}], description: 'to the place above', contexts: ['map']},
	{command: 'map-down', keys: [{key: 'downArrow'}, {input: 'j'}], description: 'to the place below', contexts: ['map']},
	{command: 'open-place', keys: [{key: 'return'}], description: 'the place’s detail', short: 'place', contexts: ['map'], footer: ['map']},
	{command: 'zoom-in', keys: [{input: '+'}, {input: '='}], description: 'zoom in on the place', short: 'zoom', contexts: ['map'], footer: ['map']},
	{command: 'zoom-out', keys: [{input: '-'}], description: 'zoom out', contexts: ['map'], footer: ['map']},
	{command: 'fit-all', keys: [{input: '0'}], description: 'fit every place', short: 'fit all', contexts: ['map'], footer: ['map']},
	{command: 'close', keys: [{input: 'q'}], description: 'close: back to where you were', contexts: ['detail', 'reader', 'help', 'briefing']},
	{command: 'next-link', keys: [{key: 'tab', shift: false}], description: 'the next link (a record the page names)', short: 'link', contexts: ['detail'], footer: ['detail']},
	{command: 'previous-link', keys: [{key: 'tab', shift: true}], description: 'the previous link', contexts: ['detail']},
	{command: 'link-down', keys: [{key: 'downArrow', shift: false}], description: 'the next link when it is in view, else scroll down', contexts: ['detail']},
	{command: 'link-up', keys: [{key: 'upArrow', shift: false}], description: 'the previous link when it is in view, else scroll up', contexts: ['detail']},
	{command: 'go-back', keys: [{key: 'backspace'}, {key: 'leftArrow', meta: true}], description: 'back to the page before (as a browser)', short: 'back', contexts: pages, footer: pages},
	{command: 'go-forward', keys: [{key: 'rightArrow', meta: true}], description: 'forward again', contexts: pages},
	{command: 'next-mark', keys: [{input: ']'}], description: 'the next record of the article', short: 'next', contexts: ['reader'], footer: ['reader']},
	{command: 'previous-mark', keys: [{input: '['}], description: 'the previous record of the article', contexts: ['reader']},
	{command: 'next-result', keys: [{input: ']'}], description: 'the next result of the list, full-screen', short: 'next', contexts: ['detail'], footer: ['detail']},
	{command: 'previous-result', keys: [{input: '['}], description: 'the previous result of the list', contexts: ['detail']},
	{command: 'open-reader', keys: [{input: 'r'}], description: 'read the whole article at this record', short: 'article', contexts: ['list', 'detail'], footer: ['detail']},
	{command: 'find', keys: [{input: '/'}], description: 'find in the page', short: 'find', contexts: pages, footer: pages},
	{command: 'next-hit', keys: [{input: 'n'}], description: 'the next hit of the find', contexts: ['reader']},
	{command: 'next-hit-or-note', keys: [{input: 'n'}], description: 'the next hit of the find; with no find shown, write or edit the note', contexts: ['detail']},
	{command: 'previous-hit', keys: [{input: 'N'}], description: 'the previous hit of the find', contexts: pages},
	{command: 'quit', keys: [{input: 'q'}], description: 'quit brief', short: 'quit', contexts: ['list'], footer: ['list']},
	{command: 'focus-query', keys: [{input: '/'}], description: 'search: edit the query', short: 'search', contexts: ['list', 'briefing'], footer: ['list']},
	{command: 'next-tab', keys: [{key: 'tab', shift: false}], description: 'next kind tab', short: 'kind', contexts: ['query', 'list'], footer: ['query', 'list']},
	{command: 'previous-tab', keys: [{key: 'tab', shift: true}], description: 'previous kind tab', contexts: ['query', 'list']},
	// Before the moving keys, so Shift-↑/↓ scroll the preview rather than move the list.
	{command: 'preview-down', keys: [{key: 'downArrow', shift: true}], description: 'scroll the preview down', short: 'preview', contexts: ['list', 'query'], footer: ['list', 'query']},
	{command: 'preview-up', keys: [{key: 'upArrow', shift: true}], description: 'scroll the preview up', contexts: ['list', 'query']},
	{command: 'preview-page-down', keys: [{key: 'pageDown', shift: true}], description: 'scroll the preview a page down', contexts: ['list', 'query']},
	{command: 'preview-page-up', keys: [{key: 'pageUp', shift: true}], description: 'scroll the preview a page up', contexts: ['list', 'query']},
	{command: 'toggle-pin', keys: [{input: 'p'}], description: 'pin or unpin the record (in the reader: the one it is at)', short: 'pin', contexts: [...onRecord, 'reader'], footer: onRecord},
	{command: 'remove-pin', keys: [{input: 'd'}], description: 'remove the pin', short: 'remove', contexts: ['briefing'], footer: ['briefing']},
	{command: 'undo', keys: [{input: 'u'}], description: 'undo the last unpin, remove or move (note and place restored)', short: 'undo', contexts: ['list', 'detail', 'reader', 'briefing'], footer: ['briefing']},
	{command: 'move-pin-down', keys: [{input: 'J'}, {key: 'downArrow', shift: true}], description: 'move the pin down', short: 'down', contexts: ['briefing'], footer: ['briefing']},
	{command: 'move-pin-up', keys: [{input: 'K'}, {key: 'upArrow', shift: true}], description: 'move the pin up', short: 'up', contexts: ['briefing'], footer: ['briefing']},
	{command: 'edit-note', keys: [{input: 'n'}], description: 'write or edit the note (pins the record)', short: 'note', contexts: ['list', 'briefing'], footer: ['briefing']},
	{command: 'export', keys: [{input: 'e'}], description: 'export the briefing as Markdown (never over an earlier file)', short: 'export', contexts: ['briefing'], footer: ['briefing']},
	{command: 'actor-picker', keys: [{input: 'a'}], description: 'filter by actor', short: 'actors', contexts: onRecord, footer: ['list']},
	{command: 'location-picker', keys: [{input: 'l'}], description: 'filter by place', short: 'places', contexts: onRecord, footer: ['list']},
	{command: 'source-picker', keys: [{input: 's'}], description: 'filter by source (article)', short: 'sources', contexts: onRecord},
	{command: 'clear-filters', keys: [{input: 'x'}], description: 'clear all filters', short: 'clear filters', contexts: onRecord, footer: ['list']},
	{command: 'open-briefing', keys: [{input: 'b'}], description: 'the briefing: pins in order, with notes', short: 'briefing', contexts: [...onRecord, 'reader'], footer: ['list', 'detail']},
	{command: 'open-map', keys: [{input: 'm'}], description: 'map of the places behind the results', short: 'map', contexts: ['list'], footer: ['list']},
	{command: 'copy', keys: [{input: 'y'}], description: 'copy as a citation (OSC 52 clipboard)', short: 'copy', contexts: ['list', 'detail', 'reader', 'briefing']},
	{command: 'history-back', keys: [{key: 'upArrow', meta: true}, {input: 'p', meta: true}], description: 'an earlier query from the history', short: 'history', contexts: ['query'], footer: ['query']},
	{command: 'history-forward', keys: [{key: 'downArrow', meta: true}, {input: 'n', meta: true}], description: 'a later query from the history', contexts: ['query']},
	// The line editor's keys come before paging, so Ctrl-D deletes forward where there is text.
	{command: 'cursor-left', keys: [{key: 'leftArrow'}], description: 'cursor a character left', contexts: editing},
	{command: 'cursor-right', keys: [{key: 'rightArrow'}], description: 'cursor a character right', contexts: editing},
	{command: 'line-start', keys: [{key: 'home'}, {input: 'a', ctrl: true}], description: 'cursor to the start', contexts: editing},
	{command: 'line-end', keys: [{key: 'end'}, {input: 'e', ctrl: true}], description: 'cursor to the end', contexts: editing},
	{command: 'word-left', keys: [{input: 'b', meta: true}, {key: 'leftArrow', ctrl: true}, {key: 'leftArrow', meta: true}], description: 'cursor a word left', contexts: editing},
	{command: 'word-right', keys: [{input: 'f', meta: true}, {key: 'rightArrow', ctrl: true}, {key: 'rightArrow', meta: true}], description: 'cursor a word right', contexts: editing},
	{command: 'delete-word-back', keys: [{key: 'backspace', meta: true}], description: 'delete the word before the cursor', contexts: editing},
	{command: 'delete-back', keys: [{key: 'backspace'}], description: 'delete the character before the cursor', contexts: editing},
	{command: 'delete-forward', keys: [{key: 'delete'}, {input: 'd', ctrl: true}], description: 'delete the character under the cursor', contexts: editing},
	{command: 'delete-space-word-back', keys: [{input: 'w', ctrl: true}], description: 'delete back to the previous space', contexts: editing},
	{command: 'delete-word-forward', keys: [{input: 'd', meta: true}, {key: 'delete', meta: true}], description: 'delete the word after the cursor', contexts: editing},
	{command: 'kill-to-end', keys: [{input: 'k', ctrl: true}], description: 'delete to the end', contexts: editing},
	{command: 'kill-to-start', keys: [{input: 'u', ctrl: true}], description: 'delete to the start (at the end: clear)', short: 'clear', contexts: editing, footer: ['query']},
	{command: 'down', keys: [{key: 'downArrow'}, {input: 'n', ctrl: true}, {input: 'j'}], description: 'next row', short: 'move', contexts: choosing, footer: ['list']},
	{command: 'up', keys: [{key: 'upArrow'}, {input: 'p', ctrl: true}, {input: 'k'}], description: 'previous row', contexts: choosing},
	{command: 'down', keys: [{key: 'downArrow'}, {input: 'n', ctrl: true}, {input: 'j'}], description: 'scroll down', short: 'scroll', contexts: ['reader', 'help'], footer: ['reader']},
	{command: 'up', keys: [{key: 'upArrow'}, {input: 'p', ctrl: true}, {input: 'k'}], description: 'scroll up', contexts: ['reader', 'help']},
	// In a detail ↑/↓ step through the links (scrolling where none is in view); j/k only scroll.
	{command: 'down', keys: [{input: 'n', ctrl: true}, {input: 'j'}], description: 'scroll down', short: 'scroll', contexts: ['detail'], footer: ['detail']},
	{command: 'up', keys: [{input: 'p', ctrl: true}, {input: 'k'}], description: 'scroll up', contexts: ['detail']},
	{command: 'page-down', keys: [{key: 'pageDown'}, {input: 'd', ctrl: true}], description: 'a page down', contexts: ['list', 'briefing', ...scrolling]},
	// In a text field Ctrl-D deletes forward, as in readline.
	{command: 'page-down', keys: [{key: 'pageDown'}], description: 'a page down', contexts: ['query', 'picker']},
	{command: 'page-up', keys: [{key: 'pageUp'}, {input: 'b', ctrl: true}], description: 'a page up', contexts: [...choosing, ...scrolling]},
	{command: 'first', keys: [{input: 'g'}, {key: 'home'}], description: 'the first row (the top)', contexts: ['list', 'briefing', ...scrolling]},
	{command: 'last', keys: [{input: 'G'}, {key: 'end'}], description: 'the last row (the end)', contexts: ['list', 'briefing', ...scrolling]},
	{command: 'help', keys: [{input: '?', whileTyping: true}], description: 'help: every key, where it works', short: 'help', contexts: ['list', 'detail', 'reader', 'briefing', 'query', 'picker', 'map']},
	{command: 'close', keys: [{input: '?'}], description: 'close the help', contexts: ['help']},
];

/** A plain character is typed, not a command, where there is a text field. */
function typesInstead(spec: KeySpec, typing: boolean): boolean {
	const isPlainCharacter = spec.input !== undefined && spec.key === undefined && !spec.ctrl && !spec.meta;
	return typing && isPlainCharacter && !spec.whileTyping;
}

function matches(spec: KeySpec, input: string, key: Key, typing: boolean): boolean {
	if (typesInstead(spec, typing)) {
		return false;
	}

	if (spec.key !== undefined && !key[spec.key]) {
		return false;
	}

	if (spec.input !== undefined && input !== spec.input) {
		return false;
	}

	if (Boolean(spec.ctrl) !== key.ctrl) {
		return false;
	}

	// Ink reports Esc itself with `meta`.
	if (spec.key !== 'escape' && Boolean(spec.meta) !== key.meta) {
		return false;
	}

	return spec.shift === undefined || spec.shift === key.shift;
}

const keyNames: Partial<Record<keyof Key, string>> = {
	escape: 'Esc',
	return: 'Enter',
	tab: 'Tab',
	// Backspace sends \x7f on most terminals: brief's patch of Ink names it backspace, and delete is the Delete key.
	backspace: 'Backspace',
	delete: 'Delete',
	upArrow: '↑',
	downArrow: '↓',
	leftArrow: '←',
	rightArrow: '→',
	pageUp: 'PgUp',
	pageDown: 'PgDn',
	home: 'Home',
	end: 'End',
};

function keyName(spec: KeySpec): string {
	const name = spec.key === undefined ? (spec.input === ' ' ? 'Space' : spec.ctrl || spec.meta ? spec.input!.toUpperCase() : spec.input!) : keyNames[spec.key]!;
	return `${spec.ctrl ? 'Ctrl-' : ''}${spec.meta ? 'Alt-' : ''}${spec.shift ? 'Shift-' : ''}${name}`;
}

/** The keys of a binding that work in a context: a plain letter types instead where there is a text field. */
export function keysIn(binding: Binding, context: KeyContext): KeySpec[] {
	const typing = textContexts.includes(context);
	return binding.keys.filter(spec => !typesInstead(spec, typing));
}

/** How a binding's keys are written in the help and the footer, in a context. */
export function labelIn(binding: Binding, context: KeyContext): string {
	return [...new Set(keysIn(binding, context).map(spec => keyName(spec)))].join('/');
}

/** How the keys of a command are written in a context ("Shift-↓"); empty where it has none. */
export function keyLabel(command: Command, context: KeyContext): string {
	const binding = bindings.find(candidate => candidate.command === command && candidate.contexts.includes(context));
	return binding ? labelIn(binding, context) : '';
}

/** The command a key press means in a context, if any (the first matching binding). */
export function commandFor(context: KeyContext, input: string, key: Key): Command | undefined {
	const typing = textContexts.includes(context);
	return bindings.find(binding => binding.contexts.includes(context) && binding.keys.some(spec => matches(spec, input, key, typing)))?.command;
}

/** Text a key press types into a text field: printable characters only. */
export function typedText(input: string, key: Key): string {
	if (key.ctrl || key.meta || key.escape || key.return || key.tab || key.backspace || key.delete) {
		return '';
	}

	 
	return input.replace(/[\u0000-\u001F\u007F-\u009F]/g, '');
}

/** A key press as the footer names it when it does nothing: "Tab", "Ctrl-X", "z". */
export function pressedKeyName(input: string, key: Key): string {
	const named = (Object.keys(keyNames) as Array<keyof Key>).find(name => key[name] === true && name !== 'escape');
	const base = named ? keyNames[named]! : key.escape ? 'Esc' : input === ' ' ? 'Space' : input.slice(0, 8);
	const modifiers = `${key.ctrl ? 'Ctrl-' : ''}${key.meta && !key.escape ? 'Alt-' : ''}${key.shift && named ? 'Shift-' : ''}`;
	return `${modifiers}${key.ctrl || (key.meta && !named) ? base.toUpperCase() : base}`;
}

/** A key as the footer shows it: how it is written there, and what it does. */
export type FooterKey = {command: Command; label: string; description: string};

/** The keys the footer offers in a context, most useful first. */
export function footerKeysFor(context: KeyContext): FooterKey[] {
	return bindings
		.filter(binding => binding.footer?.includes(context))
		.map(binding => ({command: binding.command, label: labelIn(binding, context), description: binding.short ?? binding.description}));
}

/** The help key as the footer ends with it, where it works. */
export function helpKeyFor(context: KeyContext): FooterKey | undefined {
	const binding = bindings.find(candidate => candidate.command === 'help' && candidate.contexts.includes(context));
	return binding && {command: 'help', label: labelIn(binding, context), description: 'help'};
}
