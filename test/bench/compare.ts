/**
 * Two builds of brief side by side: `node --import tsx test/bench/compare.ts
 * DIR_A DIR_B`, each DIR a copy of bin/, dist/, data/ and package.json (as
 * installed). Runs alternate, so the machine's drift hits both alike; medians
 * and B ÷ A, of the wall-clock time and of the CPU time (user + system) the
 * process used, which a machine shared with other work disturbs much less.
 * The command line's start-up, then the app's first frame.
 */
import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import {inTerminal, median} from './measure.js';

const runs = Number(process.env['BENCH_RUNS'] ?? 21);
const builds = process.argv.slice(2);
if (builds.length !== 2) {
	console.error('usage: compare.ts DIR_A DIR_B');
	process.exit(2);
}

type Timing = {wall: number; cpu: number};

/** Run a command through bash, whose `times` reports the CPU time of its children. */
function timeCommand(command: string): Timing {
	const start = process.hrtime.bigint();
	const result = spawnSync('bash', ['-c', `${command} >/dev/null 2>&1 || exit 9; times`], {encoding: 'utf8'});
	const wall = Number(process.hrtime.bigint() - start) / 1e6;
	if (result.status !== 0) {
		throw new Error(`${command} failed`);
	}

	const [user, system] = [...result.stdout.trim().split('\n').at(-1)!.matchAll(/(\d+)m([\d.]+)s/g)].map(([, minutes, seconds]) => (Number(minutes) * 60 + Number(seconds)) * 1000);
	return {wall, cpu: user! + system!};
}

const brief = (directory: string) => `${process.execPath} ${path.join(directory, 'bin', 'brief.js')}`;
const isFirstFrame = (output: string) => output.includes('All 85') && output.includes('╰');

/** CPU time so far of a process and everything under it, from /proc (in clock ticks of 10 ms). */
function cpuOfTree(pid: number): number {
	const children = new Map<number, number[]>();
	const ticks = new Map<number, number>();
	for (const entry of readdirSync('/proc').filter(name => /^\d+$/.test(name))) {
		try {
			const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
			const parent = Number(fields[1]);
			children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
			ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
		} catch {
			// The process ended while being read.
		}
	}

	const sum = (id: number): number => (ticks.get(id) ?? 0) + (children.get(id) ?? []).reduce((total, child) => total + sum(child), 0);
	return sum(pid) * 10;
}

async function firstFrame(command: string, ready: (output: string) => boolean): Promise<Timing> {
	const session = await inTerminal(command, ready);
	const cpu = cpuOfTree(session.child.pid!);
	process.kill(-session.child.pid!, 'SIGKILL');
	return {wall: session.firstFrame, cpu};
}

/** A bare node in a terminal, to its exit; its CPU time is the one measured outside a terminal. */
async function nodeInTerminal(): Promise<Timing> {
	const session = await inTerminal(`${process.execPath} -e 0`, () => false);
	return {wall: await session.exited, cpu: Number.NaN};
}

const rows: string[] = [];
const report = (name: string, timings: Timing[][]) => {
	const cells = (measure: keyof Timing) => {
		const [a, b] = timings.map(list => median(list.map(timing => timing[measure])));
		return `${a!.toFixed(1)} | ${b!.toFixed(1)} | ${(b! / a!).toFixed(2)}×`;
	};

	rows.push(`| ${name} | ${cells('wall')} | ${cells('cpu')} |`);
};

for (const args of ['', 'search caspian', 'search caspian --json', 'quotes --actor zelensky']) {
	const timings: Timing[][] = [[], []];
	for (let run = 0; run < runs; run++) {
		for (const [which, directory] of builds.entries()) {
			timings[which]!.push(timeCommand(args === '' ? `${process.execPath} -e 0` : `${brief(directory)} ${args}`));
		}
	}

	report(args === '' ? 'node -e 0' : `brief ${args}`, timings);
}

/** A first app, unmeasured: it makes any cache the build makes on first use. */
async function warmUp(directory: string) {
	const session = await inTerminal(brief(directory), isFirstFrame);
	await delay(2500);
	process.kill(-session.child.pid!, 'SIGKILL');
}

// BENCH_APP=0: the command line only.
if (process.env['BENCH_APP'] === '0') {
	printTable();
	process.exit(0);
}

await warmUp(builds[0]!);
await warmUp(builds[1]!);
const frames: Timing[][] = [[], []];
const baseline: Timing[] = [];
for (let run = 0; run < runs; run++) {
	// The runs of one round go one after the other: each is timed alone.
	baseline.push(await nodeInTerminal());
	frames[0]!.push(await firstFrame(brief(builds[0]!), isFirstFrame));
	frames[1]!.push(await firstFrame(brief(builds[1]!), isFirstFrame));
}

report('node -e 0 in a terminal (to its exit)', [baseline, baseline]);
report('app: spawn to first full frame', frames);
printTable();

function printTable() {
	console.log(`${runs} runs each, alternating; A = ${builds[0]}, B = ${builds[1]}; milliseconds, medians\n`);
	console.log(['| measure | wall A | wall B | B ÷ A | CPU A | CPU B | B ÷ A |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n'));
}
