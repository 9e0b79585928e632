/**
 * Scores what `brief ingest` drew from an article against the records a
 * careful reader expects from it. Pure: corpora and expectations in, counts out.
 *
 * Matching rules:
 * - Quotes: an extracted quote matches an expected one in the same paragraph
 *   when their normalised texts are equal (whitespace and surrounding
 *   punctuation trimmed, curly/straight quote marks and apostrophes folded,
 *   spaces collapsed) or their longest shared run of characters covers at
 *   least 80% of the longer text. Pairs are made one to one, best overlap first.
 *   Quote recall = matched expected / expected; quote precision = matched
 *   extracted / extracted.
 * - Speakers, among matched quotes: right when the expected name equals the
 *   extracted speaker's name or one of its aliases, or the speaker has a name
 *   of several words whose last word (the surname) agrees, ignoring case and
 *   diacritics; a speaker known by one word only is a separate actor, so wrong. An expected null (an
 *   unnamed speaker) is right only against null. When two people the article
 *   names share a surname (a father and a son), the surname alone tells
 *   nothing: the full name or an alias must agree.
 * - Places: an expected place is found when some extracted location has a
 *   name or alias equal (folded) to the expected name or one of its aliases
 *   and lies within 50 km of it (haversine), or within the expected place's
 *   own withinKm: set for seas, states and canals, whose expected point is
 *   only a conventional centre.
 *   Place precision (no target; the issue sets none): of the locations
 *   extracted, how many match an expected place by the same rule. Pairs are
 *   made one to one, nearest first, so a place extracted twice counts once.
 *   A country kept only as the `within` of a place the article names, which
 *   no quote, fact or route refers to, is not counted: ingest adds it so that
 *   `within` resolves, not because the article names it (Geneva brings
 *   Switzerland).
 * - Figures: an expected figure is found when a figure in the facts of the
 *   same paragraph (by the fact's provenance) has the same value (or both are
 *   null with the same qualifier) and one text contains the other or they
 *   share a run at least half as long as the shorter. One to one, in order.
 * - Actors (no target; the issue sets none): an expected actor is found when
 *   an extracted actor of the same type has its name or one of its aliases
 *   (folded), or for a person the same surname (unless two expected people
 *   share it). Roles, among found actors whose expected role is not null:
 *   right when the two agree after folding and dropping a leading article, or
 *   one contains the other. Actor precision (no target): of the actors
 *   extracted, how many match an expected actor by the same rule, one to one,
 *   full names before surnames; scored only where the answer key lists actors.
 */
import type {Actor, Corpus, Figure, Location} from '../../source/core/schema.js';
import type {Expected, ExpectedActor, ExpectedFigure, ExpectedPlace, ExpectedQuote} from './expected.js';
import {foldName, haversineKm, lastWord, longestCommonSubstring, normaliseQuote} from './normalise.js';

/** Hits out of a total; a total of 0 leaves nothing to get wrong. */
export type Count = {hits: number; total: number};

export type Metrics = {
	quoteRecall: Count;
	quotePrecision: Count;
	speakerAccuracy: Count;
	placeRecall: Count;
	placePrecision: Count;
	figureRecall: Count;
	actorRecall: Count;
	actorPrecision: Count;
	roleAccuracy: Count;
};

export type MetricName = keyof Metrics;

export const metricNames: MetricName[] = ['quoteRecall', 'quotePrecision', 'speakerAccuracy', 'placeRecall', 'placePrecision', 'figureRecall', 'actorRecall', 'actorPrecision', 'roleAccuracy'];

/** The issue's targets, each a lower bound; place precision and actors (recall, precision, roles) are measured without one. */
export const targets: Partial<Record<MetricName, number>> = {
	quoteRecall: 0.95,
	quotePrecision: 0.9,
	speakerAccuracy: 0.9,
	placeRecall: 0.9,
	figureRecall: 0.8,
};

