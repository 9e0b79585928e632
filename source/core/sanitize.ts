// CSI and OSC sequences first, so their parameters go with them; then any lone ESC or C0/C1 control.
const terminalEscapes = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u009B[0-?]*[ -/]*[@-~]|\u009D[^\u0007\u001B]*(?:\u0007|\u001B\\)?/g;
// Everything but tab and newline in C0, DEL, and C1.
const controlCharacters = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Text from articles is untrusted: remove terminal escape sequences and control
 * characters (keeping tab and newline) before it reaches a terminal.
 */
export function sanitize(text: string): string {
	return text.replace(terminalEscapes, '').replace(controlCharacters, '');
}

/** Sanitise and fold onto one line: for table cells and list items. */
export function sanitizeLine(text: string): string {
	return sanitize(text).replace(/[\t\n]+/g, ' ');
}

/** A character as a `\u001b`-style escape. */
export function unicodeEscape(character: string): string {
	return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Show control characters as `\u001b`-style escapes: for echoing untrusted text in a one-line message. */
export function escapeControls(text: string): string {
	return text.replace(/[\u0000-\u001F\u007F-\u009F]/g, unicodeEscape);
}
