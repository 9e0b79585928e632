import type {Key} from 'ink';
import type {RefObject} from 'react';
import type {CorpusIndex} from '../../core/records.js';
import type {CopyToClipboard} from '../clipboard.js';
import type {Pins} from '../hooks/use-pins.js';
import type {Screens} from '../layout/page-screens.js';
import type {AppAction, AppState} from '../state/app-state.js';
import type {Layout} from '../state/layout.js';
import type {Command, KeyContext} from './bindings.js';

/** What a context's key hook does with a key; 'unbound' when the key means nothing there. */
export type ContextKeyHandler = (command: Command | undefined, input: string, key: Key) => void | 'unbound';

/** What every context's key hook needs: the latest state, how to change it, and the app's side effects. */
export type KeyDeps = {
	index: CorpusIndex;
	latest: RefObject<AppState>;
	dispatch: (action: AppAction) => void;
	notify: (notice: string) => void;
	pins: Pins;
	layout: Layout;
	/** The full-screen pages laid out, shared with the view: where a link, a mark or a hit lies. */
	screens: Screens;
	copy: CopyToClipboard | undefined;
	/** Keep the query history (it outlives the app). */
	saveHistory: (entries: string[]) => void;
	/** Called on every key, before it is handled. */
	onKey: () => void;
	/** Called after every key: asks the search for what the key made wanted, so a quick answer is in the key's own frame. */
	afterKey: () => void;
	/** The context that has the keyboard in the frame on screen. */
	active: KeyContext;
	contextOf: (state: AppState) => KeyContext;
	router: RefObject<Partial<Record<KeyContext, ContextKeyHandler>>>;
};

/** How far a moving key goes: a row, a page, or to an end. */
export function stepOf(command: Command, page: number): number | undefined {
	switch (command) {
		case 'down': {
			return 1;
		}

		case 'up': {
			return -1;
		}

		case 'page-down': {
			return page;
		}

		case 'page-up': {
			return -page;
		}

		case 'first': {
			return -Infinity;
		}

		case 'last': {
			return Infinity;
		}

		default: {
			return undefined;
		}
	}
}
