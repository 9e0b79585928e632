import {createHash} from 'node:crypto';
import type {Corpus} from '../core/schema.js';
import {ActorRegistry} from './actor-registry.js';
import {boundedParagraphs, withoutInvisibleBreaks} from './bounded-paragraphs.js';
import {byParagraph} from './by-paragraph.js';
import {outletOf} from './dateline.js';
import {entityIds, type KnownEntities} from './entity-ids.js';

export type {KnownEntities} from './entity-ids.js';
import {extractFacts} from './facts.js';
import {findActorMentions} from './mentions.js';
import {longestName} from './names.js';
import {isHeadline, splitParagraphs, withoutSubheadings} from './paragraphs.js';
import {articlePlaces, type Place} from './places/index.js';
import {findQuotes, maskQuotes} from './quotes.js';
import {referenceResolver} from './references.js';
import {actorForName} from './speaker-actors.js';
import {attributeQuotes} from './speakers.js';
import {isSpeech} from './terms.js';
import {placesWithCountries, toCorpus} from './to-records.js';

export type Article = {
	text: string;
	/** --title; else the article's headline line, else `fallbackTitle`. */
	title: string | undefined;
	/** --outlet; else the outlet a wire dateline names. */
	outlet: string | undefined;
	date: string | undefined;
	fallbackTitle: string;
};



/** Whitespace that is not already a single space: replacing every space with itself would cost a new string per word. */
const spacesToCollapse = /\s{2,}|[^\S ]/g;

/** The source id of an article: a hash of its paragraphs, so the same text always has the same id. */
export function sourceIdOf(text: string): string {
	const paragraphs = splitParagraphs(text).map(paragraph => paragraph.replace(spacesToCollapse, ' '));
	return `s-${createHash('sha256').update(paragraphs.join('\n')).digest('hex').slice(0, 10)}`;
}

/**
 * Turn an article into corpus records: its source, the actors and places it
 * names, every quote with its speaker, one fact per statement. Offline and
 * deterministic: the same text and corpus give the same records and ids.
 */
export function extractArticle(article: Article, known: KnownEntities): Corpus {
	const paragraphs = boundedParagraphs(withoutSubheadings(splitParagraphs(article.text)).map(withoutInvisibleBreaks));
	const registry = new ActorRegistry();
	const placesNamed = new Map<string, Place | undefined>();
	const placeFinder = articlePlaces(paragraphs);
	const placeNamed = (name: string): Place | undefined => {
		if (!placesNamed.has(name)) {
			placesNamed.set(name, name.length <= longestName ? placeFinder.placeNamed(name) : undefined);
		}

		return placesNamed.get(name);
	};

	const knownPeople = known.actors.filter(actor => actor.type === 'person').map(actor => actor.name);
	const actorMentions = findActorMentions(paragraphs, registry, knownPeople, name => placeNamed(name) !== undefined);
	// A name already known as a person or an organisation ("Congress", "Kirby") is not also a town.
	const placeMentions = placeFinder.find(actorMentions);
	const stateMentions = placeMentions
		.filter(mention => mention.place.kind === 'country')
		.map(mention => ({...mention, actor: registry.state(mention.place.name, mention.place.aliases.filter(alias => alias === mention.written))}));
	const mentions = [...actorMentions, ...stateMentions].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);

	const quoteSpans = findQuotes(paragraphs);
	const quotesIn = byParagraph(quoteSpans);
	const masked = paragraphs.map((paragraph, index) => maskQuotes(paragraph, quotesIn(index + 1)));
	const actorFor = actorForName(registry, placeNamed, paragraphs);
	const {resolveReference, resolveName, resolveClue, personNamedBetween} = referenceResolver({paragraphs, masked, mentions, registry, actorFor});

	const quotes = attributeQuotes(paragraphs, quoteSpans, resolveName, resolveReference, personNamedBetween)
		.filter(quote => isSpeech(quote, paragraphs));
	const facts = extractFacts(paragraphs, {quotes, actorMentions: mentions, placeMentions, resolveClue});
	const places = placesWithCountries(placeMentions);
	const source = {
		id: sourceIdOf(article.text),
		title: article.title ?? headlineOf(paragraphs) ?? article.fallbackTitle,
		outlet: article.outlet ?? outletOf(paragraphs) ?? null,
		date: article.date ?? null,
		text: article.text,
		paragraphs,
	};
	return toCorpus({source, actors: registry.actors, places, quotes, facts, mentions, placeMentions, ids: entityIds(registry.actors, places, known)});
}

/** A first line that reads like a headline (paragraphs.ts), above at least two paragraphs. */
function headlineOf(paragraphs: string[]): string | undefined {
	const first = paragraphs[0]!;
	return paragraphs.length > 2 && isHeadline(first) ? first : undefined;
}