export type Score = {
	metrics: Metrics;
	/** One line per expected record not found, or wrong speaker. */
	misses: string[];
	/** One line per extracted quote, location or actor that matches nothing expected. */
	falsePositives: string[];
};

export const quoteOverlapThreshold = 0.8;
export const placeDistanceKm = 50;

export function rate(count: Count): number {
	return count.total === 0 ? 1 : count.hits / count.total;
}

export function meetsTarget(metrics: Metrics, name: MetricName): boolean {
	const target = targets[name];
	return target === undefined || rate(metrics[name]) >= target;
}

export function missedTargets(metrics: Metrics): MetricName[] {
	return metricNames.filter(name => !meetsTarget(metrics, name));
}

/** Micro-average: counts summed over articles. */
export function sumMetrics(all: Metrics[]): Metrics {
	const sum = (name: MetricName): Count => ({
		hits: all.reduce((total, metrics) => total + metrics[name].hits, 0),
		total: all.reduce((total, metrics) => total + metrics[name].total, 0),
	});
	return Object.fromEntries(metricNames.map(name => [name, sum(name)])) as Metrics;
}

/**
 * Score the extraction of one article. `sourceId` limits quotes and figures to
 * that source; without it every source in the corpus counts.
 */
export function scoreExtraction(extracted: Corpus, expected: Expected, sourceId?: string): Score {
	const misses: string[] = [];
	const falsePositives: string[] = [];
	const fromSource = (provenance: {source: string}) => sourceId === undefined || provenance.source === sourceId;
	const quotes = extracted.quotes.filter(quote => fromSource(quote.provenance));
	const actors = new Map(extracted.actors.map(actor => [actor.id, actor]));

	const pairs = pairQuotes(expected.quotes, quotes.map(quote => ({paragraph: quote.provenance.paragraph, text: quote.text})));
	const shared = sharedSurnames(expected);
	let rightSpeakers = 0;
	for (const [expectedIndex, extractedIndex] of pairs) {
		const wanted = expected.quotes[expectedIndex]!;
		const speakerId = quotes[extractedIndex]!.speaker;
		const speaker = speakerId === null ? undefined : actors.get(speakerId);
		if (speakerIsRight(wanted.speaker, speaker, shared)) {
			rightSpeakers++;
		} else {
			misses.push(`speaker ¶${wanted.paragraph} “${wanted.text}”: expected ${wanted.speaker ?? 'none'}, got ${speaker?.name ?? 'none'}`);
		}
	}

	const pairedExpected = new Set(pairs.keys());
	const pairedExtracted = new Set(pairs.values());
	for (const [index, quote] of expected.quotes.entries()) {
		if (!pairedExpected.has(index)) {
			misses.push(`quote ¶${quote.paragraph} “${quote.text}” (${quote.speaker ?? 'unnamed'})`);
		}
	}

	for (const [index, quote] of quotes.entries()) {
		if (!pairedExtracted.has(index)) {
			falsePositives.push(`quote ¶${quote.provenance.paragraph} “${quote.text}” (${actors.get(quote.speaker ?? '')?.name ?? 'unnamed'})`);
		}
	}

	const {placeRecall, placePrecision} = scorePlaces(expected.places, extracted, misses, falsePositives);
	const figures = extracted.facts
		.filter(fact => fromSource(fact.provenance))
		.flatMap(fact => fact.figures.map(figure => ({paragraph: fact.provenance.paragraph, figure})));
	const usedFigures = new Set<number>();
	let figuresFound = 0;
	for (const wanted of expected.figures) {
		const index = figures.findIndex((candidate, at) => !usedFigures.has(at) && candidate.paragraph === wanted.paragraph && figureMatches(wanted, candidate.figure));
		if (index === -1) {
			misses.push(`figure ¶${wanted.paragraph} “${wanted.text}” = ${wanted.value ?? wanted.qualifier ?? 'null'}`);
		} else {
			usedFigures.add(index);
			figuresFound++;
		}
	}

	const {actorRecall, actorPrecision, roleAccuracy} = scoreActors(expected.actors, extracted.actors, shared, misses, falsePositives);
	return {
		metrics: {
			quoteRecall: {hits: pairs.size, total: expected.quotes.length},
			quotePrecision: {hits: pairs.size, total: quotes.length},
			speakerAccuracy: {hits: rightSpeakers, total: pairs.size},
			placeRecall,
			placePrecision,
			figureRecall: {hits: figuresFound, total: expected.figures.length},
			actorRecall,
			actorPrecision,
			roleAccuracy,
		},
		misses,
		falsePositives,
	};
}

