// CSI and OSC sequences first, so their parameters go with them; then any lone ESC or C0/C1 control.
const terminalEscapes = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u009B[0-?]*[ -/]*[@-~]|\u009D[^\u0007\u001B]*(?:\u0007|\u001B\\)?/g;
// Everything but tab and newline in C0, DEL, and C1.
const controlCharacters = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/**
 * Characters that take no column yet change how a line is shown: bidi
 * embeddings, overrides, isolates and marks (U+202E turns the rest of a line
 * around), zero-width spaces and joiners, word joiners and the byte-order
 * mark. Text from an article can hide words or reorder a line with them, and
 * they throw widths out, so terminal and Markdown output leave them out.
 */
const invisibleFormatting = /[\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** What JSON output shows as `\u202e`-style escapes rather than raw: C1 controls, DEL and the invisible formatting above. */
const escapedInJson = /[\u007F-\u009F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Line and paragraph separators, which some terminals and editors break lines at. */
const lineSeparators = /[\u2028\u2029]/g;

/**
 * Text from articles is untrusted: remove terminal escape sequences, control
 * characters (keeping tab and newline) and invisible formatting before it
 * reaches a terminal or a Markdown file. Widths are measured after this.
 */
export function sanitize(text: string): string {
	return text.replace(terminalEscapes, '').replace(controlCharacters, '').replace(invisibleFormatting, '').replace(lineSeparators, '\n');
}

/** Sanitise and fold onto one line: for table cells and list items. */
export function sanitizeLine(text: string): string {
	return sanitize(text).replace(/[\t\n]+/g, ' ');
}

/**
 * Control characters (but tab and newline) replaced one for one by U+FFFD:
 * for a corpus as it is loaded, whose offsets into its paragraphs must stay
 * true. What is left of an escape sequence is printable text.
 */
export function neutralizeControls(text: string): string {
	return text.replace(controlCharacters, '\uFFFD');
}

/** Whether a corpus file's text may hold a control character in a string: raw (C1, DEL) or escaped (`\u001b`, `\b`, `\f`, `\r`). */
export function mayHoldControls(json: string): boolean {
	return /[\u007F-\u009F]|\\u00[01][\da-f]|\\u00[89][\da-f]|\\u007f|\\[bfr]/i.test(json);
}

/** A character as a `\u001b`-style escape. */
export function unicodeEscape(character: string): string {
	return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** JSON text with the characters a terminal would act on or hide escaped. */
export function escapeJsonText(json: string): string {
	return json.replace(escapedInJson, unicodeEscape);
}

/** Show control characters as `\u001b`-style escapes: for echoing untrusted text in a one-line message. */
export function escapeControls(text: string): string {
	return text.replace(/[\u0000-\u001F\u007F-\u009F]/g, unicodeEscape).replace(invisibleFormatting, unicodeEscape).replace(lineSeparators, unicodeEscape);
}

/** Untrusted input quoted in a message: escapes shown, and cut to a short excerpt. */
export function excerpt(text: string, maximum = 40): string {
	const shown = escapeControls(text);
	return shown.length > maximum ? `${shown.slice(0, maximum)}… (${text.length.toLocaleString('en-US')} characters)` : shown;
}
