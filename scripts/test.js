// `npm test`: the type check, the linter and the import-circle check run side by
// side with the build and then the tests, instead of one after another — the
// tests spend much of their time waiting on processes and timers, which the
// checks fill. Each check's output is printed when it ends; the tests report
// as they go. Fails when any step fails. See CONTRIBUTING.md for running parts.
import {spawn} from 'node:child_process';
import process from 'node:process';

/** `npm run NAME` as a child; resolves with its exit code, its output kept unless `live`. */
function run(name, {live = false} = {}) {
	const started = Date.now();
	const child = spawn('npm', ['run', '--silent', name], {stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe']});
	let output = '';
	child.stdout?.on('data', chunk => {
		output += chunk;
	});
	child.stderr?.on('data', chunk => {
		output += chunk;
	});
	return new Promise(resolve => {
		child.on('close', code => {
			const seconds = ((Date.now() - started) / 1000).toFixed(1);
			if (output.trim() !== '') {
				process.stdout.write(`\n── npm run ${name} ──\n${output.trimEnd()}\n`);
			}

			process.stdout.write(`${code === 0 ? '✔' : '✖'} npm run ${name} (${seconds} s)\n`);
			resolve({name, code});
		});
	});
}

const checks = ['typecheck', 'lint', 'check:circles'].map(name => run(name));
const tests = run('build').then(async build => (build.code === 0 ? run('test:all', {live: true}) : build));
const results = await Promise.all([...checks, tests]);
const failed = results.filter(result => result.code !== 0).map(result => result.name);
if (failed.length > 0) {
	process.stdout.write(`\nnpm test failed: ${failed.join(', ')}\n`);
	process.exitCode = 1;
}
