import {readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {looksLikeUtf16, utf16Advice, utf16Text} from '../core/decode-text.js';
import {BriefError} from '../core/errors.js';
import {sanitize} from '../core/sanitize.js';
import type {Corpus} from '../core/schema.js';
import {datelineOf, factsAfterDateline, type Dateline} from './dateline.js';
import {splitHead, splitParagraphs} from './paragraphs.js';
import {findPlaces} from './places/index.js';
import {findTimes} from './times.js';
import type {FetchLimits, PageArticle} from './web/index.js';

/** Articles are a few thousand words (tens of kilobytes); a megabyte is a book or a dump, not an article, and is refused. */
export const maximumArticleBytes = 1024 * 1024;

/** Saved pages carry markup, styles and scripts around the article: up to this much is read. */
export const maximumPageBytes = 5 * 1024 * 1024;

export const defaultFetchLimits: FetchLimits = {timeoutMs: 20_000, maxBytes: maximumPageBytes, maxRedirects: 10};

/** An article as ingest reads it: its text below any headline, and what the input says about it. */
export type ArticleInput = {
	/** The article's paragraphs, one a line; no headline or byline line. */
	text: string;
	title: string | undefined;
	outlet: string | undefined;
	date: string | undefined;
	byline: string | undefined;
	/** The web address a page was fetched from. */
	url: string | undefined;
	/** The dateline opening the first paragraph. */
	dateline: Dateline | undefined;
	/** A title to use when nothing better is known: the file's name, or the address's; none for stdin. */
	fallbackTitle: string | undefined;
};

/**
 * Read what `brief ingest` is given: a web address (fetched), a saved page
 * (.html, or markup on stdin), or a plain-text article from FILE or - (stdin).
 * The HTML reader is loaded only for a page or an address.
 */
export async function readArticleInput(input: string, options: {stdin?: NodeJS.ReadableStream; fetchLimits?: FetchLimits; title?: string} = {}): Promise<ArticleInput> {
	if (/^[a-z][a-z\d+.-]*:\/\//i.test(input)) {
		const web = await import('./web/index.js');
		const page = await web.fetchPage(input, options.fetchLimits ?? defaultFetchLimits);
		const fallbackTitle = addressTitle(page.url);
		const mediaType = page.contentType?.split(';')[0]!.trim().toLowerCase();
		const isPage = mediaType === undefined ? looksLikeHtml(page.bytes) : mediaType !== 'text/plain';
		const article = isPage ? pageInput(web.readPage(page.bytes, {name: input, contentType: page.contentType}), input, fallbackTitle) : textInput(decodeArticle(page.bytes, input), fallbackTitle, options.title);
		return {...article, url: page.url};
	}

	const name = input === '-' ? 'stdin' : input;
	const namedAsPage = /\.x?html?$/i.test(input);
	const limit = input === '-' || namedAsPage ? maximumPageBytes : maximumArticleBytes;
	const bytes = input === '-' ? await readStream(options.stdin ?? process.stdin, name, limit) : await readArticleFile(input, limit);
	const fallbackTitle = input === '-' ? undefined : path.basename(input).replace(/\.[^.]+$/, '');
	if (namedAsPage || looksLikeHtml(bytes)) {
		const {readPage} = await import('./web/index.js');
		return pageInput(readPage(bytes, {name}), name, fallbackTitle);
	}

	return textInput(decodeArticle(bytes, name), fallbackTitle, options.title);
}

/** Plain text: its head (a headline — the given title, if the first line is it — a byline, a date) split from its body. */
function textInput(text: string, fallbackTitle: string | undefined, givenTitle: string | undefined): ArticleInput {
	const head = splitHead(text, line => datelineOf(line, placeNamed) !== undefined, givenTitle);
	const dateline = datelineOf(splitParagraphs(head.body)[0] ?? '', placeNamed);
	return {text: head.body, title: head.headline, outlet: dateline?.outlet ?? undefined, date: head.date, byline: head.byline, url: undefined, dateline, fallbackTitle};
}

function pageInput(page: PageArticle, name: string, fallbackTitle: string | undefined): ArticleInput {
	const text = cleanArticleText(page.paragraphs.join('\n'), name);
	const dateline = datelineOf(splitParagraphs(text)[0]!, placeNamed);
	return {text, title: page.title, outlet: page.outlet ?? dateline?.outlet ?? undefined, date: page.date, byline: page.byline, url: undefined, dateline, fallbackTitle};
}

/** The gazetteer's name for a place written exactly so, as a dateline writes it. */
function placeNamed(name: string): string | undefined {
	const [mention] = findPlaces([name]);
	return mention && mention.start === 0 && mention.end === name.length ? mention.place.name : undefined;
}

/** Markup, whatever the file is called: a doctype or an <html> or <head> tag first. */
function looksLikeHtml(bytes: Uint8Array): boolean {
	const opening = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '').trimStart().toLowerCase();
	return /^(?:<!doctype html|<html|<head|<!--[^]*?-->\s*<(?:!doctype html|html))/.test(opening);
}

