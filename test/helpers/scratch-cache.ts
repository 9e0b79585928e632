/**
 * Loaded before every test file (see package.json): brief's cache (index
 * snapshots, corpora found valid) goes to a scratch directory, for the code
 * under test and every brief a test starts, rather than into the cache of
 * whoever runs the tests.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const directory = mkdtempSync(path.join(os.tmpdir(), 'brief-test-cache-'));
process.env['XDG_CACHE_HOME'] = directory;
process.on('exit', () => {
	rmSync(directory, {recursive: true, force: true});
});
