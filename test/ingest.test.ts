import assert from 'node:assert/strict';
import {spawn, spawnSync} from 'node:child_process';
import {chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import type {Corpus} from '../source/core/schema.js';
import {shippedCorpusPath} from './helpers/corpora.js';
import {briefInProcess} from './helpers/in-process.js';
import {binPath, tempDir} from './helpers/run-brief.js';
import {waitFor} from './helpers/wait-for.js';

/** `brief ingest` and `brief remove` as a user runs them: the built binary, real files. */

/** The seed article, as shipped beside the curated corpus. */
const seedArticle = fileURLToPath(new URL('../data/article.txt', import.meta.url));

const harbourArticle = [
	'Harbour strike ends after talks in Rotterdam',
	'Dock workers in Rotterdam, Netherlands, returned to work on Monday after a three-day strike that left about 40 ships waiting at anchor in the North Sea.',
	'"We got what we came for," said Ingrid de Vries, a spokeswoman for the FNV union. "The night shifts will be paid properly from now on."',
	'She added that more than 2,000 members had voted to accept the offer.',
	'The port authority said the backlog would take "at least a week" to clear.',
].join('\n');

/** A scratch directory with a user data directory (BRIEF_HOME) and a place for articles. */
function scratch() {
	const directory = mkdtempSync(path.join(tempDir(), 'ingest-'));
	const home = path.join(directory, 'home');
	const write = (name: string, contents: string | Uint8Array) => {
		const file = path.join(directory, name);
		writeFileSync(file, contents);
		return file;
	};

	return {
		directory,
		home,
		write,
		/** brief through its command functions, in this process. */
		brief: async (...args: string[]) => briefInProcess(args, {BRIEF_HOME: home}),
	};
}

function readCorpus(file: string): Corpus {
	return JSON.parse(readFileSync(file, 'utf8')) as Corpus;
}

function briefWithInput(args: string[], input: string | Uint8Array, home: string) {
	const result = spawnSync(process.execPath, [binPath, ...args], {input, encoding: 'utf8', env: {...process.env, BRIEF_HOME: home, BRIEF_CORPUS: ''}});
	return {stdout: result.stdout, stderr: result.stderr, status: result.status};
}

describe('brief ingest', () => {
	test('ingests an article into a new corpus file and says what it added', async () => {
		const {directory, write, brief} = scratch();
		const article = write('harbour.txt', harbourArticle);
		const corpusFile = path.join(directory, 'articles.json');
		const result = await brief('ingest', article, '--corpus', corpusFile);
		assert.equal(result.stderr, '');
		assert.equal(result.status, 0);
		const corpus = readCorpus(corpusFile);
		const [source] = corpus.sources;
		assert.equal(source?.title, 'Harbour strike ends after talks in Rotterdam', 'a headline line becomes the title');
		assert.match(result.stdout, new RegExp(`^ingested ${source!.id} "Harbour strike ends after talks in Rotterdam" into ${corpusFile.replaceAll('.', String.raw`\.`)}\n`));
		assert.match(result.stdout, /\n {2}3 quotes \(Ingrid de Vries 2, port authority 1\)\n/);
		assert.match(result.stdout, /\n {2}\d+ places: [^\n]*Rotterdam[^\n]*North Sea/);
		assert.match(result.stdout, /\n {2}\d+ actors: [^\n]*Ingrid de Vries/);
		assert.match(source!.id, /^s-[\da-f]{10}$/);
	});

	test('a long list of places or actors is cut short with a count', async () => {
		const {directory, write, brief} = scratch();
		const article = write('summit.txt', 'Ministers meet\nMinisters from Paris, Berlin, Madrid, Rome, Vienna, Warsaw, Prague, Lisbon, Dublin, Athens, Oslo, Helsinki and Stockholm met in Brussels on Monday to discuss energy prices.\nThey agreed to meet again.');
		const result = await brief('ingest', article, '--corpus', path.join(directory, 'summit.json'));
		assert.equal(result.status, 0);
		const places = /\n {2}(\d+) places: ([^\n]*)\n/.exec(result.stdout);
		assert.ok(places, result.stdout);
		assert.equal(places[2]!.split(', ').length, 12);
		assert.match(places[2]!, new RegExp(` and ${Number(places[1]) - 12} more$`));
	});

	test('the ingested records answer the usual commands, with the new article as their source', async () => {
		const {directory, write, brief} = scratch();
		const corpusFile = path.join(directory, 'articles.json');
		await brief('ingest', write('harbour.txt', harbourArticle), '--corpus', corpusFile);
		const quotes = JSON.parse((await brief('quotes', '--corpus', corpusFile, '--actor', 'de vries', '--json')).stdout) as Array<{text: string; speaker: string; role: string; paragraph: number}>;
		assert.deepEqual(
			quotes.map(quote => [quote.text, quote.speaker, quote.paragraph]),
			[
				['We got what we came for,', 'Ingrid de Vries', 2],
				['The night shifts will be paid properly from now on.', 'Ingrid de Vries', 2],
			],
		);
		assert.equal(quotes[0]!.role, 'a spokeswoman for the FNV union');
		const locations = JSON.parse((await brief('locations', '--corpus', corpusFile, '--json')).stdout) as Array<{text: string; lat: number; lon: number}>;
		const found = locations.find(location => location.text === 'Rotterdam');
		assert.ok(found && Math.abs(found.lat - 51.92) < 0.1 && Math.abs(found.lon - 4.48) < 0.1, 'Rotterdam at its coordinates');
		const search = await brief('search', 'night shifts', '--corpus', corpusFile);
		assert.equal(search.status, 0);
		assert.match(search.stdout, /quote .*Ingrid de Vries/);
	});

	test('the same text again adds nothing and leaves the file as it was; a changed text is a new source', async () => {
		const {directory, write, brief} = scratch();
		const corpusFile = path.join(directory, 'articles.json');
		const article = write('harbour.txt', harbourArticle);
		await brief('ingest', article, '--corpus', corpusFile);
		const before = readFileSync(corpusFile);
		const again = await brief('ingest', article, '--corpus', corpusFile);
		assert.equal(again.status, 0);
		assert.match(again.stdout, /^s-[\da-f]{10} "Harbour strike ends after talks in Rotterdam" is already in the corpus: nothing added\n$/);
		assert.deepEqual(readFileSync(corpusFile), before);

		const changed = write('harbour-2.txt', harbourArticle.replace('three-day', 'four-day'));
		assert.equal((await brief('ingest', changed, '--corpus', corpusFile)).status, 0);
		assert.equal(readCorpus(corpusFile).sources.length, 2);
	});

	test('without --corpus it writes the user corpus, read together with the shipped one, which stays untouched', async () => {
		const {home, write, brief} = scratch();
		const shippedBefore = readFileSync(shippedCorpusPath);
		const result = await brief('ingest', write('harbour.txt', harbourArticle));
		assert.equal(result.status, 0);
		assert.ok(existsSync(path.join(home, 'corpus.json')));
		assert.deepEqual(readFileSync(shippedCorpusPath), shippedBefore);
		const sources = JSON.parse((await brief('sources', '--json')).stdout) as Array<{id: string}>;
		assert.equal(sources.length, 2);
		assert.equal(sources[0]!.id, 'iran-russia-drones');
		assert.match((await brief('search', 'caspian')).stdout, /Kirby/, 'the shipped article is still searched');
		assert.match((await brief('quotes', '--source', sources[1]!.id)).stdout, /Ingrid de Vries/);
	});

	test('an actor or place the shipped corpus knows keeps its id, so filters find both articles', async () => {
		const {write, brief} = scratch();
		const article = write('kirby.txt', 'Kirby speaks again\n“We will keep exposing these transfers,” said John Kirby, the US National Security Council spokesman, in Washington.\nHe said Iran and Russia were still working together.');
		assert.equal((await brief('ingest', article)).status, 0);
		const quotes = JSON.parse((await brief('quotes', '--actor', 'kirby', '--json')).stdout) as Array<{text: string; speaker: string}>;
		assert.equal(quotes.length, 4, 'three shipped quotes and the new one');
		assert.equal(quotes[3]!.text, 'We will keep exposing these transfers,');
		assert.equal(new Set(quotes.map(quote => quote.speaker)).size, 1, 'one John Kirby, not two');
		const facts = JSON.parse((await brief('facts', '--location', 'washington', '--json')).stdout) as unknown[];
		assert.ok(facts.length >= 1);
	});

	test('the binary reads stdin with -, and records --title and --date', () => {
		const {home} = scratch();
		const result = briefWithInput(['ingest', '-', '--title', 'Rotterdam strike', '--date', '2026-11-20', '--json'], harbourArticle, home);
		assert.equal(result.stderr, '');
		assert.equal(result.status, 0);
		const added = JSON.parse(result.stdout) as {source: string; title: string; added: boolean; quotes: number};
		assert.equal(added.title, 'Rotterdam strike');
		assert.equal(added.added, true);
		assert.equal(added.quotes, 3);
		const source = readCorpus(path.join(home, 'corpus.json')).sources[0]!;
		assert.deepEqual([source.id, source.title, source.date, source.outlet], [added.source, 'Rotterdam strike', '2026-11-20', null]);
	});

	test('the seed article ingests with every quote attributed as in the curated corpus', async () => {
		const {directory, brief} = scratch();
		const corpusFile = path.join(directory, 'seed.json');
		assert.equal((await brief('ingest', seedArticle, '--corpus', corpusFile)).status, 0);
		const corpus = readCorpus(corpusFile);
		const speakerOf = (id: string | null) => corpus.actors.find(actor => actor.id === id)?.name ?? null;
		const counts = new Map<string | null, number>();
		for (const quote of corpus.quotes) {
			counts.set(speakerOf(quote.speaker), (counts.get(speakerOf(quote.speaker)) ?? 0) + 1);
		}

		assert.deepEqual(Object.fromEntries(counts), {'John Kirby': 3, 'Volodymyr Zelenskyy': 4, 'Dmitry Peskov': 4});
	});
});

describe('concurrent ingests', () => {
	test('three ingests into one corpus at once, one of them another brief process, lose nothing', async () => {
		const {directory, home, write, brief} = scratch();
		const corpusFile = path.join(directory, 'articles.json');
		const [other, ...here] = ['one', 'two', 'three'].map(word => write(`${word}.txt`, harbourArticle.replace('three-day', `${word}-day`)));
		const exits = await Promise.all([
			new Promise<number | null>(resolve => {
				const child = spawn(process.execPath, [binPath, 'ingest', other!, '--corpus', corpusFile], {stdio: 'ignore', env: {...process.env, BRIEF_HOME: home}});
				child.on('exit', resolve);
			}),
			...here.map(async article => (await brief('ingest', article, '--corpus', corpusFile)).status),
		]);
		assert.deepEqual(exits, [0, 0, 0]);
		assert.equal(readCorpus(corpusFile).sources.length, 3);
		assert.equal((await brief('sources', '--corpus', corpusFile)).status, 0, 'the corpus still reads');
	});
});

describe('brief ingest refuses bad input with one line, exit 2, and every corpus byte-identical', () => {
	const badInputs: Array<[string, (write: (name: string, contents: string | Uint8Array) => string, directory: string) => string, RegExp]> = [
		['an empty file', write => write('empty.txt', ''), /^brief: .*empty\.txt is empty: there is no article to ingest\n$/],
		['a file of blank lines', write => write('blank.txt', '\n  \n\t\n'), /is empty/],
		['a binary file', write => write('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a, 0x1a, 0x00, 0x00])), /image\.png is a binary file, not an article/],
		['text that is not UTF-8', write => write('latin1.txt', Buffer.from('Caf\u00e9 owners said prices rose.', 'latin1')), /latin1\.txt is not UTF-8 text \(invalid byte sequence at byte 3\)/],
		['a directory', (_, directory) => {
			const folder = path.join(directory, 'folder');
			mkdirSync(folder);
			return folder;
		}, /folder is a directory; ingest takes one article file/],
		['a missing path', (_, directory) => path.join(directory, 'nowhere.txt'), /cannot read .*nowhere\.txt: no such file/],
		['a corpus file given as an article', write => write('corpus.json', '{"name": "My corpus", "quotes": []}\n'), /corpus\.json is JSON, not an article: ingest reads plain text \(to read a corpus file, use --corpus .*corpus\.json\)/],
		['a 10 MB file', write => write('huge.txt', 'The minister said nothing new. '.repeat(340_000)), /huge\.txt is 10\.1 MB; brief ingests articles of up to 1\.0 MB/],
	];

	// Every case starts from the same two corpora, the user's and one named by --corpus, each holding the
	// harbour article: ingested once, copied into each case's scratch directory.
	let startingCorpora: Promise<{user: Buffer; named: Buffer}> | undefined;
	const withStartingCorpora = async () => {
		startingCorpora ??= (async () => {
			const {directory, home, write, brief} = scratch();
			await brief('ingest', write('harbour.txt', harbourArticle));
			await brief('ingest', write('harbour.txt', harbourArticle), '--corpus', path.join(directory, 'articles.json'));
			return {user: readFileSync(path.join(home, 'corpus.json')), named: readFileSync(path.join(directory, 'articles.json'))};
		})();
		const {user, named} = await startingCorpora;
		const files = scratch();
		mkdirSync(files.home);
		writeFileSync(path.join(files.home, 'corpus.json'), user);
		writeFileSync(path.join(files.directory, 'articles.json'), named);
		return files;
	};

	for (const [what, make, message] of badInputs) {
		test(what, async () => {
			const {directory, home, write, brief} = await withStartingCorpora();
			const corpusFile = path.join(directory, 'articles.json');
			const userBefore = readFileSync(path.join(home, 'corpus.json'));
			const fileBefore = readFileSync(corpusFile);
			const input = make(write, directory);
			for (const args of [['ingest', input], ['ingest', input, '--corpus', corpusFile]]) {
				// In this process: the refusal comes before anything is extracted or written.
				const result = await brief(...args);
				assert.equal(result.status, 2);
				assert.match(result.stderr, message);
				assert.equal(result.stderr.split('\n').length, 2, 'one line');
				assert.equal(result.stdout, '');
			}

			assert.deepEqual(readFileSync(path.join(home, 'corpus.json')), userBefore);
			assert.deepEqual(readFileSync(corpusFile), fileBefore);
			assert.deepEqual(readdirSync(home).sort(), ['corpus.json'], 'no temporary or lock files left behind');
		});
	}

	test('records the outlet a dateline names, or --outlet, and cites it in what it prints', async () => {
		const {write, brief, home} = scratch();
		const article = write('dateline.txt', harbourArticle.replace('Dock workers in Rotterdam', 'ROTTERDAM, Netherlands (Reuters) - Dock workers in Rotterdam'));
		assert.match((await brief('ingest', article)).stdout, /^ingested s-\w+ "Harbour strike ends after talks in Rotterdam" \(Reuters\) into /);
		assert.match((await brief('sources')).stdout, /Harbour strike ends after talks in Rotterdam\n {2}Reuters · 4 paragraphs/);
		const quote = readCorpus(path.join(home, 'corpus.json')).quotes[0]!;
		assert.match((await brief('show', quote.id)).stdout, /In context — Harbour strike ends after talks in Rotterdam \(Reuters\), ¶2/);
		assert.equal((await brief('pin', quote.id)).status, 0);
		assert.match((await brief('export')).stdout, /— \*\*Ingrid de Vries\*\*, a spokeswoman for the FNV union \(\*Harbour strike ends after talks in Rotterdam\*, Reuters, ¶2\)/);

		const {home: otherHome, write: writeOther} = scratch();
		const result = await briefInProcess(['ingest', writeOther('harbour.txt', harbourArticle), '--outlet', 'Het Financieele Dagblad', '--json'], {BRIEF_HOME: otherHome});
		assert.equal(result.status, 0);
		assert.equal(readCorpus(path.join(otherHome, 'corpus.json')).sources[0]!.outlet, 'Het Financieele Dagblad');
	});

	test('bad flags and arguments', async () => {
		const {write, brief} = scratch();
		const article = write('harbour.txt', harbourArticle);
		const cases: Array<[string[], RegExp]> = [
			[['ingest'], /^brief: ingest needs one article: brief ingest FILE\|URL\|- \[--title T\] \[--outlet NAME\] \[--date YYYY-MM-DD\]\n$/],
			[['ingest', article, article], /ingest needs one article/],
			[['ingest', article, '--date', '2026-02-30'], /^brief: --date needs a real date as YYYY-MM-DD, got "2026-02-30"\n$/],
			[['ingest', article, '--date', 'yesterday'], /--date needs a real date/],
			[['ingest', article, '--title', '  '], /--title needs some text/],
			[['ingest', article, '--outlet', ''], /^brief: --outlet needs some text: brief ingest FILE --outlet Reuters\n$/],
		];
		for (const [args, message] of cases) {
			const result = await brief(...args);
			assert.equal(result.status, 2, args.join(' '));
			assert.match(result.stderr, message);
		}
	});

	test('a corpus file that is not a corpus is reported and left alone', async () => {
		const {write, brief} = scratch();
		const broken = write('broken.json', '{"name": "x", "sources": [');
		const result = await brief('ingest', write('harbour.txt', harbourArticle), '--corpus', broken);
		assert.equal(result.status, 2);
		assert.match(result.stderr, /^brief: .*broken\.json: not valid JSON/);
		assert.equal(readFileSync(broken, 'utf8'), '{"name": "x", "sources": [');
	});
});

describe('untrusted article text', () => {
	test('terminal escapes and control characters never reach the corpus or the terminal', async () => {
		const {directory, write, brief} = scratch();
		const corpusFile = path.join(directory, 'articles.json');
		const hostile = 'Port news\n“Ships are moving again\u001B]52;c;ZXZpbA==\u0007 at last,” said Ingrid de Vries\u001B[2J, a spokeswoman.\nThe port\u0007 reopened on Monday\u001B[31m in Rotterdam.';
		const result = await brief('ingest', write('hostile.txt', hostile), '--corpus', corpusFile);
		assert.equal(result.status, 0);
		const stored = readFileSync(corpusFile, 'utf8');
		assert.doesNotMatch(stored, /\\u001b|\\u0007/i);
		const outputs = [result.stdout, (await brief('quotes', '--corpus', corpusFile)).stdout, (await brief('facts', '--corpus', corpusFile, '--format', 'md')).stdout];
		for (const output of outputs) {
			assert.doesNotMatch(output, /[\u0000-\u0008\u000B-\u001F\u007F]/);
		}

		assert.match(outputs[1]!, /Ships are moving again at last,/);
	});
});

describe('accents written as combining marks', () => {
	test('are composed: the same article either way, found by search as typed, with or without them', async () => {
		const {directory, write, brief} = scratch();
		const corpusFile = path.join(directory, 'articles.json');
		const composed = 'Floods close roads near São Paulo\n“The water came in an hour,” said Joana Conceição, a resident of São Paulo.';
		const decomposed = composed.normalize('NFD');
		assert.notEqual(decomposed, composed);
		assert.equal((await brief('ingest', write('decomposed.txt', decomposed), '--corpus', corpusFile)).status, 0);
		assert.ok(readFileSync(corpusFile, 'utf8').includes('São Paulo'), 'stored composed');
		assert.match((await brief('ingest', write('composed.txt', composed), '--corpus', corpusFile)).stdout, /is already in the corpus: nothing added/);
		for (const query of ['sao paulo', 'São Paulo', 'São Paulo'.normalize('NFD'), 'conceicao']) {
			const found = await brief('search', query, '--kind', 'quote', '--corpus', corpusFile);
			assert.equal(found.status, 0, `${query}: ${found.stderr}`);
			assert.match(found.stdout, /The water came in an hour/, query);
		}
	});
});

describe('brief remove', () => {
	test('removes an ingested source with its records and the actors and places only it used', async () => {
		const {home, write, brief} = scratch();
		await brief('ingest', write('harbour.txt', harbourArticle));
		const kirby = write('kirby.txt', 'Kirby speaks again\n“We will keep exposing these transfers,” said John Kirby, the US National Security Council spokesman.');
		await brief('ingest', kirby);
		const userCorpus = path.join(home, 'corpus.json');
		const harbourId = readCorpus(userCorpus).sources[0]!.id;
		const result = await brief('remove', harbourId);
		assert.equal(result.stderr, '');
		assert.equal(result.status, 0);
		assert.match(result.stdout, new RegExp(`^removed ${harbourId} "Harbour strike ends after talks in Rotterdam" from .*corpus\\.json: 3 quotes, \\d+ facts\\n$`));
		const after = readCorpus(userCorpus);
		assert.equal(after.sources.length, 1);
		assert.ok(!after.actors.some(actor => actor.name === 'Ingrid de Vries'));
		assert.ok(!after.locations.some(location => location.name === 'Rotterdam'));
		assert.ok(after.actors.some(actor => actor.id === 'a-kirby'), 'the other article keeps its speaker');
		assert.equal((await brief('quotes', '--actor', 'de vries')).status, 2, 'the actor is gone from every command');
	});

	test('refuses the shipped article, an unknown id, and leaves the corpus as it was', async () => {
		const {home, write, brief} = scratch();
		const shippedBefore = readFileSync(shippedCorpusPath);
		await brief('ingest', write('harbour.txt', harbourArticle));
		const userCorpus = path.join(home, 'corpus.json');
		const before = readFileSync(userCorpus);
		const [sourceId] = readCorpus(userCorpus).sources.map(source => source.id);

		for (const args of [['remove', 'iran-russia-drones', '--corpus', shippedCorpusPath], ['ingest', write('again.txt', harbourArticle), '--corpus', shippedCorpusPath]]) {
			const refused = await brief(...args);
			assert.equal(refused.status, 2);
			assert.match(refused.stderr, /is the shipped corpus, which brief never changes/);
		}

		const shipped = await brief('remove', 'iran-russia-drones');
		assert.equal(shipped.status, 2);
		assert.match(shipped.stderr, /^brief: iran-russia-drones is part of the shipped corpus, which brief never changes/);

		const typo = await brief('remove', `${sourceId!.slice(0, -1)}x`);
		assert.equal(typo.status, 2);
		assert.match(typo.stderr, new RegExp(`unknown source "${sourceId!.slice(0, -1)}x" — did you mean "Harbour strike ends after talks in Rotterdam"\\?`));

		assert.equal((await brief('remove')).status, 2);
		assert.deepEqual(readFileSync(userCorpus), before);
		assert.deepEqual(readFileSync(shippedCorpusPath), shippedBefore);
	});
});

/** A realistic article of about SIZE bytes: the harbour article's paragraphs, varied so no two are the same. */
function longArticle(size: number): string {
	const paragraphs = harbourArticle.split('\n').slice(1);
	const lines = ['Harbour strikes spread along the coast'];
	let length = 0;
	for (let index = 0; length < size; index++) {
		const line = paragraphs[index % paragraphs.length]!.replace('three-day', `${index + 2}-day`);
		lines.push(line);
		length += line.length + 1;
	}

	return lines.join('\n');
}

describe('hostile places and moments', () => {
	test('a slow ingest and a second one started during its extraction both land, both exit 0: no lock is held while extracting', async () => {
		const {directory, home, write} = scratch();
		const corpusFile = path.join(directory, 'articles.json');
		const second = write('second.txt', harbourArticle.replace('three-day', 'second-day'));
		const {runIngestCommand} = await import('../source/cli/run-ingest-command.js');
		const {extractArticle} = await import('../source/ingest/extract-article.js');
		let secondExit: number | null = null;
		const first = await runIngestCommand({
			command: 'ingest',
			args: [write('first.txt', harbourArticle)],
			format: 'text',
			title: undefined,
			outlet: undefined,
			date: undefined,
			target: corpusFile,
			alsoRead: [],
			// Extraction is slow: the whole of another ingest runs, as its own process, in the middle of it.
			extract(input, known) {
				// A safety net only, far above the 15 s the second would wait for a lock held by the first (a loaded machine starts a process slowly).
				secondExit = spawnSync(process.execPath, [binPath, 'ingest', second, '--corpus', corpusFile], {env: {...process.env, BRIEF_HOME: home}, timeout: 180_000}).status;
				return extractArticle(input, known);
			},
		});
		assert.equal(secondExit, 0, 'the second ingest landed without waiting for the first');
		assert.equal(first.exitCode, 0);
		assert.equal(readCorpus(corpusFile).sources.length, 2, 'both articles stored');
		assert.deepEqual(readdirSync(directory).filter(name => name.includes('.lock') || name.endsWith('.tmp')), []);
	});

	test('SIGINT during extraction stops it within a second, leaving the corpus as it was and nothing behind', async () => {
		const {directory, home, write, brief} = scratch();
		const corpusFile = path.join(directory, 'articles.json');
		await brief('ingest', write('harbour.txt', harbourArticle), '--corpus', corpusFile);
		const before = readFileSync(corpusFile);
		for (const signal of ['SIGINT', 'SIGTERM'] as const) {
			const child = spawn(process.execPath, [binPath, 'ingest', '-', '--corpus', corpusFile], {stdio: ['pipe', 'ignore', 'pipe'], env: {...process.env, BRIEF_HOME: home}});
			const exited = new Promise<{code: number | null; signal: NodeJS.Signals | null}>(resolve => child.on('exit', (code, received) => resolve({code, signal: received})));
			// The pipe takes 64 KB: once the write is done, brief has read nearly all of it and goes on to extract.
			await new Promise<void>(resolve => child.stdin.end(longArticle(900_000), resolve));
			const sent = Date.now();
			child.kill(signal);
			const {code, signal: received} = await exited;
			assert.ok(Date.now() - sent < 1000, `${signal} acted on within a second, not after ${Date.now() - sent} ms`);
			assert.ok(received === signal || code === (signal === 'SIGINT' ? 130 : 143), `${signal}: exit ${code}, signal ${received}`);
		}

		assert.deepEqual(readFileSync(corpusFile), before);
		assert.deepEqual(readdirSync(directory).filter(name => name.includes('.lock') || name.endsWith('.tmp')), []);
	});

	test('waiting on a lock says so after a second, and SIGTERM ends the wait at once with 143, leaving the other\'s lock', async () => {
		const {directory, home, write} = scratch();
		const corpusFile = path.join(directory, 'articles.json');
		const {acquireLock} = await import('../source/json-file/file-lock.js');
		const held = await acquireLock(corpusFile, {what: 'the corpus'});
		const child = spawn(process.execPath, [binPath, 'ingest', write('harbour.txt', harbourArticle), '--corpus', corpusFile], {stdio: ['ignore', 'ignore', 'pipe'], env: {...process.env, BRIEF_HOME: home}});
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		const exited = new Promise<number | null>(resolve => child.on('exit', resolve));
		// The other process extracts first (a few seconds of CPU, more on a loaded machine), then waits a second before saying so.
		await waitFor(() => stderr.includes('waiting'), 'brief to say it is waiting for the lock', {timeoutMs: 120_000, seen: () => stderr});
		assert.equal(stderr, `brief: waiting for another brief process (pid ${process.pid}) to finish writing the corpus ${corpusFile}…\n`);
		const sent = Date.now();
		child.kill('SIGTERM');
		assert.equal(await exited, 143);
		assert.ok(Date.now() - sent < 1000);
		assert.ok(existsSync(`${corpusFile}.lock`), 'the lock of the process that holds it is left alone');
		held.release();
		assert.ok(!existsSync(corpusFile));
	});

	test('a symlinked corpus stays a symlink; its target gets the article', async () => {
		const {directory, home, write, brief} = scratch();
		mkdirSync(home);
		const synced = path.join(directory, 'synced');
		mkdirSync(synced);
		await brief('ingest', write('harbour.txt', harbourArticle), '--corpus', path.join(synced, 'corpus.json'));
		symlinkSync(path.join(synced, 'corpus.json'), path.join(home, 'corpus.json'));
		assert.equal((await brief('ingest', write('kirby.txt', harbourArticle.replace('three-day', 'five-day')))).status, 0);
		assert.ok(lstatSync(path.join(home, 'corpus.json')).isSymbolicLink());
		assert.equal(readCorpus(path.join(synced, 'corpus.json')).sources.length, 2);
	});

	test('a read-only BRIEF_HOME: reading works, ingest fails at once with one line naming the directory', async () => {
		const {home, write, brief} = scratch();
		await brief('ingest', write('harbour.txt', harbourArticle));
		const before = readFileSync(path.join(home, 'corpus.json'));
		chmodSync(home, 0o555);
		try {
			assert.equal((await brief('sources')).status, 0);
			const refused = await brief('ingest', write('other.txt', harbourArticle.replace('three-day', 'six-day')));
			assert.deepEqual(refused, {stdout: '', stderr: `brief: the corpus cannot be changed: ${home} is read-only\n`, status: 2});
		} finally {
			chmodSync(home, 0o755);
		}

		assert.deepEqual(readFileSync(path.join(home, 'corpus.json')), before);
	});

	test('a directory where the corpus should be is one line naming it', async () => {
		const {directory, write, brief} = scratch();
		const corpusFile = path.join(directory, 'corpus.json');
		mkdirSync(corpusFile);
		const result = await brief('ingest', write('harbour.txt', harbourArticle), '--corpus', corpusFile);
		assert.equal(result.status, 2);
		assert.match(result.stderr, /^brief: cannot read \S*corpus\.json: \S*corpus\.json is a directory; move it away or choose another path\n$/);
	});

	test('UTF-16 with a byte-order mark is read as such; without one it is named, with how to convert it', async () => {
		const {directory, write, brief} = scratch();
		const corpusFile = path.join(directory, 'articles.json');
		const withBom = Buffer.concat([Buffer.from([0xFF, 0xFE]), Buffer.from(harbourArticle, 'utf16le')]);
		assert.equal((await brief('ingest', write('windows.txt', withBom), '--corpus', corpusFile)).status, 0);
		const [source] = readCorpus(corpusFile).sources;
		assert.equal(source!.title, 'Harbour strike ends after talks in Rotterdam', 'the headline, decoded from UTF-16, is the title');
		assert.match(source!.text, /^Dock workers in Rotterdam/);
		const withoutBom = await brief('ingest', write('bare.txt', Buffer.from(harbourArticle, 'utf16le')), '--corpus', corpusFile);
		assert.equal(withoutBom.status, 2);
		assert.match(withoutBom.stderr, /^brief: .*bare\.txt is UTF-16LE text without a byte-order mark; convert it first, e\.g\. iconv -f UTF-16LE -t UTF-8 /);
	});

	test('a blank BRIEF_CORPUS is a usage error for reading and ingesting alike', async () => {
		const {home, write} = scratch();
		for (const args of [['quotes'], ['ingest', write('harbour.txt', harbourArticle)]]) {
			const result = await briefInProcess(args, {BRIEF_HOME: home, BRIEF_CORPUS: '  '});
			assert.deepEqual(result, {stdout: '', stderr: 'brief: BRIEF_CORPUS is blank: set it to a corpus file, or unset it to read the shipped corpus and your own\n', status: 2}, args[0]);
		}

		assert.ok(!existsSync(path.join(home, 'corpus.json')));
	});

	test('a refused input is never printed whole: one line, a short excerpt, escapes shown', async () => {
		const {write, brief} = scratch();
		const date = `\u001B[2J${'9'.repeat(50_000)}`;
		const result = await brief('ingest', write('harbour.txt', harbourArticle), '--date', date);
		assert.equal(result.status, 2);
		assert.match(result.stderr, /^brief: --date needs a real date as YYYY-MM-DD, got "\\u001b\[2J9{31}… \(50,004 characters\)"\n$/);
	});
});
