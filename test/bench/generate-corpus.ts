/**
 * Synthetic corpora for the benchmark, shaped like the shipped one: articles
 * of about fifteen paragraphs, each with about eleven quotes and forty facts
 * cut from its text, a route now and then, and actors and places shared by
 * many articles (a few of them in most, most of them in a few). Every record
 * is written afresh from a seeded random source: the same size and seed give
 * the same file, and no two records are copies.
 */
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import type {Actor, Corpus, Fact, Figure, Location, Quote, Route, Source} from '../../source/core/schema.js';
import {adjectives, bodies, connectives, nouns, realPlaces, realSurnames, syllables, times, titles, verbs} from './vocabulary.js';

/** Bump when the generator changes, so stale corpora are written again. */
const generatorVersion = 2;
export const benchSeed = 20_241_124;
export const corporaDirectory = fileURLToPath(new URL('corpora/', import.meta.url));

/** The corpus file of `size` records, generated on first use. */
export function benchCorpus(size: number, seed = benchSeed): string {
	const file = `${corporaDirectory}corpus-${size}-seed${seed}-v${generatorVersion}.json`;
	if (!existsSync(file)) {
		mkdirSync(corporaDirectory, {recursive: true});
		writeFileSync(file, JSON.stringify(generateCorpus(size, seed)));
	}

	return file;
}

type Random = () => number;

