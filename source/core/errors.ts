/**
 * An error the user caused or can fix: printed as one line, exit status 2.
 * Anything else escaping the CLI is a bug.
 */
export class BriefError extends Error {
	override readonly name = 'BriefError';
}
