import {speechVerbs} from './lexicon/speech-verbs.js';
import type {AttributedQuote} from './speakers.js';

/** Quotation marks that hold no speech: scare quotes, terms, nicknames and the names of things. */

/**
 * Words that introduce a term, not speech: "classed as “wildfires of note”", "the so-called “dark fleet”",
 * "nicknamed the “Champs-Élysées”", "what locals are calling a “big wet”", "what the region is calling its
 * “hydrogen valley”", "an online campaign called “…”", "known to locals as the “kuali”", "once mocked as “the
 * never-ending project” by residents".
 */
const introducesTerm = /\b(?:so-called|known(?:\s+[\p{L}-]+){0,3}?\s+as|classed as|classified as|referred to as|(?:mocked|derided|ridiculed|hailed|billed|touted|dismissed)\s+(?:[\p{Ll}-]+\s+){0,4}?as|dubbed|termed|nicknamed|labell?ed|branded|what\s+(?:[\p{L}-]+\s+){1,4}?call(?:s|ed|ing)?|an?\s+(?:[\p{Ll}-]+\s+){1,3}?(?:called|named|titled|entitled))\s*(?:(?:the|an?|its|their|his|her|our)\s+)?[“"‘']?$/iu;

/** "calling the cluster of workshops “Little Kharkiv.”": a form of "call" earlier in the clause, before a name in quotation marks. */
const callsSomething = /\bcall(?:s|ed|ing)?\s+(?:the|it|them|this|that|their|its|his|her)\b[^“”"‘’,.;:!?]{0,80}$/iu;

/** "which the industry calls “…”", "which locals call “…”": a relative clause whose subject is no person the article quotes (not "which he calls"). */
const namedByAGroup = /\bwhich\s+(?!(?:he|she|they|we|i|you|it)\s)(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){1,3}?call(?:s|ed)?\s*[“"‘']?$/u;

/** What a name in quotation marks may stand before: the government's “Tariff in Exchange for Investment” programme. */
const thingNouns = new Set([
	'program', 'programme', 'plan', 'scheme', 'initiative', 'campaign', 'project', 'policy', 'law', 'bill', 'act', 'operation', 'strategy',
	'fund', 'festival', 'movement', 'deal', 'agreement', 'accord', 'report', 'study', 'book', 'film', 'song', 'album', 'show', 'series',
	'exhibition', 'app', 'platform', 'brand', 'slogan', 'motto', 'hashtag', 'package', 'reform', 'reforms', 'doctrine', 'model',
]);

/** Words a title-cased name may hold in lower case: "Tariff in Exchange for Investment". */
const nameFunctionWords = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'to', 'a', 'an', 'at', 'by', 'with', 'de', 'del', 'la', 'y', '&']);
const speechVerbWords = new Set(speechVerbs);

const isTitleCased = (words: string[]) => /^\p{Lu}/u.test(words[0] ?? '') && words.every(word => /^[\p{Lu}\d]/u.test(word) || nameFunctionWords.has(word));

/**
 * The name of a thing: "the “Tariff in Exchange for Investment” program" (a title-cased name, not closed as a
 * sentence is, before a thing noun); "calling the cluster “Little Kharkiv.”" (a short title-cased name a form of
 * "call" gives); "Diaspora Acasă Reușește – “the diaspora succeeds at home” –" (a name's translation set off
 * after it); "the “Al Wusta Pioneer”", "the 1,700 TEU “Kilindini Star”" (a title-cased name after an article).
 */
function namesAThing(text: string, before: string, after: string): boolean {
	const words = text.replace(/[.,!?]$/u, '').split(/\s+/u);
	// The thing's noun right after the closing mark, or after a word or two that qualify it: "“Thessaly Reborn” reconstruction programme", "“Bangon Magsasaka” cash aid program".
	const next = /^[”"’']?\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?(?:\s+(\p{Ll}+))?/u.exec(after);
	const beforeThing = words.length >= 2 && isTitleCased(words) && !/[.,!?]$/u.test(text) && next !== null && next.slice(1).some(word => word !== undefined && thingNouns.has(word));
	const called = words.length <= 4 && isTitleCased(words) && callsSomething.test(before.replace(/[“"‘']$/u, '').trimEnd());
	const translated = /\p{Lu}[\p{L}’'-]*\s+[–—(]\s*[“"‘']?$/u.test(before) && /^[”"’']?\s*[–—)]/u.test(after);
	// "carried by the “Al Wusta Pioneer”, a 40,000-cubic-metre carrier": a title-cased name after an article is a thing's.
	const afterArticle = words.length >= 2 && words.length <= 6 && isTitleCased(words) && /\b(?:the|a|an)\s+(?:[\p{Lu}\d][^\s“”"]*\s+){0,3}[“"‘']$/iu.test(before);
	return beforeThing || called || translated || afterArticle;
}

/**
 * A word or two explained right after the closing mark: "a “variante,” an
 * emergency bypass", "the “kuali” (wok)" — a term glossed, not speech. "“We
 * won,” a fan said" is speech: a verb of speaking follows.
 */
function isGlossed(text: string, after: string): boolean {
	if (/^[”"’']?\s*\(\p{Ll}[^()]{0,40}\)/u.test(after)) {
		return true;
	}

	// The gloss runs to the end of its clause with no name in it ("“Never,” a visibly angry Smith said" is speech).
	const gloss = /^[”"’']?,?\s+an?\s+(\p{Ll}[^,.;:]*)/u.exec(after);
	if (gloss === null) {
		return false;
	}

	// A place the gloss goes on to name is no speaker ("‘white gold’, a phrase printed on every sack in the gift shops of Le Croisic").
	const withoutPlaces = gloss[1]!.replace(/\b(?:of|in|at|on|from|near|across|around)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)*/gu, '');
	return (text.endsWith(',') || /^[”"’']?,/u.test(after)) && !/\p{Lu}/u.test(withoutPlaces) && !gloss[1]!.split(/\s+/u).some(word => speechVerbWords.has(word));
}

/**
 * Scare quotes and terms are not speech: a fragment of a word or two is kept
 * only when someone clearly said it; a longer one unless it is a term that no
 * one in its sentence says, or the name of a thing.
 */
export function isSpeech(quote: AttributedQuote, paragraphs: string[]): boolean {
	const paragraph = paragraphs[quote.paragraph - 1]!;
	const before = paragraph.slice(Math.max(0, quote.start - 120), quote.start);
	const after = paragraph.slice(quote.end, quote.end + 80);
	if (namesAThing(quote.text, before, after)) {
		return false;
	}

	// "chinook caught by trawlers, which the industry calls “prohibited species catch”": a name some group gives a thing, whoever the sentence's speaker.
	if (namedByAGroup.test(before.slice(-60))) {
		return false;
	}

	const isTerm = introducesTerm.test(before.slice(-60));
	// "a petition called “Water for the Pelicans,”": a title-cased name the words before introduce is no one's speech, whoever the sentence's subject.
	const words = quote.text.replace(/[.,!?]$/u, '').split(/\s+/u);
	if (isTerm && words.length <= 6 && isTitleCased(words)) {
		return false;
	}

	// "a sing-along of “Always Look on the Bright Side of Life”": a title no one is said to speak, not closed as a sentence is.
	if (quote.speaker === null && words.length >= 3 && words.length <= 8 && isTitleCased(words) && !/[.,!?]$/u.test(quote.text)) {
		return false;
	}

	if (words.length <= 2) {
		// "‘I’ll stop when my knees stop,’ she says. ‘Not before.’": a sentence of its own, closed inside its marks, is said.
		const ownSentence = /[.!?]$/u.test(quote.text) && /(?:^|[.!?][”"’']?\s+)[“"‘']$/u.test(before);
		return !isTerm && !isGlossed(quote.text, after) && (quote.attributedInPlace || ownSentence) && (quote.speaker !== null || quote.mode === 'direct');
	}

	return quote.speaker !== null || !isTerm;
}
