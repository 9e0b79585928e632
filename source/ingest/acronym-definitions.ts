/**
 * "the Indonesia Morowali Industrial Park (IMIP)", "the Centre for Research on
 * Energy and Clean Air (CREA)": an organisation's name in full, found from the
 * short form it defines in brackets — the capitalised words before the bracket
 * whose initials spell it, function words between them, at most one
 * capitalised word the short form leaves out. Reads a bounded stretch before
 * each bracket: linear in the paragraph.
 */
export type AcronymDefinition = {start: number; end: number; name: string; acronym: string};

const definedShortForm = /\((\p{Lu}{2,6})\)/gu;
const word = /[\p{L}’'-]+/gu;
const functionWords = new Set(['of', 'for', 'on', 'and', 'the', 'in', 'de', 'du', 'des', 'la', 'le', 'to', '&']);
/** How far before a bracket a name may start. */
const reach = 160;

export function acronymDefinitions(paragraph: string): AcronymDefinition[] {
	const found: AcronymDefinition[] = [];
	for (const bracket of paragraph.matchAll(definedShortForm)) {
		const acronym = bracket[1]!;
		const from = Math.max(0, bracket.index - reach);
		const before = paragraph.slice(from, bracket.index);
		if (!/\S\s$/u.test(before)) {
			continue;
		}

		const words = [...before.matchAll(word)];
		let letter = acronym.length - 1;
		let skipped = 0;
		let first: RegExpExecArray | undefined;
		for (let index = words.length - 1; index >= 0 && letter >= 0; index--) {
			const text = words[index]![0];
			if (/^\p{Lu}/u.test(text) && text.charAt(0) === acronym.charAt(letter)) {
				letter--;
				first = words[index];
			} else if (functionWords.has(text.toLowerCase()) && first !== undefined) {
				continue;
			} else if (/^\p{Lu}/u.test(text) && first !== undefined && skipped === 0) {
				skipped++;
			} else {
				break;
			}
		}

		if (letter < 0 && first !== undefined) {
			const start = from + first.index;
			const end = from + before.trimEnd().length;
			const name = paragraph.slice(start, end);
			if (name.includes(' ')) {
				found.push({start, end, name, acronym});
			}
		}
	}

	return found;
}
