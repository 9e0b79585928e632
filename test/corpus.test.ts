import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {corpusSchema, type Corpus, type Figure, type Provenance} from '../source/core/schema.js';
import {kilometresBetween} from '../source/ingest/places/distance.js';

/** Integrity of the hand-curated corpus shipped in data/corpus.json. */

const corpusUrl = new URL('../data/corpus.json', import.meta.url);
const articleUrl = new URL('../data/article.txt', import.meta.url);
const sourceId = 'iran-russia-drones';

const rawCorpus: unknown = JSON.parse(readFileSync(corpusUrl, 'utf8'));

/**
 * The corpus as stored, deliberately not run through the schema (whose own
 * integrity checks would otherwise fail every test at once): each test below
 * checks its property directly, so a broken corpus fails the test that names
 * what is wrong, even if the schema's checks change.
 */
function corpus(): Corpus {
	return rawCorpus as Corpus;
}

function source() {
	const found = corpus().sources.find((candidate) => candidate.id === sourceId);
	assert.ok(found, `source ${sourceId} is missing`);
	return found;
}

/** The text a provenance points at. */
function sliceOf(provenance: Provenance): string | undefined {
	const owner = corpus().sources.find((candidate) => candidate.id === provenance.source);
	return owner?.paragraphs[provenance.paragraph - 1]?.slice(provenance.start, provenance.end);
}

/** Every record that carries provenance, with a label for messages. */
function recordsWithProvenance() {
	const {quotes, facts, routes} = corpus();
	return [...quotes, ...facts, ...routes].map((record) => ({label: record.id, text: record.text, provenance: record.provenance}));
}

/** The actor whose name or alias is `name` (case-insensitive); there must be exactly one. */
function resolveActor(name: string): string {
	const wanted = name.toLowerCase();
	const matches = corpus().actors.filter((actor) => [actor.name, ...actor.aliases].some((candidate) => candidate.toLowerCase() === wanted));
	assert.equal(matches.length, 1, `"${name}" should name exactly one actor, found ${matches.map((actor) => actor.id).join(', ') || 'none'}`);
	return matches[0]!.id;
}

test('the corpus file parses against the schema', () => {
	assert.doesNotThrow(() => corpusSchema.parse(rawCorpus));
});

test('the source text is the article byte for byte, split into its paragraphs', () => {
	const {text, paragraphs} = source();
	assert.deepEqual(Buffer.from(text, 'utf8'), readFileSync(articleUrl));
	assert.deepEqual(paragraphs, text.split('\n'));
	assert.equal(paragraphs.length, 15);
});

test('every quote, fact and route slices exactly its text out of its paragraph', () => {
	const records = recordsWithProvenance();
	assert.ok(records.length > 0);
	for (const {label, text, provenance} of records) {
		assert.ok(provenance.end > provenance.start, `${label}: empty span`);
		assert.equal(sliceOf(provenance), text, `${label}: provenance does not slice its text`);
	}
});

test('every referenced id exists in the right collection', () => {
	const {sources, actors, locations, quotes, facts, routes} = corpus();
	const known = {
		source: new Set(sources.map((record) => record.id)),
		actor: new Set(actors.map((record) => record.id)),
		location: new Set(locations.map((record) => record.id)),
	};
	type Reference = {where: string; id: string | null; kind: keyof typeof known};
	const references: Reference[] = [
		...locations.map((location): Reference => ({where: `${location.id}.within`, id: location.within, kind: 'location'})),
		...quotes.map((quote): Reference => ({where: `${quote.id}.speaker`, id: quote.speaker, kind: 'actor'})),
		...[...facts, ...routes].map((record): Reference => ({where: `${record.id}.attribution`, id: record.attribution, kind: 'actor'})),
		...[...quotes, ...facts, ...routes].flatMap((record): Reference[] => [
			{where: `${record.id}.provenance.source`, id: record.provenance.source, kind: 'source'},
			...record.actors.map((id): Reference => ({where: `${record.id}.actors`, id, kind: 'actor'})),
		]),
		...[...quotes, ...facts].flatMap((record) => record.locations.map((id): Reference => ({where: `${record.id}.locations`, id, kind: 'location'}))),
		...routes.flatMap((route) => route.steps.map((step): Reference => ({where: `${route.id}.steps`, id: step.location, kind: 'location'}))),
	];
	for (const {where, id, kind} of references) {
		if (id !== null) {
			assert.ok(known[kind].has(id), `${where}: ${id} is not a known ${kind}`);
		}
	}

	for (const location of locations.filter((candidate) => candidate.within !== null)) {
		const container = locations.find((candidate) => candidate.id === location.within);
		assert.equal(container?.kind, 'country', `${location.id}.within should be a country`);
		assert.equal(location.country, container?.name, `${location.id}.country should name its container`);
	}
});

test('no two records share an id, across all collections', () => {
	const {sources, actors, locations, quotes, facts, routes} = corpus();
	const ids = [...sources, ...actors, ...locations, ...quotes, ...facts, ...routes].map((record) => record.id);
	const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
	assert.deepEqual(duplicates, []);
});

