import path from 'node:path';
import {BriefError} from '../core/errors.js';

/**
 * A file system error as one sentence naming the path and what to do, for
 * the errors a user can cause and fix (a full disk, a directory in the way);
 * anything else keeps the system's own words.
 */
export function fileProblem(error: unknown, file: string, doing: 'write' | 'read' | 'lock'): BriefError {
	const code = (error as NodeJS.ErrnoException).code;
	const directory = path.dirname(file);
	const reasons: Record<string, string> = {
		ENOSPC: `the disk holding ${directory} is full; free some space and try again`,
		EDQUOT: `the disk quota for ${directory} is used up; free some space and try again`,
		EISDIR: `${file} is a directory; move it away or choose another path`,
		ENOTDIR: `a part of ${file} is a file where a directory should be; move that file away`,
		EEXIST: `${file} is in the way; move it away and try again`,
		EACCES: `permission denied on ${directory}; check its permissions`,
		EPERM: `permission denied on ${directory}; check its permissions`,
		EROFS: `${directory} is on a read-only file system`,
		ENOENT: `${directory} does not exist`,
		ELOOP: `${file} is a symbolic link that leads round in a circle`,
	};
	const reason = (code && reasons[code]) ?? (error as Error).message;
	return new BriefError(`cannot ${doing} ${file}: ${reason}`, {cause: error});
}
