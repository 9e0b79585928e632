// Bundle the CLI into dist/ so `brief` starts from one file instead of
// resolving hundreds of modules; the Ink app is a second bundle, loaded
// only when the interactive app starts.
import {readFile, rm} from 'node:fs/promises';
import {build} from 'esbuild';

/**
 * meow's pre-bundled dependencies evaluate normalize-package-data (with the
 * SPDX licence list) and @babel/code-frame at import time, though meow only
 * calls them lazily. Deferring them saves about a sixth of start-up. If meow
 * changes shape the build says so and carries on unpatched.
 */
const deferMeowInternals = {
	name: 'defer-meow-internals',
	setup(build) {
		build.onLoad({filter: /meow[\\/]build[\\/]dependencies\.js$/}, async ({path}) => {
			const source = await readFile(path, 'utf8');
			const replacements = [
				['var libExports = requireLib$1();', 'var libExports = {codeFrameColumns: (...args) => requireLib$1().codeFrameColumns(...args)};'],
				['var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);', 'const normalizePackageData = (...args) => getDefaultExportFromCjs(requireNormalize())(...args);'],
			];
			let contents = source;
			const warnings = [];
			for (const [eager, lazy] of replacements) {
				if (contents.includes(eager)) {
					contents = contents.replace(eager, lazy);
				} else {
					warnings.push({text: `meow changed: cannot defer "${eager.split('\n')[0]}"`});
				}
			}

			return {contents, loader: 'js', warnings};
		});
	},
};

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
	minify: true,
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
		plugins: [deferMeowInternals],
		// Loaded with import() only when needed: the app (dist/app/start.js) and the briefing store commands.
		external: ['./app/start.js', './cli/run-store-command.js'],
	}),
	build({
		...shared,
		entryPoints: ['source/cli/run-store-command.ts'],
		outfile: 'dist/cli/run-store-command.js',
	}),
	// The interactive app: Ink, React and their dependencies, in a file of its own.
	build({
		...shared,
		entryPoints: ['source/app/start.tsx'],
		outfile: 'dist/app/start.js',
		plugins: [withoutInkDevtools],
	}),
]);
