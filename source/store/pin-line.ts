import {sanitizeLine} from '../core/sanitize.js';
import type {Pin} from './briefing-schema.js';

/** Said after a pin whose record has left the corpus. */
export const staleMark = ' (stale: no longer in the corpus)';

/**
 * A pin as the briefing lists it, in `brief briefing` and the app's pane
 * alike: its text (a quote in quotation marks) and who said or asserted it,
 * each on one line and sanitised.
 */
export function pinLine(pin: Pin): {text: string; who: string} {
	return {text: sanitizeLine(pin.kind === 'quote' ? `“${pin.text}”` : pin.text), who: pin.speaker ? sanitizeLine(` — ${pin.speaker}`) : ''};
}
