// First: how V8 compiles ingest's regular expressions (see the module).
import '../ingest/regexp-compilation.js';
import {BriefError} from '../core/errors.js';
import {toJson} from '../core/format/json.js';
import {resolveName} from '../core/resolve.js';
import {excerpt, sanitizeLine} from '../core/sanitize.js';
import type {Corpus, Source} from '../core/schema.js';
import {counted} from '../core/text.js';
import {addArticle, removeSource} from '../ingest/corpus-changes.js';
import {corpusFile, readCorpusIfPresent} from '../ingest/corpus-file.js';
import {extractArticle, sourceIdOf} from '../ingest/extract-article.js';
import {readArticleInput, withInputDetails} from '../ingest/read-article.js';
import {exitOnSignals} from './exit-on-signals.js';
import {expectArguments} from './expect-arguments.js';
import type {CommandResult, OutputFormat} from './run-command.js';

export type IngestRequest = {
	command: string;
	args: string[];
	format: OutputFormat;
	title: string | undefined;
	outlet: string | undefined;
	date: string | undefined;
	/** The corpus file ingest writes to and remove removes from. */
	target: string;
	/** Read-only corpora whose actors and places the new records share (the shipped corpus, for the user corpus). */
	alsoRead: string[];
	/** Told at once when a write waits for another brief: stderr, unless given. */
	onWait?: (message: string) => void;
	/** The extraction to run: extractArticle, unless a test gives another. */
	extract?: typeof extractArticle;
};

/** `brief ingest` and `brief remove`: the commands that change a corpus file. Throws BriefError on bad input. */
export async function runIngestCommand(request: IngestRequest): Promise<CommandResult> {
	return request.command === 'ingest' ? ingest(request) : remove(request);
}

type IngestOutcome = {added: false; source: Source} | {added: true; source: Source; article: Corpus};

async function ingest(request: IngestRequest): Promise<CommandResult> {
	expectArguments(request, 1, {usage: 'ingest needs one article: brief ingest FILE|URL|- [--title T] [--outlet NAME] [--date YYYY-MM-DD]'});
	const date = checkDate(request.date);
	const title = request.title === undefined ? undefined : checkText('--title', request.title, '"A descriptive title"');
	const outlet = request.outlet === undefined ? undefined : checkText('--outlet', request.outlet, 'Reuters');
	const input = await readArticleInput(request.args[0]!, {title});
	const {text} = input;
	const sourceId = sourceIdOf(text);
	const others = request.alsoRead.map(readCorpusIfPresent).filter(corpus => corpus !== undefined);
	const fallbackTitle = input.fallbackTitle ?? `Article ${sourceId}`;

	const target = corpusFile(request.target, 'Ingested articles', {onWait: request.onWait ?? tellOnStderr});
	const isPresent = (corpus: Corpus) => [...others, corpus].flatMap(known => known.sources).find(source => source.id === sourceId || sourceIdOf(source.text) === sourceId);
	// Extraction takes seconds for a long article, so it runs on the corpus as it is now, with no lock held; only the merge below is locked.
	const before = await target.read();
	const presentBefore = isPresent(before);
	const outcome: IngestOutcome = presentBefore ? {added: false, source: presentBefore} : await extractAndMerge();

	async function extractAndMerge(): Promise<IngestOutcome> {
		// Refuse a read-only corpus now, not after seconds of extraction.
		const problem = target.writeProblem();
		if (problem !== undefined) {
			throw new BriefError(problem);
		}

		const extracted = withInputDetails(
			(request.extract ?? extractArticle)(
				{text, title: title ?? input.title, outlet: outlet ?? input.outlet, date: date ?? input.date, fallbackTitle},
				{actors: [...others, before].flatMap(known => known.actors), locations: [...others, before].flatMap(known => known.locations)},
			),
			input,
		);
		exitOnSignals();
		return target.update((corpus): {next: Corpus; result: IngestOutcome} => {
			// Read again under the lock: another ingest may have added this very article meanwhile.
			const present = isPresent(corpus);
			return present ? {next: corpus, result: {added: false, source: present}} : {next: addArticle(corpus, extracted), result: {added: true, source: extracted.sources[0]!, article: extracted}};
		});
	}

	if (!outcome.added) {
		const message = `${outcome.source.id} "${outcome.source.title}" is already in the corpus: nothing added`;
		return request.format === 'json' ? {stdout: toJson({source: outcome.source.id, title: outcome.source.title, corpus: request.target, added: false}), exitCode: 0} : {stdout: `${sanitizeLine(message)}\n`, exitCode: 0};
	}

	const {article, source} = outcome;
	const counts = {quotes: article.quotes.length, facts: article.facts.length, places: article.locations.length, actors: article.actors.length};
	if (request.format === 'json') {
		return {stdout: toJson({source: source.id, title: source.title, corpus: request.target, added: true, ...counts}), exitCode: 0};
	}

	return {stdout: ingestSummary(article, request.target), exitCode: 0};
}

