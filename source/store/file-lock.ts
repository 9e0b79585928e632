import lockfile from 'proper-lockfile';
import {BriefError} from '../core/errors.js';

/**
 * Lock FILE against other brief processes (the file need not exist yet).
 * A lock left by a killed process is stale after 10 s; waiting longer than
 * `waitMs` is one clear error naming `what` is busy.
 */
export async function lockFile(file: string, what: string, waitMs: number): Promise<() => Promise<void>> {
	const retries = Math.max(1, Math.ceil(waitMs / 100));
	try {
		return await lockfile.lock(file, {realpath: false, stale: 10_000, retries: {retries, minTimeout: 20, maxTimeout: 100, randomize: true}});
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
			throw new BriefError(`${what} ${file} is in use by another brief process (waited ${Math.round(waitMs / 1000)} s); try again`);
		}

		throw error;
	}
}
