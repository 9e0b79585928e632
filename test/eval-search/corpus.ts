import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadCorpus} from '../../source/core/load-corpus.js';
import {indexCorpus, type CorpusIndex} from '../../source/core/records.js';
import {addArticle} from '../../source/ingest/corpus-changes.js';
import {extractArticle} from '../../source/ingest/extract-article.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const articles = path.join(root, 'test/fixtures/articles');

/** The shipped corpus with every test article ingested into it, in process: the records the relevance set asks about. */
export function evalCorpusIndex(): CorpusIndex {
	let corpus = loadCorpus(path.join(root, 'data/corpus.json'));
	for (const file of readdirSync(articles).filter(name => name.endsWith('.txt')).sort()) {
		const text = readFileSync(path.join(articles, file), 'utf8');
		const article = extractArticle({text, title: undefined, outlet: undefined, date: undefined, fallbackTitle: file.replace(/\.txt$/, '')}, corpus);
		corpus = addArticle(corpus, article);
	}

	return indexCorpus(corpus);
}
