import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {contextFor} from '../source/core/context.js';
import {BriefError} from '../source/core/errors.js';
import {filterMatcher, filterRecords, type Filters} from '../source/core/filters.js';
import {loadCorpus} from '../source/core/load-corpus.js';
import {indexCorpus, type BriefRecord} from '../source/core/records.js';
import {resolveActor, resolveKind, resolveLocation, resolveRecordId} from '../source/core/resolve.js';
import {searchRecords} from '../source/core/search.js';
import {shippedCorpusPath} from './helpers/corpora.js';

/** The search core against the shipped corpus: what a briefing writer types, and what must come first. */

const index = indexCorpus(loadCorpus(shippedCorpusPath));
const matchesFilters = (record: BriefRecord, filters: Filters) => filterMatcher(index.records, filters)(record);
const idsFor = (query: string, filters?: Filters) => searchRecords(index, query, {filters}).map(hit => hit.record.id);

/**
 * Each row: a query, the record it must find, and whether that record must be
 * first (1) or may be anywhere in the top 3 (3: ties, or equally good answers).
 */
type Row = {query: string; id: string; within: 1 | 3; why: string};

const rows: Row[] = [
	// Typos
	{query: 'makhachkla', id: 'l-makhachkala', within: 1, why: 'a dropped letter'},
	{query: 'caspain', id: 'l-caspian-sea', within: 1, why: 'swapped letters'},
	{query: 'zelensky', id: 'a-zelenskyy', within: 1, why: 'the common spelling'},
	{query: 'zelenksyy', id: 'a-zelenskyy', within: 1, why: 'swapped letters in a name'},
	{query: 'peskof', id: 'a-peskov', within: 1, why: 'a misheard name'},
	{query: 'satelite imagery', id: 'f-us-released-imagery-last-year', within: 1, why: 'a misspelt word'},
	{query: 'alabuga sattelite', id: 'f-us-satellite-image-alabuga', within: 1, why: 'a misspelt word with a place'},
	{query: 'sukoi', id: 'f-iranian-commanders-interest', within: 1, why: 'a misspelt rare word'},
	{query: 'kirbi', id: 'a-kirby', within: 1, why: 'a misspelt name'},
	{query: 'acomplices', id: 'q-zelenskyy-accomplices', within: 1, why: 'a dropped double letter'},
	// Aliases and other spellings
	{query: 'kiev', id: 'l-kyiv', within: 1, why: 'the old spelling of Kyiv'},
	{query: 'kiev attacks', id: 'f-moscow-escalated-kyiv-attacks', within: 3, why: 'an alias of a place the fact involves'},
	{query: 'tehran', id: 'l-tehran', within: 1, why: 'the capital itself'},
	{query: 'tehran', id: 'a-iran', within: 3, why: 'Tehran stands for Iran'},
	{query: 'teheran', id: 'l-tehran', within: 1, why: 'an older spelling'},
	{query: 'moskva', id: 'l-moscow', within: 1, why: 'the Russian name'},
	{query: 'mahachkala', id: 'l-makhachkala', within: 1, why: 'a transliteration'},
	{query: 'washington dc', id: 'l-washington', within: 1, why: 'an alias with two words'},
	{query: 'nsc', id: 'a-us-nsc', within: 1, why: 'an abbreviation'},
	{query: 'air defenses', id: 'a-ukrainian-air-defences', within: 1, why: 'American spelling'},
	// Figures
	{query: '1,160', id: 'q-zelenskyy-shaheds-used', within: 3, why: 'a figure as written (quote and fact tie)'},
	{query: '900', id: 'q-zelenskyy-shot-down', within: 1, why: 'a bare number'},
	{query: '400 drones', id: 'f-russia-used-up-400-drones', within: 1, why: 'a number with its unit'},
	{query: '18 bombardments', id: 'f-kyiv-bombardments', within: 1, why: 'a number with its unit'},
	{query: '31 days', id: 'f-kyiv-bombardments', within: 1, why: 'a period'},
	{query: 'hundreds of drones', id: 'f-iran-sold-hundreds-of-drones', within: 1, why: 'an order of magnitude'},
	// Speakers with a topic
	{query: 'kirby caspian', id: 'q-kirby-supply-route', within: 3, why: 'speaker and place in different fields; the quote, fact and route share the passage'},
	{query: 'peskov illusions', id: 'q-peskov-illusions', within: 1, why: 'speaker and word'},
	{query: 'zelensky iran', id: 'q-zelenskyy-accomplices', within: 3, why: 'speaker and the actor addressed'},
	{query: 'kirby uavs', id: 'q-kirby-production-in-russia', within: 1, why: 'speaker and term'},
	{query: 'zelensky shaheds', id: 'q-zelenskyy-shaheds-used', within: 1, why: 'speaker and weapon'},
	// Roles
	{query: 'putin\'s spokesman', id: 'a-peskov', within: 1, why: 'a role as the article gives it'},
	{query: 'national security council spokesman', id: 'a-kirby', within: 1, why: 'a role'},
	{query: 'russian president', id: 'a-putin', within: 1, why: 'a role'},
	// Concepts
	{query: 'ballistic missiles', id: 'f-iran-considering-missiles', within: 1, why: 'a weapon'},
	{query: 'satellite image alabuga', id: 'f-us-satellite-image-alabuga', within: 1, why: 'evidence and place'},
	{query: 'sukhoi', id: 'f-iranian-commanders-interest', within: 1, why: 'a rare word'},
	{query: 'fighter jets', id: 'f-iranian-commanders-interest', within: 1, why: 'a phrase'},
	{query: 'russian factory', id: 'f-possible-russian-factory', within: 1, why: 'a phrase'},
	{query: 'electronic components', id: 'f-european-component-restrictions', within: 1, why: 'a phrase'},
	{query: 'declassified intelligence', id: 'f-declassified-intelligence', within: 1, why: 'a phrase'},
	{query: 'one-way attack drones', id: 'f-russia-received-hundreds', within: 1, why: 'a hyphenated term'},
	{query: 'blacklisted', id: 'f-us-blacklisted', within: 1, why: 'a verb'},
	{query: 'denies', id: 'f-iran-denies-taking-sides', within: 1, why: 'a verb as the article does not write it ("denied")'},
	{query: 'iran denies', id: 'f-iran-denies-taking-sides', within: 1, why: 'actor and verb: the denial, not "considering"'},
	{query: 'cynical murders', id: 'f-murders-with-iranian-weapons', within: 3, why: 'a phrase in a quote and its fact'},
	{query: 'mutual benefit', id: 'q-peskov-relationship', within: 3, why: 'a phrase'},
	{query: 'caspian route', id: 'r-caspian-drone-supply', within: 1, why: 'the route, by its name'},
	{query: 'supply route', id: 'r-caspian-drone-supply', within: 1, why: 'the route, by its name'},
	{query: 'ramped up in october', id: 'f-air-campaign-ramped-up', within: 1, why: 'a time'},
	{query: 'seddon', id: 'a-max-seddon', within: 1, why: 'a reporter'},
	// Extended search operators
	{query: '\'shahed', id: 'q-zelenskyy-shaheds-used', within: 3, why: 'exact: contains "shahed"'},
	{query: '^kirby', id: 'f-russia-receiving-materials', within: 3, why: 'prefix: the passage that starts "Kirby said"'},
	{query: 'ukraine$', id: 'a-ukraine', within: 3, why: 'suffix'},
	{query: '=kyiv', id: 'l-kyiv', within: 1, why: 'a whole field'},
	{query: '!iran', id: 'q-kirby-expose-disrupt', within: 1, why: 'only exclusions: corpus order, the first quote without Iran'},
	{query: 'kirby !caspian', id: 'a-kirby', within: 3, why: 'a word and an exclusion (see the operator tests)'},
	{query: 'kyiv | moscow', id: 'l-kyiv', within: 3, why: 'either side'},
	{query: 'kyiv | moscow', id: 'l-moscow', within: 3, why: 'either side'},
];

