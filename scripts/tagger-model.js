// compromise's tagger model, worked out once at build time for the ingest
// bundle. compromise builds it on every import: it unpacks its word lists and
// conjugates and inflects every verb, noun and adjective in them, about a
// quarter of a second of every `brief ingest`. The bundle's module for it
// (compromise/src/2-two/preTagger/model/index.js) is replaced whole by one
// that parses the same model from JSON: the module's own export, serialised
// here, with its regular expressions (and keys set to undefined) put back by
// path. The build fails if what the bundle would load differs from the
// module's own model in any value (util.isDeepStrictEqual).
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {isDeepStrictEqual} from 'node:util';

// The build runs from the project's folder (scripts/build.js reads node_modules/ relative to it too).
const compromiseRoot = path.resolve('node_modules/compromise');
const modelModule = path.join(compromiseRoot, 'src/2-two/preTagger/model/index.js');
const pluginModule = path.join(compromiseRoot, 'src/2-two/preTagger/plugin.js');
const jsonFile = 'tagger-model.json';

/**
 * The model as JSON, and what JSON cannot hold: `[path, {source, flags}]` for
 * each regular expression, `[path, null]` for each key whose value is undefined.
 */
function serialise(model) {
	const special = [];
	const walk = (value, at) => {
		if (value instanceof RegExp) {
			special.push([at, {source: value.source, flags: value.flags}]);
			return null;
		}

		if (value === undefined) {
			special.push([at, null]);
			return null;
		}

		if (Array.isArray(value)) {
			return value.map((item, index) => walk(item, [...at, index]));
		}

		if (value !== null && typeof value === 'object') {
			if (Object.getPrototypeOf(value) !== Object.prototype) {
				throw new Error(`tagger model: ${at.join('.')} is a ${value.constructor?.name}, which JSON cannot hold`);
			}

			return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, [...at, key])]));
		}

		if (typeof value === 'number' && !Number.isFinite(value)) {
			throw new TypeError(`tagger model: ${at.join('.')} is ${value}, which JSON cannot hold`);
		}

		return value;
	};

	return {json: JSON.stringify(walk(model, [])), special};
}

/** The inverse of serialise, as the bundle runs it. */
function revive(json, special) {
	const model = JSON.parse(json);
	for (const [at, regExp] of special) {
		const owner = at.slice(0, -1).reduce((object, key) => object[key], model);
		owner[at.at(-1)] = regExp === null ? undefined : new RegExp(regExp.source, regExp.flags);
	}

	return model;
}

/**
 * An esbuild plugin that gives compromise's tagger plugin the prebuilt model in
 * place of the module that builds it. The model's JSON is written beside the
 * bundle (`tagger-model.json`) and read from there: as a string inside the
 * bundle it would be scanned with the code at every start.
 */
export async function prebuiltTaggerModel() {
	const {default: model} = await import(pathToFileURL(modelModule).href);
	const {json, special} = serialise(model);
	if (!isDeepStrictEqual(revive(json, special), model)) {
		throw new Error('tagger model: the prebuilt model differs from compromise\'s own');
	}

	const contents = [
		'import {readFileSync} from \'node:fs\';',
		`const revive = ${revive.toString()};`,
		`export default revive(readFileSync(new URL('./${jsonFile}', import.meta.url), 'utf8'), ${JSON.stringify(special)});`,
	].join('\n');
	return {
		name: 'prebuilt-tagger-model',
		setup(build) {
			build.onResolve({filter: /^\.\/model\/index\.js$/}, ({importer}) =>
				importer === pluginModule ? {path: modelModule, namespace: 'prebuilt-tagger-model'} : undefined);
			let replaced = false;
			build.onLoad({filter: /.*/, namespace: 'prebuilt-tagger-model'}, () => {
				replaced = true;
				return {contents, loader: 'js'};
			});
			build.onEnd(async result => {
				// compromise moved its model module: the bundle would build the model at every ingest again.
				if (!replaced && result.errors.length === 0) {
					result.errors.push({text: 'tagger model: compromise\'s model module was not found to replace (scripts/tagger-model.js)'});
				}

				if (result.errors.length === 0) {
					await writeFile(path.join(path.dirname(build.initialOptions.outfile), jsonFile), json);
				}
			});
		},
	};
}
