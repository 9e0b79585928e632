import type {Key} from 'ink';

/** Where the user is: which bindings apply. */
export type KeyContext = 'query' | 'list' | 'detail' | 'picker' | 'help' | 'briefing' | 'note' | 'map';

export type Command =
	| 'quit'
	| 'focus-query'
	| 'leave-query'
	| 'clear-query'
	| 'delete-character'
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
	| 'export'
	| 'copy'
	| MapCommand;

/** The map's commands, carried out by its own key hook (use-map-keys.ts). */
export type MapCommand = 'open-map' | 'map-left' | 'map-right' | 'map-up' | 'map-down' | 'zoom-in' | 'zoom-out' | 'fit-all' | 'open-place' | 'close-map';

/**
 * One key: a typed character and/or a named key, with modifiers. Plain
 * characters are typed where there is a text field (query, picker) unless
 * `whileTyping` says the key is a command there too.
 */
export type KeySpec = {input?: string; key?: keyof Key; ctrl?: boolean; shift?: boolean; whileTyping?: boolean};

export type Binding = {
	command: Command;
	keys: KeySpec[];
	description: string;
	contexts: KeyContext[];
	/** Shown in the footer, with its short description, in these contexts. */
	footer?: KeyContext[];
	short?: string;
};

const browsing: KeyContext[] = ['query', 'list'];
const moving: KeyContext[] = ['list', 'detail', 'help', 'picker', 'query', 'briefing'];
const paging: KeyContext[] = ['list', 'detail', 'help', 'briefing'];

/**
 * Every key binding: the input hook dispatches from this table and the help
 * overlay and footer print it, so help never disagrees with behaviour.
 * Order matters: the first matching binding for the context wins.
 */
export const bindings: Binding[] = [
	{command: 'quit', keys: [{input: 'c', ctrl: true}], description: 'quit', contexts: ['query', 'list', 'detail', 'picker', 'help', 'briefing', 'note', 'map']},
	{command: 'quit', keys: [{input: 'q'}], description: 'quit', short: 'quit', contexts: ['list', 'detail', 'help', 'briefing', 'map'], footer: ['list', 'detail']},
	{command: 'help', keys: [{input: '?'}], description: 'help: every key', short: 'help', contexts: ['list', 'detail', 'help'], footer: ['list']},
	{command: 'back', keys: [{key: 'escape'}], description: 'close: back to the list', short: 'back', contexts: ['detail', 'help', 'picker', 'briefing', 'note'], footer: ['detail', 'help', 'picker', 'briefing', 'note']},
	{command: 'leave-query', keys: [{key: 'escape'}, {key: 'return'}], description: 'leave the query for the list', short: 'to the list', contexts: ['query'], footer: ['query']},
	{command: 'focus-query', keys: [{input: '/'}], description: 'search: focus the query', short: 'search', contexts: ['list'], footer: ['list']},
	{command: 'clear-query', keys: [{input: 'u', ctrl: true}], description: 'clear the query (or the note)', short: 'clear', contexts: ['query', 'picker', 'note'], footer: ['query']},
	{command: 'delete-character', keys: [{key: 'backspace'}, {key: 'delete'}], description: 'delete a character', contexts: ['query', 'picker', 'note']},
	{command: 'next-tab', keys: [{key: 'tab', shift: false}], description: 'next kind tab', short: 'kind', contexts: browsing, footer: ['query', 'list']},
	{command: 'previous-tab', keys: [{key: 'tab', shift: true}], description: 'previous kind tab', contexts: browsing},
	{command: 'move-pin-down', keys: [{input: 'J'}, {key: 'downArrow', shift: true}], description: 'move the pin down', contexts: ['briefing'], footer: ['briefing']},
	{command: 'move-pin-up', keys: [{input: 'K'}, {key: 'upArrow', shift: true}], description: 'move the pin up', contexts: ['briefing'], footer: ['briefing']},
	{command: 'down', keys: [{key: 'downArrow'}, {input: 'n', ctrl: true}, {input: 'j'}], description: 'next result (scroll down in detail)', short: 'move', contexts: moving, footer: ['list']},
	{command: 'up', keys: [{key: 'upArrow'}, {input: 'p', ctrl: true}, {input: 'k'}], description: 'previous result (scroll up in detail)', contexts: moving},
	{command: 'page-down', keys: [{key: 'pageDown'}, {input: 'd', ctrl: true}], description: 'a page down', contexts: moving},
	{command: 'page-up', keys: [{key: 'pageUp'}, {input: 'b', ctrl: true}], description: 'a page up', contexts: moving},
	{command: 'first', keys: [{input: 'g'}, {key: 'home'}], description: 'first result (top of detail, first pin)', contexts: paging},
	{command: 'last', keys: [{input: 'G'}, {key: 'end'}], description: 'last result (end of detail, last pin)', contexts: paging},
	{command: 'open-detail', keys: [{key: 'return'}], description: 'open the result full-screen', short: 'read', contexts: ['list'], footer: ['list']},
	{command: 'actor-picker', keys: [{input: 'a'}], description: 'filter by actor', short: 'actors', contexts: ['list'], footer: ['list']},
	{command: 'location-picker', keys: [{input: 'l'}], description: 'filter by place', short: 'places', contexts: ['list'], footer: ['list']},
	{command: 'source-picker', keys: [{input: 's'}], description: 'filter by source (article)', short: 'sources', contexts: ['list']},
	{command: 'clear-filters', keys: [{input: 'x'}], description: 'clear all filters', short: 'clear filters', contexts: ['list'], footer: ['list']},
	{command: 'toggle-pin', keys: [{input: 'p'}], description: 'pin or unpin the selected record', short: 'pin', contexts: ['list', 'detail'], footer: ['list', 'detail']},
	{command: 'edit-note', keys: [{input: 'n'}], description: 'write or edit the note of the selected pin', short: 'note', contexts: ['list', 'detail', 'briefing'], footer: ['briefing']},
	{command: 'open-briefing', keys: [{input: 'b'}], description: 'the briefing: pins in order, with notes', short: 'briefing', contexts: ['list', 'detail'], footer: ['list']},
	{command: 'remove-pin', keys: [{input: 'd'}], description: 'remove the pin', short: 'remove', contexts: ['briefing'], footer: ['briefing']},
	{command: 'export', keys: [{input: 'e'}], description: 'export the briefing as Markdown', short: 'export', contexts: ['briefing'], footer: ['briefing']},
	{command: 'copy', keys: [{input: 'y'}], description: 'copy as a citation (OSC 52 clipboard)', short: 'copy', contexts: ['list', 'detail', 'briefing']},
	{command: 'open-map', keys: [{input: 'm'}], description: 'map of the places behind the results', short: 'map', contexts: ['list'], footer: ['list']},
	{command: 'close-map', keys: [{key: 'escape'}], description: 'close the place, then the map', short: 'back', contexts: ['map'], footer: ['map']},
	{command: 'map-left', keys: [{key: 'leftArrow'}, {input: 'h'}], description: 'to the place on the left', short: 'move', contexts: ['map'], footer: ['map']},
	{command: 'map-right', keys: [{key: 'rightArrow'}, {input: 'l'}], description: 'to the place on the right', contexts: ['map']},
	{command: 'map-up', keys: [{key: 'upArrow'}, {input: 'k'}], description: 'to the place above', contexts: ['map']},
	{command: 'map-down', keys: [{key: 'downArrow'}, {input: 'j'}], description: 'to the place below', contexts: ['map']},
	{command: 'open-place', keys: [{key: 'return'}], description: 'the place’s detail', short: 'place', contexts: ['map'], footer: ['map']},
	{command: 'zoom-in', keys: [{input: '+'}, {input: '='}], description: 'zoom in on the place', short: 'zoom', contexts: ['map'], footer: ['map']},
	{command: 'zoom-out', keys: [{input: '-'}], description: 'zoom out', contexts: ['map'], footer: ['map']},
	{command: 'fit-all', keys: [{input: '0'}], description: 'fit every place', short: 'fit all', contexts: ['map'], footer: ['map']},
	{command: 'save-note', keys: [{key: 'return'}], description: 'save the note', short: 'save', contexts: ['note'], footer: ['note']},
	{command: 'toggle-choice', keys: [{input: ' ', whileTyping: true}], description: 'choose or unchoose', short: 'choose', contexts: ['picker'], footer: ['picker']},
	{command: 'apply-choice', keys: [{key: 'return'}], description: 'apply the choice', short: 'apply', contexts: ['picker'], footer: ['picker']},
];

