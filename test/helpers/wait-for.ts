import assert from 'node:assert/strict';

const pollMs = 10;
/** The first checks come a turn of the event loop apart (what a key sets off lands within a turn or two), then every `pollMs`. */
const quickChecks = 2;

/**
 * The one way app and terminal tests wait: check now (after letting the
 * current turn of the event loop finish), then again until
 * `check` gives a value or the time is up; then fail, saying what was awaited
 * and what was seen instead. Never a fixed sleep.
 */
export async function waitFor<T>(check: () => T | false | undefined | null, what: string, {timeoutMs = 5000, seen}: {timeoutMs?: number; seen?: () => string} = {}): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (let checks = 0; ; checks++) {
		await new Promise(resolve => {
			if (checks < quickChecks) {
				setImmediate(resolve);
			} else {
				setTimeout(resolve, pollMs);
			}
		});

		const value = check();
		if (value !== false && value !== undefined && value !== null) {
			return value;
		}

		if (Date.now() > deadline) {
			assert.fail(`timed out waiting for ${what}${seen ? `; the screen shows:\n${seen()}` : ''}`);
		}
	}
}

/**
 * A check for `waitFor` that passes once `read` gives the same value three
 * times running — the last read a timer's poll after the others, so work React
 * put off to a later turn on a busy machine has landed: what a key set off has
 * been drawn.
 */
export function unchanged(read: () => string): () => boolean {
	let last: string | undefined;
	let sameReads = 0;
	return () => {
		const now = read();
		sameReads = now === last ? sameReads + 1 : 0;
		last = now;
		return sameReads >= 2;
	};
}
