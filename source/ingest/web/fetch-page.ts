import {BriefError, isBriefError} from '../../core/errors.js';

export type FetchedPage = {
	bytes: Uint8Array;
	/** The Content-Type the server gave, if any. */
	contentType: string | undefined;
	/** The address the page came from, after redirects. */
	url: string;
};

export type FetchLimits = {
	/** The whole fetch, redirects and body included. */
	timeoutMs: number;
	maxBytes: number;
	maxRedirects: number;
};

/** Media types a news page comes as; anything else (a PDF, an image, JSON) is refused before its body is read. */
const readableTypes = /^(?:text\/html|application\/xhtml\+xml|text\/plain)$/i;

/**
 * Fetch a page with Node's own fetch: http and https only, at most
 * `maxRedirects` redirects followed one by one (so a loop is named as one),
 * the body read up to `maxBytes`, everything within `timeoutMs`. Every failure
 * is one BriefError naming the address and what went wrong.
 */
export async function fetchPage(address: string, limits: FetchLimits): Promise<FetchedPage> {
	let url = webAddress(address);
	const signal = AbortSignal.timeout(limits.timeoutMs);
	const seen = new Set<string>();
	try {
		for (;;) {
			seen.add(url.href);
			// eslint-disable-next-line no-await-in-loop -- each redirect is fetched after the answer before it
			const response = await fetch(url, {redirect: 'manual', signal, headers: {accept: 'text/html,application/xhtml+xml,text/plain;q=0.9', 'user-agent': 'brief (terminal research assistant)'}});
			const location = response.headers.get('location');
			if (response.status >= 300 && response.status < 400 && location !== null) {
				// eslint-disable-next-line no-await-in-loop -- each redirect is fetched after the answer before it
				await response.body?.cancel();
				url = nextAddress(url, location, address);
				if (seen.has(url.href)) {
					throw new BriefError(`cannot fetch ${shown(address)}: a redirect loop (back to ${shown(url.href)})`);
				}

				if (seen.size > limits.maxRedirects) {
					throw new BriefError(`cannot fetch ${shown(address)}: more than ${limits.maxRedirects} redirects`);
				}

				continue;
			}

			// eslint-disable-next-line no-await-in-loop -- each redirect is fetched after the answer before it
			return await readResponse(response, url, address, limits);
		}
	} catch (error) {
		throw fetchError(error, address, limits);
	}
}

function webAddress(address: string): URL {
	let url: URL;
	try {
		url = new URL(address);
	} catch {
		throw new BriefError(`${shown(address)} is not a valid web address`);
	}

	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new BriefError(`${shown(address)} is not a web address brief fetches (http or https only)`);
	}

	return url;
}

function nextAddress(from: URL, location: string, address: string): URL {
	let next: URL;
	try {
		next = new URL(location, from);
	} catch {
		throw new BriefError(`cannot fetch ${shown(address)}: it redirects to an invalid address`);
	}

	if (next.protocol !== 'http:' && next.protocol !== 'https:') {
		throw new BriefError(`cannot fetch ${shown(address)}: it redirects to ${shown(next.href)}, not a web page`);
	}

	return next;
}

async function readResponse(response: Response, url: URL, address: string, limits: FetchLimits): Promise<FetchedPage> {
	if (!response.ok) {
		await response.body?.cancel();
		throw new BriefError(`cannot fetch ${shown(address)}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
	}

	const contentType = response.headers.get('content-type') ?? undefined;
	const mediaType = contentType?.split(';')[0]!.trim();
	if (mediaType && !readableTypes.test(mediaType)) {
		await response.body?.cancel();
		throw new BriefError(`${shown(address)} is ${mediaType}, not a web page; brief ingests HTML pages and plain text`);
	}

	const tooLarge = () => new BriefError(`${shown(address)} is over ${megabytes(limits.maxBytes)}; brief ingests pages of up to ${megabytes(limits.maxBytes)}`);
	if (Number(response.headers.get('content-length') ?? 0) > limits.maxBytes) {
		await response.body?.cancel();
		throw tooLarge();
	}

	const chunks: Uint8Array[] = [];
	let size = 0;
	if (response.body) {
		const reader = response.body.getReader();
		for (;;) {
			// eslint-disable-next-line no-await-in-loop -- a stream is read chunk after chunk
			const {done, value} = await reader.read();
			if (done) {
				break;
			}

			size += value.byteLength;
			if (size > limits.maxBytes) {
				// eslint-disable-next-line no-await-in-loop -- a stream is read chunk after chunk
				await reader.cancel();
				throw tooLarge();
			}

			chunks.push(value);
		}
	}

	return {bytes: Buffer.concat(chunks), contentType, url: url.href};
}

/** Why a fetch failed, in words, from the error Node's fetch (undici) gives. */
function fetchError(error: unknown, address: string, limits: FetchLimits): BriefError {
	if (isBriefError(error)) {
		return error;
	}

	const failure = error as Error & {cause?: Error & {code?: string}};
	if (failure.name === 'TimeoutError' || failure.name === 'AbortError') {
		return new BriefError(`cannot fetch ${shown(address)}: no complete answer within ${limits.timeoutMs / 1000} s`);
	}

	const code = failure.cause?.code ?? '';
	const host = hostOf(address);
	const reasons: Record<string, string> = {
		ENOTFOUND: `${host} was not found (offline, or a mistyped address?)`,
		EAI_AGAIN: `${host} could not be looked up (offline?)`,
		ECONNREFUSED: `${host} refused the connection`,
		ECONNRESET: `${host} closed the connection`,
		ENETUNREACH: 'the network is unreachable (offline?)',
		EHOSTUNREACH: `${host} is unreachable`,
		UND_ERR_CONNECT_TIMEOUT: `${host} did not answer`,
		UND_ERR_SOCKET: `${host} closed the connection`,
	};
	const reason = reasons[code] ?? (/CERT|SSL|TLS/.test(code) ? `its TLS certificate was refused (${code})` : (failure.cause?.message ?? failure.message));
	return new BriefError(`cannot fetch ${shown(address)}: ${reason}`);
}

function hostOf(address: string): string {
	try {
		return new URL(address).host;
	} catch {
		return 'the server';
	}
}

/** An address as shown in a message: without any user name or password in it, and not too long. */
function shown(address: string): string {
	let text = address;
	try {
		const url = new URL(address);
		url.username = '';
		url.password = '';
		text = url.href;
	} catch {
		// Not a URL: shown as given.
	}

	return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function megabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
