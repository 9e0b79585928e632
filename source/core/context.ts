import type {BriefRecord, CorpusIndex} from './records.js';
import type {Source} from './schema.js';

/** A record's passage in place: its paragraph, the neighbours, and where to highlight. */
export type RecordContext = {
	source: Source;
	/** 1-based. */
	paragraph: number;
	text: string;
	/** Offsets of the record's passage within `text`. */
	start: number;
	end: number;
	/** The paragraphs before and after, when there are any. */
	before: string | null;
	after: string | null;
};

/** The context of a quote, fact or route; null for actors and places, which have no single passage. */
export function contextFor(index: CorpusIndex, record: BriefRecord): RecordContext | null {
	const provenance = record.provenance;
	const source = provenance ? index.sources.get(provenance.source) : undefined;
	if (!provenance || !source) {
		return null;
	}

	const at = provenance.paragraph - 1;
	return {
		source,
		paragraph: provenance.paragraph,
		text: source.paragraphs[at] ?? '',
		start: provenance.start,
		end: provenance.end,
		before: source.paragraphs[at - 1] ?? null,
		after: source.paragraphs[at + 1] ?? null,
	};
}
