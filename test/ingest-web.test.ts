import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {Readable} from 'node:stream';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {runIngestCommand} from '../source/cli/run-ingest-command.js';
import {isBriefError} from '../source/core/errors.js';
import type {Corpus} from '../source/core/schema.js';
import {datelineOf, datelineRows} from '../source/ingest/dateline.js';
import {splitHead} from '../source/ingest/paragraphs.js';
import {findPlaces} from '../source/ingest/places/index.js';
import {readArticleInput} from '../source/ingest/read-article.js';
import {binPath, tempDir} from './helpers/run-brief.js';

/** `brief ingest page.html`, `brief ingest https://…`, and the headline and dateline of plain-text articles. */

const pages = fileURLToPath(new URL('fixtures/pages/', import.meta.url));
const page = (name: string) => path.join(pages, name);

async function ingest(input: string, flags: {title?: string} = {}): Promise<Corpus> {
	const target = path.join(mkdtempSync(path.join(tempDir(), 'web-')), 'corpus.json');
	await runIngestCommand({command: 'ingest', args: [input], format: 'json', title: flags.title, outlet: undefined, date: undefined, target, alsoRead: []});
	return JSON.parse(readFileSync(target, 'utf8')) as Corpus;
}

/** Speakers by quote: the first words of each quote, and its speaker's name. */
function quoteSpeakers(corpus: Corpus): Array<[string, string]> {
	const names = new Map(corpus.actors.map(actor => [actor.id, actor.name]));
	return corpus.quotes.map(quote => [quote.text.split(' ').slice(0, 4).join(' '), names.get(quote.speaker ?? '') ?? 'unattributed']);
}

async function refusal(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
	} catch (error) {
		assert.ok(isBriefError(error), `a BriefError, not ${String(error)}`);
		assert.doesNotMatch(error.message, /\n/, 'one line');
		return error.message;
	}

	assert.fail('expected a refusal');
}

/** The saved pages, in the markup of four kinds of outlet, and what a reader sees as their article. */
const savedPages = [
	{
		file: 'wire-story.html',
		source: {title: 'Herders count losses as drought grips northern Kenya', outlet: 'Meridian Wire', date: '2026-03-14', byline: 'Amina Yusuf', place: 'Marsabit, Kenya'},
		paragraphs: 8,
		firstFact: 'Herders in northern Kenya have lost more than 40,000 head of cattle',
		quotes: [['We have never buried', 'Galgalo Boru'], ['When the cattle die,', 'Galgalo Boru'], ['Every week we wait,', 'Halima Dida'], ['This is not a', 'Halima Dida']],
		leftOut: ['Advertisement', 'Read more', 'Why the rains keep failing', 'Related coverage', 'Somalia water prices', 'Injected by a script', 'All rights reserved', 'Copy link'],
	},
	{
		file: 'broadsheet-jsonld.html',
		source: {title: 'Dock strike leaves 60 ships waiting off Antwerp as talks stall', outlet: 'The Harbour Gazette', date: '2026-02-03', byline: 'Lucía Ferrer and Tom Okafor'},
		paragraphs: 7,
		firstFact: 'About 60 container ships were waiting at anchor',
		quotes: [['We are not going', 'Els Maes'], ['The employers know what', 'Els Maes'], ['No port in Europe', 'Pieter Claes'], ['Nobody wins a long', 'Sarah Peeters']],
		leftOut: ['Sign up to Business Today', 'More on this story', 'Comments are closed', 'Union says it will not return', 'Costs mount for shippers'],
	},
	{
		file: 'broadcaster-captions.html',
		source: {title: 'Wellington floods: Hundreds leave homes as Hutt River bursts its banks', outlet: 'NBS News', date: '2026-05-09', byline: 'Kiri Walker'},
		paragraphs: 6,
		firstFact: 'Hundreds of people have been told to leave their homes',
		quotes: [['The river rose faster', 'Aroha Ngata'], ['If you are asked', 'Aroha Ngata'], ['Nobody in the Hutt', 'Helen Carver']],
		leftOut: ['Image caption', 'waded through knee-deep water', 'Volunteers filled sandbags', 'Getty Images', 'Related Topics', 'Storm warnings', 'agree to cookies'],
	},
	{
		file: 'cookie-author-box.html',
		source: {title: 'Lima rations water as reservoirs hit record low', outlet: 'The Andean Ledger', date: '2026-01-20', byline: 'Rosa Quispe'},
		paragraphs: 6,
		firstFact: 'Lima\'s water utility will cut supply',
		quotes: [['We are asking every', 'Marco Villanueva'], ['This is the hardest', 'Marco Villanueva'], ['The trucks come when', 'Elena Mamani'], ['Now it will be', 'Elena Mamani']],
		leftOut: ['We value your privacy', '312 partners', 'correspondent in Lima', 'More from Rosa Quispe', 'Share on social media', 'Pedro:', 'nobody in government listened'],
	},
];