describe('search quality: the record a briefing writer expects ranks first or in the top 3', () => {
	for (const {query, id, within, why} of rows) {
		test(`${JSON.stringify(query)} → ${id} ${within === 1 ? 'first' : 'in the top 3'} (${why})`, () => {
			const top = idsFor(query).slice(0, within);
			assert.ok(top.includes(id), `top ${within} for ${JSON.stringify(query)}: ${top.join(', ') || 'nothing'}`);
		});
	}

	test('the table covers every record it names', () => {
		for (const {id} of rows) {
			assert.ok(index.byId.has(id), `no record ${id}`);
		}
	});
});

describe('search operators', () => {
	const mentions = (record: BriefRecord, word: RegExp) => word.test(record.text) || record.actorIds.some(id => word.test(index.actors.get(id)!.name));

	test('\'shaheds matches only records that contain it exactly, where plain shaheds also finds "Shahed"', () => {
		const exact = idsFor('\'shaheds');
		assert.deepEqual(exact, ['q-zelenskyy-shaheds-used', 'f-shaheds-used-against-ukraine']);
		assert.ok(idsFor('shaheds').includes('f-kyiv-bombardments'), '"dozens of the Shahed drones"');
	});

	test('!iran leaves out every record involving Iran', () => {
		const hits = searchRecords(index, '!iran');
		assert.ok(hits.length > 10);
		assert.deepEqual(
			hits.filter(hit => mentions(hit.record, /iran/i)).map(hit => hit.record.id),
			[],
		);
	});

	test('kirby !caspian: Kirby\'s records except the Caspian route', () => {
		const ids = idsFor('kirby !caspian');
		assert.ok(ids.includes('q-kirby-production-in-russia'));
		assert.ok(!ids.includes('q-kirby-supply-route') && !ids.includes('r-caspian-drone-supply'));
	});

	test('kyiv | moscow finds records of either, and more than each alone', () => {
		const either = new Set(idsFor('kyiv | moscow'));
		for (const side of ['kyiv', 'moscow']) {
			// An operator query matches the records' own fields, as fuse.js does; a plain word also finds records by the paragraph around them.
			const alone = searchRecords(index, side, {group: false}).filter(hit => hit.explain!.matched.some(match => match.field !== 'context')).map(hit => hit.record.id);
			assert.ok(alone.every(id => either.has(id)), `every ${side} hit is kept`);
			assert.ok(either.size > alone.length);
		}
	});

	test('^kirby: a field must start with kirby', () => {
		const ids = idsFor('^kirby');
		assert.ok(ids.includes('f-russia-receiving-materials'));
		assert.ok(!ids.includes('a-peskov'));
	});
});

