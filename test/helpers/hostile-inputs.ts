/**
 * The input classes that once made ingest super-linear (issue 20), each
 * generated at any size: odd text that is small but hostile, and a realistic
 * article made long by repeating the project's test articles.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const articlesFolder = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));

/** `unit` repeated to exactly `size` characters. */
const repeated = (unit: string) => (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Words drawn by a fixed pseudo-random sequence, so every run sees the same text. */
const drawn = (draw: (next: () => number) => string) => (size: number) => {
	let seed = 1;
	const next = () => {
		seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
		return seed / 2_147_483_648;
	};

	const parts: string[] = [];
	let length = 0;
	while (length < size) {
		const part = draw(next);
		parts.push(part);
		length += part.length;
	}

	return parts.join('').slice(0, size);
};

const plainWords = ['the', 'ship', 'sailed', 'north', 'and', 'crew', 'watched', 'sea'];

export const hostileInputs: Record<string, (size: number) => string> = {
	'". " repeated': repeated('. '),
	'\'"a \' repeated': repeated('"a '),
	'apostrophes and quotes mixed': repeated('it\'s "a" \'b\' don\'t "c\' ‘d’ “e” '),
	'a quote and its speaker repeated': repeated('"Ships will sail," said John Kirby. "We are here," he said. '),
	'abbreviations repeated': repeated('Mr. U.S. Gov. Col. a.m. '),
	'random integers': drawn(next => `${Math.floor(next() * 1e6)} `),
	'commas': repeated(','),
	'dots': repeated('.'),
	'one line without punctuation': drawn(next => `${plainWords[Math.floor(next() * plainWords.length)]} `),
	'"according to the" repeated': repeated('according to the '),
	'one capitalised word': size => `A${'b'.repeat(size - 1)}`,
	'capitalised words repeated': repeated('Alpha Bravo Charlie Delta Echo '),
};

let realistic: string | undefined;

/** A realistic article of `size` characters: the project's test articles, one after another, repeated. */
export const realisticArticle = (size: number) => repeated(`${realisticText()}\n`)(size);

function realisticText(): string {
	realistic ??= readdirSync(articlesFolder)
		.filter(name => name.endsWith('.txt'))
		.sort()
		.map(name => readFileSync(articlesFolder + name, 'utf8'))
		.join('\n');
	return realistic;
}
