import {setTimeout as delay} from 'node:timers/promises';
import {inTerminal} from './measure.js';
const node = process.execPath;
const session = await inTerminal(`${node} bin/brief.js`, output => output.includes('All 85') && output.includes('╰'));
await delay(300);
const latencies: Array<[string, number]> = [];
const text = 'makhachkala kirby caspian drones peskov 1,160 zelensky';
for (const key of [...text, ...Array.from({length: text.length}, () => '\u007F')]) {
	const before = session.lastWrite();
	const sent = process.hrtime.bigint();
	session.child.stdin.write(key);
	while (session.lastWrite() === before) await delay(0);
	latencies.push([key, Number(session.lastWrite() - sent) / 1e6]);
	await delay(120);
}
session.child.stdin.write('\u0003');
await delay(1500);
console.log(latencies.map(([k, t]) => `${k === '\u007F' ? '⌫' : k}:${t.toFixed(0)}`).join(' '));
process.exit(0);
