/**
 * What a search works out once a corpus before it can look for any word: the
 * records' texts and the paragraphs around them, folded and lower-cased as
 * search compares them. searcher.ts and context-index.ts make it; an index
 * read from a snapshot (index-snapshot.ts) may bring it ready-made, as this
 * very code made it when the snapshot was written.
 */

/**
 * The lower-cased texts of a run of records, one after another with a line
 * between them, so that a word's pieces are found in every text by a few
 * native searches rather than one test a record. `starts` holds where each
 * text starts within `text`, and where the last one would end.
 */
export type TextChunk = {first: number; text: string; starts: Int32Array};

export type Paragraphs = {
	count: number;
	/** A paragraph folded and lower-cased as search compares text. */
	text: (number: number) => string;
	/** The positions of the records in each paragraph. */
	records: number[][];
	/** Each record's paragraph, or -1 (actors and places have none). */
	paragraphOf: Int32Array;
};

export type PreparedSearch = {
	/** Every record's text, a run of records a chunk (see searcher.ts). */
	chunks: TextChunk[];
	/** An actor's, place's or route's own other names, lower-cased, by position. */
	ownNames: Map<number, string>;
	/** Every name an actor or place goes by (and an actor's role), lower-cased, by id. */
	entityNames: Map<string, string>;
	paragraphs: Paragraphs;
};
