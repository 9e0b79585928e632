/**
 * A pattern's matches in a text, where the text holds one of the words the
 * pattern cannot match without. Most of ingest's long patterns open on any
 * capitalised word and are tried at each one; a paragraph with none of their
 * nouns in it (most paragraphs) is passed over with a few substring searches.
 * The words must be ones every match holds, as written (case included).
 */
export function matchesNeeding(text: string, pattern: RegExp, words: readonly string[]): Iterable<RegExpExecArray> {
	return words.some(word => text.includes(word)) ? text.matchAll(pattern) : [];
}
