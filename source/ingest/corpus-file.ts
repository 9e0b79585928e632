import {existsSync} from 'node:fs';
import {loadCorpus, parseCorpus} from '../core/load-corpus.js';
import type {Corpus} from '../core/schema.js';
import {SharedJsonFile} from '../json-file/shared-json-file.js';

export type CorpusFileOptions = {
	/** Told when a change waits a second for another brief process. */
	onWait?: (message: string) => void;
};

/**
 * A corpus file that ingest and remove change (see SharedJsonFile): a file
 * that is not a corpus is an error and left byte-identical, never set
 * aside; a missing one reads as an empty corpus named `emptyName`; nothing
 * is written that brief could not read back.
 */
export function corpusFile(file: string, emptyName: string, {onWait}: CorpusFileOptions = {}): SharedJsonFile<Corpus> {
	return new SharedJsonFile<Corpus>({
		file,
		what: 'the corpus',
		parse: parseCorpus,
		serialize(corpus, target) {
			const text = `${JSON.stringify(corpus, null, '\t')}\n`;
			// The same check every reader makes: never write a corpus brief could not read back.
			parseCorpus(text, target);
			return text;
		},
		empty: () => emptyCorpus(emptyName),
		setAsideUnreadable: false,
		warn() {
			// A corpus is never set aside, so there is nothing to warn of.
		},
		onWait,
	});
}

/** Read a corpus file without locking, or undefined when there is none. */
export function readCorpusIfPresent(file: string): Corpus | undefined {
	return existsSync(file) ? loadCorpus(file) : undefined;
}

export function emptyCorpus(name: string): Corpus {
	return {name, sources: [], actors: [], locations: [], quotes: [], facts: [], routes: []};
}
