import {createHash} from 'node:crypto';
import type {Actor, Corpus, Fact, Location, Quote} from '../core/schema.js';
import {ActorRegistry, type ActorDraft} from './actor-registry.js';
import {maskQuotes, reportedSpeakerClue, type SpeakerClue} from './attribution.js';
import {entityIds} from './entity-ids.js';
import {extractFacts} from './facts.js';
import {byParagraph, within} from './by-paragraph.js';
import {findActorMentions, type ActorMention} from './mentions.js';
import {splitParagraphs} from './paragraphs.js';
import {findPlaces, placeByKey, type Place, type PlaceMention} from './places/index.js';
import {findQuotes} from './quotes.js';
import {attributeQuotes, type ReferenceResolver} from './speakers.js';
import {knownOrganisations, organisationHeads, organisationNouns} from './lexicon/organisations.js';
import {organisationNounPattern} from './names.js';
import {unnamedPerson} from './lexicon/titles.js';

export type Article = {
	text: string;
	/** --title; else the article's headline line, else `fallbackTitle`. */
	title: string | undefined;
	date: string | undefined;
	fallbackTitle: string;
};

/** Actors and places the corpus already has: an article naming them reuses their ids. */
export type KnownEntities = {actors: Actor[]; locations: Location[]};

/** The source id of an article: a hash of its paragraphs, so the same text always has the same id. */
export function sourceIdOf(text: string): string {
	const paragraphs = splitParagraphs(text).map(paragraph => paragraph.replace(/\s+/g, ' '));
	return `s-${createHash('sha256').update(paragraphs.join('\n')).digest('hex').slice(0, 10)}`;
}

/**
 * Turn an article into corpus records: its source, the actors and places it
 * names, every quote with its speaker, one fact per statement. Offline and
 * deterministic: the same text and corpus give the same records and ids.
 */
