import {Chalk} from 'chalk';
import {sanitize} from '../sanitize.js';
import type {Range} from '../search.js';

/** How terminal text is decorated; identity functions when colour is off. */
export type Style = {
	heading: (text: string) => string;
	id: (text: string) => string;
	kind: (text: string) => string;
	dim: (text: string) => string;
	name: (text: string) => string;
	/** Matched characters in search results. */
	match: (text: string) => string;
	/** A record's passage inside its paragraph. */
	passage: (text: string) => string;
};

export function createStyle(colour: boolean): Style {
	const chalk = new Chalk({level: colour ? 1 : 0});
	return {
		heading: chalk.bold,
		id: chalk.cyan,
		kind: chalk.magenta,
		dim: chalk.dim,
		name: chalk.bold,
		match: chalk.bold.yellow,
		passage: chalk.bold.underline,
	};
}

/**
 * Sanitise untrusted text and decorate the given ranges. Ranges refer to the
 * raw text, so each piece is sanitised separately after slicing.
 */
export function highlight(text: string, ranges: Range[], decorate: (text: string) => string): string {
	let output = '';
	let cursor = 0;
	for (const [start, end] of ranges) {
		if (start < cursor || end > text.length) {
			continue;
		}

		output += sanitize(text.slice(cursor, start)) + decorate(sanitize(text.slice(start, end)));
		cursor = end;
	}

	return output + sanitize(text.slice(cursor));
}
