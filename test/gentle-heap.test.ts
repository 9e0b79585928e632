import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';

test('the heap flag the app sets is one this Node knows (V8 would print "unrecognized flag" over the screen)', () => {
	const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', 'const {growHeapGently} = await import("./source/cli/gentle-heap.ts"); growHeapGently();'], {encoding: 'utf8'});
	assert.equal(result.status, 0, result.stderr);
	assert.equal(result.stdout + result.stderr, '');
});
