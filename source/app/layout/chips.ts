import {displayWidth} from './segments.js';

/** An active filter as the header shows it. */
export type Chip = {kind: 'actor' | 'location' | 'source'; name: string};

const marks = {actor: '', location: '@', source: '§ '} as const;
const chipPadding = 2;

/**
 * The chips that fit in `width`, shortened by rule rather than cut: first
 * whole names; then actors by surname, places whole, sources by their first
 * words with “…”; then as many as fit and “+N more”. A chip is never cut
 * inside a word and a count never cut at all.
 */
export function fitChips(chips: Chip[], width: number): string[] {
	const total = (labels: string[]) => labels.reduce((sum, label) => sum + displayWidth(label) + chipPadding, 0);
	const full = chips.map(chip => `${marks[chip.kind]}${chip.name}`);
	if (total(full) <= width) {
		return full;
	}

	const short = chips.map(chip => `${marks[chip.kind]}${shortName(chip)}`);
	if (total(short) <= width) {
		return short;
	}

	const kept: string[] = [];
	for (const [position, label] of short.entries()) {
		const more = `+${chips.length - position - 1} more`;
		const needed = total([...kept, label]) + (position < chips.length - 1 ? displayWidth(more) + chipPadding : 0);
		if (needed > width) {
			return [...kept, `+${chips.length - position} more`];
		}

		kept.push(label);
	}

	return kept;
}

function shortName({kind, name}: Chip): string {
	const words = name.split(/\s+/).filter(Boolean);
	if (kind === 'actor') {
		return words.at(-1) ?? name;
	}

	if (kind === 'source' && words.length > 2) {
		return `${words.slice(0, 2).join(' ')}…`;
	}

	return name;
}
