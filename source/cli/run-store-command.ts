import {BriefError} from '../core/errors.js';
import {counted} from '../core/text.js';
import {toJson} from '../core/format/json.js';
import {expectArguments} from './expect-arguments.js';
import type {CorpusIndex} from '../core/records.js';
import {resolveRecordId} from '../core/resolve.js';
import {sanitizeLine} from '../core/sanitize.js';
import {readStore, updateStore} from '../store/briefing-store.js';
import {briefingEntries, checkBriefingName, defaultBriefing, pinRecord, snapshotOf, unpinRecord} from '../store/briefings.js';
import {briefingJson, briefingMarkdown, briefingText, briefingTsv, pinnedPlacesGeoJson} from '../store/format-briefing.js';
import {writeAtomically} from '../store/write-atomically.js';
import type {CommandResult, OutputFormat} from './run-command.js';

export type StoreRequest = {
	command: string;
	args: string[];
	format: OutputFormat;
	briefing: string | undefined;
	note: string | undefined;
	out: string | undefined;
	/** export: also write the pinned places and routes as GeoJSON beside the Markdown (--out), linked from its Places section. */
	geojson?: boolean;
	storeFile: string;
	now: Date;
};

export type StoreResult = CommandResult & {stderr: string};

/** Pins, notes and briefings: commands over the lowdb store. Throws BriefError on bad input. */
export async function runStoreCommand(index: CorpusIndex, request: StoreRequest): Promise<StoreResult> {
	const warnings: string[] = [];
	const options = {warn: (message: string) => warnings.push(`brief: warning: ${message}`)};
	const name = checkBriefingName(request.briefing ?? defaultBriefing);
	const finish = (stdout: string, exitCode: 0 | 1, note?: string): StoreResult => ({stdout, exitCode, stderr: [...warnings, ...(note ? [note] : [])].map(line => `${line}\n`).join('')});

	switch (request.command) {
		case 'pin': {
			const id = oneId(index, request, 'pin needs one record id: brief pin ID [--note TEXT]');
			const snapshot = snapshotOf(index, index.byId.get(id)!, request.note ?? null, request.now);
			const {outcome, count} = await updateStore(
				request.storeFile,
				data => ({outcome: pinRecord(data, name, snapshot, request.note), count: data.briefings[name]!.pins.length}),
				options,
			);
			const what = outcome === 'pinned' ? 'pinned' : request.note === undefined ? 'already pinned' : 'updated the note of';
			return finish(`${what} ${id} in briefing "${name}" (${counted(count, 'pin')})\n`, 0);
		}

		case 'unpin': {
			expectArguments(request, 1, {usage: 'unpin needs one record id: brief unpin ID'});
			const id = request.args[0]!;
			const removed = await updateStore(request.storeFile, data => unpinRecord(data, name, id), options);
			return removed ? finish(`unpinned ${id} from briefing "${name}"\n`, 0) : finish('', 1, `brief: ${sanitizeLine(id)} is not pinned in briefing "${name}"`);
		}

		case 'briefing': {
			expectArguments(request, 0);
			const data = await readStore(request.storeFile, options);
			const entries = briefingEntries(index, data.briefings[name]?.pins ?? []);
			const outputs: Record<OutputFormat, () => string> = {
				json: () => briefingJson(entries),
				tsv: () => briefingTsv(entries),
				md: () => briefingMarkdown(index, name, entries, request.now),
				text: () => briefingText(name, entries),
			};
			const found = entries.length > 0;
			return finish(found || request.format === 'json' ? outputs[request.format]() : '', found ? 0 : 1, found ? undefined : `brief: briefing "${name}" has no pins (brief pin ID adds one)`);
		}

		case 'briefings': {
			expectArguments(request, 0);
			const data = await readStore(request.storeFile, options);
			const names = Object.entries(data.briefings).map(([briefing, {pins}]) => ({name: briefing, pins: pins.length}));
			const text = request.format === 'json' ? toJson(names) : names.map(briefing => `${sanitizeLine(briefing.name)}\t${briefing.pins}`).join('\n') + (names.length > 0 ? '\n' : '');
			return finish(text, names.length > 0 ? 0 : 1);
		}

		case 'export': {
			expectArguments(request, 0);
			const data = await readStore(request.storeFile, options);
			const entries = briefingEntries(index, data.briefings[name]?.pins ?? []);
			const geojson = request.geojson ? pinnedPlacesGeoJson(index, entries, request.out) : undefined;
			const markdown = briefingMarkdown(index, name, entries, request.now, {mapLink: geojson?.link});
			if (request.out === undefined) {
				return finish(markdown, 0);
			}

			const written = await writeAtomically(request.out, markdown);
			const also = geojson ? ` and its places to ${await writeAtomically(geojson.file, geojson.text)}` : request.geojson ? ' (no places pinned: no GeoJSON written)' : '';
			return finish('', 0, `brief: wrote briefing "${name}" to ${written}${also}`);
		}

		default: {
			throw new BriefError(`unknown command "${request.command}"`);
		}
	}
}

function oneId(index: CorpusIndex, request: StoreRequest, usage: string): string {
	expectArguments(request, 1, {usage});
	return resolveRecordId(index, request.args[0]!);
}

