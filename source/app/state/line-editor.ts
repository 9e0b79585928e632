/**
 * One line of editable text with a cursor: the query, the picker's filter and
 * the note all use it. Pure and small, with readline's gestures; the cursor
 * is an index into `text` that never splits a surrogate pair.
 */
export type TextField = {text: string; cursor: number};

export type EditAction =
	| {type: 'insert'; text: string}
	| {type: 'move'; to: 'left' | 'right' | 'start' | 'end' | 'word-left' | 'word-right'}
	| {type: 'delete'; what: 'back' | 'forward' | 'word-back' | 'space-word-back' | 'word-forward' | 'to-end' | 'to-start' | 'all'}
	| {type: 'set'; text: string};

export const emptyField: TextField = {text: '', cursor: 0};

export function fieldOf(text: string): TextField {
	return {text, cursor: text.length};
}

export function editField(field: TextField, action: EditAction): TextField {
	const {text, cursor} = field;
	switch (action.type) {
		case 'insert': {
			return {text: text.slice(0, cursor) + action.text + text.slice(cursor), cursor: cursor + action.text.length};
		}

		case 'set': {
			return fieldOf(action.text);
		}

		case 'move': {
			return {text, cursor: target(text, cursor, action.to)};
		}

		case 'delete': {
			const [from, to] = span(text, cursor, action.what);
			return {text: text.slice(0, from) + text.slice(to), cursor: from};
		}
	}
}

function target(text: string, cursor: number, to: Extract<EditAction, {type: 'move'}>['to']): number {
	switch (to) {
		case 'left': {
			return previousCharacter(text, cursor);
		}

		case 'right': {
			return nextCharacter(text, cursor);
		}

		case 'start': {
			return 0;
		}

		case 'end': {
			return text.length;
		}

		case 'word-left': {
			return wordStartBefore(text, cursor, isWordCharacter);
		}

		case 'word-right': {
			return wordEndAfter(text, cursor);
		}
	}
}

/** The part of the text a deletion removes, as [from, to). */
function span(text: string, cursor: number, what: Extract<EditAction, {type: 'delete'}>['what']): [number, number] {
	switch (what) {
		case 'back': {
			return [previousCharacter(text, cursor), cursor];
		}

		case 'forward': {
			return [cursor, nextCharacter(text, cursor)];
		}

		case 'word-back': {
			return [wordStartBefore(text, cursor, isWordCharacter), cursor];
		}

		// Ctrl-W, as readline's unix-word-rubout: back to the previous space.
		case 'space-word-back': {
			return [wordStartBefore(text, cursor, character => !/\s/u.test(character)), cursor];
		}

		case 'word-forward': {
			return [cursor, wordEndAfter(text, cursor)];
		}

		case 'to-end': {
			return [cursor, text.length];
		}

		case 'to-start': {
			return [0, cursor];
		}

		case 'all': {
			return [0, text.length];
		}
	}
}

function isWordCharacter(character: string): boolean {
	return /[\p{L}\p{N}_]/u.test(character);
}

function previousCharacter(text: string, cursor: number): number {
	if (cursor <= 0) {
		return 0;
	}

	const low = text.charCodeAt(cursor - 1);
	return cursor >= 2 && low >= 0xdc_00 && low <= 0xdf_ff ? cursor - 2 : cursor - 1;
}

function nextCharacter(text: string, cursor: number): number {
	if (cursor >= text.length) {
		return text.length;
	}

	return cursor + String.fromCodePoint(text.codePointAt(cursor)!).length;
}

function characterBefore(text: string, cursor: number): string {
	return text.slice(previousCharacter(text, cursor), cursor);
}

/** Skip what is not a word, then the word: where Alt-B lands. */
function wordStartBefore(text: string, cursor: number, inWord: (character: string) => boolean): number {
	let position = cursor;
	while (position > 0 && !inWord(characterBefore(text, position))) {
		position = previousCharacter(text, position);
	}

	while (position > 0 && inWord(characterBefore(text, position))) {
		position = previousCharacter(text, position);
	}

	return position;
}

/** Skip what is not a word, then the word: where Alt-F lands. */
function wordEndAfter(text: string, cursor: number): number {
	let position = cursor;
	const characterAt = (at: number) => text.slice(at, nextCharacter(text, at));
	while (position < text.length && !isWordCharacter(characterAt(position))) {
		position = nextCharacter(text, position);
	}

	while (position < text.length && isWordCharacter(characterAt(position))) {
		position = nextCharacter(text, position);
	}

	return position;
}
