import * as z from 'zod/mini';
import {withoutPrototype} from '../core/lookup-table.js';
import {recordKinds} from '../core/records.js';

/** What one pin keeps: the record's id and a snapshot, so a briefing survives the corpus changing. */
export const pinSchema = z.object({
	id: z.string().check(z.minLength(1)),
	kind: z.enum(recordKinds),
	source: z.nullable(z.string()),
	sourceTitle: z.nullable(z.string()),
	/** Absent in pins made before outlets were recorded. */
	sourceOutlet: z.optional(z.nullable(z.string())),
	paragraph: z.nullable(z.int()),
	text: z.string(),
	speaker: z.nullable(z.string()),
	role: z.nullable(z.string()),
	note: z.nullable(z.string()),
	pinnedAt: z.string(),
});

export const storeSchema = z.object({
	version: z.literal(1),
	/** Briefings by name; each keeps its pins in the order the user gave them. */
	briefings: z.record(z.string(), z.object({pins: z.array(pinSchema)})),
});

export type Pin = z.infer<typeof pinSchema>;
export type StoreData = z.infer<typeof storeSchema>;

/** Briefings are looked up by the name a user typed ("constructor" too): the table has no prototype (core/lookup-table.ts). */
export const emptyStore = (): StoreData => ({version: 1, briefings: withoutPrototype({})});
