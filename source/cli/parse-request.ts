import {BriefError} from '../core/errors.js';
import {excerpt} from '../core/sanitize.js';
import {outputFormats, type CommandRequest, type OutputFormat} from './run-command.js';

export type RawFlags = {
	json: boolean;
	format?: string | undefined;
	color?: boolean | undefined;
	kind?: string[] | undefined;
	actor?: string[] | undefined;
	location?: string[] | undefined;
	source?: string[] | undefined;
	limit?: string | undefined;
	context?: string | undefined;
	explain?: boolean | undefined;
};

type Terminal = {stdoutIsTty: boolean; environment: NodeJS.ProcessEnv};

/** Turn parsed flags into a command request, rejecting bad values with one line. */
export function parseRequest(command: string, args: string[], flags: RawFlags, terminal: Terminal): CommandRequest {
	return {
		command,
		args,
		format: outputFormat(flags),
		colour: wantsColour(flags.color, terminal),
		kinds: flags.kind ?? [],
		actors: flags.actor ?? [],
		locations: flags.location ?? [],
		sources: flags.source ?? [],
		limit: parseLimit(flags.limit),
		context: parseContext(flags.context),
		explain: flags.explain ?? false,
	};
}

function outputFormat(flags: RawFlags): OutputFormat {
	if (flags.json) {
		if (flags.format !== undefined && flags.format !== 'json') {
			throw new BriefError(`--json and --format ${flags.format} disagree: choose one`);
		}

		return 'json';
	}

	const format = flags.format ?? 'text';
	if (!(outputFormats as readonly string[]).includes(format)) {
		throw new BriefError(`unknown format "${excerpt(format)}" (formats: ${outputFormats.join(', ')})`);
	}

	return format as OutputFormat;
}

/** --color/--no-color decide; otherwise colour on a terminal unless NO_COLOR is set (FORCE_COLOR forces it). */
export function wantsColour(flag: boolean | undefined, {stdoutIsTty, environment}: Terminal): boolean {
	if (flag !== undefined) {
		return flag;
	}

	if (environment['NO_COLOR']) {
		return false;
	}

	if (environment['FORCE_COLOR'] !== undefined) {
		return environment['FORCE_COLOR'] !== '0' && environment['FORCE_COLOR'] !== 'false';
	}

	return stdoutIsTty && environment['TERM'] !== 'dumb';
}

function parseLimit(limit: string | undefined): number | undefined {
	if (limit === undefined) {
		return undefined;
	}

	if (!/^\d+$/.test(limit) || Number(limit) < 1) {
		throw new BriefError(`--limit needs a whole number of at least 1, got "${excerpt(limit)}"`);
	}

	return Number(limit);
}

/** --context N: whole paragraphs either side, 0 for the passage's own paragraph alone. */
function parseContext(context: string | undefined): number | undefined {
	if (context === undefined) {
		return undefined;
	}

	if (!/^\d+$/.test(context)) {
		throw new BriefError(`--context needs a whole number of paragraphs (0 or more), got "${excerpt(context)}"`);
	}

	return Number(context);
}

/**
 * Flags on the command line that brief does not define, as the user typed
 * them (`--bogus-flag`, `-x`), so the message names what to fix. `known`
 * maps each flag's name to whether it takes a value (the next argument,
 * unless given with `=`); `shortFlags` are the one-letter aliases.
 */
export function unknownFlags(argv: string[], known: Record<string, {type: string; shortFlag?: string}>, extra: string[] = []): string[] {
	const kebab = (name: string) => name.replace(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);
	const long = new Map(Object.entries(known).map(([name, flag]) => [kebab(name), flag]));
	const short = new Map(Object.values(known).filter(flag => flag.shortFlag).map(flag => [flag.shortFlag!, flag]));
	const unknown: string[] = [];
	for (let index = 0; index < argv.length; index++) {
		const argument = argv[index]!;
		if (argument === '--') {
			break;
		}

		if (!argument.startsWith('-') || argument === '-' || /^-\d/.test(argument)) {
			continue;
		}

		const [typed] = argument.split('=', 1) as [string];
		const name = typed.replace(/^--?/, '');
		const flag = typed.startsWith('--') ? (long.get(name) ?? long.get(name.replace(/^no-/, ''))) : short.get(name);
		if (flag === undefined && !extra.includes(name)) {
			unknown.push(typed);
		}

		if (flag?.type === 'string' && !argument.includes('=')) {
			index++;
		}
	}

	return unknown;
}
