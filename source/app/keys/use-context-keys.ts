import {useApp, useInput, type Key} from 'ink';
import {useLayoutEffect} from 'react';
import {commandFor, pressedKeyName, textContexts, type KeyContext} from './bindings.js';
import type {ContextKeyHandler, KeyDeps} from './key-deps.js';
import {parseMouse} from './mouse.js';
import {runMouse} from './mouse-commands.js';
import {isPlainText, splitKeys} from './split-keys.js';

export type {ContextKeyHandler} from './key-deps.js';

const placeNames: Record<KeyContext, string> = {
	query: 'in the query',
	list: 'in the list',
	detail: 'in the full-screen record',
	reader: 'in the reader',
	find: 'in the find field',
	picker: 'in the picker',
	help: 'in the help',
	briefing: 'in the briefing',
	note: 'in the note',
	map: 'on the map',
};

/**
 * The key hook of one context (query, list, picker, …): listens only while
 * its context has the keyboard (`isActive`), maps keys through the bindings
 * table and hands the command to the context's handler. Keys can come faster
 * than frames: a key that arrives before the frame that gives the keyboard to
 * another context is handed to that context's handler, through `deps.router`.
 * Ctrl-C quits from anywhere; a key that does nothing says so in the footer.
 */
export function useContextKeys(context: KeyContext, deps: KeyDeps, handle: ContextKeyHandler) {
	const {exit} = useApp();
	const {router, latest, notify, onKey, afterKey} = deps;
	useLayoutEffect(() => {
		// The router is a ref the App owns for this: each context registers the handler of its latest frame.
		// eslint-disable-next-line react-hooks/immutability
		router.current[context] = handle;
	});

	/** One key, in the context it arrives in: the latest, which may have changed since the last frame. */
	const press = (input: string, key: Key): 'quit' | undefined => {
		const now = deps.contextOf(latest.current);
		const command = commandFor(now, input, key);
		if (command === 'quit') {
			return 'quit';
		}

		const handler = router.current[now] ?? handle;
		if (handler(command, input, key) === 'unbound') {
			notify(`${pressedKeyName(input, key)} does nothing ${placeNames[now]} — ${now === 'note' || now === 'find' ? 'Esc goes back' : '? lists the keys'}`);
		}

		return undefined;
	};

	useInput(
		(received, receivedKey) => {
			onKey();
			// A mouse report is never a key, nor typed text.
			const mouse = parseMouse(received);
			if (mouse) {
				runMouse(mouse, deps);
				afterKey();
				return;
			}

			for (const {input, key} of splitKeys(received, receivedKey)) {
				// Text goes whole into a text field (a paste); elsewhere each character is a key ("jjj" held down).
				const characters = isPlainText(input, key) ? [...input] : [input];
				while (characters.length > 0) {
					const typing = textContexts.includes(deps.contextOf(latest.current));
					if (press(typing ? characters.splice(0).join('') : characters.shift()!, key) === 'quit') {
						exit();
						return;
					}
				}
			}

			afterKey();
		},
		{isActive: deps.active === context},
	);
}
