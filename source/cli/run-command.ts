import {lookupTable} from '../core/lookup-table.js';
import {BriefError} from '../core/errors.js';
import {excerpt} from '../core/sanitize.js';
import {expectArguments} from './expect-arguments.js';
import type {Filters} from '../core/filters.js';
import {filterRecords} from '../core/filters.js';
import {detailJson, hitsJson, recordJson, toJson} from '../core/format/json.js';
import {formatMarkdown, formatMarkdownDetail} from '../core/format/markdown.js';
import {createStyle} from '../core/format/style.js';
import {formatDetailText, formatHitsText, formatRecordsText} from '../core/format/text.js';
import {formatHitsTsv, formatTsv} from '../core/format/tsv.js';
import type {BriefRecord, CorpusIndex, RecordKind} from '../core/records.js';
import {resolveActor, resolveKind, resolveLocation, resolveRecordId, resolveSource} from '../core/resolve.js';
import {formatSources} from '../core/format/sources.js';
import type {OutputFormat} from '../core/format/output-format.js';
import {searchWithTotal, type SearchHit} from '../core/search.js';
import {readArticle} from '../core/reader.js';
import {formatReadingMarkdown, formatReadingText, formatReadingTsv, readingJson} from '../core/format/reading.js';

export {outputFormats, type OutputFormat} from '../core/format/output-format.js';

export type CommandRequest = {
	command: string;
	args: string[];
	format: OutputFormat;
	colour: boolean;
	kinds: string[];
	actors: string[];
	locations: string[];
	sources: string[];
	limit: number | undefined;
	/** show: paragraphs of context either side (default 1). */
	context?: number | undefined;
	/** search: say which words matched which fields, with how many typos. */
	explain?: boolean;
};

export type CommandResult = {stdout: string; exitCode: 0 | 1};

export const commands = ['search', 'quotes', 'facts', 'actors', 'locations', 'sources', 'show', 'read'] as const;

/** Commands over the briefing store, loaded only when one of them runs (see cli.tsx). */
export const storeCommands = ['pin', 'unpin', 'briefing', 'briefings', 'export'] as const;

/** Commands drawn by the map's bundle, loaded only when one of them runs (see cli.tsx and map-request.ts). */
export const mapCommands = ['map'] as const;

/** Commands that change a corpus file, loaded only when one of them runs (see cli.tsx). */
export const ingestCommands = ['ingest', 'remove'] as const;

const listKinds = lookupTable<RecordKind>({quotes: 'quote', facts: 'fact', actors: 'actor', locations: 'location'});

const defaultSearchLimit = 20;

/** Longer queries take seconds to match and are pasted text, not a search. */
export const maximumQueryLength = 1000;

/** Run one non-interactive command against a corpus. Throws BriefError on bad input. */
export function runCommand(index: CorpusIndex, request: CommandRequest): CommandResult {
	switch (request.command) {
		case 'search': {
			return search(index, request);
		}

		case 'show': {
			return show(index, request);
		}

		case 'read': {
			return read(index, request);
		}

		case 'sources': {
			expectArguments(request, 0);
			return {stdout: formatSources(index, request.format), exitCode: index.sources.size > 0 ? 0 : 1};
		}

		default: {
			const kind = listKinds[request.command];
			if (!kind) {
				throw new BriefError(`unknown command "${excerpt(request.command)}" (commands: ${[...commands, ...storeCommands, ...ingestCommands, ...mapCommands].join(', ')}; see brief --help)`);
			}

			expectArguments(request, 0, {hint: 'did you mean brief search?'});
			const filters = resolveFilters(index, request);
			const otherKinds = filters.kinds?.filter(other => other !== kind) ?? [];
			if (otherKinds.length > 0) {
				throw new BriefError(`${request.command} lists only ${kind} records; --kind ${otherKinds.join(', ')} is for brief search`);
			}

			const records = filterRecords(index.records, {...filters, kinds: [kind]});
			return printRecords(index, request, request.limit === undefined ? records : records.slice(0, request.limit));
		}
	}
}

