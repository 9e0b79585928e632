import {bylineOf} from '../paragraphs.js';
import type {PageDocument} from './page-dom.js';
import {sanitizeLine} from '../../core/sanitize.js';

/** What a news page says about its article, beside the text. */
export type PageMetadata = {
	title: string | undefined;
	/** The outlet: og:site_name, else the JSON-LD publisher. */
	outlet: string | undefined;
	/** ISO date (YYYY-MM-DD) of publication, as the page dates it. */
	date: string | undefined;
	byline: string | undefined;
};

type Field = keyof PageMetadata;

/**
 * Where each field is read, best first: a JSON-LD article's own property, then
 * <meta> tags by property, name or itemprop (lower case). Outlets' pages use
 * these tags for link previews and search engines.
 */
export const metadataSources: Record<Field, {jsonLd: 'headline' | 'publisher' | 'datePublished' | 'author' | undefined; meta: string[]}> = {
	title: {jsonLd: 'headline', meta: ['og:title', 'twitter:title', 'dc.title', 'headline']},
	outlet: {jsonLd: undefined, meta: ['og:site_name', 'application-name']},
	date: {jsonLd: 'datePublished', meta: ['article:published_time', 'datepublished', 'og:article:published_time', 'pubdate', 'publish-date', 'date', 'dc.date', 'dcterms.date', 'dc.date.issued', 'parsely-pub-date']},
	byline: {jsonLd: 'author', meta: ['author', 'byl', 'parsely-author', 'dc.creator', 'article:author']},
};

/** JSON-LD types that describe the article itself. */
const articleTypes = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle', 'BlogPosting', 'LiveBlogPosting', 'Report', 'WebPage']);

/** How deep JSON-LD is searched for the article: outlets nest it in @graph or a list, never deeper than this. */
const jsonLdDepth = 4;

const longestField = 300;

/** Read title, outlet, date and byline from a page's <meta> tags and JSON-LD, each cleaned to one short line. */
export function readMetadata(document: PageDocument): PageMetadata {
	const meta = new Map<string, string>();
	for (const element of document.querySelectorAll('meta[content], [itemprop="datePublished"]')) {
		const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? '').toLowerCase();
		const value = element.getAttribute('content') ?? element.getAttribute('datetime') ?? '';
		if (key && value.trim() && !meta.has(key)) {
			meta.set(key, value);
		}
	}

	const article = jsonLdArticle(document);
	const fromMeta = (field: Field) => metadataSources[field].meta.map(key => meta.get(key)).find(value => value !== undefined && clean(value) !== '' && !/^https?:\/\//i.test(value.trim()));
	const read = (field: Field, jsonLdValue: string | undefined) => clean(jsonLdValue ?? fromMeta(field) ?? '') || undefined;

	const outlet = read('outlet', undefined) ?? (clean(nameOf(article?.['publisher'])) || undefined);
	const title = read('title', typeof article?.['headline'] === 'string' ? article['headline'] : undefined) ?? pageTitle(document);
	return {
		title: title && outlet ? withoutOutletSuffix(title, outlet) : title,
		outlet,
		date: isoDate(read('date', typeof article?.['datePublished'] === 'string' ? article['datePublished'] : undefined)),
		byline: withoutBy(read('byline', authorsOf(article?.['author']))) ?? pageByline(document),
	};
}

/** Elements outlets mark as the byline; their text may run several lines together ("By Kiri Walker" "NBS News"). */
const bylineElements = '[class*="byline" i], [id*="byline" i], [data-component*="byline" i], [data-testid*="byline" i], [itemprop="author"]';

/** The "By …" line of a byline element: the first of its innermost texts that reads as one. */
function pageByline(document: PageDocument): string | undefined {
	for (const element of document.querySelectorAll(bylineElements)) {
		for (const part of [element, ...element.querySelectorAll('*')]) {
			const names = part.children.length === 0 ? bylineOf(clean(part.textContent ?? '')) : undefined;
			if (names !== undefined) {
				return names;
			}
		}
	}

	return undefined;
}

type JsonObject = Record<string, unknown>;

function jsonLdArticle(document: PageDocument): JsonObject | undefined {
	for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
		let data: unknown;
		try {
			data = JSON.parse(script.textContent ?? '');
		} catch {
			continue;
		}

		const found = findArticle(data, 0);
		if (found) {
			return found;
		}
	}

	return undefined;
}

function findArticle(data: unknown, depth: number): JsonObject | undefined {
	if (depth > jsonLdDepth || data === null || typeof data !== 'object') {
		return undefined;
	}

	const items = Array.isArray(data) ? data : [data, (data as JsonObject)['@graph'], (data as JsonObject)['mainEntity']];
	for (const item of items) {
		if (item && typeof item === 'object' && !Array.isArray(item) && isArticleType((item as JsonObject)['@type']) && (item as JsonObject)['headline'] !== undefined) {
			return item as JsonObject;
		}
	}

	for (const item of items.slice(Array.isArray(data) ? 0 : 1)) {
		const found = findArticle(item, depth + 1);
		if (found) {
			return found;
		}
	}

	return undefined;
}

function isArticleType(type: unknown): boolean {
	return (Array.isArray(type) ? type : [type]).some(name => typeof name === 'string' && articleTypes.has(name));
}

/** "Jane Doe", {"name": "Jane Doe"}, or a list of them: names joined with "and". */
function authorsOf(author: unknown): string | undefined {
	const names = (Array.isArray(author) ? author : [author]).map(nameOf).filter(name => clean(name) !== '' && !/^https?:\/\//i.test(name));
	if (names.length === 0) {
		return undefined;
	}

	return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function nameOf(thing: unknown): string {
	if (typeof thing === 'string') {
		return thing;
	}

	const name = thing && typeof thing === 'object' ? (thing as JsonObject)['name'] : undefined;
	return typeof name === 'string' ? name : '';
}

/** The page's <h1>, else its <title>. */
function pageTitle(document: PageDocument): string | undefined {
	return clean(document.querySelector('h1')?.textContent ?? '') || clean(document.querySelector('title')?.textContent ?? '') || undefined;
}

/** "Floods close schools | The Daily Example" → "Floods close schools", when the outlet is "The Daily Example". */
function withoutOutletSuffix(title: string, outlet: string): string {
	for (const separator of [' | ', ' - ', ' – ', ' — ', ' :: ']) {
		const at = title.lastIndexOf(separator);
		if (at > 0 && title.slice(at + separator.length).trim().toLowerCase() === outlet.toLowerCase()) {
			return title.slice(0, at).trim();
		}
	}

	return title;
}

export function withoutBy(byline: string | undefined): string | undefined {
	return byline?.replace(/^by\s+/i, '') || undefined;
}

/** "2026-03-14T09:30:00+01:00" → "2026-03-14" (the date where it was published); other date formats through Date. */
function isoDate(written: string | undefined): string | undefined {
	if (written === undefined) {
		return undefined;
	}

	const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(written)?.[1];
	if (iso !== undefined) {
		const time = Date.parse(`${iso}T00:00:00Z`);
		return !Number.isNaN(time) && new Date(time).toISOString().startsWith(iso) ? iso : undefined;
	}

	const time = Date.parse(written);
	return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

/** Page text is untrusted: no controls, one line, spaces folded, accents composed, a sensible length. */
export function clean(text: string): string {
	const line = sanitizeLine(text).replace(/\s+/g, ' ').trim().normalize('NFC');
	return line.length > longestField ? `${line.slice(0, longestField - 1)}…` : line;
}
