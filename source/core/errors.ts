import {escapeControls} from './sanitize.js';

/**
 * An error the user caused or can fix: printed as one line, exit status 2.
 * Anything else escaping the CLI is a bug.
 */
export class BriefError extends Error {
	override readonly name = 'BriefError';

	/** Control characters from untrusted input (typed ids, corpus files) are shown escaped, never sent to the terminal. */
	constructor(message: string, options?: ErrorOptions) {
		super(escapeControls(message), options);
	}
}

/**
 * Whether an error is a BriefError. The CLI, the store commands and the app are
 * separate bundles, each with its own copy of this class, so the name decides.
 */
export function isBriefError(error: unknown): error is BriefError {
	return error instanceof Error && error.name === 'BriefError';
}
