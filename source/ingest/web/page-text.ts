import type {PageDocument, PageElement} from './page-dom.js';
import {bylineOf} from '../paragraphs.js';

/**
 * What is on a news page but not in its article, removed before the article is
 * looked for: rows of CSS selectors, each with why.
 */
export const clutterRows: Array<{selector: string; why: string}> = [
	{selector: 'script, style, noscript, template, iframe, object, embed, svg, canvas', why: 'code and embeds, never article text (and never run)'},
	{selector: 'figure, figcaption, picture, [itemprop="caption"]', why: 'pictures with their captions and credits'},
	{selector: 'aside, nav, [role="complementary"], [role="navigation"]', why: 'related links, pull-outs, menus'},
	{selector: 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"], form', why: 'cookie and consent banners, sign-up forms'},
	{selector: '[hidden]', why: 'what the page does not show'},
];

/**
 * Class and id words that mark boxes around an article: captions, related
 * stories, author boxes, cookie banners, newsletters, share bars, comments.
 * A marked box is removed only while it holds less than `largestBoxShare` of
 * the page's paragraph text, so a wrapper that happens to carry such a word
 * ("has-related-links" on the article itself) keeps the article.
 */
const boxWords = /(?:^|[-_])(?:caption|credits?|related|more-on|read-?more|recommended|most-?read|author-?(?:bio|box|info|card|details)|about-?(?:the-?)?author|bio|newsletter|cookies?|consent|gdpr|promo|share|sharing|social|subscribe|subscription|paywall|advert|ad-?slot|ad-?container|comments?|disclaimer|tags|topics)(?:$|[-_])/i;
const largestBoxShare = 0.4;

/** A paragraph this link-heavy ("Read more: <a>…</a>") points elsewhere; it is not article text. */
const linkDensityLimit = 0.6;

export function removeClutter(document: PageDocument): void {
	for (const {selector} of clutterRows) {
		for (const element of document.querySelectorAll(selector)) {
			element.remove();
		}
	}

	const pageText = paragraphTextLength(document.body ?? document.documentElement);
	// A header holds a headline, a standfirst and a byline, read as metadata; never the story, unless a page puts it all there.
	const boxes = [...document.querySelectorAll('header, [class], [id]')].filter(element => element.tagName === 'HEADER' || isBoxName(element));
	for (const box of boxes) {
		if (box.isConnected && paragraphTextLength(box) < largestBoxShare * pageText) {
			box.remove();
		}
	}
}

function isBoxName(element: PageElement): boolean {
	const words = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.split(/\s+/);
	return words.some(word => word !== '' && boxWords.test(word));
}

function paragraphTextLength(root: PageElement | null): number {
	let length = 0;
	for (const paragraph of root?.querySelectorAll('p') ?? []) {
		length += paragraph.textContent?.length ?? 0;
	}

	return length;
}

/**
 * The article's paragraphs, one per <p> of the content Readability found, in
 * page order: spaces folded, bylines and link-only lines left out.
 */
export function paragraphsOf(content: PageElement): string[] {
	const paragraphs: string[] = [];
	for (const paragraph of content.querySelectorAll('p')) {
		if (paragraph.parentElement?.closest('p')) {
			continue;
		}

		const text = foldSpaces(paragraph.textContent ?? '');
		if (text === '' || bylineOf(text) !== undefined || linkDensity(paragraph, text) > linkDensityLimit) {
			continue;
		}

		paragraphs.push(text);
	}

	return paragraphs;
}

function linkDensity(paragraph: PageElement, text: string): number {
	let linked = 0;
	for (const link of paragraph.querySelectorAll('a')) {
		linked += foldSpaces(link.textContent ?? '').length;
	}

	return linked / text.length;
}

function foldSpaces(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
