/** Lines this short, in a block between blank lines, are one paragraph hard-wrapped. */
const wrappedLineLength = 100;

/**
 * An article's paragraphs: each line is a paragraph (how the seed article and
 * most copied text come), except in a block of short lines between blank
 * lines, which is one paragraph hard-wrapped (joined with spaces).
 */
export function splitParagraphs(text: string): string[] {
	return text.split(/\n[ \t]*\n/).flatMap(block => {
		const lines = block.split('\n').map(line => line.trim()).filter(Boolean);
		const hardWrapped = lines.length > 1 && lines.slice(0, -1).every(line => line.length <= wrappedLineLength);
		return hardWrapped ? [lines.join(' ')] : lines;
	});
}
