import {readFileSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Corpus} from '../../source/core/schema.js';

/** Corpora for tests: the shipped one, and small ones built to order. */

export const shippedCorpusPath = fileURLToPath(new URL('../../data/corpus.json', import.meta.url));

/** A fresh copy of data/corpus.json, safe to mutate into a broken corpus. */
export function shippedCorpus(): Corpus {
	return JSON.parse(readFileSync(shippedCorpusPath, 'utf8')) as Corpus;
}

export type TinyCorpusOptions = {
	quote?: string;
	speaker?: string;
	role?: string | null;
	title?: string;
	/** Text around the quote in its paragraph. */
	before?: string;
	after?: string;
};

/** A valid corpus of one source, one actor and one quote, with offsets computed to slice the quote out of its paragraph. */
export function tinyCorpus(options: TinyCorpusOptions = {}): Corpus {
	const {quote = 'Lighthouses are watching the bay', speaker = 'Ada Keeper', role = 'harbour master', title = 'Harbour notes', before = 'The keeper said: “', after = '” and left.'} = options;
	const paragraph = `${before}${quote}${after}`;
	return {
		name: 'Tiny test corpus',
		sources: [{id: 's-harbour', title, outlet: null, date: null, text: paragraph, paragraphs: [paragraph]}],
		actors: [{id: 'a-keeper', name: speaker, type: 'person', role, aliases: []}],
		locations: [],
		quotes: [
			{
				id: 'q-lighthouses',
				text: quote,
				speaker: 'a-keeper',
				mode: 'direct',
				actors: [],
				locations: [],
				time: null,
				provenance: {source: 's-harbour', paragraph: 1, start: before.length, end: before.length + quote.length},
			},
		],
		facts: [],
		routes: [],
	};
}

/** A corpus written to a file in `directory`, last changed `secondsAgo` ago (brief snapshots only a file left alone a while; see load-index.ts). */
export function corpusFileIn(directory: string, corpus: Corpus, secondsAgo = 60): string {
	const file = path.join(directory, 'corpus.json');
	writeFileSync(file, JSON.stringify(corpus));
	const then = new Date(Date.now() - secondsAgo * 1000);
	utimesSync(file, then, then);
	return file;
}
