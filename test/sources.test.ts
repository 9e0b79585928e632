import assert from 'node:assert/strict';
import {mkdtempSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, test} from 'node:test';
import {shippedCorpus, tinyCorpus} from './helpers/corpora.js';
import {briefInProcess} from './helpers/in-process.js';
import {runBrief, tempDir} from './helpers/run-brief.js';

/** A data directory whose user corpus (corpus.json) holds one more article. */
function homeWithUserCorpus(corpus: unknown = tinyCorpus()) {
	const home = mkdtempSync(path.join(tempDir(), 'home-'));
	writeFileSync(path.join(home, 'corpus.json'), typeof corpus === 'string' ? corpus : JSON.stringify(corpus));
	return {
		home,
		/** brief through its command functions, in this process. */
		brief: async (...args: string[]) => briefInProcess(args, {BRIEF_HOME: home}),
		/** The built binary, for the smoke test. */
		spawned: (...args: string[]) => runBrief(args, {BRIEF_HOME: home}),
	};
}

describe('the shipped corpus and the user corpus, read together', () => {
	test('sources lists both articles (the plain list through the binary)', async () => {
		const {brief, spawned} = homeWithUserCorpus();
		const sources = JSON.parse((await brief('sources', '--json')).stdout) as Array<{id: string; quotes: number}>;
		assert.deepEqual(
			sources.map(source => [source.id, source.quotes]),
			[
				['iran-russia-drones', 11],
				['s-harbour', 1],
			],
		);
		assert.match(spawned('sources').stdout, /s-harbour {2}Harbour notes\n {2}outlet and date not stated · 1 paragraph · 1 quote · 0 facts\n/, 'an article without a route says nothing of routes');
		assert.match((await brief('sources', '--format', 'md')).stdout, /^- \*\*Harbour notes\*\* \(`s-harbour`\): 1 quote, 0 facts$/m);
	});

	test('search and the lists cover both; each record says which article it is from', async () => {
		const {brief} = homeWithUserCorpus();
		const found = (await brief('search', 'lighthouses'));
		assert.equal(found.status, 0);
		assert.match(found.stdout, /quote {4}q-lighthouses {2}Ada Keeper, harbour master · Harbour notes ¶1/);
		assert.match((await brief('search', 'caspian')).stdout, /White House details Iran–Russia drone supply route and possible Russian factory ¶3/);
		assert.deepEqual((JSON.parse((await brief('quotes', '--actor', 'ada keeper', '--json')).stdout) as Array<{id: string}>).map(quote => quote.id), ['q-lighthouses']);
	});

	test('--source keeps one article, by id or by title', async () => {
		const {brief} = homeWithUserCorpus();
		assert.deepEqual((JSON.parse((await brief('quotes', '--source', 's-harbour', '--json')).stdout) as Array<{id: string}>).map(quote => quote.id), ['q-lighthouses']);
		assert.equal((JSON.parse((await brief('quotes', '--source', 'white house details', '--json')).stdout) as unknown[]).length, 11);
		const ids = async (...args: string[]) => (JSON.parse((await brief(...args, '--json')).stdout) as Array<{id: string}>).map(record => record.id);
		// Actors and places belong to the corpus: an article's are those its passages involve.
		assert.deepEqual(await ids('actors', '--source', 's-harbour'), ['a-keeper']);
		assert.equal((await brief('locations', '--source', 's-harbour')).status, 1);
		assert.ok((await ids('locations', '--source', 'iran-russia-drones')).includes('l-makhachkala'));
		assert.deepEqual(await ids('search', 'keeper', '--source', 's-harbour'), ['a-keeper', 'q-lighthouses']);
		const unknown = (await brief('quotes', '--source', 'zzz-nothing'));
		assert.equal(unknown.status, 2);
		assert.match(unknown.stderr, /unknown source "zzz-nothing"/);
	});

	test('the start of several sources’ ids is ambiguous and names them; a whole id is not', async () => {
		const corpus = tinyCorpus();
		corpus.sources.push({...corpus.sources[0]!, id: 's-harbour-minutes', title: 'Harbour minutes'});
		const {brief} = homeWithUserCorpus(corpus);
		const ambiguous = (await brief('quotes', '--source', 's-harb'));
		assert.equal(ambiguous.status, 2);
		assert.equal(ambiguous.stderr, 'brief: ambiguous source "s-harb": s-harbour "Harbour notes", s-harbour-minutes "Harbour minutes" (see "brief sources")\n');
		assert.equal((await brief('quotes', '--source', 's-harbour')).status, 0);
	});

	test('show reads the context from the right article', async () => {
		const {brief} = homeWithUserCorpus();
		const shown = JSON.parse((await brief('show', 'q-lighthouses', '--json')).stdout) as {context: string; start: number; end: number; text: string; sourceTitle: string};
		assert.equal(shown.sourceTitle, 'Harbour notes');
		assert.equal(shown.context.slice(shown.start, shown.end), shown.text);
	});

	test('a record id used in both files is an error naming both', async () => {
		const clash = tinyCorpus();
		clash.quotes[0]!.id = 'q-kirby-supply-route';
		const {brief, home} = homeWithUserCorpus(clash);
		const result = (await brief('quotes'));
		assert.equal(result.status, 2);
		assert.match(result.stderr, new RegExp(`^brief: ${path.join(home, 'corpus.json')}: id "q-kirby-supply-route" is also used in .*data/corpus\\.json\\n$`));
	});

	test('an actor described in both is one actor with the aliases of both', async () => {
		const user = tinyCorpus();
		user.actors.push({...shippedCorpus().actors.find(actor => actor.id === 'a-kirby')!, aliases: ['Admiral Kirby']});
		const {brief} = homeWithUserCorpus(user);
		const actors = (JSON.parse((await brief('actors', '--json')).stdout) as Array<{id: string; aliases: string[]}>).filter(actor => actor.id === 'a-kirby');
		assert.deepEqual(actors.map(actor => actor.aliases), [['Kirby', 'Admiral Kirby']]);
	});

	test('a broken user corpus is exit 2 naming that file; --corpus reads only the file it names', async () => {
		const {brief, home} = homeWithUserCorpus('{"name": ');
		const broken = (await brief('quotes'));
		assert.equal(broken.status, 2);
		assert.match(broken.stderr, new RegExp(`${path.join(home, 'corpus.json')}: not valid JSON`));
		const other = path.join(home, 'other.json');
		writeFileSync(other, JSON.stringify(tinyCorpus()));
		assert.deepEqual((JSON.parse((await brief('sources', '--json', '--corpus', other)).stdout) as Array<{id: string}>).map(source => source.id), ['s-harbour']);
	});
});
