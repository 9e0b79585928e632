import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

test('the heap flag the app sets is one this Node knows (V8 would print "unrecognized flag" over the screen)', () => {
	// The module beside this test's own sources: .ts under tsx, the compiled .js under `npm test`.
	const module = new URL(`../source/cli/gentle-heap${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url).href;
	const script = `const {growHeapGently} = await import(${JSON.stringify(module)}); growHeapGently();`;
	const result = spawnSync(process.execPath, [...process.execArgv.filter(argument => !argument.startsWith('--test')), '--input-type=module', '-e', script], {encoding: 'utf8'});
	assert.equal(result.status, 0, result.stderr);
	assert.equal(result.stdout + result.stderr, '');
});