function search(index: CorpusIndex, request: CommandRequest): CommandResult {
	const query = request.args.join(' ').trim();
	if (query === '') {
		throw new BriefError('search needs a query: brief search QUERY (see brief --help)');
	}

	if (query.length > maximumQueryLength) {
		throw new BriefError(`a search query is at most ${maximumQueryLength.toLocaleString('en-US')} characters; this one has ${query.length.toLocaleString('en-US')} (search for a few telling words)`);
	}

	// Matched ranges are only drawn as highlights in coloured text.
	const ranges = request.format === 'text' && request.colour;
	const {hits, total} = searchWithTotal(index, query, {filters: resolveFilters(index, request), limit: request.limit ?? defaultSearchLimit, ranges});
	return {stdout: hits.length > 0 || request.format === 'json' ? formatHits(index, request, hits, total) : '', exitCode: hits.length > 0 ? 0 : 1};
}

function show(index: CorpusIndex, request: CommandRequest): CommandResult {
	expectArguments(request, 1, {usage: 'show needs one record id: brief show ID'});
	const record = index.byId.get(resolveRecordId(index, request.args[0]!))!;
	const span = request.context ?? 1;
	const outputs: Record<OutputFormat, () => string> = {
		json: () => toJson(detailJson(index, record, span)),
		tsv: () => formatTsv(index, [record]),
		md: () => formatMarkdownDetail(index, record, span),
		text: () => formatDetailText(index, record, createStyle(request.colour), span),
	};
	return {stdout: outputs[request.format](), exitCode: 0};
}

/** `read SOURCE`: the whole article, numbered, its records marked; a record id reads the article it comes from. */
function read(index: CorpusIndex, request: CommandRequest): CommandResult {
	expectArguments(request, 1, {usage: 'read needs one article: brief read SOURCE_ID (see brief sources)'});
	const wanted = request.args[0]!;
	const provenance = index.byId.get(wanted)?.provenance;
	const reading = readArticle(index, provenance ? provenance.source : resolveSource(index, wanted))!;
	const outputs: Record<OutputFormat, () => string> = {
		json: () => toJson(readingJson(reading)),
		tsv: () => formatReadingTsv(reading),
		md: () => formatReadingMarkdown(reading),
		text: () => formatReadingText(reading, createStyle(request.colour)),
	};
	return {stdout: outputs[request.format](), exitCode: 0};
}

/** The filter flags by id; an unknown name is an error with "did you mean". */
export function resolveFilters(index: CorpusIndex, request: Pick<CommandRequest, 'kinds' | 'actors' | 'locations' | 'sources'>): Filters {
	return {
		kinds: request.kinds.map(kind => resolveKind(kind)),
		actorIds: request.actors.map(name => resolveActor(index, name)),
		locationIds: request.locations.map(name => resolveLocation(index, name)),
		sourceIds: request.sources.map(name => resolveSource(index, name)),
	};
}

function printRecords(index: CorpusIndex, request: CommandRequest, records: BriefRecord[]): CommandResult {
	const found = records.length > 0;
	const outputs: Record<OutputFormat, () => string> = {
		json: () => toJson(records.map(record => recordJson(index, record))),
		tsv: () => formatTsv(index, records),
		md: () => formatMarkdown(index, records),
		text: () => formatRecordsText(index, records, createStyle(request.colour)),
	};
	return {stdout: found || request.format === 'json' ? outputs[request.format]() : '', exitCode: found ? 0 : 1};
}

function formatHits(index: CorpusIndex, request: CommandRequest, hits: SearchHit[], total: number): string {
	const outputs: Record<OutputFormat, () => string> = {
		json: () => toJson(hitsJson(index, hits)),
		tsv: () => formatHitsTsv(index, hits),
		md: () => formatMarkdown(
			index,
			hits.flatMap(hit => [hit.record, ...(hit.sameAs ?? []).map(other => other.record)]),
		),
		text: () => formatHitsText(index, hits, createStyle(request.colour), {explain: request.explain ?? false, more: total - hits.length}),
	};
	return outputs[request.format]();
}
