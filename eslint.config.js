// `npm run lint`. ESLint's and typescript-eslint's recommended rules (without
// type information, so a run takes seconds), React's rules of hooks, and the
// rules below; see docs/build.md for why these and not xo.
import js from '@eslint/js';
import {defineConfig, globalIgnores} from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default defineConfig([
	globalIgnores(['dist/', 'scratch/', 'test/bench/corpora/']),
	js.configs.recommended,
	tseslint.configs.recommended,
	// Hooks live in the app and its tests; the hooks rules (React Compiler's analysis) are the slowest part of a
	// run, so they read only those files.
	{...reactHooks.configs.flat.recommended, files: ['source/app/**', 'test/app/**', '**/*.tsx']},
	{
		linterOptions: {reportUnusedDisableDirectives: 'error'},
		rules: {
			// Globals that look like something else: `escape` URL-encodes, it does not escape a regular expression
			// (ingest/mentions.ts once mapped names through it); the global isNaN and isFinite coerce first.
			'no-restricted-globals': [
				'error',
				{name: 'escape', message: 'escape() URL-encodes (White House → White%20House). To match text literally in a RegExp use escapeRegExp from core/text.ts.'},
				{name: 'unescape', message: 'unescape() URL-decodes; it is deprecated.'},
				{name: 'isNaN', message: 'Use Number.isNaN: the global coerces its argument first.'},
				{name: 'isFinite', message: 'Use Number.isFinite: the global coerces its argument first.'},
			],
			// A terminal app matches escape codes on purpose (core/sanitize.ts, the tests' frames).
			'no-control-regex': 'off',
			// Awaits one at a time where they could run together; where order matters, say so with a disable comment.
			'no-await-in-loop': 'error',
			// Leaving a field out by destructuring the rest is how TypeScript omits one.
			'@typescript-eslint/no-unused-vars': ['error', {ignoreRestSiblings: true}],
		},
	},
	{
		// A test's steps run one after another on purpose: a pin, then the export that reads it.
		files: ['test/**'],
		rules: {'no-await-in-loop': 'off'},
	},
	{
		files: ['**/*.cjs'],
		languageOptions: {globals: {process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable'}},
	},
	{
		// Build scripts and the bin run on Node, untyped.
		files: ['**/*.js'],
		languageOptions: {globals: {process: 'readonly', console: 'readonly'}},
	},
]);
