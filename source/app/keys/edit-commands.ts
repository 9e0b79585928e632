import type {EditAction} from '../state/line-editor.js';
import {typedText, type Command, type EditCommand} from './bindings.js';
import type {Key} from 'ink';

const edits: Record<EditCommand, EditAction> = {
	'cursor-left': {type: 'move', to: 'left'},
	'cursor-right': {type: 'move', to: 'right'},
	'line-start': {type: 'move', to: 'start'},
	'line-end': {type: 'move', to: 'end'},
	'word-left': {type: 'move', to: 'word-left'},
	'word-right': {type: 'move', to: 'word-right'},
	'delete-back': {type: 'delete', what: 'back'},
	'delete-forward': {type: 'delete', what: 'forward'},
	'delete-word-back': {type: 'delete', what: 'word-back'},
	'delete-space-word-back': {type: 'delete', what: 'space-word-back'},
	'delete-word-forward': {type: 'delete', what: 'word-forward'},
	'kill-to-end': {type: 'delete', what: 'to-end'},
	'kill-to-start': {type: 'delete', what: 'to-start'},
};

/** The line editor's action for a key in a text field: an editing command, or typed (or pasted) text. */
export function editFor(command: Command | undefined, input: string, key: Key): EditAction | undefined {
	if (command !== undefined) {
		return command in edits ? edits[command as EditCommand] : undefined;
	}

	// A paste arrives as one string: its line breaks become spaces, as a one-line field can hold.
	const text = typedText(input.replace(/[\r\n\t]+/g, ' '), key);
	return text ? {type: 'insert', text} : undefined;
}
