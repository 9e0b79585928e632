import {BriefError} from '../core/errors.js';
import {excerpt} from '../core/sanitize.js';

type Expectation = {
	/** The whole message when the count is wrong, e.g. "show needs one record id: brief show ID". */
	usage?: string;
	/** What to suggest after "takes no arguments". */
	hint?: string;
};

/** A command's positional arguments must number `count`; otherwise one line saying so. */
export function expectArguments(request: {command: string; args: string[]}, count: number, {usage, hint = 'see brief --help'}: Expectation = {}) {
	if (request.args.length !== count) {
		const unexpected = request.args.slice(count).map(argument => `"${excerpt(argument)}"`).join(' ');
		throw new BriefError(usage ?? `${request.command} takes no arguments, got ${unexpected} (${hint})`);
	}
}