/** How many speakers, places and actors the summary names before "and N more". */
const namesShown = 12;

function ingestSummary(article: Corpus, target: string): string {
	const source = article.sources[0]!;
	const listed = (entries: string[]) => (entries.length > namesShown ? `${entries.slice(0, namesShown).join(', ')} and ${entries.length - namesShown} more` : entries.join(', '));
	const names = (items: Array<{name: string}>) => listed(items.map(item => item.name));
	const speakers = new Map<string, number>();
	for (const quote of article.quotes) {
		const name = article.actors.find(actor => actor.id === quote.speaker)?.name ?? 'unattributed';
		speakers.set(name, (speakers.get(name) ?? 0) + 1);
	}

	const lines = [
		`ingested ${source.id} "${source.title}"${source.outlet ? ` (${source.outlet})` : ''} into ${target}`,
		`  ${counted(article.quotes.length, 'quote')}${speakers.size > 0 ? ` (${listed([...speakers].map(([name, count]) => `${name} ${count}`))})` : ''}`,
		`  ${counted(article.facts.length, 'fact')} (${article.facts.filter(fact => fact.figures.length > 0).length} with figures)`,
		`  ${counted(article.locations.length, 'place')}${article.locations.length > 0 ? `: ${names(article.locations)}` : ''}`,
		`  ${counted(article.actors.length, 'actor')}${article.actors.length > 0 ? `: ${names(article.actors)}` : ''}`,
	];
	return `${lines.map(line => sanitizeLine(line)).join('\n')}\n`;
}

async function remove(request: IngestRequest): Promise<CommandResult> {
	expectArguments(request, 1, {usage: 'remove needs one source id: brief remove SOURCE_ID (brief sources lists them)'});
	const wanted = request.args[0]!;
	const shipped = request.alsoRead.map(readCorpusIfPresent).flatMap(corpus => corpus?.sources ?? []);
	exitOnSignals();
	const removed = await corpusFile(request.target, 'Ingested articles', {onWait: request.onWait ?? tellOnStderr}).update(corpus => {
		if (!corpus.sources.some(source => source.id === wanted || source.title === wanted) && shipped.some(source => source.id === wanted || source.title === wanted)) {
			throw new BriefError(`${excerpt(wanted)} is part of the shipped corpus, which brief never changes; remove only removes ingested articles`);
		}

		const items = corpus.sources.map(source => ({id: source.id, names: [source.title]}));
		const sourceId = resolveName(items, wanted, {what: 'source', forgiving: false, listHint: 'see "brief sources"'});
		const changed = removeSource(corpus, sourceId);
		const source = corpus.sources.find(candidate => candidate.id === sourceId)!;
		return {
			next: changed,
			result: {source, quotes: corpus.quotes.length - changed.quotes.length, facts: corpus.facts.length - changed.facts.length},
		};
	});

	const {source, quotes, facts} = removed;
	if (request.format === 'json') {
		return {stdout: toJson({source: source.id, title: source.title, corpus: request.target, removed: true, quotes, facts}), exitCode: 0};
	}

	return {stdout: `${sanitizeLine(`removed ${source.id} "${source.title}" from ${request.target}: ${counted(quotes, 'quote')}, ${counted(facts, 'fact')}`)}\n`, exitCode: 0};
}

function checkDate(date: string | undefined): string | undefined {
	if (date === undefined) {
		return undefined;
	}

	const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
	if (!valid) {
		throw new BriefError(`--date needs a real date as YYYY-MM-DD, got "${excerpt(date)}"`);
	}

	return date;
}

function checkText(flag: string, value: string, example: string): string {
	const clean = sanitizeLine(value).trim();
	if (clean === '') {
		throw new BriefError(`${flag} needs some text: brief ingest FILE ${flag} ${example}`);
	}

	return clean;
}

function tellOnStderr(message: string) {
	process.stderr.write(`brief: ${message}\n`);
}
