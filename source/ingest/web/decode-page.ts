/**
 * A web page's bytes as text, in the encoding the page declares, as a browser
 * reads it: a byte-order mark first, then the charset of the Content-Type
 * header, then a <meta charset> among the page's first bytes, else UTF-8.
 * Bytes the encoding cannot read become U+FFFD, as in a browser.
 */
export function decodePage(bytes: Uint8Array, contentType?: string): string {
	const label = byteOrderMark(bytes) ?? charsetOf(contentType) ?? metaCharset(bytes) ?? 'utf-8';
	try {
		const decoder = new TextDecoder(label);
		const text = decoder.decode(bytes);
		return decoder.encoding === 'windows-1252' ? text.replace(/[\u0080-\u009F]/g, windows1252) : text;
	} catch {
		// An encoding Node does not know: UTF-8 reads most pages, and the rest becomes U+FFFD rather than an error.
		return new TextDecoder('utf-8').decode(bytes);
	}
}

function byteOrderMark(bytes: Uint8Array): string | undefined {
	if (bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF) {
		return 'utf-8';
	}

	if (bytes[0] === 0xFE && bytes[1] === 0xFF) {
		return 'utf-16be';
	}

	return bytes[0] === 0xFF && bytes[1] === 0xFE ? 'utf-16le' : undefined;
}

function charsetOf(contentType: string | undefined): string | undefined {
	return /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
}

/** How far a browser looks for <meta charset> (the HTML standard's prescan reads 1024 bytes; pages with long heads put it later). */
const prescanBytes = 4096;

function metaCharset(bytes: Uint8Array): string | undefined {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, prescanBytes));
	return /<meta[^>]{1,200}?charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
}

/**
 * Node decodes windows-1252 (which the web also reads for latin1 and
 * iso-8859-1) as ISO-8859-1, turning its curly quotes, dashes and euro sign
 * (bytes 0x80-0x9F) into control characters: these are what the web reads there.
 */
const windows1252Upper = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function windows1252(character: string): string {
	return windows1252Upper[character.charCodeAt(0) - 0x80]!;
}