/** mulberry32: small, fast, and the same everywhere. */
function seeded(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6D_2B_79_F5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

export function generateCorpus(size: number, seed = benchSeed): Corpus {
	const random = seeded(seed);
	const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
	// Skewed towards the front: a few entities turn up everywhere, most rarely.
	const pickSkewed = <T>(items: readonly T[]): T => items[Math.floor(random() ** 2.5 * items.length)]!;
	const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
	const inventedName = () => capital(Array.from({length: between(2, 4)}, () => pick(syllables)).join(''));
	const slug = (text: string) => text.normalize('NFKD').toLowerCase().replaceAll(/[^a-z0-9]+/g, '-').replaceAll(/^-|-$/g, '');

	const locationCount = Math.max(8, Math.round(size * 0.03));
	const actorCount = Math.max(12, Math.round(size * 0.05));
	const articleRecords = 50;
	const articles = Math.max(1, Math.round((size - locationCount - actorCount) / (articleRecords + 0.25)));
	const rest = Math.max(0, size - locationCount - actorCount - articles * articleRecords);
	// A route in some articles; what is left over, more facts in the first.
	const routeCount = Math.min(rest, articles);
	const extraFacts = rest - routeCount;

	const locations: Location[] = [];
	const countries: Location[] = [];
	for (let index = 0; index < locationCount; index++) {
		const isCountry = index % 12 === 0;
		const country = isCountry ? undefined : (countries.length > 0 ? pick(countries) : undefined);
		const name = index < realPlaces.length * 3 && index % 3 === 1 ? realPlaces[(index - 1) / 3]! : `${inventedName()}${isCountry ? pick(['ia', 'stan', 'land', '']) : ''}`;
		const kind = isCountry ? 'country' : pick(['city', 'city', 'port', 'capital', 'region', 'sea', 'special economic zone'] as const);
		const location: Location = {
			id: `l-${slug(name)}-${index}`,
			name,
			kind,
			country: country?.name ?? null,
			within: country?.id ?? null,
			lat: Math.round((random() * 150 - 70) * 1e5) / 1e5,
			lon: Math.round((random() * 340 - 170) * 1e5) / 1e5,
			coordinatesSource: `synthetic, seed ${seed}`,
			aliases: Array.from({length: between(0, 3)}, (_, n) => (n === 0 ? `${name} ${kind}` : name.replace(/a/, n === 1 ? 'ah' : 'e'))),
		};
		locations.push(location);
		if (isCountry) {
			countries.push(location);
		}
	}

	const actors: Actor[] = [];
	for (let index = 0; index < actorCount; index++) {
		const type = pick(['person', 'person', 'person', 'organisation', 'state'] as const);
		const place = pick(countries.length > 0 ? countries : locations);
		const surname = index < realSurnames.length * 4 && index % 4 === 0 ? realSurnames[index / 4]! : inventedName();
		const name = type === 'person' ? `${inventedName()} ${surname}` : type === 'state' ? `${place.name} government` : `${place.name} ${pick(bodies)}`;
		actors.push({
			id: `a-${slug(name)}-${index}`,
			name,
			type,
			role: type === 'person' && random() < 0.8 ? `${place.name}’s ${pick(titles)}` : null,
			aliases: type === 'person' ? [surname, ...(random() < 0.3 ? [surname.replace(/[aeiou]/, 'y')] : [])] : random() < 0.5 ? [name.split(' ').map(word => word.charAt(0)).join('').toUpperCase()] : [],
		});
	}

	const sources: Source[] = [];
	const quotes: Quote[] = [];
	const facts: Fact[] = [];
	const routes: Route[] = [];

	const figure = (): {text: string; figure: Figure} => {
		const qualifier = pick(['exact', 'about', 'almost', 'at least', 'more than', 'dozens', 'hundreds'] as const);
		const value = between(2, 40_000);
		const unit = pick(nouns);
		const written = qualifier === 'dozens' || qualifier === 'hundreds' ? `${qualifier} of ${unit}` : `${qualifier === 'exact' ? '' : `${qualifier} `}${value.toLocaleString('en-GB')} ${unit}`;
		return {text: written, figure: {text: written, value: qualifier === 'dozens' || qualifier === 'hundreds' ? null : value, qualifier, unit, measure: pick(verbs)}};
	};

	for (let article = 0; article < articles; article++) {
		const sourceId = `s-${article}`;
		const cast = Array.from({length: between(4, 10)}, () => pickSkewed(actors));
		const people = cast.filter(actor => actor.type === 'person');
		const castPlaces = Array.from({length: between(2, 7)}, () => pickSkewed(locations));
		const paragraphs: string[] = [];
		const mentionOf = (actor: Actor) => (random() < 0.3 && actor.aliases.length > 0 ? pick(actor.aliases) : actor.name);
		const phrase = (words: number) => Array.from({length: words}, () => pick([...nouns, ...verbs, ...adjectives, ...connectives])).join(' ');

		const clause = (): {text: string; actors: Actor[]; places: Location[]; figures: Figure[]; time: string | null} => {
			const subject = pick(cast);
			const place = random() < 0.6 ? pick(castPlaces) : undefined;
			const count = random() < 0.35 ? figure() : undefined;
			const time = random() < 0.3 ? pick(times) : null;
			const parts = [
				mentionOf(subject),
				pick(verbs),
				count ? count.text : `${pick(adjectives)} ${pick(nouns)}`,
				...(random() < 0.7 ? [phrase(between(0, 12))] : []),
				...(place ? [pick(connectives), random() < 0.2 && place.aliases.length > 0 ? pick(place.aliases) : place.name] : []),
				...(time ? [time] : []),
			].filter(Boolean);
			return {text: parts.join(' '), actors: [subject], places: place ? [place] : [], figures: count ? [count.figure] : [], time};
		};

		let quoteBudget = 11;
		let factBudget = articleRecords - quoteBudget + (article === 0 ? extraFacts : 0);
		let paragraph = 0;
		while (quoteBudget + factBudget > 0) {
			paragraph++;
			let text = '';
			const sentences = between(1, 4);
			for (let sentence = 0; sentence < sentences && quoteBudget + factBudget > 0; sentence++) {
				if (text !== '') {
					text += ' ';
				}

				const quoting = quoteBudget > 0 && (factBudget === 0 || random() < 0.22) && people.length > 0;
				const said = clause();
				const start = text.length + (quoting ? 1 : 0);
				const passage = capital(said.text);
				const provenance = {source: sourceId, paragraph, start, end: start + passage.length};
				if (quoting) {
					const speaker = pick(people);
					text += `“${passage},” said ${speaker.name}${speaker.role ? `, ${speaker.role}` : ''}.`;
					quotes.push({
						id: `q-${article}-${quotes.length}`,
						text: passage,
						speaker: speaker.id,
						mode: random() < 0.7 ? 'direct' : 'partial',
						actors: [...new Set(said.actors.filter(actor => actor !== speaker).map(actor => actor.id))],
						locations: said.places.map(place => place.id),
						time: said.time,
						provenance,
					});
					quoteBudget--;
				} else {
					text += `${passage}.`;
					const attribution = random() < 0.4 ? pick(cast) : undefined;
					facts.push({
						id: `f-${article}-${facts.length}`,
						text: passage,
						actors: said.actors.map(actor => actor.id),
						locations: said.places.map(place => place.id),
						figures: said.figures,
						time: said.time,
						attribution: attribution?.id ?? null,
						provenance,
					});
					factBudget--;
				}
			}

			paragraphs.push(text);
		}

		if (article < routeCount) {
			const stops = Array.from({length: between(2, 5)}, () => pick(castPlaces));
			const text = `The ${pick(nouns)} are ${pick(verbs)} from ${stops.map(stop => stop.name).join(' to ')}`;
			paragraphs.push(`${text}.`);
			routes.push({
				id: `r-${article}`,
				name: `${stops[0]!.name}–${stops.at(-1)!.name} ${pick(nouns)} route`,
				text,
				steps: stops.map((stop, step) => ({action: step === 0 ? 'shipped from' : 'to', location: stop.id})),
				actors: cast.slice(0, 2).map(actor => actor.id),
				attribution: null,
				provenance: {source: sourceId, paragraph: paragraphs.length, start: 0, end: text.length},
			});
		}

		sources.push({
			id: sourceId,
			title: `${capital(pick(adjectives))} ${pick(nouns)} ${pick(verbs)} ${pick(connectives)} ${pick(castPlaces).name}`,
			outlet: random() < 0.5 ? `${inventedName()} ${pick(['Times', 'Post', 'Herald', 'Daily', 'Wire'])}` : null,
			date: random() < 0.6 ? `20${between(18, 25)}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}` : null,
			text: paragraphs.join('\n'),
			paragraphs,
		});
	}

	return {name: `Synthetic corpus, ${size.toLocaleString('en-GB')} records`, sources, actors, locations, quotes, facts, routes};
}