export function extractArticle(article: Article, known: KnownEntities): Corpus {
	const paragraphs = splitParagraphs(article.text);
	const sourceId = sourceIdOf(article.text);
	const registry = new ActorRegistry();
	const placeNamed = (name: string): Place | undefined => {
		const [mention] = findPlaces([name]);
		return mention && mention.start === 0 && mention.end === name.length ? mention.place : undefined;
	};

	const actorMentions = findActorMentions(
		paragraphs,
		registry,
		known.actors.filter(actor => actor.type === 'person').map(actor => actor.name),
		name => placeNamed(name) !== undefined,
	);
	const placeMentions = findPlaces(paragraphs, {ignore: actorMentions.filter(mention => mention.actor.type === 'person')});
	const stateMentions = placeMentions.filter(mention => mention.place.kind === 'country').map(mention => ({...mention, actor: registry.state(mention.place.name, mention.place.aliases.filter(alias => alias === mention.written))}));
	const allMentions = [...actorMentions, ...stateMentions].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);

	/** The actor a speaker's name denotes; null for a place that cannot speak ("the southern Red Sea"). */
	const actorFor = (name: string, role: string | null): ActorDraft | null => {
		const describedAsOrganisation = role !== null && organisationNounPattern.test(role);
		if (knownOrganisations.includes(name.replace(/^the\s+/iu, '')) || organisationHeads.test(name) || describedAsOrganisation) {
			return registry.organisation(name, role);
		}

		const place = placeNamed(name);
		if (place?.kind === 'country') {
			return registry.state(place.name, name === place.name ? [] : [name]);
		}

		if (place?.kind === 'capital' && place.country !== null) {
			// "Moscow said": the capital speaks for its state.
			return registry.state(place.country, [place.name]);
		}

		if (place) {
			return null;
		}

		return registry.person(name, role);
	};

	const quoteSpans = findQuotes(paragraphs);
	const quotesIn = byParagraph(quoteSpans);
	const masked = paragraphs.map((paragraph, index) => maskQuotes(paragraph, quotesIn(index + 1)));
	const mentionsIn = byParagraph(allMentions);
	const placesIn = byParagraph(placeMentions);
	const isPossessive = (mention: {paragraph: number; end: number}) => /^[’']s\b/u.test(paragraphs[mention.paragraph - 1]!.slice(mention.end));
	const personBefore = (paragraph: number, offset: number, sameParagraph: boolean) => {
		const isPerson = (mention: ActorMention) => mention.actor.type === 'person' && !isPossessive(mention);
		const here = mentionsIn(paragraph).findLast(mention => isPerson(mention) && mention.end <= offset);
		if (here || sameParagraph) {
			return here;
		}

		for (let earlier = paragraph - 1; earlier >= 1; earlier--) {
			const found = mentionsIn(earlier).findLast(isPerson);
			if (found) {
				return found;
			}
		}

		return undefined;
	};
	/**
	 * "he"/"she": the last person named earlier in the paragraph — unless an
	 * unnamed one ("one evacuee") came after them; else the speaker quoted just
	 * before; else the last person named at all. Possessives ("Putin’s
	 * spokesman") are not who the pronoun means.
	 */
	const resolvePronoun = (paragraph: number, offset: number, recentSpeaker: ActorDraft | undefined): ActorDraft | null => {
		const named = personBefore(paragraph, offset, true);
		const unnamed = [...masked[paragraph - 1]!.slice(0, offset).matchAll(unnamedPerson)].at(-1);
		if (unnamed && (!named || unnamed.index >= named.end)) {
			return null;
		}

		return named?.actor ?? (recentSpeaker?.type === 'person' ? recentSpeaker : personBefore(paragraph, offset, false)?.actor ?? null);
	};

	/**
	 * "the minister": the last person whose role has that word; "the company":
	 * the last organisation named in this paragraph or the one before. Nobody
	 * fitting means the article did not name them.
	 */
	const resolveDescription = ({noun, phrase, start: offset}: {noun: string; phrase: string; start: number}, paragraph: number): ActorDraft | null => {
		const earlier = [paragraph - 1, paragraph].flatMap(number => mentionsIn(number).filter(mention => number < paragraph || mention.end <= offset));
		if (organisationNouns.includes(noun)) {
			const mentioned = earlier.findLast(mention => mention.actor.type === 'organisation')?.actor;
			// "Tidewater Lines, a container carrier …, said …": the organisation may so far only be a subject.
			const subject = reportedSpeakerClue(masked[paragraph - 1]!, 0, offset);
			const reported = subject.kind === 'name' ? actorFor(subject.name, subject.role) ?? undefined : undefined;
			// Otherwise the description is all the article gives: "the port authority said".
			return mentioned ?? (reported?.type === 'person' ? undefined : reported) ?? registry.organisation(phrase);
		}

		const wanted = new RegExp(String.raw`\b${noun}\b`, 'iu');
		return registry.actors.findLast(actor => actor.type === 'person' && actor.role !== null && wanted.test(actor.role) && allMentions.some(mention => mention.actor === actor && (mention.paragraph < paragraph || (mention.paragraph === paragraph && mention.end <= offset)))) ?? null;
	};

	const resolveReference: ReferenceResolver = (clue, paragraph, recentSpeaker) =>
		clue.kind === 'pronoun' ? resolvePronoun(paragraph, clue.start, recentSpeaker) : resolveDescription(clue, paragraph);

	const resolveClue = (clue: SpeakerClue, paragraph: number): ActorDraft | null => {
		if (clue.kind === 'name') {
			return actorFor(clue.name, clue.role);
		}

		return clue.kind === 'pronoun' || clue.kind === 'description' ? resolveReference(clue, paragraph, undefined) : null;
	};

	const quotes = attributeQuotes(paragraphs, quoteSpans, actorFor, resolveReference)
		// Scare quotes of a word or two are kept only when someone clearly said them.
		.filter(quote => quote.text.split(/\s+/).length > 2 || (quote.attributedInPlace && (quote.speaker !== null || quote.mode === 'direct')));
	const facts = extractFacts(paragraphs, {quotes, actorMentions: allMentions, placeMentions, resolveClue});

	const places = placesWithCountries(placeMentions);
	const ids = entityIds(registry.actors, places, known);
	const short = sourceId.slice(2, 8);
	const provenance = (item: {paragraph: number; start: number; end: number}) => ({source: sourceId, paragraph: item.paragraph, start: item.start, end: item.end});

	const quoteRecords: Quote[] = quotes.map((quote, index) => ({
		id: `q-${short}-${index + 1}`,
		text: quote.text,
		speaker: quote.speaker ? ids.actor(quote.speaker) : null,
		mode: quote.mode,
		actors: uniqueIds(mentionsIn(quote.paragraph).filter(within(quote)).map(mention => mention.actor).filter(actor => actor !== quote.speaker).map(ids.actor)),
		locations: uniqueIds(placesIn(quote.paragraph).filter(within(quote)).map(mention => ids.location(mention.place))),
		time: null,
		provenance: provenance(quote),
	}));
	const factRecords: Fact[] = facts.map((fact, index) => ({
		id: `f-${short}-${index + 1}`,
		text: fact.text,
		actors: uniqueIds(fact.actors.map(ids.actor)),
		locations: uniqueIds(fact.places.map(mention => ids.location(mention.place))),
		figures: fact.figures,
		time: fact.time,
		attribution: fact.attribution ? ids.actor(fact.attribution) : null,
		provenance: provenance(fact),
	}));

	// Only what the records refer to, so removing the source later leaves nothing behind.
	const used = new Set([...quoteRecords, ...factRecords].flatMap(record => [...record.actors, ...record.locations, ...('speaker' in record ? [record.speaker] : [record.attribution])]));
	const usedPlaces = places.filter(place => used.has(ids.location(place)));
	for (const place of usedPlaces) {
		if (place.countryKey) {
			used.add(ids.location(placeByKey(place.countryKey)!));
		}
	}

	return {
		name: article.title ?? article.fallbackTitle,
		sources: [{id: sourceId, title: article.title ?? headlineOf(paragraphs) ?? article.fallbackTitle, outlet: null, date: article.date ?? null, text: article.text, paragraphs}],
		actors: registry.actors.filter(actor => used.has(ids.actor(actor))).map(actor => ({id: ids.actor(actor), name: actor.name, type: actor.type, role: actor.role, aliases: [...actor.aliases].filter(alias => alias !== actor.name)})),
		locations: places.filter(place => used.has(ids.location(place))).map(place => ({
			id: ids.location(place),
			name: place.name,
			kind: place.kind,
			country: place.country,
			within: place.countryKey ? ids.location(placeByKey(place.countryKey)!) : null,
			lat: place.lat,
			lon: place.lon,
			coordinatesSource: place.coordinatesSource,
			aliases: place.aliases,
		})),
		quotes: quoteRecords,
		facts: factRecords,
		routes: [],
	};
}

/** Every place mentioned, and the country each lies in (so `within` always resolves). */
function placesWithCountries(mentions: PlaceMention[]): Place[] {
	const byKey = new Map<string, Place>();
	for (const {place} of mentions) {
		byKey.set(place.key, place);
		const country = place.countryKey ? placeByKey(place.countryKey) : undefined;
		if (country && !byKey.has(country.key)) {
			byKey.set(country.key, country);
		}
	}

	return [...byKey.values()];
}

/** A first line that reads like a headline: short, no closing full stop. */
function headlineOf(paragraphs: string[]): string | undefined {
	const first = paragraphs[0]!;
	return paragraphs.length > 2 && first.split(/\s+/).length <= 16 && !/[.!?"”’:]$/u.test(first) ? first : undefined;
}

function uniqueIds(ids: string[]): string[] {
	return [...new Set(ids)];
}
