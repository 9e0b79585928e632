/** Lines this short, in a block between blank lines, may be one paragraph hard-wrapped. */
const wrappedLineLength = 100;

/**
 * An article's paragraphs: each line is a paragraph (how the seed article and
 * most copied text come). Where blank lines separate blocks, a block of short
 * lines that break mid-sentence is one paragraph hard-wrapped (joined with spaces).
 */
export function splitParagraphs(text: string): string[] {
	const blocks = text.split(/\n[ \t]*\n/);
	return blocks.flatMap(block => {
		const lines = block.split('\n').map(line => line.trim()).filter(Boolean);
		const wrapped = lines.slice(0, -1);
		const hardWrapped = blocks.length > 1 && wrapped.length > 0 && wrapped.every(line => line.length <= wrappedLineLength) && wrapped.some(line => !/[.!?:"”’']$/u.test(line));
		return hardWrapped ? [lines.join(' ')] : lines;
	});
}
