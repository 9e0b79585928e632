import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini with one locale keeps the CLI's start-up small; messages stay in English.
z.config(en());

/**
 * The corpus schema: the one definition of what a corpus file holds.
 * Every TypeScript type for corpus data is inferred from here.
 *
 * Actors and locations are corpus-wide entities shared by every source;
 * quotes, facts and routes belong to one source and carry provenance.
 */

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens'));

const nonEmpty = z.string().check(z.minLength(1));

/** Where a record's text sits: `paragraphs[paragraph - 1].slice(start, end) === text`. */
export const provenanceSchema = z.object({
	source: id,
	/** 1-based paragraph number within the source. */
	paragraph: z.int().check(z.minimum(1)),
	/** Offsets (UTF-16 code units) of the record's text within that paragraph. */
	start: z.int().check(z.minimum(0)),
	end: z.int().check(z.minimum(0)),
});

export const sourceSchema = z.object({
	id,
	/** A neutral, descriptive title (not necessarily the outlet's headline). */
	title: nonEmpty,
	/** Only when the text itself states it; never invented. */
	outlet: z.nullable(z.string()),
	/** ISO date (YYYY-MM-DD), only when stated. */
	date: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
	/** The article text, verbatim. */
	text: z.string(),
	/** The text split into paragraphs (one per line of the original). */
	paragraphs: z.array(z.string()).check(z.minLength(1)),
	/** Who wrote it, as the byline or the page's metadata gives it. */
	byline: z.optional(z.string()),
	/** Where it was filed, as its dateline names it ("Kyiv, Ukraine"). */
	place: z.optional(z.string()),
	/** The web address it was read from. */
	url: z.optional(z.string()),
});

export const actorTypes = ['person', 'organisation', 'state'] as const;

export const actorSchema = z.object({
	id,
	name: nonEmpty,
	type: z.enum(actorTypes),
	/** The role exactly as an article gives it, or null. */
	role: z.nullable(z.string()),
	/** Other names: metonyms the articles use, short forms, alternate spellings. */
	aliases: z.array(z.string()),
});

export const locationKinds = ['country', 'capital', 'city', 'port', 'sea', 'special economic zone', 'region', 'strait', 'canal', 'lake', 'river', 'mountain'] as const;

export const locationSchema = z.object({
	id,
	name: nonEmpty,
	kind: z.enum(locationKinds),
	/** The country it lies in (its name); null for a country itself or a sea shared by several. */
	country: z.nullable(z.string()),
	/** The location id of the country it lies in, for filtering by country. */
	within: z.nullable(id),
	lat: z.number().check(z.minimum(-90), z.maximum(90)),
	lon: z.number().check(z.minimum(-180), z.maximum(180)),
	/** Where the coordinates come from (gazetteer and id, or how they were derived). */
	coordinatesSource: nonEmpty,
	aliases: z.array(z.string()),
});

export const quoteSchema = z.object({
	id,
	/** The passage inside the quotation marks, verbatim. */
	text: nonEmpty,
	/** Actor id of the speaker; null when the article leaves the speaker unnamed. */
	speaker: z.nullable(id),
	/** direct: a whole quoted statement; partial: a fragment woven into the reporter's sentence. */
	mode: z.enum(['direct', 'partial']),
	/** Other actors the quote involves or addresses. */
	actors: z.array(id),
	locations: z.array(id),
	/** The time expression as written, when the article dates the statement. */
	time: z.nullable(z.string()),
	provenance: provenanceSchema,
});

export const figureQualifiers = ['exact', 'about', 'almost', 'at least', 'more than', 'most of', 'dozens', 'hundreds', 'thousands', 'tens of thousands', 'hundreds of thousands', 'millions', 'tens of millions', 'hundreds of millions', 'billions', 'tens of billions', 'hundreds of billions', 'up to', 'less than'] as const;

export const figureSchema = z.object({
	/** The figure as written, e.g. "about 1,160 Shaheds". */
	text: nonEmpty,
	/** The number, or null when the article gives only an order of magnitude ("hundreds of"). */
	value: z.nullable(z.number()),
	qualifier: z.enum(figureQualifiers),
	/** What is counted, e.g. "Shahed drones", "bombardments", "days". */
	unit: nonEmpty,
	/** What the figure measures, e.g. "used against Ukraine". */
	measure: nonEmpty,
});

