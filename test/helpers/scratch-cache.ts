/**
 * Loaded before every test file (by scripts/run-tests.js, and `npm run test:file` in package.json): brief's cache (index
 * snapshots, corpora found valid) goes to a scratch directory, for the code
 * under test and every brief a test starts, rather than into the cache of
 * whoever runs the tests. And React runs its production build, as in the
 * built binary (scripts/build.js defines NODE_ENV so): the development build
 * draws the app's frames about a third slower and checks nothing the tests
 * assert.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const directory = mkdtempSync(path.join(os.tmpdir(), 'brief-test-cache-'));
process.env['XDG_CACHE_HOME'] = directory;
process.env['NODE_ENV'] ??= 'production';
process.on('exit', () => {
	rmSync(directory, {recursive: true, force: true});
});