describe('searchRecords', () => {
	test('hits come best first, scored between 0 and 1', () => {
		const scores = searchRecords(index, 'drones').map(hit => hit.score);
		assert.ok(scores.length > 10);
		assert.deepEqual(scores, scores.toSorted((a, b) => a - b));
		assert.ok(scores.every(score => score >= 0 && score <= 1));
	});

	test('an empty or blank query finds nothing', () => {
		assert.deepEqual(searchRecords(index, ''), []);
		assert.deepEqual(searchRecords(index, '   '), []);
	});

	test('limit keeps the best hits', () => {
		assert.deepEqual(
			searchRecords(index, 'drones', {limit: 3}).map(hit => hit.record.id),
			idsFor('drones').slice(0, 3),
		);
	});

	test('filters keep only matching records, in rank order', () => {
		const filters: Filters = {kinds: ['quote'], actorIds: ['a-zelenskyy']};
		const filtered = idsFor('drones', filters);
		assert.ok(filtered.length > 0);
		assert.deepEqual(
			filtered,
			idsFor('drones').filter(id => matchesFilters(index.byId.get(id)!, filters)),
		);
	});

	test('highlight ranges cover the matched words, typos included', () => {
		for (const [query, id, word] of [
			['caspian', 'q-kirby-supply-route', 'Caspian'],
			['makhachkla', 'l-makhachkala', 'Makhachkala'],
			['illusions', 'q-peskov-illusions', 'illusions'],
		] as const) {
			const hit = searchRecords(index, query).find(candidate => candidate.record.id === id);
			assert.ok(hit, `${query} finds ${id}`);
			assert.deepEqual(
				hit.ranges.map(([start, end]) => hit.record.text.slice(start, end)),
				[word],
			);
		}
	});
});

