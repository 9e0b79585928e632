import {Chalk, type ChalkInstance} from 'chalk';
import {sanitizeLine} from '../sanitize.js';
import type {MapStyle} from './glyphs.js';
import type {MapFrame} from './render-map.js';
import type {MapStory} from './story.js';

/** How a map's part looks, in the terms of Ink's Text (the app draws with them too). */
export type RunStyle = {color?: 'green' | 'red' | 'cyan' | 'yellow'; dimColor?: boolean; bold?: boolean; inverse?: boolean};

/** The terminal colours of a map's parts: land outlines green, borders dim, the route red, places cyan, the highlighted yellow. */
export const mapRunStyles: Record<MapStyle, RunStyle> = {
	blank: {},
	coast: {color: 'green'},
	border: {dimColor: true},
	route: {color: 'red'},
	arrow: {color: 'red', bold: true},
	marker: {color: 'cyan'},
	highlight: {color: 'yellow', bold: true},
	selected: {color: 'yellow', bold: true},
	label: {},
	'label-highlight': {color: 'yellow'},
	'label-selected': {bold: true, inverse: true},
};

/** Text styled as Ink's Text would style it: dim, colour, bold, inverse, in that order. */
export function styledRun(text: string, {color, dimColor, bold, inverse}: RunStyle, chalk: ChalkInstance): string {
	let result = dimColor ? chalk.dim(text) : text;
	result = color ? chalk[color](result) : result;
	result = bold ? chalk.bold(result) : result;
	return inverse ? chalk.inverse(result) : result;
}

/** A map frame as terminal text, coloured or plain, with a line naming its routes and the places outside the view. */
export function mapText(frame: MapFrame, story: MapStory, colour: boolean): string {
	const chalk = new Chalk({level: colour ? 1 : 0});
	const lines = frame.lines.map(runs => runs.map(run => styledRun(run.text, mapRunStyles[run.style], chalk)).join('').trimEnd());
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
