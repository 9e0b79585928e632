import {displayWidth, leadingWords} from './segments.js';

/** An active filter as the header shows it. */
export type Chip = {kind: 'actor' | 'location' | 'source'; name: string};

const marks = {actor: '', location: '@', source: '§ '} as const;
const chipPadding = 2;

const total = (labels: string[]) => labels.reduce((sum, label) => sum + displayWidth(label) + chipPadding, 0);

/**
 * The chips that fit in `width`, shortened by rule rather than cut: whole
 * names if they fit; else sources (the longest) keep their first words that
 * fit, with “…”; else actors go by surname too; else as many as fit and “+N
 * more”. A chip is never cut inside a word.
 */
export function fitChips(chips: Chip[], width: number): string[] {
	for (const shortActors of [false, true]) {
		const named = chips.map(chip => (chip.kind === 'actor' && shortActors ? surname(chip.name) : chip.name));
		const fixed = chips.map((chip, position) => (chip.kind === 'source' ? '' : `${marks[chip.kind]}${named[position]}`));
		const sources = chips.filter(chip => chip.kind === 'source').length;
		const share = sources === 0 ? 0 : Math.floor((width - total(fixed.filter(Boolean))) / sources) - chipPadding;
		const labels = chips.map((chip, position) => (chip.kind === 'source' ? `${marks.source}${leadingWords(named[position]!, share - displayWidth(marks.source))}` : fixed[position]!));
		if (total(labels) <= width && labels.every(label => label !== marks.source)) {
			return labels;
		}
	}

	const kept: string[] = [];
	const shortest = chips.map(chip => `${marks[chip.kind]}${chip.kind === 'actor' ? surname(chip.name) : chip.kind === 'source' ? leadingWords(chip.name, 0) : chip.name}`);
	for (const [position, label] of shortest.entries()) {
		const rest = chips.length - position - 1;
		if (total([...kept, label]) + (rest > 0 ? displayWidth(`+${rest} more`) + chipPadding : 0) > width) {
			return [...kept, `+${chips.length - position} more`];
		}

		kept.push(label);
	}

	return kept;
}

function surname(name: string): string {
	return name.split(/\s+/).filter(Boolean).at(-1) ?? name;
}

/**
 * The header's summary in `width` columns: the corpus's name, then as many of
 * its counts ("11 quotes") as fit whole, the rest left out rather than one cut
 * mid-word; a name too long for the line keeps its first words, with “…”.
 */
export function fitSummary(name: string, counts: string[], width: number): {name: string; counts: string[]} {
	const separator = ' · ';
	const fittedName = leadingWords(name, width);
	let room = width - displayWidth(fittedName);
	const kept: string[] = [];
	for (const count of counts) {
		room -= displayWidth(separator + count);
		if (room < 0) {
			break;
		}

		kept.push(count);
	}

	return {name: fittedName, counts: kept};
}
