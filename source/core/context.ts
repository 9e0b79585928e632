import type {BriefRecord, CorpusIndex} from './records.js';
import type {Source} from './schema.js';

/** A paragraph of an article with its 1-based number. */
export type NumberedParagraph = {number: number; text: string};

/** A record's passage in place: its paragraph, the neighbours, and where to highlight. */
export type RecordContext = {
	source: Source;
	/** 1-based. */
	paragraph: number;
	text: string;
	/** Offsets of the record's passage within `text`. */
	start: number;
	end: number;
	/** The nearest paragraphs before and after, when there are any. */
	before: string | null;
	after: string | null;
	/** Up to `span` paragraphs before and after, nearest last and first. */
	preceding: NumberedParagraph[];
	following: NumberedParagraph[];
};

/**
 * The context of a quote, fact or route, with `span` paragraphs either side
 * (default 1); null for actors and places, which have no single passage.
 */
export function contextFor(index: CorpusIndex, record: BriefRecord, span = 1): RecordContext | null {
	const provenance = record.provenance;
	const source = provenance ? index.sources.get(provenance.source) : undefined;
	if (!provenance || !source) {
		return null;
	}

	const at = provenance.paragraph - 1;
	const numbered = (from: number, to: number): NumberedParagraph[] => source.paragraphs.slice(Math.max(0, from), Math.max(0, to)).map((text, offset) => ({number: Math.max(0, from) + offset + 1, text}));
	return {
		source,
		paragraph: provenance.paragraph,
		text: source.paragraphs[at] ?? '',
		start: provenance.start,
		end: provenance.end,
		before: source.paragraphs[at - 1] ?? null,
		after: source.paragraphs[at + 1] ?? null,
		preceding: numbered(at - span, at),
		following: numbered(at + 1, at + 1 + span),
	};
}