const textContexts: KeyContext[] = ['query', 'picker', 'note'];

/** A plain character is typed, not a command, where there is a text field. */
function typesInstead(spec: KeySpec, typing: boolean): boolean {
	const isPlainCharacter = spec.input !== undefined && spec.key === undefined && !spec.ctrl;
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

	return spec.shift === undefined || spec.shift === key.shift;
}

const keyNames: Partial<Record<keyof Key, string>> = {
	escape: 'Esc',
	return: 'Enter',
	tab: 'Tab',
	// Ink reports the Backspace key as `delete` on most terminals.
	backspace: 'Backspace',
	delete: 'Backspace',
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
	const name = spec.key === undefined ? (spec.input === ' ' ? 'Space' : spec.ctrl ? spec.input!.toUpperCase() : spec.input!) : keyNames[spec.key]!;
	return `${spec.ctrl ? 'Ctrl-' : ''}${spec.shift ? 'Shift-' : ''}${name}`;
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

/** The command a key press means in a context, if any (the first matching binding). */
export function commandFor(context: KeyContext, input: string, key: Key): Command | undefined {
	const typing = textContexts.includes(context);
	return bindings.find(binding => binding.contexts.includes(context) && binding.keys.some(spec => matches(spec, input, key, typing)))?.command;
}

/** Text a key press types into the query or the picker's filter: printable characters only. */
export function typedText(input: string, key: Key): string {
	if (key.ctrl || key.meta || key.escape || key.return || key.tab || key.backspace || key.delete) {
		return '';
	}

	// eslint-disable-next-line no-control-regex
	return input.replace(/[\u0000-\u001F\u007F-\u009F]/g, '');
}

/** A key as the footer shows it: how it is written there, and what it does. */
export type FooterKey = {command: Command; label: string; description: string};

/** The keys the footer shows in a context. */
export function footerKeysFor(context: KeyContext): FooterKey[] {
	return bindings
		.filter(binding => binding.footer?.includes(context))
		.map(binding => ({command: binding.command, label: labelIn(binding, context), description: binding.short ?? binding.description}));
}