export const factSchema = z.object({
	id,
	/** The claim, verbatim from the article. */
	text: nonEmpty,
	actors: z.array(id),
	locations: z.array(id),
	figures: z.array(figureSchema),
	/** The time expression as written ("last month", "in October"), or null. */
	time: z.nullable(z.string()),
	/** Actor id of whoever asserts the claim; null when the article states it in its own voice. */
	attribution: z.nullable(id),
	provenance: provenanceSchema,
});

export const routeSchema = z.object({
	id,
	name: nonEmpty,
	/** The passage describing the route, verbatim. */
	text: nonEmpty,
	steps: z
		.array(
			z.object({
				/** What happens at this step, e.g. "built", "shipped from". */
				action: nonEmpty,
				location: id,
			}),
		)
		.check(z.minLength(2)),
	actors: z.array(id),
	attribution: z.nullable(id),
	provenance: provenanceSchema,
});

const corpusShape = z.object({
	/** A short display name for the corpus. */
	name: nonEmpty,
	sources: z.array(sourceSchema),
	actors: z.array(actorSchema),
	locations: z.array(locationSchema),
	quotes: z.array(quoteSchema),
	facts: z.array(factSchema),
	routes: z.array(routeSchema),
});

export const corpusSchema = corpusShape.check(
	z.superRefine((corpus, context) => {
		for (const problem of integrityProblems(corpus)) {
			context.addIssue({code: 'custom', message: problem.message, path: problem.path, input: corpus});
		}
	}),
);

type Problem = {path: Array<string | number>; message: string};

/**
 * What a well-formed corpus also needs beyond its shape: ids unique across
 * every collection, every reference resolving, every provenance slicing its
 * text out of its paragraph.
 */
function integrityProblems(corpus: z.infer<typeof corpusShape>): Problem[] {
	const problems: Problem[] = [];
	const seen = new Set<string>();
	const idsOf = (items: Array<{id: string}>) => new Set(items.map(item => item.id));
	const actorIds = idsOf(corpus.actors);
	const locationIds = idsOf(corpus.locations);
	const sources = new Map(corpus.sources.map(source => [source.id, source]));

	const collections = ['sources', 'actors', 'locations', 'quotes', 'facts', 'routes'] as const;
	for (const collection of collections) {
		for (const [index, item] of corpus[collection].entries()) {
			if (seen.has(item.id)) {
				problems.push({path: [collection, index, 'id'], message: `duplicate id "${item.id}"`});
			}

			seen.add(item.id);
		}
	}

	const expectIn = (ids: Set<string>, what: string, value: string | null, path: Problem['path']) => {
		if (value !== null && !ids.has(value)) {
			problems.push({path, message: `unknown ${what} "${value}"`});
		}
	};

	for (const [index, location] of corpus.locations.entries()) {
		expectIn(locationIds, 'location', location.within, ['locations', index, 'within']);
	}

	const sourced = ['quotes', 'facts', 'routes'] as const;
	for (const collection of sourced) {
		for (const [index, record] of corpus[collection].entries()) {
			const at = (...rest: Array<string | number>) => [collection, index, ...rest];
			for (const [i, actor] of record.actors.entries()) {
				expectIn(actorIds, 'actor', actor, at('actors', i));
			}

			if ('speaker' in record) {
				expectIn(actorIds, 'actor', record.speaker, at('speaker'));
			}

			if ('attribution' in record) {
				expectIn(actorIds, 'actor', record.attribution, at('attribution'));
			}

			const locations = 'steps' in record ? record.steps.map(step => step.location) : record.locations;
			for (const [i, location] of locations.entries()) {
				expectIn(locationIds, 'location', location, at('steps' in record ? 'steps' : 'locations', i));
			}

			const {source: sourceId, paragraph, start, end} = record.provenance;
			const source = sources.get(sourceId);
			const text = source?.paragraphs[paragraph - 1];
			if (source === undefined) {
				problems.push({path: at('provenance', 'source'), message: `unknown source "${sourceId}"`});
			} else if (text === undefined) {
				problems.push({path: at('provenance', 'paragraph'), message: `source "${sourceId}" has no paragraph ${paragraph}`});
			} else if (text.slice(start, end) !== record.text) {
				problems.push({path: at('provenance'), message: `offsets ${start}–${end} of paragraph ${paragraph} do not hold the record's text`});
			}
		}
	}

	return problems;
}

export type Provenance = z.infer<typeof provenanceSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Location = z.infer<typeof locationSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Route = z.infer<typeof routeSchema>;
export type Corpus = z.infer<typeof corpusSchema>;
