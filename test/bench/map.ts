/**
 * The map (issue 22): `m` to the map's frame in the running app at 120×35 on
 * the shipped corpus, a fresh app each round (the map's code and atlas load on
 * that first `m`); and a map of 1,000 places drawn at 120×35, the first draw
 * in this process (reading the atlas) and then warm. Run from run.ts.
 */
import {setTimeout as delay} from 'node:timers/promises';
import {createAtlasReader} from '../../source/core/map/read-atlas.js';
import {renderMap} from '../../source/core/map/render-map.js';
import type {MapPlace} from '../../source/core/map/story.js';
import {inTerminal, median} from './measure.js';

const size = {COLUMNS: '120', LINES: '35'};
const isListFrame = (output: string) => output.includes('All 85') && output.includes('╰');

/** Key `m` to the frame that shows the map's status line ("· 14 places"). */
async function timeMapKey(session: Awaited<ReturnType<typeof inTerminal>>): Promise<number> {
	const before = session.output().length;
	const sent = process.hrtime.bigint();
	session.child.stdin.write('m');
	while (!/· \d+ places/u.test(session.output().slice(before))) {
		await delay(0);
	}

	return Number(session.lastWrite() - sent) / 1e6;
}

/**
 * `m` to the map's frame, each round in a fresh app: the first time (the
 * map's code and atlas load then), and again after Esc.
 */
export async function mapOpening(node: string, rounds: number): Promise<{first: number; again: number}> {
	const first: number[] = [];
	const again: number[] = [];
	for (let round = 0; round < rounds; round++) {
		const session = await inTerminal(`${node} bin/brief.js`, isListFrame, size);
		await delay(300);
		session.child.stdin.write('\u001B');
		await delay(300);
		first.push(await timeMapKey(session));
		await delay(300);
		session.child.stdin.write('\u001B');
		await delay(300);
		again.push(await timeMapKey(session));
		process.kill(-session.child.pid!, 'SIGKILL');
	}

	return {first: median(first), again: median(again)};
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
