/**
 * The shapes of news writing that say who spoke a quote, as rows. `pattern`
 * is a regular expression over the paragraph (quotes blanked out), or a
 * compromise match over its tagged words; `yields` says what a match gives.
 * Each row's examples run as tests (test/ingest-attribution-rules.test.ts):
 * `[text, speaker]`, where the last quote of the text is the speaker's (null:
 * left unattributed). Patterns are built from the lexicon, never from input.
 */
export type AttributionRule<Pattern = RegExp> = {
	id: string;
	pattern: Pattern;
	yields: string;
	examples: Array<[text: string, speaker: string | null]>;
};
