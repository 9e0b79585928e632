import {readFileSync} from 'node:fs';
import * as z from 'zod/mini';
import {figureQualifiers} from '../../source/core/schema.js';

/**
 * What a test article should yield: the records a careful reader would draw
 * from it, written by hand next to the article (`<slug>.expected.json`).
 */

const paragraph = z.int().check(z.minimum(1));

export const expectedSchema = z.object({
	/** Passed to `brief ingest --title`. */
	title: z.string().check(z.minLength(1)),
	quotes: z.array(
		z.object({
			paragraph,
			/** What lies inside the quote marks, verbatim. */
			text: z.string().check(z.minLength(1)),
			/** The speaker's full name (or organisation); null when the article leaves them unnamed. */
			speaker: z.nullable(z.string()),
			mode: z.enum(['direct', 'partial']),
		}),
	),
	places: z.array(
		z.object({
			name: z.string().check(z.minLength(1)),
			lat: z.number(),
			lon: z.number(),
			/** Other names the place may be stored under (the article's spelling, a common variant). */
			aliases: z.optional(z.array(z.string())),
			/**
			 * For a sea, a state or a canal, which has no one point: how far from
			 * the given point (a conventional centre) a location may lie and still
			 * be this place. 50 km when absent.
			 */
			withinKm: z.optional(z.number().check(z.positive())),
		}),
	),
	figures: z.array(
		z.object({
			paragraph,
			text: z.string().check(z.minLength(1)),
			value: z.nullable(z.number()),
			/** Needed when value is null: what the figure then says ("hundreds", "dozens"). */
			qualifier: z.optional(z.enum(figureQualifiers)),
		}),
	),
	/** Who the article names: scored as actor recall and role accuracy, without a target. */
	actors: z.optional(
		z.array(
			z.object({
				name: z.string(),
				type: z.enum(['person', 'organisation', 'state']),
				role: z.nullable(z.string()),
			}),
		),
	),
});

export type Expected = z.infer<typeof expectedSchema>;
export type ExpectedQuote = Expected['quotes'][number];
export type ExpectedPlace = Expected['places'][number];
export type ExpectedFigure = Expected['figures'][number];
export type ExpectedActor = NonNullable<Expected['actors']>[number];

export function loadExpected(file: string): Expected {
	return expectedSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}
