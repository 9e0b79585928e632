import {surnameParticles} from './lexicon/titles.js';

/** Where a word stands: paragraph number (1-based) and offset. */
export type WordAt = {paragraph: number; start: number; end: number};

const wordPattern = /[\p{L}\p{N}]+/gu;
const letter = /\p{L}/u;
const particles = new Set(surnameParticles);

/**
 * An article's words indexed once, so that looking a name up costs the number
 * of times its first word occurs, not a scan of the article (and never a
 * regular expression built from the name).
 */
export class ArticleWords {
	private readonly byFirstWord = new Map<string, WordAt[]>();

	constructor(readonly paragraphs: string[]) {
		for (const [index, paragraph] of paragraphs.entries()) {
			for (const match of paragraph.matchAll(wordPattern)) {
				const list = this.byFirstWord.get(match[0]);
				const at = {paragraph: index + 1, start: match.index, end: match.index + match[0].length};
				if (list) {
					list.push(at);
				} else {
					this.byFirstWord.set(match[0], [at]);
				}
			}
		}
	}

	/** Where `name` is written whole (case and all), with no letter just before or after, in text order. */
	occurrences(name: string): WordAt[] {
		const first = /^[\p{L}\p{N}]+/u.exec(name)?.[0];
		if (first === undefined) {
			return [];
		}

		return (this.byFirstWord.get(first) ?? []).flatMap(({paragraph, start}) => {
			const text = this.paragraphs[paragraph - 1]!;
			const end = start + name.length;
			return text.startsWith(name, start) && !isLetter(text[end]) ? [{paragraph, start, end}] : [];
		});
	}

	/**
	 * The capitalised word written before `name`, past any surname particles
	 * ("Ursula von der Leyen" for "Leyen"), wherever the article has one: the
	 * word and the text from it to the name's end, in text order.
	 */
	wordsBefore(name: string): Array<{word: string; written: string}> {
		return this.occurrences(name).flatMap(({paragraph, start, end}) => {
			const text = this.paragraphs[paragraph - 1]!;
			let at = start;
			for (;;) {
				const spaceStart = skipBack(text, at, character => /\s/u.test(character));
				if (spaceStart === at) {
					return [];
				}

				const wordStart = skipBack(text, spaceStart, character => /[\p{L}.’'-]/u.test(character));
				const word = text.slice(wordStart, spaceStart);
				if (particles.has(word)) {
					at = wordStart;
					continue;
				}

				return /^\p{Lu}/u.test(word) ? [{word, written: text.slice(wordStart, end)}] : [];
			}
		});
	}

	/** "Nordhavn Agri" for "Nordhavn": the capitalised words written right after `word`, where the article has any, first found. */
	wordsAfter(word: string): string | undefined {
		for (const {paragraph, end} of this.occurrences(word)) {
			const text = this.paragraphs[paragraph - 1]!;
			const following = /(?:\s\p{Lu}[\p{L}-]*)+/uy;
			following.lastIndex = end;
			const match = following.exec(text);
			if (match) {
				return match[0];
			}
		}

		return undefined;
	}
}

function isLetter(character: string | undefined): boolean {
	return character !== undefined && letter.test(character);
}

function skipBack(text: string, from: number, skips: (character: string) => boolean): number {
	let at = from;
	while (at > 0 && skips(text[at - 1]!)) {
		at--;
	}

	return at;
}

const indexes = new WeakMap<string[], ArticleWords>();

/** The word index of an article's paragraphs, made once per paragraphs array (a cache of derived data, not state). */
export function articleWords(paragraphs: string[]): ArticleWords {
	let words = indexes.get(paragraphs);
	if (words === undefined) {
		words = new ArticleWords(paragraphs);
		indexes.set(paragraphs, words);
	}

	return words;
}
