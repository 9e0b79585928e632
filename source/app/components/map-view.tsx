import chalk from 'chalk';
import {Box, Text} from 'ink';
import {useContext} from 'react';
import type {MapStyle} from '../../core/map/glyphs.js';
import type {MapFrame, MapRun} from '../../core/map/render-map.js';
import type {MapStory} from '../../core/map/story.js';
import {mapRunStyles, styledRun, type RunStyle} from '../../core/map/map-text.js';
import {sanitizeLine} from '../../core/sanitize.js';
import type {MapScreen} from '../hooks/use-map.js';
import {innerHeight} from '../state/layout.js';
import {ColourContext} from '../theme.js';
import {LineText} from './line-text.js';

const withColour = mapRunStyles;

/** Without colour the glyphs tell route, markers and outlines apart; emphasis is bold and inverse. */
const withoutColour: Record<MapStyle, RunStyle> = {
	...withColour,
	coast: {},
	route: {bold: true},
	arrow: {bold: true},
	marker: {},
	highlight: {bold: true},
	selected: {bold: true},
	'label-highlight': {bold: true},
};

/**
 * Map lines as styled text (the whole map, or a locator): one Text a line,
 * its runs styled here as Ink's Text would style them (dim, colour, bold,
 * inverse, in that order, with Ink's chalk). A map is a few hundred runs; as
 * Text elements each would be a React fibre and an Ink node to lay out on the
 * frame the map opens.
 */
export function MapLines({lines}: {lines: MapRun[][]}) {
	const styles = useContext(ColourContext) ? withColour : withoutColour;
	return lines.map((runs, row) => (
		<Text key={row} wrap="truncate">
			{styledLine(runs, styles)}
		</Text>
	));
}

/**
 * A line's runs as one string. A blank looks the same in any colour, bold or
 * dim (only inverse shows it), so blanks join the run before them (or the one
 * after), and runs that look alike join: a third as many escape codes for Ink
 * to read, the same screen.
 */
function styledLine(runs: MapRun[], styles: Record<MapStyle, RunStyle>): string {
	let line = '';
	let text = '';
	let look: RunStyle = styles.blank;
	let blanksOnly = true;
	for (const [position, run] of runs.entries()) {
		const runLook = styles[run.style];
		// Blanks at the end of a line stay plain, for Ink to trim.
		const blankJoins = run.style === 'blank' && !look.inverse && position < runs.length - 1;
		const joins = runLook === look || blankJoins || (blanksOnly && !runLook.inverse);
		if (!joins) {
			line += styledRun(text, look, chalk);
			text = '';
			blanksOnly = true;
		}

		if (run.style !== 'blank' || !joins) {
			look = runLook;
			blanksOnly &&= run.style === 'blank';
		}

		text += run.text;
	}

	return line + styledRun(text, look, chalk);
}

type Props = {screen: MapScreen; width: number; height: number};

/** The map of the results' places in a bordered box, with a line about the place under the cursor; or a place's detail with its locator map. */
export function MapView({screen, width, height}: Props) {
	const {frame, place, story, cursorId} = screen;
	if (place) {
		return (
			<Box width={width} height={height} borderStyle="round" paddingX={1}>
				<Box flexDirection="column" flexGrow={1}>
					{place.lines.slice(0, innerHeight(height)).map((line, position) => (
						<LineText key={position} line={line} />
					))}
				</Box>
				{place.locator && (
					<Box flexDirection="column" marginLeft={1}>
						<MapLines lines={place.locator.lines} />
					</Box>
				)}
			</Box>
		);
	}

	return (
		<Box flexDirection="column" width={width} height={height} borderStyle="round">
			{frame ? <MapLines lines={frame.lines} /> : <Text dimColor>The map is not available in this build.</Text>}
			<Box flexGrow={1} />
			<Text wrap="truncate-end" dimColor>
				{statusOf(story, cursorId, frame)}
			</Text>
		</Box>
	);
}

/** "Makhachkala · port, Russia · 14 places · outside the view: Washington (0 fits all)" */
function statusOf(story: MapStory, cursorId: string | null, frame: MapFrame | null): string {
	const cursor = story.places.find(place => place.id === cursorId);
	const parts = [];
	if (cursor) {
		parts.push(`${cursor.name} · ${[cursor.kind, cursor.country].filter(Boolean).join(', ')}`);
	}

	parts.push(story.places.length === 1 ? '1 place' : `${story.places.length} places`);
	if (frame && frame.offMap.length > 0) {
		parts.push(`outside the view: ${frame.offMap.map(place => place.name).join(', ')} (0 fits all)`);
	}

	return sanitizeLine(parts.join(' · '));
}
