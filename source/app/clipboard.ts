import {sanitizeLine} from '../core/sanitize.js';

/** How the app puts text on the clipboard; it reports what the user should be told. */
export type CopyToClipboard = (text: string) => string;

// Terminals known to honour OSC 52 clipboard writes by default.
const knownPrograms = ['iTerm.app', 'WezTerm', 'vscode', 'ghostty'];
const knownTerms = /kitty|alacritty|foot|wezterm|ghostty/;

/**
 * Copy through the terminal with the OSC 52 escape: works over SSH and needs
 * no clipboard program, but not every terminal honours it, so say when unsure.
 * The text is sanitised to one printable line first: a record's text is
 * untrusted, and a paste must not carry escapes (an early end of a bracketed
 * paste, then a command) into wherever it lands.
 */
export function osc52Clipboard(stdout: NodeJS.WriteStream, environment: NodeJS.ProcessEnv): CopyToClipboard {
	const known = knownPrograms.includes(environment['TERM_PROGRAM'] ?? '') || knownTerms.test(environment['TERM'] ?? '');
	return text => {
		stdout.write(`\u001B]52;c;${Buffer.from(sanitizeLine(text), 'utf8').toString('base64')}\u0007`);
		return known ? 'Copied the citation to the clipboard' : 'Sent the citation with OSC 52 — this terminal may not support it';
	};
}
