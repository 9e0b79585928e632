import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import * as z from 'zod/mini';
import {writeFileAtomically} from '../../source/json-file/write-atomically.js';
import {metricNames, type Metrics} from './score.js';

/**
 * Groups of test articles held out from the rules: written by someone who had
 * not read source/ingest, and scored once before anything changed for them.
 * `test/eval/held-out.json` names each group's articles and keeps its first
 * run, which `npm run eval` records the first time it ingests the whole group
 * and never rewrites, so the table can show that first score beside today's.
 */

export const heldOutPath = fileURLToPath(new URL('held-out.json', import.meta.url));

const count = z.object({hits: z.int().check(z.minimum(0)), total: z.int().check(z.minimum(0))});
const metrics = z.object(Object.fromEntries(metricNames.map(name => [name, count])) as Record<keyof Metrics, typeof count>);

const heldOutSchema = z.object({
	groups: z.array(
		z.object({
			name: z.string().check(z.minLength(1)),
			about: z.string(),
			articles: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
			/** The group's scores summed over its articles on the first run; null until then. */
			firstRun: z.nullable(z.object({date: z.string(), metrics})),
		}),
	),
});

export type HeldOut = z.infer<typeof heldOutSchema>;
export type HeldOutGroup = HeldOut['groups'][number];

export function loadHeldOut(file = heldOutPath): HeldOut {
	return heldOutSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/**
 * The groups with a first run filled in for each group that had none and whose
 * articles all have scores now; groups already recorded are left as they were.
 * Returns undefined when nothing is new.
 */
export function withFirstRuns(heldOut: HeldOut, scores: ReadonlyMap<string, Metrics>, date: string, sum: (all: Metrics[]) => Metrics): HeldOut | undefined {
	let changed = false;
	const groups = heldOut.groups.map(group => {
		if (group.firstRun !== null || !group.articles.every(name => scores.has(name))) {
			return group;
		}

		changed = true;
		return {...group, firstRun: {date, metrics: sum(group.articles.map(name => scores.get(name)!))}};
	});
	return changed ? {groups} : undefined;
}

/** Write the file whole or not at all. */
export async function saveHeldOut(heldOut: HeldOut, file = heldOutPath): Promise<void> {
	writeFileAtomically(file, `${JSON.stringify(heldOut, null, '\t')}\n`);
}