describe('resolveActor', () => {
	const cases: Array<[query: string, id: string, why: string]> = [
		['kirb', 'a-kirby', 'a prefix'],
		['vladimir', 'a-putin', 'a first name'],
		['biden admin', 'a-biden-administration', 'the start of a name'],
		['Kirby', 'a-kirby', 'a surname'],
		['moscow', 'a-russia', 'a metonym'],
		['zelenskiy', 'a-zelenskyy', 'an alternate spelling'],
		['zelenksy', 'a-zelenskyy', 'a typo'],
		['peskof', 'a-peskov', 'a typo'],
		['tehran', 'a-iran', 'a metonym'],
		['U.S.', 'a-united-states', 'an abbreviation with dots'],
		['us', 'a-united-states', 'an abbreviation'],
		['washington', 'a-united-states', 'the capital for the state'],
		['white house', 'a-white-house', 'a name, case aside'],
		['a-peskov', 'a-peskov', 'an id'],
	];
	for (const [query, id, why] of cases) {
		test(`${JSON.stringify(query)} → ${id} (${why})`, () => {
			assert.equal(resolveActor(index, query), id);
		});
	}

	test('an unknown name is a BriefError naming it', () => {
		assert.throws(() => resolveActor(index, 'zzzqqq'), (error: unknown) => error instanceof BriefError && /unknown actor "zzzqqq"/.test(error.message));
	});

	test('a name that is no actor is an error, not a guess', () => {
		// A loose substring match once turned "kyiv" into Zelenskyi and "nato" into the US National Security Council.
		for (const query of ['kyiv', 'nato', 'kremlin', 'caspian']) {
			assert.throws(() => resolveActor(index, query), /unknown actor/, query);
		}

		for (const query of ['max', 'putni', 'the us']) {
			assert.throws(() => resolveLocation(index, query), /unknown location/, query);
		}
	});

	test('a name too far from any actor suggests the closest', () => {
		assert.throws(() => resolveActor(index, 'bidenova'), (error: unknown) => error instanceof BriefError && /did you mean "Biden"/.test(error.message));
	});
});

describe('resolveLocation, resolveKind, resolveRecordId', () => {
	for (const [query, id] of [
		['kiev', 'l-kyiv'],
		['the ukrainian capital', 'l-kyiv'],
		['makhachkla', 'l-makhachkala'],
		['russian federation', 'l-russia'],
		['alabuga', 'l-alabuga-sez'],
		['washington dc', 'l-washington'],
	] as const) {
		test(`location ${JSON.stringify(query)} → ${id}`, () => {
			assert.equal(resolveLocation(index, query), id);
		});
	}

	for (const [query, kind] of [
		['quote', 'quote'],
		['quotes', 'quote'],
		['claims', 'fact'],
		['places', 'location'],
		['people', 'actor'],
	] as const) {
		test(`kind ${JSON.stringify(query)} → ${kind}`, () => {
			assert.equal(resolveKind(query), kind);
		});
	}

	test('a misspelt kind is an error that suggests the kind', () => {
		assert.throws(() => resolveKind('quotez'), /unknown kind "quotez" — did you mean "quote"/);
	});

	test('record ids are exact: a near miss suggests the real id', () => {
		assert.equal(resolveRecordId(index, 'q-kirby-supply-route'), 'q-kirby-supply-route');
		assert.throws(() => resolveRecordId(index, 'q-kirby-supply-rout'), /unknown id "q-kirby-supply-rout" — did you mean "q-kirby-supply-route"/);
	});

	test('the start of an id suggests the ids it begins, not the id a typo away', () => {
		assert.throws(() => resolveRecordId(index, 'q-kirby'), /unknown id "q-kirby" — did you mean "q-kirby-supply-route" or "q-kirby-production-in-russia" or "q-kirby-expose-disrupt"\?/);
	});
});