describe('brief ingest page.html', () => {
	for (const saved of savedPages) {
		test(`${saved.file}: the article's paragraphs, its metadata, each quote with its speaker`, async () => {
			const corpus = await ingest(page(saved.file));
			const [source] = corpus.sources;
			assert.deepEqual({title: source!.title, outlet: source!.outlet, date: source!.date, byline: source!.byline, ...(source!.place ? {place: source!.place} : {})}, saved.source);
			assert.equal(source!.paragraphs.length, saved.paragraphs, source!.paragraphs.join('\n'));
			assert.ok(corpus.facts[0]!.text.startsWith(saved.firstFact), corpus.facts[0]!.text);
			assert.deepEqual(quoteSpeakers(corpus), saved.quotes);
			for (const text of saved.leftOut) {
				assert.ok(!source!.text.includes(text), `"${text}" is not article text`);
			}
		});
	}

	test('entities are decoded, markup and terminal escapes in the page never reach the text', async () => {
		const directory = mkdtempSync(path.join(tempDir(), 'page-'));
		const file = path.join(directory, 'escapes.html');
		writeFileSync(file, `<!doctype html><html><head><title>Escapes &amp; entities\u001B[31m</title></head><body><article>
			<p>The council said the new bridge&nbsp;would cost &pound;12m &ndash; twice the first estimate &#8211; and open in &lt;b&gt;2028&lt;/b&gt;.\u001B]8;;https://evil.example\u0007</p>
			<p>&ldquo;It is late, but it will be built,&rdquo; said Maria Lopez, the council leader, on Tuesday afternoon.</p>
			<p><script>alert(1)</script>The old bridge will stay open to pedestrians until the new one is finished, the council added.</p>
		</article></body></html>`);
		const corpus = await ingest(file);
		const [source] = corpus.sources;
		assert.equal(source!.title, 'Escapes & entities');
		assert.equal(source!.paragraphs[0], 'The council said the new bridge would cost £12m – twice the first estimate – and open in <b>2028</b>.');
		assert.equal(source!.paragraphs[2], 'The old bridge will stay open to pedestrians until the new one is finished, the council added.');
		assert.deepEqual(quoteSpeakers(corpus), [['It is late, but', 'Maria Lopez']]);
		assert.doesNotMatch(source!.text, /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|alert/);
	});

	test('a page in another encoding is read in the encoding it declares', async () => {
		const file = path.join(mkdtempSync(path.join(tempDir(), 'page-')), 'latin.html');
		const html = '<html><head><meta charset="windows-1252"><title>Caf\u00E9 owners protest</title></head><body><article><p>Owners of caf\u00E9s in S\u00E3o Paulo said on Monday that the new tax would close \u201Chundreds\u201D of businesses before the end of the year.</p><p>The city said it would review the tax in March after talks with the owners and their union.</p></article></body></html>';
		writeFileSync(file, Buffer.from(html, 'latin1').map((byte, index) => (html[index] === '\u201C' ? 0x93 : html[index] === '\u201D' ? 0x94 : byte)));
		const input = await readArticleInput(file);
		assert.equal(input.title, 'Café owners protest');
		assert.match(input.text, /^Owners of cafés in São Paulo said on Monday that the new tax would close “hundreds” of businesses/);
	});

	test('markup on stdin is read as a page, whatever its name', async () => {
		const html = readFileSync(page('cookie-author-box.html'), 'utf8');
		const input = await readArticleInput('-', {stdin: Readable.from([Buffer.from(html)])});
		assert.equal(input.title, 'Lima rations water as reservoirs hit record low');
		assert.equal(input.fallbackTitle, undefined);
	});

	test('a page with no article, too large, too many elements or nested too deep is refused in one line', async () => {
		const directory = mkdtempSync(path.join(tempDir(), 'page-'));
		const write = (name: string, contents: string) => {
			writeFileSync(path.join(directory, name), contents);
			return path.join(directory, name);
		};

		assert.match(await refusal(readArticleInput(write('empty.html', '<!doctype html><html><body><nav><a href="/">Home</a></nav></body></html>'))), /empty\.html has no article text brief can find/);
		assert.match(await refusal(readArticleInput(write('huge.html', `<html><body><p>${'word '.repeat(1_200_000)}</p></body></html>`))), /huge\.html is 5\.7 MB; brief ingests pages of up to 5\.0 MB/);
		assert.match(await refusal(readArticleInput(write('deep.html', `<html><body>${'<div>'.repeat(1000)}<p>The minister said the bridge would open in May.</p></body></html>`))), /deep\.html nests its elements more than 400 deep; that is no article page$/);
		assert.match(await refusal(readArticleInput(write('crowded.html', `<html><body>${'<span>a</span>'.repeat(70_000)}</body></html>`))), /crowded\.html has \d+ HTML elements; brief reads article pages of up to 60000/);
	});
});

