import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';
import {BriefError} from '../../core/errors.js';
import {decodePage} from './decode-page.js';
import type {PageDocument, PageElement} from './page-dom.js';
import {clean, readMetadata, withoutBy, type PageMetadata} from './page-metadata.js';
import {paragraphsOf, removeClutter} from './page-text.js';

export type PageArticle = PageMetadata & {
	/** The article's paragraphs, one per <p> block, in page order. */
	paragraphs: string[];
};

/**
 * Pages with more elements than this are not news articles (a long article
 * page has a few thousand); reading stops with a clear error rather than
 * taking minutes.
 */
const mostElements = 60_000;

/**
 * Readability measures the text of every block, and text inside blocks nested
 * N deep is measured N times: a page nested thousands deep would take minutes.
 * Real pages nest a few dozen deep.
 */
const deepestArticleNesting = 400;

/**
 * Take the article out of a news page: its metadata from <meta> tags and
 * JSON-LD, its text from what Mozilla's Readability (Firefox's reader view)
 * finds once captions, related links, author boxes and banners are gone.
 * The page is parsed by linkedom, a DOM without scripting: nothing in the page runs.
 */
export function readPage(bytes: Uint8Array, options: {name: string; contentType?: string}): PageArticle {
	const html = decodePage(bytes, options.contentType);
	const {document} = parseHTML(html) as unknown as {document: PageDocument};
	const elements = document.querySelectorAll('*');
	if (elements.length > mostElements) {
		throw new BriefError(`${options.name} has ${elements.length} HTML elements; brief reads article pages of up to ${mostElements}`);
	}

	if (deepestNesting(elements) > deepestArticleNesting) {
		throw new BriefError(`${options.name} nests its elements more than ${deepestArticleNesting} deep; that is no article page`);
	}

	const metadata = readMetadata(document);
	removeClutter(document);
	let article: ReturnType<Readability<PageElement>['parse']>;
	try {
		article = new Readability<PageElement>(document, {serializer: node => node as PageElement, maxElemsToParse: mostElements}).parse();
	} catch (error) {
		// Readability reports a page too large for it by a plain Error; anything else is a bug.
		if (error instanceof Error && /^Aborting parsing document/.test(error.message)) {
			throw new BriefError(`${options.name} has too many elements for an article page`);
		}

		throw error;
	}

	const paragraphs = article?.content ? paragraphsOf(article.content).filter(paragraph => paragraph !== metadata.title) : [];
	if (paragraphs.length === 0) {
		throw new BriefError(`${options.name} has no article text brief can find (no paragraphs in a page's main text)`);
	}

	// Without a byline in its metadata, the one Readability finds in the page (rel=author, a "byline" class).
	return {...metadata, byline: metadata.byline ?? withoutBy(clean(article?.byline ?? '')), paragraphs};
}

/** How deep the page's elements nest, in one pass: in document order a parent comes before its children. */
function deepestNesting(elements: ArrayLike<PageElement>): number {
	const depths = new Map<PageElement, number>();
	let deepest = 0;
	for (let index = 0; index < elements.length; index++) {
		const element = elements[index]!;
		const depth = (element.parentElement ? (depths.get(element.parentElement) ?? 0) : 0) + 1;
		depths.set(element, depth);
		deepest = Math.max(deepest, depth);
	}

	return deepest;
}