function scorePlaces(expected: ExpectedPlace[], extracted: Corpus, misses: string[], falsePositives: string[]): Pick<Metrics, 'placeRecall' | 'placePrecision'> {
	let found = 0;
	for (const place of expected) {
		if (placeIsFound(place, extracted)) {
			found++;
		} else {
			misses.push(`place ${place.name} (${place.lat}, ${place.lon})${nearMiss(place, extracted)}`);
		}
	}

	const containers = onlyContainers(extracted);
	const named = extracted.locations.filter(location => !containers.has(location.id));
	const pairs = pairPlaces(expected, named);
	const paired = new Set(pairs.values());
	for (const [index, location] of named.entries()) {
		if (!paired.has(index)) {
			falsePositives.push(`place ${describeLocation(location)}`);
		}
	}

	return {placeRecall: {hits: found, total: expected.length}, placePrecision: {hits: pairs.size, total: named.length}};
}

function scoreActors(
	expectedActors: ExpectedActor[] | undefined,
	extracted: Actor[],
	shared: Set<string>,
	misses: string[],
	falsePositives: string[],
): Pick<Metrics, 'actorRecall' | 'actorPrecision' | 'roleAccuracy'> {
	const expected = expectedActors ?? [];
	let found = 0;
	let rolesRight = 0;
	let rolesToCheck = 0;
	for (const wanted of expected) {
		const actor = extracted.find(candidate => candidate.type === wanted.type && namesActor(wanted, candidate, shared));
		if (actor === undefined) {
			const otherType = extracted.find(candidate => namesActor(wanted, candidate, shared));
			misses.push(`actor ${wanted.name} (${wanted.type})${otherType ? `: extracted as ${otherType.type}` : ''}`);
			continue;
		}

		found++;
		if (wanted.role !== null) {
			rolesToCheck++;
			if (rolesAgree(wanted.role, actor.role)) {
				rolesRight++;
			} else {
				misses.push(`role of ${wanted.name}: expected “${wanted.role}”, got ${actor.role === null ? 'none' : `“${actor.role}”`}`);
			}
		}
	}

	// An answer key without actors says nothing about which actors are wrong.
	const pairs = expectedActors === undefined ? new Map<number, number>() : pairActors(expected, extracted, shared);
	if (expectedActors !== undefined) {
		const paired = new Set(pairs.values());
		for (const [index, actor] of extracted.entries()) {
			if (!paired.has(index)) {
				falsePositives.push(`actor ${actor.name} (${actor.type})`);
			}
		}
	}

	return {
		actorRecall: {hits: found, total: expected.length},
		actorPrecision: {hits: pairs.size, total: expectedActors === undefined ? 0 : extracted.length},
		roleAccuracy: {hits: rolesRight, total: rolesToCheck},
	};
}

/** Expected index → extracted index, one to one, same type only, full names and aliases before surnames. */
function pairActors(expected: ExpectedActor[], extracted: Actor[], shared: Set<string>): Map<number, number> {
	const candidates: Array<{expectedIndex: number; extractedIndex: number; bySurname: boolean}> = [];
	for (const [expectedIndex, wanted] of expected.entries()) {
		for (const [extractedIndex, actor] of extracted.entries()) {
			if (actor.type === wanted.type && namesActor(wanted, actor, shared)) {
				candidates.push({expectedIndex, extractedIndex, bySurname: !sameActorName(wanted, actor)});
			}
		}
	}

	return pairInOrder(candidates.sort((a, b) => Number(a.bySurname) - Number(b.bySurname)));
}