/** A news site on 127.0.0.1: the saved pages, and every way a fetch can fail. */
type Route = (request: IncomingMessage, response: ServerResponse) => void;
const routes: Record<string, Route> = {
	'/world/kenya-drought.html': (_, response) => response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(readFileSync(page('wire-story.html'))),
	'/no-type': (_, response) => response.end(readFileSync(page('cookie-author-box.html'))),
	'/story.txt': (_, response) => response.writeHead(200, {'content-type': 'text/plain; charset=utf-8'}).end('Harbour reopens after storm\nThe harbour reopened on Monday after a storm closed it for three days, the port authority said.\n"We are back to normal," said Ingrid de Vries, the harbour master.\n'),
	'/moved': (_, response) => response.writeHead(301, {location: '/world/kenya-drought.html'}).end(),
	'/loop': (_, response) => response.writeHead(302, {location: '/loop-back'}).end(),
	'/loop-back': (_, response) => response.writeHead(302, {location: '/loop'}).end(),
	'/missing': (_, response) => response.writeHead(404, {'content-type': 'text/html'}).end('<h1>Not found</h1>'),
	'/report.pdf': (_, response) => response.writeHead(200, {'content-type': 'application/pdf'}).end('%PDF-1.7'),
	// These two leave their connection unusable (a body cut short): it is closed, not kept alive for the next test.
	'/declared-huge': (_, response) => response.writeHead(200, {'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024), connection: 'close'}).end(),
	'/streamed-huge': (_, response) => {
		response.writeHead(200, {'content-type': 'text/html', connection: 'close'});
		response.end(Buffer.alloc(2048, 'a'));
	},
	'/hangs': () => {
		// Never answers: the fetch's timeout ends it.
	},
	'/javascript-redirect': (_, response) => response.writeHead(302, {location: 'javascript:alert(1)'}).end(),
};

let server: ReturnType<typeof createServer>;
let site = '';
let closedPort = 0;
const small = {timeoutMs: 2000, maxBytes: 1024, maxRedirects: 3};

before(async () => {
	server = createServer((request, response) => {
		const route = routes[request.url ?? ''];
		if (route) {
			route(request, response);
		} else {
			response.writeHead(404).end();
		}
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	// A port that was open a moment ago and is closed now: what an unreachable server looks like, without a network.
	const closed = createServer();
	await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve));
	closedPort = (closed.address() as AddressInfo).port;
	await new Promise(resolve => closed.close(resolve));
});

after(() => {
	server.closeAllConnections();
	server.close();
});

/** The built binary, run without blocking this process (whose server answers it). */
function briefAsync(args: string[]): Promise<{stdout: string; stderr: string; status: number}> {
	return new Promise(resolve => {
		execFile(process.execPath, [binPath, ...args], {env: {...process.env, BRIEF_HOME: path.join(tempDir(), 'home'), NO_COLOR: '1'}}, (error, stdout, stderr) => {
			resolve({stdout, stderr, status: typeof error?.code === 'number' ? error.code : 0});
		});
	});
}

describe('brief ingest https://…', () => {
	test('a page by its address: the article, its metadata and the address it came from', async () => {
		const corpus = await ingest(`${site}/moved`);
		const [source] = corpus.sources;
		assert.equal(source!.title, 'Herders count losses as drought grips northern Kenya');
		assert.equal(source!.url, `${site}/world/kenya-drought.html`, 'the address after redirects');
		assert.deepEqual(quoteSpeakers(corpus)[0], ['We have never buried', 'Galgalo Boru']);
	});

	test('a page served without a type is read as a page; plain text as a plain-text article', async () => {
		assert.equal((await readArticleInput(`${site}/no-type`)).title, 'Lima rations water as reservoirs hit record low');
		const text = await readArticleInput(`${site}/story.txt`);
		assert.equal(text.title, 'Harbour reopens after storm');
		assert.match(text.text, /^The harbour reopened on Monday/);
	});

	const failures: Array<[string, string, RegExp]> = [
		['a missing page', '/missing', /^cannot fetch http:\/\/127\.0\.0\.1:\d+\/missing: the server answered 404 Not Found$/],
		['a PDF', '/report.pdf', /\/report\.pdf is application\/pdf, not a web page; brief ingests HTML pages and plain text$/],
		['a page declared too large', '/declared-huge', /\/declared-huge is over 0\.0 MB; brief ingests pages of up to 0\.0 MB$/],
		['a page too large as it arrives', '/streamed-huge', /\/streamed-huge is over 0\.0 MB/],
		['a redirect loop', '/loop', /^cannot fetch http:\/\/127\.0\.0\.1:\d+\/loop: a redirect loop \(back to http:\/\/127\.0\.0\.1:\d+\/loop\)$/],
		['a redirect away from the web', '/javascript-redirect', /it redirects to javascript:alert\(1\), not a web page$/],
		['a server that never answers', '/hangs', /\/hangs: no complete answer within 0\.3 s$/],
	];
	for (const [what, route, message] of failures) {
		test(`${what} is refused in one line`, async () => {
			assert.match(await refusal(readArticleInput(`${site}${route}`, {fetchLimits: {...small, timeoutMs: route === '/hangs' ? 300 : small.timeoutMs}})), message);
		});
	}

	test('an unreachable server, too many redirects, and what is no web address are refused in one line', async () => {
		assert.match(await refusal(readArticleInput(`http://127.0.0.1:${closedPort}/news`, {fetchLimits: small})), new RegExp(`127\\.0\\.0\\.1:${closedPort} refused the connection$`));
		assert.match(await refusal(readArticleInput(`${site}/moved`, {fetchLimits: {...small, maxRedirects: 0}})), /more than 0 redirects$/);
		assert.match(await refusal(readArticleInput('ftp://files.example/story.html')), /^ftp:\/\/files\.example\/story\.html is not a web address brief fetches \(http or https only\)$/);
		assert.match(await refusal(readArticleInput('https://user:secret@[::1')), /is not a valid web address$/);
	});

	test('the binary: a page by address ingested; a failure is one line on stderr and exit status 2', async () => {
		const corpusFile = path.join(mkdtempSync(path.join(tempDir(), 'web-')), 'corpus.json');
		const added = await briefAsync(['ingest', `${site}/world/kenya-drought.html`, '--corpus', corpusFile]);
		assert.equal(added.stderr, '');
		assert.equal(added.status, 0);
		assert.match(added.stdout, /^ingested s-[\da-f]{10} "Herders count losses as drought grips northern Kenya" \(Meridian Wire\)/);
		assert.match(added.stdout, /4 quotes \(Galgalo Boru 2, Halima Dida 2\)/);
		const missing = await briefAsync(['ingest', `${site}/missing`, '--corpus', corpusFile]);
		assert.equal(missing.status, 2);
		assert.match(missing.stderr, /^brief: cannot fetch http:\/\/127\.0\.0\.1:\d+\/missing: the server answered 404 Not Found\n$/);
	});
});

describe('headlines and datelines in plain text', () => {
	const placeNamed = (name: string) => {
		const [mention] = findPlaces([name]);
		return mention && mention.start === 0 && mention.end === name.length ? mention.place.name : undefined;
	};

	for (const row of datelineRows) {
		test(`dateline row ${row.id}: its examples, and what it must not read as a dateline`, () => {
			for (const example of row.examples) {
				const dateline = datelineOf(example.text, placeNamed);
				assert.deepEqual({place: dateline?.place, outlet: dateline?.outlet}, {place: example.place, outlet: example.outlet}, example.text);
				assert.match(example.text.slice(dateline!.end), /^\p{Lu}/u, 'the story starts after the dash');
			}

			for (const text of row.notDatelines) {
				assert.equal(datelineOf(text, placeNamed), undefined, text);
			}
		});
	}

	test('a dash between a headline\'s two parts is no word of it: sixteen words and a dash are still a headline', () => {
		const head = splitHead('Far from the front, Kharkiv factories put down roots in Zakarpattia – and run short of men\nMUKACHEVO — Workers assemble switchboards here.\nThe company moved in 2022.\nIt employs 46 people.');
		assert.equal(head.headline, 'Far from the front, Kharkiv factories put down roots in Zakarpattia – and run short of men');
		assert.match(head.body, /^MUKACHEVO/u);
		assert.equal(splitHead('One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen\nA.\nB.\nC.').headline, undefined);
	});

	test('a byline may name the reporter, the outlet and where they file from', () => {
		const head = splitHead('Fishers told to move as the sea advances\nBy Awa Diallo, BBC News, Dakar\nThe tide reached the school on Monday.\nThe town has 9,000 people.\nOfficials met on Friday.');
		assert.equal(head.byline, 'Awa Diallo, BBC News, Dakar');
		assert.match(head.body, /^The tide/u);
	});

	test('a byline under it makes a long headline, or one that asks or quotes, a headline', () => {
		const body = '\nThe tide reached the school on Monday.\nThe town has 9,000 people.\nOfficials met on Friday.';
		const asking = splitHead(`Uzbekistan gas shortages: Why is a gas-rich country running short of heat?\nBy Dilnoza Karimova, BBC Uzbek${body}`);
		assert.equal(asking.headline, 'Uzbekistan gas shortages: Why is a gas-rich country running short of heat?');
		assert.match(asking.body, /^The tide/u);
		const long = splitHead(`‘The river turned the colour of rust’: Zambia’s Copperbelt farmers count the cost of an acid spill\nChanda Mwale${body}`);
		assert.equal(long.byline, 'Chanda Mwale');
		// With no byline under it, a question is the story's first paragraph — unless it is the title the user gave.
		assert.equal(splitHead(`Why is a gas-rich country running short of heat?${body}`).headline, undefined);
		const given = splitHead(`Why is a gas-rich country running short of heat?${body}`, undefined, 'Why is a gas-rich  country running short of heat?');
		assert.equal(given.headline, 'Why is a gas-rich country running short of heat?');
		assert.match(given.body, /^The tide/u);
	});

	test('more heads: a time before the date, a desk for a byline, "by" in lower case under a long standfirst', () => {
		const body = '\n\nResidents were told to leave.\n\nThe fire grew.\n\nCrews arrived.';
		const ap = splitHead(`Landslide sweeps through Georgian mountain resort\nBy NINO KAPANADZE\nUpdated 4:12 PM GMT+4, August 8, 2025${body}`);
		assert.deepEqual([ap.byline, ap.date], ['NINO KAPANADZE', '2025-08-08']);
		const desk = splitHead(`Fishers stage protest against third desalination plant\n\nSpecial Correspondent\n\nUpdated - March 05, 2025 12:14 am IST${body}`);
		assert.deepEqual([desk.byline, desk.date], ['Special Correspondent', '2025-03-05']);
		const rnz = splitHead(`King tide floods homes across Funafuti\nMele Fonoti, RNZ Pacific Journalist\n5:48 pm on 11 February 2025${body}`);
		assert.deepEqual([rnz.byline, rnz.date], ['Mele Fonoti, RNZ Pacific Journalist', '2025-02-11']);
		const standfirst = `For more than a thousand years the marshes have been raked by hand for salt, and now the sea is rising, prices are falling and the paludiers are growing old, so who will work the pans when they are gone, and what will the coast look like then?`;
		const longRead = splitHead(`The last salt farmers of Guérande\n\n${standfirst}\n\nby Catherine Mallory\n\nTue 14 Oct 2025 06.00 BST${body}`);
		assert.deepEqual([longRead.headline, longRead.byline, longRead.date], ['The last salt farmers of Guérande', 'Catherine Mallory', '2025-10-14']);
		const elPais = splitHead(`Drought leaves the olive nets half empty in Jaén\nCooperatives expect one of the poorest campaigns in memory\nLucía Bermúdez | Jaén\nNov 12, 2025 - 06:30 CET${body}`);
		assert.deepEqual([elPais.byline, elPais.date], ['Lucía Bermúdez | Jaén', '2025-11-12']);
		for (const head of [ap, desk, rnz, longRead, elPais]) {
			assert.match(head.body, /^Residents were told/u);
		}
	});

	test('a web page’s stamped dates under the headline are its date, not paragraphs: "Posted: May 20, 2025 at 6:14 PM", then "Updated: …"', () => {
		const head = splitHead('Evacuations ordered as fire nears Ledoux\n\nPosted: May 20, 2025 at 6:14 PM\nUpdated: May 21, 2025 at 7:02 AM\n\nResidents were told to leave.\n\nThe fire grew.\n\nCrews arrived.');
		assert.deepEqual([head.headline, head.date], ['Evacuations ordered as fire nears Ledoux', '2025-05-20']);
		assert.match(head.body, /^Residents were told/u);
	});

	test('a byline may be the reporter’s name alone, right under the headline; a deck of common words is no byline', () => {
		const body = '\nThe tide reached the school on Monday.\nThe town has 9,000 people.\nOfficials met on Friday.';
		const named = splitHead(`Fishers told to move as the sea advances\nSarita Gurung${body}`);
		assert.equal(named.byline, 'Sarita Gurung');
		assert.match(named.body, /^The tide/u);
		const deck = splitHead(`Fishers told to move as the sea advances\nBreaking News${body}`);
		assert.equal(deck.byline, undefined);
		assert.match(deck.body, /^Breaking News/u);
		// The name, then its outlet after a comma; a sentence after a comma is no outlet.
		assert.equal(splitHead(`Fishers told to move as the sea advances\nRohan Mehta, H2 Markets Weekly${body}`).byline, 'Rohan Mehta, H2 Markets Weekly');
		assert.equal(splitHead(`Fishers told to move as the sea advances\nSarita Gurung, who fishes here, left${body}`).byline, undefined);
		// A deck between headline and byline; a web page's dotted byline; a name and where it was filed, over a date with its time.
		const decked = splitHead(`Capelin no-show leaves whale tours bracing\nFederal scientists say the small fish may be stuck in a slump\nJillian O'Reilly · CBC News · Posted: Jul 09, 2025 5:00 AM NDT\n${body}`);
		assert.equal(decked.byline, 'Jillian O\'Reilly · CBC News · Posted: Jul 09, 2025 5:00 AM NDT');
		assert.match(decked.body, /^\s*The tide/u);
		const filed = splitHead(`Flamingos or flights? A new airport tests a wild lagoon\nConservationists fear a boom will drain the wetlands\nMarta Kelleher in Vlorë\nMon 14 Apr 2025 07.00 BST\n${body}`);
		assert.deepEqual([filed.byline, filed.date], ['Marta Kelleher in Vlorë', '2025-04-14']);
		assert.match(filed.body, /^\s*The tide/u);
		// A second line with no byline under it is the story's first paragraph, not a deck.
		assert.match(splitHead(`Fishers told to move as the sea advances\nThe council met on Monday.${body}`).body, /^The council met/u);
		// A name alone lower down is a paragraph.
		assert.equal(splitHead(`Fishers told to move as the sea advances\nBy Awa Diallo\nThe tide reached the school.\nSarita Gurung\nOfficials met on Friday.`).byline, 'Awa Diallo');
	});

	const wireText = [
		'Fertiliser maker agrees Baltic takeover',
		'By Kari Nordmann',
		'OSLO, March 2 (Reuters) - Norwegian fertiliser maker Nordhavn Agri has agreed to buy Polish rival Grupa Nitrocem, the companies said on Monday.',
		'“Access to the Baltic is the missing piece,” said Ola Berg, the chief executive.',
		'The deal still needs approval from the European Commission.',
	].join('\n');

	test('the headline is the title and the byline the byline, neither a paragraph; the dateline is the place and outlet, not part of the first fact', async () => {
		const file = path.join(mkdtempSync(path.join(tempDir(), 'text-')), 'wire.txt');
		writeFileSync(file, wireText);
		const corpus = await ingest(file);
		const [source] = corpus.sources;
		assert.deepEqual({title: source!.title, byline: source!.byline, place: source!.place, outlet: source!.outlet}, {title: 'Fertiliser maker agrees Baltic takeover', byline: 'Kari Nordmann', place: 'Oslo', outlet: 'Reuters'});
		assert.equal(source!.paragraphs.length, 3);
		assert.ok(source!.paragraphs[0]!.startsWith('OSLO, March 2 (Reuters) - '), 'the paragraph keeps its dateline');
		const [first] = corpus.facts;
		assert.equal(first!.text, 'Norwegian fertiliser maker Nordhavn Agri has agreed to buy Polish rival Grupa Nitrocem, the companies said on Monday.');
		assert.equal(first!.time, 'on Monday', 'the dateline\'s date is not the fact\'s time');
		assert.equal(source!.paragraphs[0]!.slice(first!.provenance.start, first!.provenance.end), first!.text);
		assert.ok(!corpus.actors.some(actor => actor.name === 'Reuters'), 'the outlet of a dateline is no actor of the story');
		assert.deepEqual(quoteSpeakers(corpus), [['Access to the Baltic', 'Ola Berg']]);
	});

	test('a line that is only a date, above the story or under its headline, is the source\'s date and no paragraph', async () => {
		const directory = mkdtempSync(path.join(tempDir(), 'text-'));
		writeFileSync(path.join(directory, 'dated.txt'), 'Wednesday, September 16, 2026\nThe government on Monday suspended all new logging licences.\nThe report was published on Tuesday.\nLoggers said they would appeal.');
		const dated = (await ingest(path.join(directory, 'dated.txt'))).sources[0]!;
		assert.deepEqual({date: dated.date, paragraphs: dated.paragraphs.length, title: dated.title}, {date: '2026-09-16', paragraphs: 3, title: 'dated'});
		writeFileSync(path.join(directory, 'headed.txt'), 'Loggers lose licences\nBy Ana Ruiz\nSept. 3, 2026\nThe government on Monday suspended all new logging licences.\nLoggers said they would appeal.');
		const headed = (await ingest(path.join(directory, 'headed.txt'))).sources[0]!;
		assert.deepEqual({date: headed.date, byline: headed.byline, title: headed.title, paragraphs: headed.paragraphs.length}, {date: '2026-09-03', byline: 'Ana Ruiz', title: 'Loggers lose licences', paragraphs: 2});
	});

	test('with --title the headline is still no paragraph; without a headline nothing is dropped', async () => {
		const directory = mkdtempSync(path.join(tempDir(), 'text-'));
		writeFileSync(path.join(directory, 'wire.txt'), wireText);
		const titled = await ingest(path.join(directory, 'wire.txt'), {title: 'Nordhavn buys Nitrocem'});
		assert.equal(titled.sources[0]!.title, 'Nordhavn buys Nitrocem');
		assert.equal(titled.sources[0]!.paragraphs.length, 3);
		const lede = 'Ferries stopped running on Friday.\nGales of up to 90km/h closed the strait.\nPort officials said crossings would resume on Sunday.';
		writeFileSync(path.join(directory, 'lede.txt'), lede);
		const plain = await ingest(path.join(directory, 'lede.txt'));
		assert.equal(plain.sources[0]!.paragraphs.length, 3, 'a first sentence closed by a full stop is the first paragraph');
		assert.equal(plain.sources[0]!.byline, undefined);
		assert.equal(plain.sources[0]!.place, undefined);
	});
});
