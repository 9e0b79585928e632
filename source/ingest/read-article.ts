import {readFile, stat} from 'node:fs/promises';
import {looksLikeUtf16, utf16Advice, utf16Text} from '../core/decode-text.js';
import {BriefError} from '../core/errors.js';
import {sanitize} from '../core/sanitize.js';

/** Articles are a few thousand words (tens of kilobytes); a megabyte is a book or a dump, not an article, and is refused. */
export const maximumArticleBytes = 1024 * 1024;

/**
 * Read an article from FILE, or from stdin for `-`, and return its text:
 * UTF-8 checked, byte-order mark and carriage returns dropped, terminal
 * escapes and control characters removed (article text is untrusted), and
 * accents composed (NFC): "São" written as "Sa" and a combining tilde, as
 * some editors and macOS file exports do, is the same text, found the same.
 * Every refusal is one BriefError naming the problem.
 */
export async function readArticle(file: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<string> {
	const name = file === '-' ? 'stdin' : file;
	const bytes = file === '-' ? await readStream(stdin, name) : await readArticleFile(file);
	return decodeArticle(bytes, name);
}

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

	const clean = sanitize(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')).normalize('NFC');
	if (clean.trim() === '') {
		throw new BriefError(`${name} is empty: there is no article to ingest`);
	}

	if (isJson(clean)) {
		throw new BriefError(`${name} is JSON, not an article: ingest reads plain text (to read a corpus file, use --corpus ${name === 'stdin' ? 'FILE' : name})`);
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

async function readArticleFile(file: string): Promise<Uint8Array> {
	try {
		const info = await stat(file);
		if (info.isDirectory()) {
			throw new BriefError(`${file} is a directory; ingest takes one article file (or - for stdin)`);
		}

		if (info.size > maximumArticleBytes) {
			throw new BriefError(`${file} is ${megabytes(info.size)}; brief ingests articles of up to ${megabytes(maximumArticleBytes)}`);
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

async function readStream(stream: NodeJS.ReadableStream, name: string): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of stream) {
		const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
		size += buffer.length;
		if (size > maximumArticleBytes) {
			throw new BriefError(`${name} is over ${megabytes(maximumArticleBytes)}; brief ingests articles of up to ${megabytes(maximumArticleBytes)}`);
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
