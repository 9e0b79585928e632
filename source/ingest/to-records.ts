import type {Corpus, Fact, Quote, Source} from '../core/schema.js';
import {fold} from '../core/text.js';
import type {ActorDraft} from './actor-registry.js';
import {byParagraph, within} from './by-paragraph.js';
import type {entityIds} from './entity-ids.js';
import type {FactDraft} from './facts.js';
import type {ActorMention} from './mentions.js';
import {placeByKey, type Place, type PlaceMention} from './places/index.js';
import type {AttributedQuote} from './speakers.js';

type Drafts = {
	source: Source;
	actors: ActorDraft[];
	places: Place[];
	quotes: AttributedQuote[];
	facts: FactDraft[];
	mentions: ActorMention[];
	placeMentions: PlaceMention[];
	ids: ReturnType<typeof entityIds>;
};

/**
 * The article's drafts as corpus records, with ids and provenance. Only the
 * actors and places some record refers to are kept (with the countries those
 * places lie in), so removing the source later leaves nothing behind.
 */
export function toCorpus({source, actors, places, quotes, facts, mentions, placeMentions, ids}: Drafts): Corpus {
	const short = source.id.slice(2, 8);
	const provenance = (item: {paragraph: number; start: number; end: number}) => ({source: source.id, paragraph: item.paragraph, start: item.start, end: item.end});
	const mentionsIn = byParagraph(mentions);
	const placesIn = byParagraph(placeMentions);

	const quoteRecords: Quote[] = quotes.map((quote, index) => ({
		id: `q-${short}-${index + 1}`,
		text: quote.text,
		speaker: quote.speaker ? ids.actor(quote.speaker) : null,
		mode: quote.mode,
		actors: unique([...(quote.alsoSpeaking ? [quote.alsoSpeaking] : []), ...mentionsIn(quote.paragraph).filter(within(quote)).map(mention => mention.actor)].filter(actor => actor !== quote.speaker).map(ids.actor)),
		locations: unique(placesIn(quote.paragraph).filter(within(quote)).map(mention => ids.location(mention.place))),
		time: null,
		provenance: provenance(quote),
	}));
	const factRecords: Fact[] = facts.map((fact, index) => ({
		id: `f-${short}-${index + 1}`,
		text: fact.text,
		actors: unique(fact.actors.map(ids.actor)),
		locations: unique(fact.places.map(mention => ids.location(mention.place))),
		figures: fact.figures,
		time: fact.time,
		attribution: fact.attribution ? ids.actor(fact.attribution) : null,
		provenance: provenance(fact),
	}));

	const used = new Set([...quoteRecords.flatMap(quote => [...quote.actors, ...quote.locations, quote.speaker]), ...factRecords.flatMap(fact => [...fact.actors, ...fact.locations, fact.attribution])]);
	for (const place of places) {
		if (used.has(ids.location(place)) && place.countryKey) {
			used.add(ids.location(placeByKey(place.countryKey)!));
		}
	}

	return {
		name: source.title,
		sources: [source],
		actors: actors.filter(actor => used.has(ids.actor(actor))).map(actor => ({id: ids.actor(actor), name: actor.name, type: actor.type, role: actor.role, aliases: [...actor.aliases].filter(alias => alias !== actor.name)})),
		locations: places
			.filter(place => used.has(ids.location(place)))
			.map(place => ({
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

/** Every place mentioned, with the other spellings the article writes it in ("Kokand" for Qo‘qon), and the country each lies in (so `within` always resolves). */
export function placesWithCountries(mentions: PlaceMention[]): Place[] {
	const byKey = new Map<string, Place>();
	for (const {place, written} of mentions) {
		const known = byKey.get(place.key) ?? place;
		const isNew = ![known.name, ...known.aliases].some(name => fold(name) === fold(written));
		byKey.set(place.key, isNew ? {...known, aliases: [...known.aliases, written]} : known);
		const country = place.countryKey ? placeByKey(place.countryKey) : undefined;
		if (country && !byKey.has(country.key)) {
			byKey.set(country.key, country);
		}
	}

	return [...byKey.values()];
}

function unique(ids: string[]): string[] {
	return [...new Set(ids)];
}
