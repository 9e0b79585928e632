import {existsSync, readFileSync} from 'node:fs';
import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import {loadCorpus, parseCorpus} from '../core/load-corpus.js';
import type {Corpus} from '../core/schema.js';
import {lockFile} from '../store/file-lock.js';
import {writeAtomically} from '../store/write-atomically.js';

/**
 * Change a corpus file under a lock: read it (a missing file reads as an
 * empty corpus named `emptyName`), let `change` return the new corpus or
 * undefined for "nothing to do", validate the result against the schema, and
 * write it through a temporary file and a rename. A failure at any step
 * leaves the file byte-identical.
 */
export async function updateCorpusFile<T>(file: string, emptyName: string, change: (corpus: Corpus) => {corpus: Corpus | undefined; result: T}): Promise<T> {
	await mkdir(path.dirname(file), {recursive: true});
	const release = await lockFile(file, 'the corpus', 15_000);
	try {
		const current = existsSync(file) ? loadCorpus(file) : emptyCorpus(emptyName);
		const {corpus, result} = change(current);
		if (corpus !== undefined) {
			const text = `${JSON.stringify(corpus, null, '\t')}\n`;
			// The same check every reader makes: never write a corpus brief could not read back.
			parseCorpus(text, file);
			await writeAtomically(file, text);
		}

		return result;
	} finally {
		await release();
	}
}

/** Read a corpus file without locking, or undefined when there is none. */
export function readCorpusIfPresent(file: string): Corpus | undefined {
	return existsSync(file) ? parseCorpus(readFileSync(file, 'utf8'), file) : undefined;
}

export function emptyCorpus(name: string): Corpus {
	return {name, sources: [], actors: [], locations: [], quotes: [], facts: [], routes: []};
}
