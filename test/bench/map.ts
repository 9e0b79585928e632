/**
 * The map (issue 22): `m` to the map's frame in the running app at 120×35 on
 * the shipped corpus, a fresh app each round (the map's code and atlas load on
 * that first `m`); and a map of 1,000 places drawn at 120×35, the first draw
 * in this process (reading the atlas) and then warm. Run from run.ts.
 *
 * Run by itself, it opens the map in builds side by side (each a directory
 * holding bin/, dist/ and data/, such as a copy of dist/ from before a change),
 * round by round, with the app's own CPU time beside the wall time (steadier
 * on a shared machine):
 *   node --import tsx test/bench/map.ts ROUNDS ROOT…
 */
import {readdirSync, readFileSync} from 'node:fs';
import {setTimeout as delay} from 'node:timers/promises';
import {pathToFileURL} from 'node:url';
import {createAtlasReader} from '../../source/core/map/read-atlas.js';
import {renderMap} from '../../source/core/map/render-map.js';
import type {MapPlace} from '../../source/core/map/story.js';
import {inTerminal, median, root} from './measure.js';

const size = {COLUMNS: '120', LINES: '35'};
const isListFrame = (output: string) => output.includes('All 85') && output.includes('╰');

type Session = Awaited<ReturnType<typeof inTerminal>>;

/** The process a session's `script` runs (the app), for its CPU time; null where /proc has no list of children. */
function appProcess(session: Session): number | null {
	const pid = session.child.pid!;
	try {
		const children = readdirSync(`/proc/${pid}/task`).flatMap(task => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(' ').filter(Boolean));
		return children.length > 0 ? Number(children[0]) : null;
	} catch {
		return null;
	}
}

/** A process's CPU time so far, in ms (the scheduler's count, in ns). */
const cpuTime = (pid: number | null) => (pid === null ? Number.NaN : Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6);

/** Key `m` to the frame that shows the map's status line ("· 14 places"): wall time, and the app's CPU time over it. */
async function timeMapKey(session: Session, app: number | null): Promise<{wall: number; cpu: number}> {
	const before = session.output().length;
	const cpuBefore = cpuTime(app);
	const sent = process.hrtime.bigint();
	session.child.stdin.write('m');
	while (!/· \d+ places/u.test(session.output().slice(before))) {
		await delay(0);
	}

	return {wall: Number(session.lastWrite() - sent) / 1e6, cpu: cpuTime(app) - cpuBefore};
}

type Openings = {first: number; again: number; firstCpu: number; againCpu: number};

/**
 * `m` to the map's frame, each round in a fresh app: the first time (the
 * map's code and atlas load then), and again after Esc. Medians; with
 * several builds, one app of each in turn every round.
 */
export async function mapOpenings(node: string, rounds: number, roots: string[]): Promise<Openings[]> {
	const times = roots.map(() => ({first: [] as number[], again: [] as number[], firstCpu: [] as number[], againCpu: [] as number[]}));
	for (let round = 0; round < rounds; round++) {
		for (const [position, build] of roots.entries()) {
			const session = await inTerminal(`cd '${build}' && exec ${node} bin/brief.js`, isListFrame, size);
			const app = appProcess(session);
			const opening = async () => {
				await delay(300);
				session.child.stdin.write('\u001B');
				await delay(300);
				return timeMapKey(session, app);
			};

			const first = await opening();
			const again = await opening();
			const kept = times[position]!;
			kept.first.push(first.wall);
			kept.firstCpu.push(first.cpu);
			kept.again.push(again.wall);
			kept.againCpu.push(again.cpu);
			process.kill(-session.child.pid!, 'SIGKILL');
		}
	}

	return times.map(kept => ({first: median(kept.first), again: median(kept.again), firstCpu: median(kept.firstCpu), againCpu: median(kept.againCpu)}));
}

/** `m` to the map's frame in this build (see mapOpenings). */
export async function mapOpening(node: string, rounds: number): Promise<Openings> {
	const [openings] = await mapOpenings(node, rounds, [root]);
	return openings!;
}

/** 1,000 places spread over Eurasia by a fixed sequence, at 120×35 (the map's canvas inside its border). */
export function thousandPlaces(): {first: number; warm: number} {
	let seed = 7;
	const next = () => {
		seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
		return seed / 2_147_483_648;
	};

	const places: MapPlace[] = Array.from({length: 1000}, (_, index) => ({
		id: `l-${index}`,
		name: `Place ${index}`,
		kind: 'city',
		country: null,
		lon: -10 + next() * 140,
		lat: 5 + next() * 60,
		coordinatesSource: 'bench',
		citedBy: [],
		onRoute: false,
	}));
	const atlas = createAtlasReader();
	const draw = () => {
		const start = process.hrtime.bigint();
		renderMap({story: {places, routes: []}, columns: 118, rows: 30, fit: 'all', zoom: 1, selectedId: null, highlightIds: new Set(), glyphs: 'unicode', colour: true, atlas});
		return Number(process.hrtime.bigint() - start) / 1e6;
	};

	const first = draw();
	return {first, warm: median(Array.from({length: 5}, draw))};
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const [rounds = '7', ...roots] = process.argv.slice(2);
	const builds = roots.length > 0 ? roots : [root];
	const results = await mapOpenings(process.execPath, Number(rounds), builds);
	const ms = (value: number) => `${value.toFixed(1)} ms`;
	for (const [position, result] of results.entries()) {
		const ratio = position > 0 ? (key: keyof Openings) => ` (${(result[key] / results[0]![key]).toFixed(2)}×)` : () => '';
		console.log(`${builds[position]}: first ${ms(result.first)}${ratio('first')}, CPU ${ms(result.firstCpu)}${ratio('firstCpu')}; again ${ms(result.again)}${ratio('again')}, CPU ${ms(result.againCpu)}${ratio('againCpu')}`);
	}
}
