import {BriefError} from '../core/errors.js';
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
		throw new BriefError(`unknown format "${format}" (formats: ${outputFormats.join(', ')})`);
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
		throw new BriefError(`--limit needs a whole number of at least 1, got "${limit}"`);
	}

	return Number(limit);
}

/** --context N: whole paragraphs either side, 0 for the passage's own paragraph alone. */
function parseContext(context: string | undefined): number | undefined {
	if (context === undefined) {
		return undefined;
	}

	if (!/^\d+$/.test(context)) {
		throw new BriefError(`--context needs a whole number of paragraphs (0 or more), got "${context}"`);
	}

	return Number(context);
}

/** Flags meow parsed that brief does not define (meow's own check exits with a multi-line message). */
export function unknownFlags(parsed: Record<string, unknown>, known: string[]): string[] {
	const knownNames = new Set(known.flatMap(name => [name, name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())]));
	return Object.keys(parsed).filter(name => name !== '_' && name !== '--' && !knownNames.has(name));
}
