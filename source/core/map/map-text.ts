import {Chalk} from 'chalk';
import {sanitizeLine} from '../sanitize.js';
import type {MapStyle} from './glyphs.js';
import type {MapFrame} from './render-map.js';
import type {MapStory} from './story.js';

/** The terminal colours of a map's parts: land outlines green, borders dim, the route red, places cyan, the highlighted yellow. */
export function mapColours(chalk: InstanceType<typeof Chalk>): Record<MapStyle, (text: string) => string> {
	return {
		blank: text => text,
		coast: chalk.green,
		border: chalk.dim,
		route: chalk.red,
		arrow: chalk.bold.red,
		marker: chalk.cyan,
		highlight: chalk.bold.yellow,
		selected: chalk.bold.yellow,
		label: text => text,
		'label-highlight': chalk.yellow,
		'label-selected': chalk.bold.inverse,
	};
}

/** A map frame as terminal text, coloured or plain, with a line naming its routes and the places outside the view. */
export function mapText(frame: MapFrame, story: MapStory, colour: boolean): string {
	const paint = mapColours(new Chalk({level: colour ? 1 : 0}));
	const lines = frame.lines.map(runs => runs.map(run => paint[run.style](run.text)).join('').trimEnd());
	return [...lines, ...mapLegend(frame, story)].join('\n') + '\n';
}

/** What the map cannot show by itself: the routes drawn, the places outside the view. */
export function mapLegend(frame: MapFrame, story: MapStory): string[] {
	const legend = [];
	if (story.routes.length > 0) {
		legend.push(`Route: ${story.routes.map(route => sanitizeLine(route.name)).join('; ')}`);
	}

	if (frame.offMap.length > 0) {
		legend.push(`Outside the view: ${frame.offMap.map(place => sanitizeLine(place.name)).join(', ')}`);
	}

	return legend;
}
