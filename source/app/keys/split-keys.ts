import type {Key} from 'ink';

const noKey: Key = {upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false};

 
const controlCharacter = /[\u0000-\u0008\u000B-\u001F\u007F\t\r]/;

/**
 * Ink splits what the terminal sends only at escape sequences, so keys typed
 * faster than the app reads arrive as one string (“kirby⏎”, “ab⌫”), as a
 * paste does. Split such a string into the keys it holds: its runs of text,
 * and each control key (Enter, Tab, Backspace, Ctrl-letter) on its own. A line
 * feed, which no key sends but pasted text holds, becomes a space.
 */
export function splitKeys(input: string, key: Key): Array<{input: string; key: Key}> {
	if (input.length <= 1 || key.meta || !controlCharacter.test(input)) {
		return [{input, key}];
	}

	const keys: Array<{input: string; key: Key}> = [];
	let text = '';
	const flush = () => {
		if (text) {
			keys.push({input: text, key: noKey});
			text = '';
		}
	};

	for (const character of input) {
		if (character === '\n') {
			text += ' ';
		} else if (controlCharacter.test(character)) {
			flush();
			keys.push(controlKey(character));
		} else {
			text += character;
		}
	}

	flush();
	return keys;
}

function controlKey(character: string): {input: string; key: Key} {
	switch (character) {
		case '\r': {
			return {input: '', key: {...noKey, return: true}};
		}

		case '\t': {
			return {input: '', key: {...noKey, tab: true}};
		}

		// What Backspace sends: \x7f on most terminals, ^H on some.
		case '\u007F':
		case '\b': {
			return {input: '', key: {...noKey, backspace: true}};
		}

		default: {
			// Ctrl-A … Ctrl-Z arrive as 1 … 26; Ink names them by their letter.
			return {input: String.fromCodePoint(character.codePointAt(0)! + 96), key: {...noKey, ctrl: true}};
		}
	}
}

/** Printable text, no named key: what is typed or pasted. */
export function isPlainText(input: string, key: Key): boolean {
	return input.length > 1 && !key.ctrl && !key.meta && !controlCharacter.test(input) && !Object.entries(key).some(([name, value]) => value === true && name !== 'shift');
}