describe('filters', () => {
	const record = (id: string) => index.byId.get(id)!;
	const route = record('f-drone-supply-route');

	test('no filters, or empty lists, keep everything', () => {
		assert.equal(filterRecords(index.records, {}).length, index.records.length);
		assert.equal(filterRecords(index.records, {kinds: [], actorIds: [], locationIds: []}).length, index.records.length);
	});

	test('kinds keep any of the kinds given', () => {
		const kept = filterRecords(index.records, {kinds: ['quote', 'route']});
		assert.deepEqual([...new Set(kept.map(kept => kept.kind))], ['quote', 'route']);
		assert.equal(kept.length, index.corpus.quotes.length + index.corpus.routes.length);
	});

	test('a record involves its speaker or attribution, not only its listed actors', () => {
		assert.ok(matchesFilters(route, {actorIds: ['a-kirby']}), 'attributed to Kirby');
		assert.ok(matchesFilters(record('q-peskov-illusions'), {actorIds: ['a-peskov']}), 'spoken by Peskov');
		assert.ok(!matchesFilters(record('q-peskov-illusions'), {actorIds: ['a-kirby']}));
	});

	test('a place filter includes places within it', () => {
		assert.ok(matchesFilters(record('l-makhachkala'), {locationIds: ['l-russia']}));
		assert.ok(matchesFilters(record('f-drones-attack-kyiv'), {locationIds: ['l-ukraine']}), 'Kyiv is in Ukraine');
		assert.ok(!matchesFilters(record('f-drones-attack-kyiv'), {locationIds: ['l-russia']}));
	});

	test('different filters all apply; values within one filter are alternatives', () => {
		assert.ok(matchesFilters(route, {kinds: ['fact'], actorIds: ['a-peskov', 'a-kirby'], locationIds: ['l-caspian-sea']}));
		assert.ok(!matchesFilters(route, {kinds: ['quote'], actorIds: ['a-kirby']}));
		assert.ok(!matchesFilters(route, {actorIds: ['a-kirby'], locationIds: ['l-kyiv']}));
	});

	test('a source filter keeps the passages from that source and the actors and places they involve', () => {
		const kept = new Set(filterRecords(index.records, {sourceIds: ['iran-russia-drones']}));
		const passages = index.records.filter(record => record.provenance !== null);
		assert.ok(passages.every(record => kept.has(record)));
		const entities = index.records.filter(record => record.provenance === null);
		const involved = (record: BriefRecord) => passages.some(passage => passage.actorIds.includes(record.id) || passage.locationIds.includes(record.id));
		assert.deepEqual(
			entities.filter(record => kept.has(record)).map(record => record.id),
			entities.filter(record => involved(record)).map(record => record.id),
		);
		assert.ok(!kept.has(record('l-washington')), 'the article names Washington only for the US government, an actor');
		assert.ok(kept.has(record('l-makhachkala')));
		assert.equal(filterRecords(index.records, {sourceIds: ['another-article']}).length, 0);
	});
});

describe('contextFor', () => {
	const sourced = index.records.filter(record => record.provenance !== null);

	test('every quote, fact and route sits at its offsets in its paragraph', () => {
		for (const record of sourced) {
			const context = contextFor(index, record);
			assert.ok(context, record.id);
			assert.equal(context.text.slice(context.start, context.end), record.text, record.id);
			assert.equal(context.paragraph, record.provenance!.paragraph);
		}
	});

	test('neighbouring paragraphs, and null at either end of the source', () => {
		const paragraphs = index.corpus.sources[0]!.paragraphs;
		const context = contextFor(index, index.byId.get('f-kyiv-bombardments')!)!;
		assert.equal(context.before, paragraphs[context.paragraph - 2]);
		assert.equal(context.after, paragraphs[context.paragraph]);

		const first = contextFor(index, index.byId.get('f-white-house-drone-details')!)!;
		assert.equal(first.paragraph, 1);
		assert.equal(first.before, null);

		const last = sourced.find(record => record.provenance!.paragraph === paragraphs.length);
		assert.ok(last, 'some record comes from the last paragraph');
		assert.equal(contextFor(index, last)!.after, null);
	});

	test('actors and places have no single passage', () => {
		assert.equal(contextFor(index, index.byId.get('a-kirby')!), null);
		assert.equal(contextFor(index, index.byId.get('l-kyiv')!), null);
	});
});
