import {existsSync, realpathSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import envPaths from 'env-paths';
import {BriefError} from './errors.js';

/** Every path brief reads or writes is decided here. */

/** The installed package's root: the nearest ancestor of this module holding data/corpus.json. */
export function packageRoot(): string {
	let directory = path.dirname(fileURLToPath(import.meta.url));
	while (!existsSync(path.join(directory, 'data', 'corpus.json'))) {
		const parent = path.dirname(directory);
		if (parent === directory) {
			throw new Error('brief is installed without its data/ directory');
		}

		directory = parent;
	}

	return directory;
}

/** The hand-curated corpus shipped with the package. */
export function shippedCorpusPath(): string {
	return path.join(packageRoot(), 'data', 'corpus.json');
}

/**
 * The user's data directory: `BRIEF_HOME` if set, else `$XDG_DATA_HOME/brief`,
 * else the platform's usual data path.
 */
export function dataDir(environment: NodeJS.ProcessEnv = process.env): string {
	return userDirectory(environment, {underHome: '.', xdgVariable: 'XDG_DATA_HOME', platform: 'data'});
}

/** Where ingested articles go. */
export function userCorpusPath(environment: NodeJS.ProcessEnv = process.env): string {
	return path.join(dataDir(environment), 'corpus.json');
}

/** What brief keeps only to be quicker: `BRIEF_HOME/cache`, else `$XDG_CACHE_HOME/brief`, else the platform's cache directory. */
export function cacheDir(environment: NodeJS.ProcessEnv = process.env): string {
	return userDirectory(environment, {underHome: 'cache', xdgVariable: 'XDG_CACHE_HOME', platform: 'cache'});
}

function userDirectory(environment: NodeJS.ProcessEnv, {underHome, xdgVariable, platform}: {underHome: string; xdgVariable: string; platform: 'data' | 'cache'}): string {
	if (environment['BRIEF_HOME']) {
		return path.join(path.resolve(environment['BRIEF_HOME']), underHome);
	}

	if (environment[xdgVariable]) {
		return path.join(path.resolve(environment[xdgVariable]), 'brief');
	}

	return envPaths('brief', {suffix: ''})[platform];
}

/** The hashes of corpus files already found valid. */
export function validatedCorporaPath(environment: NodeJS.ProcessEnv = process.env): string {
	return path.join(cacheDir(environment), 'valid-corpora.json');
}

/** Indexes of corpora written out to be read quickly (see index-snapshot.ts). */
export function snapshotsDir(environment: NodeJS.ProcessEnv = process.env): string {
	return path.join(cacheDir(environment), 'snapshots');
}

/** The map's coastlines and borders at one scale, made by the build from the world-atlas package (see core/map/atlas.ts). */
export function atlasPath(resolution: string): string {
	return path.join(packageRoot(), 'dist', 'atlas', `countries-${resolution}.bin`);
}

/** The gazetteer's index of names, made by the build from the GeoNames packages (see ingest/places/gazetteer-index.ts). */
export function gazetteerIndexPath(): string {
	return path.join(packageRoot(), 'dist', 'gazetteer', 'names.txt');
}

/** Where pins, notes and briefings are stored. */
export function storePath(environment: NodeJS.ProcessEnv = process.env): string {
	return path.join(dataDir(environment), 'briefings.json');
}

/**
 * The corpus files to read: `--corpus PATH`, else `BRIEF_CORPUS`, else the
 * shipped corpus together with the user corpus (ingested articles) if there is one.
 */
export function corpusPaths(flag: string | undefined, environment: NodeJS.ProcessEnv = process.env): string[] {
	if (flag !== undefined && flag.trim() === '') {
		throw new BriefError('--corpus needs a path: brief --corpus PATH …');
	}

	const chosen = flag ?? chosenCorpus(environment);
	if (chosen) {
		return [path.resolve(chosen)];
	}

	const userCorpus = userCorpusPath(environment);
	return existsSync(userCorpus) ? [shippedCorpusPath(), userCorpus] : [shippedCorpusPath()];
}

/**
 * Where `brief ingest` and `brief remove` write: `--corpus PATH` or
 * `BRIEF_CORPUS` alone, else the user corpus, which shares actors and places
 * with the shipped corpus (read, never written).
 */
export function ingestTarget(flag: string | undefined, environment: NodeJS.ProcessEnv = process.env): {target: string; alsoRead: string[]} {
	const chosen = flag ?? chosenCorpus(environment);
	if (chosen !== undefined && chosen.trim() !== '') {
		const target = path.resolve(chosen);
		if (sameFile(target, shippedCorpusPath())) {
			throw new BriefError(`${chosen} is the shipped corpus, which brief never changes; ingest and remove work on your own corpus (leave out --corpus) or another file`);
		}

		return {target, alsoRead: []};
	}

	if (flag !== undefined) {
		throw new BriefError('--corpus needs a path: brief --corpus PATH …');
	}

	return {target: userCorpusPath(environment), alsoRead: [shippedCorpusPath()]};
}

/** BRIEF_CORPUS when set; empty counts as unset, but blanks are a mistake to point out, not a path. */
function chosenCorpus(environment: NodeJS.ProcessEnv): string | undefined {
	const value = environment['BRIEF_CORPUS'];
	if (value !== undefined && value !== '' && value.trim() === '') {
		throw new BriefError('BRIEF_CORPUS is blank: set it to a corpus file, or unset it to read the shipped corpus and your own');
	}

	return value === '' ? undefined : value;
}

/** Whether two paths name one file (through symbolic links too); a path that does not exist is no other file. */
function sameFile(a: string, b: string): boolean {
	try {
		return realpathSync(a) === realpathSync(b);
	} catch {
		return false;
	}
}

/** Earlier queries typed in the app, one a line, oldest first (as fzf's --history). */
export function queryHistoryPath(environment: NodeJS.ProcessEnv = process.env): string {
	return path.join(dataDir(environment), 'query-history');
}