function sameActorName(wanted: ExpectedActor, actor: Actor): boolean {
	return [actor.name, ...actor.aliases].some(name => foldName(name) === foldName(wanted.name));
}

function namesActor(wanted: ExpectedActor, actor: Actor, shared: Set<string>): boolean {
	const surname = lastWord(wanted.name);
	return sameActorName(wanted, actor) || (wanted.type === 'person' && !shared.has(surname) && lastWord(actor.name) === surname);
}

/**
 * Surnames (last words, folded) that two or more people in the answer key
 * share: its persons and its quotes' speakers. For these the surname alone
 * cannot tell who is meant.
 */
export function sharedSurnames(expected: Expected): Set<string> {
	const people = new Set([...(expected.actors ?? []).filter(actor => actor.type === 'person').map(actor => actor.name), ...expected.quotes.flatMap(quote => (quote.speaker === null ? [] : [quote.speaker]))].map(name => foldName(name)));
	const seen = new Set<string>();
	const shared = new Set<string>();
	for (const name of people) {
		const surname = lastWord(name);
		if (seen.has(surname)) {
			shared.add(surname);
		}

		seen.add(surname);
	}

	return shared;
}

function rolesAgree(expected: string, extracted: string | null): boolean {
	const bare = (role: string) => foldName(role).replace(/^(?:the|a|an|its|his|her|their)\s+/u, '');
	if (extracted === null) {
		return false;
	}

	const [wanted, found] = [bare(expected), bare(extracted)];
	return wanted === found || wanted.includes(found) || found.includes(wanted);
}

/** How much of the longer of two quote texts they share, 0…1 (1 when equal after normalising). */
export function quoteOverlap(a: string, b: string): number {
	const left = normaliseQuote(a);
	const right = normaliseQuote(b);
	if (left === right) {
		return 1;
	}

	const longer = Math.max(left.length, right.length);
	return longer === 0 ? 0 : longestCommonSubstring(left, right) / longer;
}

/** Expected index → extracted index, one to one, best overlap first. */
function pairQuotes(expected: ExpectedQuote[], extracted: Array<{paragraph: number; text: string}>): Map<number, number> {
	const candidates: Array<{expectedIndex: number; extractedIndex: number; overlap: number}> = [];
	for (const [expectedIndex, wanted] of expected.entries()) {
		for (const [extractedIndex, found] of extracted.entries()) {
			if (found.paragraph !== wanted.paragraph) {
				continue;
			}

			const overlap = quoteOverlap(wanted.text, found.text);
			if (overlap >= quoteOverlapThreshold) {
				candidates.push({expectedIndex, extractedIndex, overlap});
			}
		}
	}

	return pairInOrder(candidates.sort((a, b) => b.overlap - a.overlap));
}

/** Expected index → extracted index, one to one, taking the candidates in the order given (best first). */
function pairInOrder(candidates: Array<{expectedIndex: number; extractedIndex: number}>): Map<number, number> {
	const pairs = new Map<number, number>();
	const taken = new Set<number>();
	for (const {expectedIndex, extractedIndex} of candidates) {
		if (!pairs.has(expectedIndex) && !taken.has(extractedIndex)) {
			pairs.set(expectedIndex, extractedIndex);
			taken.add(extractedIndex);
		}
	}

	return pairs;
}

export function speakerIsRight(expected: string | null, speaker: Actor | undefined, shared: Set<string> = new Set()): boolean {
	if (expected === null || speaker === undefined) {
		return expected === null && speaker === undefined;
	}

	// "Dr Lukas Hofer" is Lukas Hofer; a speaker known only as "Minh" is not Tran Van Minh but an actor of their own;
	// where two people share the surname, it proves nothing.
	const sameFullName = speaker.name.includes(' ') && !shared.has(lastWord(expected)) && lastWord(speaker.name) === lastWord(expected);
	return sameFullName || [speaker.name, ...speaker.aliases].some(name => foldName(name) === foldName(expected));
}

