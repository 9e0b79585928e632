/** A phrase found in a text: [start, end) and the values it was added with. */
export type PhraseMatch<T> = {start: number; end: number; values: T[]};

type TrieNode<T> = {children: Map<string, TrieNode<T>>; values: T[]};

const letter = /\p{L}/u;
const isLetter = (character: string | undefined) => character !== undefined && letter.test(character);

/**
 * Names found by walking a trie of their characters from each word start: the
 * cost is the text's length times the longest name at worst, whatever the
 * names are, and no regular expression is ever built from them. Matching is
 * exact (case and all) and whole-word: no letter just before or after.
 */
export class PhraseTrie<T> {
	private readonly root: TrieNode<T> = {children: new Map(), values: []};

	add(phrase: string, value: T): void {
		let node = this.root;
		for (const character of phrase) {
			let child = node.children.get(character);
			if (child === undefined) {
				child = {children: new Map(), values: []};
				node.children.set(character, child);
			}

			node = child;
		}

		node.values.push(value);
	}

	/** Every phrase that starts at a word start in `text` and ends at a word end, in text order, shorter before longer. */
	findAll(text: string): Array<PhraseMatch<T>> {
		const matches: Array<PhraseMatch<T>> = [];
		for (let start = 0; start < text.length; start++) {
			if (!isLetter(text[start - 1])) {
				matches.push(...this.matchesAt(text, start));
			}
		}

		return matches;
	}

	/** The phrases that start exactly at `start` and end at a word end, shorter before longer. */
	matchesAt(text: string, start: number): Array<PhraseMatch<T>> {
		const matches: Array<PhraseMatch<T>> = [];
		let node: TrieNode<T> | undefined = this.root;
		let at = start;
		while (node !== undefined && at <= text.length) {
			if (node.values.length > 0 && at > start && !isLetter(text[at])) {
				matches.push({start, end: at, values: node.values});
			}

			// A code point may take two UTF-16 units: step by whole characters, as `add` stored them.
			const character = String.fromCodePoint(text.codePointAt(at) ?? 0);
			node = at < text.length ? node.children.get(character) : undefined;
			at += character.length;
		}

		return matches;
	}

	/** The longest phrase at each word start, left to right, none overlapping (as a regex alternation, longest first, would find them). */
	findLongest(text: string): Array<PhraseMatch<T>> {
		const found: Array<PhraseMatch<T>> = [];
		for (let start = 0; start < text.length; start++) {
			const longest = isLetter(text[start - 1]) ? undefined : this.matchesAt(text, start).at(-1);
			if (longest) {
				found.push(longest);
				start = longest.end - 1;
			}
		}

		return found;
	}
}
