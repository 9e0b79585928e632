import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Corpus} from '../../source/core/schema.js';

export const binPath = fileURLToPath(new URL('../../bin/brief.js', import.meta.url));

export type IngestResult = {corpus: Corpus; stdout: string} | {error: string};

/**
 * Run the built CLI, `brief ingest FILE --title T --corpus SCRATCH`, in a child
 * process with its own BRIEF_HOME, and read back the corpus it wrote. The
 * scratch directory is removed afterwards.
 */
export function ingestArticle(file: string, title: string): IngestResult {
	const scratch = mkdtempSync(path.join(os.tmpdir(), 'brief-eval-'));
	try {
		const corpusPath = path.join(scratch, 'corpus.json');
		const environment: NodeJS.ProcessEnv = {...process.env, BRIEF_HOME: path.join(scratch, 'home'), NO_COLOR: '1'};
		for (const variable of ['BRIEF_CORPUS', 'XDG_DATA_HOME', 'FORCE_COLOR']) {
			delete environment[variable];
		}

		const result = spawnSync(process.execPath, [binPath, 'ingest', file, '--title', title, '--corpus', corpusPath], {encoding: 'utf8', env: environment, input: ''});
		if (result.status !== 0) {
			const reason = result.stderr.trim() || result.error?.message || `signal ${result.signal}`;
			return {error: `brief ingest exited with ${result.status}: ${reason}`};
		}

		if (!existsSync(corpusPath)) {
			return {error: `brief ingest exited with 0 but wrote no corpus at ${corpusPath}`};
		}

		return {corpus: JSON.parse(readFileSync(corpusPath, 'utf8')) as Corpus, stdout: result.stdout};
	} finally {
		rmSync(scratch, {recursive: true, force: true});
	}
}
