import {BriefError} from '../core/errors.js';
import {filterRecords, type Filters} from '../core/filters.js';
import type {Atlas, AtlasResolution} from '../core/map/atlas.js';
import {formatGeoJson} from '../core/map/geojson.js';
import type {GlyphSet} from '../core/map/glyphs.js';
import {mapLegend, mapText} from '../core/map/map-text.js';
import {createAtlasReader} from '../core/map/read-atlas.js';
import {renderMap} from '../core/map/render-map.js';
import {storyOf, type MapStory} from '../core/map/story.js';
import type {CorpusIndex} from '../core/records.js';
import {expectArguments} from './expect-arguments.js';
import {resolveFilters, type CommandRequest, type CommandResult} from './run-command.js';

/** `brief map` and `brief locations --format geojson`: what they add to a command request. */
export type MapCommandRequest = Omit<CommandRequest, 'format'> & {
	format: string;
	/** --width and --height, as given. */
	width: string | undefined;
	height: string | undefined;
	/** The terminal's size, when stdout is one. */
	terminal: {columns: number | undefined; rows: number | undefined};
	glyphs: GlyphSet;
};

/** Output of a size unknown (a pipe): a map this big. */
const pipedSize = {columns: 80, rows: 24};

/** Draw the story of the filtered records, or export it as GeoJSON. Throws BriefError on bad input. */
export function runMapCommand(index: CorpusIndex, request: MapCommandRequest, atlas: (resolution: AtlasResolution) => Atlas = createAtlasReader()): CommandResult {
	expectArguments(request, 0, {hint: 'brief map takes filters: --actor, --location, --source, --kind'});
	const filters = resolveFilters(index, request);
	const story = request.command === 'locations' ? placesStory(index, filters, request.limit) : storyOf(index, filterRecords(index.records, filters));
	const found = story.places.length > 0;
	if (request.format === 'geojson') {
		return {stdout: formatGeoJson(index, story), exitCode: found ? 0 : 1};
	}

	if (request.format !== 'text') {
		throw new BriefError(`brief map prints text or geojson, not ${request.format} (for the places as ${request.format}: brief locations --format ${request.format})`);
	}

	if (!found) {
		return {stdout: '', exitCode: 1};
	}

	const {columns, rows} = mapSize(request);
	const draw = (mapRows: number) => renderMap({story, columns, rows: mapRows, fit: 'focus', zoom: 1, selectedId: null, highlightIds: new Set(), glyphs: request.glyphs, colour: request.colour, atlas});
	// The legend's lines come out of the map's rows, so the whole output fits the size asked for.
	const legendLines = mapLegend(draw(rows), story).length;
	return {stdout: mapText(draw(Math.max(rows - legendLines, 4)), story, request.colour), exitCode: 0};
}

/** `brief locations --format geojson`: the places listed, with the passages in the filter citing them, and the routes in the filter. */
function placesStory(index: CorpusIndex, filters: Filters, limit: number | undefined): MapStory {
	if (filters.kinds?.some(kind => kind !== 'location')) {
		throw new BriefError(`locations lists only location records; --kind ${filters.kinds.filter(kind => kind !== 'location').join(', ')} is for brief map`);
	}

	const listed = filterRecords(index.records, {...filters, kinds: ['location']}).slice(0, limit);
	const listedIds = new Set(listed.map(record => record.id));
	const inFilter = filterRecords(index.records, {...filters, kinds: ['location', 'route', 'quote', 'fact']});
	const story = storyOf(index, inFilter);
	return {places: story.places.filter(place => listedIds.has(place.id)), routes: story.routes.filter(route => route.steps.every(step => listedIds.has(step.placeId)))};
}

function mapSize(request: MapCommandRequest): {columns: number; rows: number} {
	const columns = request.width === undefined ? request.terminal.columns ?? pipedSize.columns : wholeNumber('--width', request.width, 20, 1000);
	// A terminal keeps its last row for the prompt that follows.
	const rows = request.height === undefined ? (request.terminal.rows === undefined ? pipedSize.rows : request.terminal.rows - 1) : wholeNumber('--height', request.height, 6, 500);
	return {columns, rows};
}

function wholeNumber(flag: string, value: string, least: number, most: number): number {
	if (!/^\d+$/.test(value) || Number(value) < least || Number(value) > most) {
		throw new BriefError(`${flag} needs a whole number from ${least} to ${most}, got "${value}"`);
	}

	return Number(value);
}
