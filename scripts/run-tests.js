// `npm run test:all` (and so `npm test`) runs the tests as JavaScript: esbuild
// turns every .ts/.tsx file of source/ and test/ into .js in a copy of the tree
// (other files and the top-level folders the tests read are linked), and Node's
// test runner runs that copy without a loader, from the project's folder. Under
// tsx each of the ~50 test processes spent about half a second of CPU on the
// loader alone, a sixth of the suite's CPU. `npm run test:file` still runs one
// file from the sources under tsx. Arguments are passed to `node --test`.
import {spawn} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {transform} from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const compiledRoot = path.join(root, 'node_modules', '.cache', 'brief', 'tests');
const compiledFolders = ['source', 'test'];
const tsconfig = readFileSync(path.join(root, 'tsconfig.json'), 'utf8');
const linkedEntries = ['bin', 'data', 'dist', 'package.json', 'patches', 'scripts', 'README.md', 'docs'];

function filesUnder(folder) {
	return readdirSync(folder, {withFileTypes: true, recursive: true})
		.filter(entry => entry.isFile())
		.map(entry => path.join(entry.parentPath, entry.name));
}

async function compile(file) {
	const relative = path.relative(root, file);
	const isTypeScript = /\.tsx?$/.test(file);
	const target = path.join(compiledRoot, isTypeScript ? relative.replace(/\.tsx?$/, '.js') : relative);
	mkdirSync(path.dirname(target), {recursive: true});
	if (!isTypeScript) {
		symlinkSync(file, target);
		return;
	}

	const {code} = await transform(readFileSync(file, 'utf8'), {
		loader: file.endsWith('.tsx') ? 'tsx' : 'ts',
		format: 'esm',
		jsx: 'automatic',
		target: 'node20',
		sourcemap: 'inline',
		// As tsc and tsx read it (verbatimModuleSyntax: imports kept as written).
		tsconfigRaw: tsconfig,
		sourcefile: file,
	});
	writeFileSync(target, code);
}

rmSync(compiledRoot, {recursive: true, force: true});
mkdirSync(compiledRoot, {recursive: true});
for (const entry of linkedEntries) {
	if (existsSync(path.join(root, entry))) {
		symlinkSync(path.join(root, entry), path.join(compiledRoot, entry));
	}
}

const files = compiledFolders.flatMap(folder => filesUnder(path.join(root, folder)));
await Promise.all(files.map(file => compile(file)));

const compiled = relative => path.relative(root, path.join(compiledRoot, relative));
/** test/*.test.ts(x) and test/app/*.test.ts(x), as their compiled copies. */
const testFiles = files
	.map(file => path.relative(root, file))
	.filter(relative => /^test\/(app\/)?[^/]+\.test\.tsx?$/.test(relative.split(path.sep).join('/')))
	.map(relative => compiled(relative.replace(/\.tsx?$/, '.js')))
	.sort();
const runner = spawn(process.execPath, [
	'--enable-source-maps',
	'--import',
	`./${compiled('test/helpers/scratch-cache.js')}`,
	'--test',
	'--test-concurrency=3',
	...process.argv.slice(2),
	...testFiles,
], {cwd: root, stdio: 'inherit'});
runner.on('close', code => {
	process.exitCode = code ?? 1;
});
