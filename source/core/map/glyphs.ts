/** How each part of a map looks in a cell: what it is, so that colour (or its absence) is decided by whoever draws it. */
export type MapStyle = 'blank' | 'coast' | 'border' | 'route' | 'arrow' | 'marker' | 'highlight' | 'selected' | 'label' | 'label-highlight' | 'label-selected';

/** Braille outlines and Unicode symbols, or plain ASCII for terminals without Unicode. */
export type GlyphSet = 'unicode' | 'ascii';

type Glyphs = {
	marker: string;
	highlight: string;
	selected: string;
	/** Arrowheads pointing east, north-east, north, … clockwise the other way round: by eighths of a turn counter-clockwise from east. */
	arrows: readonly string[];
	/** Route strokes drawn a cell at a time: horizontal, rising, vertical, falling. */
	strokes: readonly [string, string, string, string];
	/** ASCII outlines: a cell with coast dots, one with border dots only. */
	coast: string;
	border: string;
};

export const glyphSets: Record<GlyphSet, Glyphs> = {
	unicode: {
		marker: '●',
		highlight: '◆',
		selected: '◉',
		arrows: ['→', '↗', '↑', '↖', '←', '↙', '↓', '↘'],
		strokes: ['─', '╱', '│', '╲'],
		coast: ':',
		border: '.',
	},
	ascii: {
		marker: 'o',
		highlight: '#',
		selected: '@',
		arrows: ['>', '>', '^', '<', '<', '<', 'v', '>'],
		strokes: ['-', '/', '|', '\\'],
		coast: ':',
		border: '.',
	},
};

/** The eighth of a turn (0 east, 2 north, 4 west, 6 south) a direction in screen dots points to; y grows downwards. */
export function eighthOf(dx: number, dy: number): number {
	const angle = Math.atan2(-dy, dx);
	return (Math.round(angle / (Math.PI / 4)) + 8) % 8;
}

/** The stroke for a piece of route going (dx, dy) in dots. */
export function strokeOf(glyphs: Glyphs, dx: number, dy: number): string {
	return glyphs.strokes[eighthOf(dx, dy) % 4]!;
}

/**
 * Whether the terminal shows Unicode: not on the Linux console or a dumb
 * terminal, nor where the locale names another character set. With no
 * locale set at all, brief assumes UTF-8, as the rest of the app does.
 */
export function glyphSetFor(environment: NodeJS.ProcessEnv): GlyphSet {
	const term = environment['TERM'] ?? '';
	if (term === 'linux' || term === 'dumb') {
		return 'ascii';
	}

	const locale = environment['LC_ALL'] || environment['LC_CTYPE'] || environment['LANG'] || '';
	return locale === '' || /utf-?8/i.test(locale) ? 'unicode' : 'ascii';
}
