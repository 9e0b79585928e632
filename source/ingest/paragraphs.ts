/**
 * An article's paragraphs. With blank lines in the text, a paragraph is a
 * block between them (hard-wrapped lines joined by a space); without any, each
 * line is a paragraph (how the seed article and most copied text come).
 */
export function splitParagraphs(text: string): string[] {
	const separatedByBlankLines = /\n[ \t]*\n/.test(text.trim());
	const blocks = separatedByBlankLines ? text.split(/\n[ \t]*\n/) : text.split('\n');
	return blocks.map(block => block.split('\n').map(line => line.trim()).filter(Boolean).join(' ')).filter(Boolean);
}