/** "https://news.example/world/2026/floods-close-schools.html" → "news.example floods-close-schools". */
function addressTitle(address: string): string {
	const url = new URL(address);
	const last = url.pathname.split('/').filter(Boolean).at(-1)?.replace(/\.[^.]+$/, '');
	return last ? `${url.hostname} ${last}` : url.hostname;
}

/**
 * A plain-text article's bytes as its text: UTF-8 checked, byte-order mark and
 * carriage returns dropped, terminal escapes and control characters removed
 * (article text is untrusted), and accents composed (NFC): "São" written as "Sa"
 * and a combining tilde, as some editors and macOS file exports do, is the same
 * text, found the same. Every refusal is one BriefError naming the problem.
 */
export function decodeArticle(bytes: Uint8Array, name: string): string {
	if (bytes.length > maximumArticleBytes) {
		throw new BriefError(`${name} is ${megabytes(bytes.length)}; brief ingests articles of up to ${megabytes(maximumArticleBytes)}`);
	}

	// Saved as UTF-16 with its byte-order mark (Windows' "Unicode"): read as such.
	let text = utf16Text(bytes);
	if (text === undefined) {
		if (bytes.includes(0)) {
			const utf16 = looksLikeUtf16(bytes);
			throw new BriefError(utf16 ? utf16Advice(name, utf16) : `${name} is a binary file, not an article (it contains NUL bytes)`);
		}

		try {
			text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
		} catch {
			throw new BriefError(`${name} is not UTF-8 text (invalid byte sequence at byte ${firstInvalidByte(bytes)}); convert it first, e.g. iconv -f latin1 -t utf-8`);
		}
	}

	const clean = cleanArticleText(text, name);
	if (isJson(clean)) {
		throw new BriefError(`${name} is JSON, not an article: ingest reads plain text (to read a corpus file, use --corpus ${name === 'stdin' ? 'FILE' : name})`);
	}

	return clean;
}

/** Article text, however it came, made safe and comparable: byte-order mark, carriage returns and controls gone, accents composed. */
export function cleanArticleText(text: string, name: string): string {
	const clean = sanitize(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')).normalize('NFC');
	if (clean.trim() === '') {
		throw new BriefError(`${name} is empty: there is no article to ingest`);
	}

	if (Buffer.byteLength(clean) > maximumArticleBytes) {
		throw new BriefError(`${name} has ${megabytes(Buffer.byteLength(clean))} of article text; brief ingests articles of up to ${megabytes(maximumArticleBytes)}`);
	}

	return clean;
}

/** A corpus or other JSON document given to ingest by mistake. */
function isJson(text: string): boolean {
	if (!/^\s*[[{]/.test(text)) {
		return false;
	}

	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
}

async function readArticleFile(file: string, limit = maximumArticleBytes): Promise<Uint8Array> {
	try {
		const info = await stat(file);
		if (info.isDirectory()) {
			throw new BriefError(`${file} is a directory; ingest takes one article file (or - for stdin)`);
		}

		if (info.size > limit) {
			throw new BriefError(`${file} is ${megabytes(info.size)}; brief ingests ${limit === maximumArticleBytes ? 'articles' : 'pages'} of up to ${megabytes(limit)}`);
		}

		return await readFile(file);
	} catch (error) {
		if (error instanceof BriefError) {
			throw error;
		}

		const code = (error as NodeJS.ErrnoException).code;
		const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
		throw new BriefError(`cannot read ${file}: ${reason}`);
	}
}

async function readStream(stream: NodeJS.ReadableStream, name: string, limit = maximumArticleBytes): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of stream) {
		const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
		size += buffer.length;
		if (size > limit) {
			throw new BriefError(`${name} is over ${megabytes(limit)}; brief ingests ${limit === maximumArticleBytes ? 'articles' : 'pages'} of up to ${megabytes(limit)}`);
		}

		chunks.push(buffer);
	}

	return Buffer.concat(chunks);
}

function megabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function firstInvalidByte(bytes: Uint8Array): number {
	let low = 0;
	let high = bytes.length;
	// The longest prefix with no invalid byte, by bisection; stream mode lets a prefix end mid-character.
	while (low < high) {
		const middle = Math.ceil((low + high) / 2);
		try {
			new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(0, middle), {stream: true});
			low = middle;
		} catch {
			high = middle - 1;
		}
	}

	// That prefix may end in the first bytes of a sequence the next byte breaks: then the sequence's lead byte is the bad one.
	try {
		new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(0, low));
		return low;
	} catch {
		let lead = low - 1;
		while (lead > 0 && (bytes[lead]! & 0xC0) === 0x80) {
			lead--;
		}

		return lead;
	}
}

/** The extracted article with what its input told beside the text: byline, dateline place, address; its first fact without the dateline. */
export function withInputDetails(corpus: Corpus, input: ArticleInput): Corpus {
	const [source, ...others] = corpus.sources;
	const details = {
		...(input.byline === undefined ? {} : {byline: input.byline}),
		...(input.dateline?.place ? {place: input.dateline.place} : {}),
		...(input.url === undefined ? {} : {url: input.url}),
	};
	const withDetails = {...corpus, sources: [{...source!, ...details}, ...others]};
	return input.dateline ? factsAfterDateline(withDetails, input.dateline, text => findTimes(text)[0]?.text ?? null) : withDetails;
}
