import {existsSync, statSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {BriefError} from '../core/errors.js';
import {fileProblem} from '../json-file/file-problem.js';
import {writeFileAtomically} from '../json-file/write-atomically.js';

/** The name an exported briefing gets in a directory: `briefing-NAME-DATE.md`. */
export function exportFileName(name: string, date: Date): string {
	return `briefing-${name.replace(/\s+/g, '-')}-${date.toISOString().slice(0, 10)}.md`;
}

export type ExportDestination = {kind: 'stdout'} | {kind: 'written'; path: string};

/** A file written beside an export (its GeoJSON) is replaced on the export's terms: only with --force. */
export function refuseToReplace(file: string, force: boolean | undefined): void {
	if (existsSync(file) && !force) {
		throw new BriefError(`${path.resolve(file)} exists — use --force to replace it`);
	}
}

/**
 * Write an exported briefing where `--out` says, and only there:
 * - `-` is stdout (the caller prints it);
 * - a device, FIFO or socket (`/dev/stdout`, `/dev/null`, a named pipe) is
 *   written to as a stream, never replaced;
 * - a directory, or a path ending in `/`, gets `briefing-NAME-DATE.md` inside;
 * - an existing regular file is replaced, atomically and keeping its
 *   permissions, only with `force` (and never when it is read-only);
 * - a symbolic link is followed to its target.
 */
export async function exportTo(out: string, markdown: string, {force, name, date}: {force: boolean; name: string; date: Date}): Promise<ExportDestination> {
	if (out.trim() === '') {
		throw new BriefError('--out needs a path, a directory, or - for stdout: brief export --out FILE');
	}

	// stdout by any of its names: opening /dev/stdout fails when stdout is a socket.
	if (['-', '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1'].includes(out)) {
		return {kind: 'stdout'};
	}

	const given = path.resolve(out);
	const endsInSlash = /[/\\]$/.test(out);
	const info = statOf(given);
	if (endsInSlash && !info?.isDirectory()) {
		throw new BriefError(`cannot write into ${given}/: ${info ? 'it is not a directory' : 'no such directory'}`);
	}

	const file = info?.isDirectory() ? path.join(given, exportFileName(name, date)) : given;
	const existing = file === given ? info : statOf(file);
	// /dev/stdout leads to whatever stdout is, a regular file too when redirected: a device path is always a stream.
	if ((existing && !existing.isFile()) || /^\/(dev|proc)\//.test(given)) {
		try {
			await writeFile(file, markdown);
		} catch (error) {
			throw fileProblem(error, file, 'write');
		}

		return {kind: 'written', path: file};
	}

	if (existing) {
		if ((existing.mode & 0o222) === 0) {
			throw new BriefError(`${file} is read-only; brief will not replace it`);
		}

		if (!force) {
			throw new BriefError(`${file} exists — use --force to replace it`);
		}
	}

	return {kind: 'written', path: writeFileAtomically(file, markdown)};
}

function statOf(file: string) {
	try {
		return statSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') {
			return undefined;
		}

		throw fileProblem(error, file, 'write');
	}
}
