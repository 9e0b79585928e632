import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Corpus} from '../../source/core/schema.js';
import {loadExpected, type Expected} from './expected.js';
import {expectedFromCorpus} from './expected-from-corpus.js';
import {loadHeldOut} from './held-out.js';

/** `group`: the held-out group (test/eval/held-out.json) the article belongs to, if any. */
export type EvalArticle = {name: string; file: string; expected: Expected; isSeed: boolean; group?: string};

const root = fileURLToPath(new URL('../..', import.meta.url));
export const fixturesDirectory = path.join(root, 'test', 'fixtures', 'articles');
export const seedSourceId = 'iran-russia-drones';

/** The seed article, scored against the hand-curated corpus shipped with brief. */
export function seedArticle(): EvalArticle {
	const corpus = JSON.parse(readFileSync(path.join(root, 'data', 'corpus.json'), 'utf8')) as Corpus;
	return {name: `${seedSourceId} (seed)`, file: path.join(root, 'data', 'article.txt'), expected: expectedFromCorpus(corpus, seedSourceId), isSeed: true};
}

/** Every test article in test/fixtures/articles: `<slug>.txt` beside `<slug>.expected.json`, with its held-out group. */
export function fixtureArticles(): EvalArticle[] {
	const groups = new Map(loadHeldOut().groups.flatMap(group => group.articles.map(name => [name, group.name] as const)));
	return readdirSync(fixturesDirectory)
		.filter(name => name.endsWith('.txt'))
		.sort()
		.map(name => {
			const slug = name.slice(0, -'.txt'.length);
			const group = groups.get(slug);
			const article: EvalArticle = {name: slug, file: path.join(fixturesDirectory, name), expected: loadExpected(path.join(fixturesDirectory, `${slug}.expected.json`)), isSeed: false};
			return group === undefined ? article : {...article, group};
		});
}