function namesOf(place: {name: string; aliases?: string[] | undefined}): Set<string> {
	return new Set([place.name, ...(place.aliases ?? [])].map(name => foldName(name)));
}

function sameName(place: ExpectedPlace, location: Location): boolean {
	const wanted = namesOf(place);
	return [...namesOf(location)].some(name => wanted.has(name));
}

function placeMatches(place: ExpectedPlace, location: Location): boolean {
	return sameName(place, location) && haversineKm(place, location) <= (place.withinKm ?? placeDistanceKm);
}

function placeIsFound(place: ExpectedPlace, extracted: Corpus): boolean {
	return extracted.locations.some(location => placeMatches(place, location));
}

/** Ids of the locations that are only some other location's `within`: no quote, fact or route refers to them. */
function onlyContainers(corpus: Corpus): Set<string> {
	const referenced = new Set([
		...corpus.quotes.flatMap(quote => quote.locations),
		...corpus.facts.flatMap(fact => fact.locations),
		...corpus.routes.flatMap(route => route.steps.map(step => step.location)),
	]);
	return new Set(corpus.locations.flatMap(location => (location.within !== null && !referenced.has(location.within) ? [location.within] : [])));
}

/** Expected index → extracted index, one to one, nearest first. */
function pairPlaces(expected: ExpectedPlace[], extracted: Location[]): Map<number, number> {
	const candidates: Array<{expectedIndex: number; extractedIndex: number; km: number}> = [];
	for (const [expectedIndex, place] of expected.entries()) {
		for (const [extractedIndex, location] of extracted.entries()) {
			if (placeMatches(place, location)) {
				candidates.push({expectedIndex, extractedIndex, km: haversineKm(place, location)});
			}
		}
	}

	return pairInOrder(candidates.sort((a, b) => a.km - b.km));
}

/** "Georgia (United States, region) at (32.75, -83.5)": enough to tell which place ingest took. */
function describeLocation(location: Location): string {
	const where = [location.country, location.kind].filter(part => part !== null).join(', ');
	return `${location.name} (${where}) at (${location.lat}, ${location.lon})`;
}

/** Say why a named place missed when it was extracted too far away. */
function nearMiss(place: ExpectedPlace, extracted: Corpus): string {
	const named = extracted.locations.find(location => sameName(place, location));
	return named === undefined ? '' : `: extracted at (${named.lat}, ${named.lon}), ${Math.round(haversineKm(place, named))} km away`;
}

/** Decimals written: 2 for 66.67. */
const decimalsOf = (value: number) => /\.(\d+)$/u.exec(String(value))?.[1]!.length ?? 0;

/**
 * The same number, or the same share rounded to the fewer decimals of the two
 * (two-thirds keyed 66.67 and read as 66.7): a fraction in per cent has no one
 * written form. Whole numbers must be equal.
 */
function sameToPrecision(expected: number, found: number): boolean {
	const decimals = Math.min(decimalsOf(expected), decimalsOf(found));
	if (decimals === 0) {
		return Math.abs(expected - found) <= 1e-9 * Math.max(1, Math.abs(expected));
	}

	const scale = 10 ** decimals;
	return Math.round(expected * scale) === Math.round(found * scale);
}

export function figureMatches(expected: ExpectedFigure, figure: Figure): boolean {
	const sameValue =
		expected.value === null || figure.value === null
			? expected.value === figure.value && (expected.qualifier === undefined || expected.qualifier === figure.qualifier)
			: sameToPrecision(expected.value, figure.value);
	if (!sameValue) {
		return false;
	}

	const wanted = foldName(expected.text);
	const found = foldName(figure.text);
	const shorter = Math.min(wanted.length, found.length);
	return wanted.includes(found) || found.includes(wanted) || longestCommonSubstring(wanted, found) * 2 >= shorter;
}
