// Bundle the CLI into dist/ so `brief` starts from one file instead of
// resolving hundreds of modules; the Ink app is a separate chunk, loaded
// only when the interactive app starts.
import {build} from 'esbuild';

await build({
	entryPoints: ['source/cli.tsx'],
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	jsx: 'automatic',
	minifySyntax: true,
	legalComments: 'linked',
	// Ink loads react-devtools-core only when DEV=true; it is not a dependency.
	external: ['react-devtools-core'],
	define: {'process.env.NODE_ENV': '"production"'},
	// Bundled CommonJS (React) calls require() for Node built-ins.
	banner: {js: 'import {createRequire as __briefRequire} from "node:module"; const require = __briefRequire(import.meta.url);'},
	logLevel: 'warning',
});
