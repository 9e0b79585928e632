import {bindings, labelIn, type KeyContext} from '../keys/bindings.js';
import {truncateLine, wrapSegments, type Line} from './segments.js';

const sections: Array<{context: KeyContext; title: string}> = [
	{context: 'query', title: 'Typing a query'},
	{context: 'list', title: 'In the list'},
	{context: 'detail', title: 'Reading a record full-screen'},
	{context: 'reader', title: 'Reading the whole article (r)'},
	{context: 'find', title: 'Finding in a page (/)'},
	{context: 'picker', title: 'Actor, place and source pickers'},
	{context: 'briefing', title: 'The briefing pane'},
	{context: 'note', title: 'Writing a note'},
	{context: 'map', title: 'The map'},
	{context: 'help', title: 'This help'},
];

const searchSyntax = [
	['kirby caspian', 'both words, fuzzily; each may match any field'],
	["'shahed", 'contains exactly "shahed"'],
	['^kirby', 'a field starts with "kirby"'],
	['ukraine$', 'a field ends with "ukraine"'],
	['!iran', 'leave out records containing "iran"'],
	['kyiv | moscow', 'either side'],
];

/**
 * The help page, from the bindings table itself so it cannot disagree with
 * the keys: a section per place, the keys that work there; the place the help
 * was opened from comes first.
 */
export function helpLines(width: number, openedFrom: KeyContext = 'query'): Line[] {
	const keyWidth = Math.max(...sections.flatMap(section => bindings.map(binding => labelIn(binding, section.context).length)), ...searchSyntax.map(([example]) => example!.length)) + 2;
	const row = (key: string, description: string): Line[] =>
		wrapSegments(
			[
				{text: key.padEnd(keyWidth), style: 'label'},
				{text: description, style: 'plain'},
			],
			width,
			' '.repeat(keyWidth),
		);

	const lines: Line[] = [];
	for (const section of [...sections.filter(section => section.context === openedFrom), ...sections.filter(section => section.context !== openedFrom)]) {
		lines.push([{text: section.title, style: 'heading'}]);
		for (const binding of bindings.filter(binding => binding.contexts.includes(section.context))) {
			const label = labelIn(binding, section.context);
			if (label) {
				lines.push(...row(label, binding.description));
			}
		}

		lines.push([]);
	}

	lines.push([{text: 'Search syntax', style: 'heading'}]);
	for (const [example, meaning] of searchSyntax) {
		lines.push(...row(example!, meaning!));
	}

	return lines.map(line => truncateLine(line, width));
}
