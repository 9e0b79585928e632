import {setTimeout as delay} from 'node:timers/promises';
import {inTerminal, median, percentile, withoutEscapes} from './measure.js';

type Session = Awaited<ReturnType<typeof inTerminal>>;

/** Write a key and wait for the app's next write; milliseconds between them. */
async function timeKey(session: Session, key: string): Promise<number> {
	const before = session.lastWrite();
	const sent = process.hrtime.bigint();
	session.child.stdin.write(key);
	while (session.lastWrite() === before) {
		await delay(0);
	}

	return Number(session.lastWrite() - sent) / 1e6;
}

/** Send a key and let its frames settle, unmeasured. */
async function press(session: Session, key: string) {
	session.child.stdin.write(key);
	await delay(120);
}

/**
 * Reading in context on the shipped corpus (issue 19), key to its next frame:
 * `r` opens the reader on the 15-paragraph article at the first result; in
 * the first result's detail, Enter follows its first link and Backspace
 * goes back. Each round starts from the list.
 */
export async function readingLatency(node: string, rounds: number) {
	const session = await inTerminal(`${node} bin/brief.js`, output => output.includes('All 85') && output.includes('╰'));
	await delay(300);
	await press(session, '\u001B');
	await delay(300);
	const reader: number[] = [];
	const follow: number[] = [];
	const back: number[] = [];
	for (let round = 0; round < rounds; round++) {
		reader.push(await timeKey(session, 'r'));
		await delay(120);
		await press(session, 'q');
		await press(session, '\r');
		await press(session, '\t');
		follow.push(await timeKey(session, '\r'));
		await delay(120);
		back.push(await timeKey(session, '\u007F'));
		await delay(120);
		await press(session, 'q');
	}

	const shown = withoutEscapes(session.output());
	process.kill(-session.child.pid!, 'SIGKILL');
	if (!shown.includes('QFRP ¶3') || !shown.includes('› ')) {
		throw new Error('the reading bench did not see the reader and a followed link');
	}

	const summary = (values: number[]) => ({median: median(values), p95: percentile(values, 95)});
	return {rounds, reader: summary(reader), follow: summary(follow), back: summary(back)};
}