test('every quoted passage in the article is a quote with its exact text and place, and there are 11', () => {
	const {paragraphs} = source();
	const {quotes} = corpus();
	const passages = paragraphs.flatMap((paragraph, index) =>
		[...paragraph.matchAll(/“([^”]*)”/g)].map((match) => {
			const start = match.index + 1;
			return {text: match[1]!, paragraph: index + 1, start, end: start + match[1]!.length};
		}),
	);
	assert.equal(passages.length, 11, 'the article has eleven quoted passages');
	assert.equal(quotes.length, 11, 'the corpus has eleven quotes');
	for (const passage of passages) {
		const match = quotes.find(({provenance}) => provenance.paragraph === passage.paragraph && provenance.start === passage.start);
		assert.ok(match, `no quote for ¶${passage.paragraph} “${passage.text}”`);
		assert.deepEqual(
			{text: match.text, paragraph: match.provenance.paragraph, start: match.provenance.start, end: match.provenance.end},
			passage,
		);
		assert.equal(match.provenance.source, sourceId);
	}
});

test('the named actors exist with their roles, and aliases resolve', () => {
	const roles: Record<string, string | null> = {
		'a-kirby': 'US National Security Council spokesman',
		'a-zelenskyy': 'Ukraine’s president',
		'a-peskov': 'Putin’s spokesman',
		'a-putin': 'Russian President',
		'a-biden': 'President',
	};
	const required = [
		...Object.keys(roles),
		'a-biden-administration',
		'a-white-house',
		'a-us-nsc',
		'a-united-states',
		'a-russia',
		'a-iran',
		'a-ukraine',
		'a-european-partners',
		'a-iranian-military-commanders',
		'a-russian-forces',
		'a-max-seddon',
		'a-najmeh-bozorgmehr',
	];
	const {actors} = corpus();
	for (const id of required) {
		const actor = actors.find((candidate) => candidate.id === id);
		assert.ok(actor, `${id} is missing`);
		if (id in roles) {
			assert.equal(actor.role, roles[id], `${id} role`);
		}
	}

	const aliases: Record<string, string> = {
		Moscow: 'a-russia',
		Tehran: 'a-iran',
		Washington: 'a-united-states',
		'the US': 'a-united-states',
		Zelensky: 'a-zelenskyy',
		Kirby: 'a-kirby',
		NSC: 'a-us-nsc',
		'Biden administration': 'a-biden-administration',
	};
	for (const [alias, id] of Object.entries(aliases)) {
		assert.equal(resolveActor(alias), id, `alias ${alias}`);
	}
});

test('the key figures are recorded', () => {
	const {facts} = corpus();
	const figures = facts.flatMap((fact) => fact.figures.map((figure) => ({...figure, time: fact.time})));
	const required: Array<Partial<Figure> & {time?: string}> = [
		{value: 1160, qualifier: 'about'},
		{value: 900, qualifier: 'almost'},
		{value: 400, qualifier: 'exact'},
		{value: 18, qualifier: 'at least', unit: 'bombardments'},
		{value: 31, qualifier: 'exact', unit: 'days'},
		{value: null, qualifier: 'dozens', unit: 'Shahed drones'},
		{value: null, qualifier: 'hundreds', unit: 'one-way attack drones', time: 'as of May'},
		{value: null, qualifier: 'hundreds', unit: 'ballistic missiles'},
		{qualifier: 'most of', unit: 'drones'},
	];
	for (const expected of required) {
		const found = figures.some((figure) => Object.entries(expected).every(([key, value]) => figure[key as keyof typeof figure] === value));
		assert.ok(found, `no figure matching ${JSON.stringify(expected)}`);
	}
});

test('locations have valid coordinates, the required places exist, and key places are where they should be', () => {
	const {locations} = corpus();
	for (const {id, lat, lon} of locations) {
		assert.ok(Number.isFinite(lat) && lat >= -90 && lat <= 90, `${id}: latitude ${lat}`);
		assert.ok(Number.isFinite(lon) && lon >= -180 && lon <= 180, `${id}: longitude ${lon}`);
	}

	const required = ['l-amirabad', 'l-caspian-sea', 'l-makhachkala', 'l-alabuga-sez', 'l-kyiv', 'l-ukraine', 'l-iran', 'l-russia', 'l-tehran', 'l-moscow', 'l-washington', 'l-riga'];
	for (const id of required) {
		assert.ok(locations.some((location) => location.id === id), `${id} is missing`);
	}

	const expectedPositions = {
		'l-kyiv': {lat: 50.45, lon: 30.52},
		'l-makhachkala': {lat: 42.98, lon: 47.5},
	};
	for (const [id, expected] of Object.entries(expectedPositions)) {
		const location = locations.find((candidate) => candidate.id === id);
		assert.ok(location, `${id} is missing`);
		const distance = kilometresBetween(location, expected);
		assert.ok(distance < 50, `${id} is ${distance.toFixed(0)} km from where it should be`);
	}
});
