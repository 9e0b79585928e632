import {readFileSync} from 'node:fs';
import {looksLikeUtf16, utf16Text} from './decode-text.js';
import {BriefError} from './errors.js';
import {mergeCorpora} from './merge-corpora.js';
import {mayHoldControls, neutralizeControls} from './sanitize.js';
import {corpusSchema, type Corpus} from './schema.js';
import {counted} from './text.js';
import {validationMemo, type ValidationMemo} from './validated-corpora.js';

/**
 * Read and validate a corpus file. Every failure is a BriefError naming the
 * file and, for bad JSON, the line and column; for a schema failure, the path.
 */
export function loadCorpus(file: string): Corpus {
	const {text, memo} = readCorpus(file);
	return parseCorpus(text, file, memo);
}

/** The file's text and what is known of it; its bytes are let go before the text is parsed (at 100,000 records, 50 MB). */
function readCorpus(file: string): {text: string; memo: ValidationMemo} {
	const bytes = readCorpusBytes(file);
	const utf16 = utf16Text(bytes);
	if (utf16 === undefined && bytes.includes(0)) {
		const encoding = looksLikeUtf16(bytes);
		throw new BriefError(`${file}: not a corpus: ${encoding ? `${encoding.toUpperCase()} text without a byte-order mark; convert it to UTF-8, e.g. iconv -f ${encoding.toUpperCase()} -t UTF-8` : 'a binary file (it contains NUL bytes)'}`);
	}

	return {text: utf16 ?? bytes.toString('utf8'), memo: validationMemo(bytes)};
}

/** Read and validate every corpus file, then read them as one (see mergeCorpora). */
export function loadCorpora(files: string[]): Corpus {
	return mergeCorpora(files.map(file => ({corpus: loadCorpus(file), file})));
}

/** With a memo, a corpus whose bytes were found valid before is not checked again (see validated-corpora.ts). */
export function parseCorpus(text: string, file: string, memo?: ValidationMemo): Corpus {
	// Some editors save a byte-order mark, which JSON.parse rejects.
	const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch (error) {
		throw new BriefError(`${file}: not valid JSON (${describeJsonError(error as SyntaxError, json)})`);
	}

	// A corpus shared or edited by hand may carry what ingest strips: made as harmless as an ingested one, offsets kept.
	if (mayHoldControls(json)) {
		data = neutralized(data);
	}

	if (memo?.known) {
		return data as Corpus;
	}

	const result = corpusSchema.safeParse(data);
	if (!result.success) {
		const [first, ...rest] = result.error.issues;
		const more = rest.length > 0 ? ` (and ${counted(rest.length, 'more problem')})` : '';
		throw new BriefError(`${file}: invalid corpus at ${formatPath(first!.path)}: ${first!.message}${more}`);
	}

	// The schema drops fields it does not know; a corpus is remembered only if it had none, so the parsed data is the same either way.
	if (memo && JSON.stringify(result.data).length === JSON.stringify(data).length) {
		memo.remember();
	}

	return result.data;
}

/** Every string in parsed JSON with its control characters neutralised (see neutralizeControls). */
function neutralized(value: unknown): unknown {
	if (typeof value === 'string') {
		return neutralizeControls(value);
	}

	if (Array.isArray(value)) {
		return value.map(item => neutralized(item));
	}

	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, neutralized(item)]));
	}

	return value;
}

function readCorpusBytes(file: string): Buffer {
	try {
		return readFileSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
		throw new BriefError(`cannot read corpus ${file}: ${reason}`);
	}
}

function describeJsonError(error: SyntaxError, text: string): string {
	if (text.trim() === '') {
		return 'the file is empty';
	}

	const reason = error.message.replace(/ in JSON at position \d+.*$/s, '').replace(quotedSource, '');
	const position = errorPosition(error.message, text);
	if (position === undefined) {
		return reason;
	}

	const before = text.slice(0, position);
	const line = before.split('\n').length;
	const column = before.length - before.lastIndexOf('\n');
	return `${reason} at line ${line}, column ${column}`;
}

/**
 * V8 states the position outright, or quotes the source around it: from ten
 * characters before the error (`..."source"...`), from the start of the file to
 * ten characters after it (`"source"...`), or, for a short file, all of it.
 */
const quotedSource = /, (\.\.\.)?"(.*)"(\.\.\.)? is not valid JSON$/s;
const contextAroundError = 10;

function errorPosition(message: string, text: string): number | undefined {
	const stated = /at position (\d+)/.exec(message);
	if (stated) {
		return Number(stated[1]);
	}

	const [, leading, quoted, trailing] = quotedSource.exec(message) ?? [];
	if (quoted === undefined) {
		return undefined;
	}

	if (leading) {
		const start = text.indexOf(quoted);
		return start === -1 ? undefined : start + contextAroundError;
	}

	return trailing ? quoted.length - contextAroundError : undefined;
}

/** `['quotes', 3, 'provenance', 'paragraph']` → `quotes[3].provenance.paragraph` */
function formatPath(path: ReadonlyArray<PropertyKey>): string {
	if (path.length === 0) {
		return 'the top level';
	}

	return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
}
