import {BriefError} from '../core/errors.js';
import {counted} from '../core/text.js';
import {toJson} from '../core/format/json.js';
import {expectArguments} from './expect-arguments.js';
import type {CorpusIndex} from '../core/records.js';
import {resolveRecordId} from '../core/resolve.js';
import {excerpt, sanitizeLine} from '../core/sanitize.js';
import {briefingStoreFile} from '../store/briefing-store.js';
import {briefingEntries, checkBriefingName, defaultBriefing, pinRecord, snapshotOf, unpinRecord} from '../store/briefings.js';
import {briefingJson, briefingMarkdown, briefingText, briefingTsv, pinnedPlacesGeoJson} from '../store/format-briefing.js';
import {exportTo, refuseToReplace} from '../store/export-briefing.js';
import type {StoreData} from '../store/briefing-schema.js';
import {writeFileAtomically} from '../json-file/write-atomically.js';
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
	/** --force: let export --out replace an existing file. */
	force?: boolean;
	storeFile: string;
	/** Told at once (not with the result) when a change waits for another brief: stderr, unless given. */
	onWait?: (message: string) => void;
	now: Date;
};

export type StoreResult = CommandResult & {stderr: string};

/** Pins, notes and briefings: commands over the lowdb store. Throws BriefError on bad input. */
export async function runStoreCommand(index: CorpusIndex, request: StoreRequest): Promise<StoreResult> {
	const warnings: string[] = [];
	const onWait = request.onWait ?? ((message: string) => process.stderr.write(`brief: ${message}\n`));
	const store = briefingStoreFile(request.storeFile, {warn: message => warnings.push(`brief: warning: ${message}`), onWait});
	const updateStore = async <T>(change: (data: StoreData) => T) => store.update(data => ({next: data, result: change(data)}));
	const name = checkBriefingName(request.briefing ?? defaultBriefing);
	const finish = (stdout: string, exitCode: 0 | 1, note?: string): StoreResult => ({stdout, exitCode, stderr: [...warnings, ...(note ? [note] : [])].map(line => `${line}\n`).join('')});

	switch (request.command) {
		case 'pin': {
			const id = oneId(index, request, 'pin needs one record id: brief pin ID [--note TEXT]');
			const snapshot = snapshotOf(index, index.byId.get(id)!, request.note ?? null, request.now);
			const {outcome, count} = await updateStore(data => ({outcome: pinRecord(data, name, snapshot, request.note), count: data.briefings[name]!.pins.length}));
			const what = outcome === 'pinned' ? 'pinned' : request.note === undefined ? 'already pinned' : 'updated the note of';
			return finish(`${what} ${id} in briefing "${name}" (${counted(count, 'pin')})\n`, 0);
		}

		case 'unpin': {
			expectArguments(request, 1, {usage: 'unpin needs one record id: brief unpin ID'});
			const id = request.args[0]!;
			const removed = await updateStore(data => unpinRecord(data, name, id));
			return removed ? finish(`unpinned ${id} from briefing "${name}"\n`, 0) : finish('', 1, `brief: ${excerpt(id)} is not pinned in briefing "${name}"`);
		}

		case 'briefing': {
			expectArguments(request, 0);
			const data = await store.read();
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
			const data = await store.read();
			const names = Object.entries(data.briefings).map(([briefing, {pins}]) => ({name: briefing, pins: pins.length}));
			const text = request.format === 'json' ? toJson(names) : names.map(briefing => `${sanitizeLine(briefing.name)}\t${briefing.pins}`).join('\n') + (names.length > 0 ? '\n' : '');
			return finish(text, names.length > 0 ? 0 : 1);
		}

		case 'export': {
			// meow leaves a lone "-" as an argument rather than the value of --out: `--out -` means stdout.
			if (request.out === '' && request.args.length === 1 && request.args[0] === '-') {
				return runStoreCommand(index, {...request, args: [], out: '-'});
			}

			expectArguments(request, 0);
			const data = await store.read();
			const entries = briefingEntries(index, data.briefings[name]?.pins ?? []);
			// As the app's `e`: nothing is exported of an empty briefing, nor any file written; exit 1, as `brief briefing`.
			if (entries.length === 0) {
				return finish('', 1, `brief: briefing "${name}" has no pins, nothing to export (brief pin ID adds one)`);
			}

			const geojson = request.geojson ? pinnedPlacesGeoJson(index, entries, request.out) : undefined;
			const markdown = briefingMarkdown(index, name, entries, request.now, {mapLink: geojson?.link});
			if (request.out === undefined) {
				return finish(markdown, 0);
			}

			// The GeoJSON beside the Markdown is replaced on the same terms as the Markdown: checked before either is written.
			if (geojson) {
				refuseToReplace(geojson.file, request.force);
			}

			const destination = await exportTo(request.out, markdown, {force: request.force ?? false, name, date: request.now});
			if (destination.kind === 'stdout') {
				return finish(markdown, 0);
			}

			const also = geojson ? ` and its places to ${writeFileAtomically(geojson.file, geojson.text)}` : request.geojson ? ' (no places pinned: no GeoJSON written)' : '';
			return finish('', 0, `brief: wrote briefing "${name}" to ${destination.path}${also}`);
		}

		default: {
			throw new BriefError(`unknown command "${excerpt(request.command)}"`);
		}
	}
}

function oneId(index: CorpusIndex, request: StoreRequest, usage: string): string {
	expectArguments(request, 1, {usage});
	return resolveRecordId(index, request.args[0]!);
}

