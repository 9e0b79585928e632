import {glyphSetFor} from '../core/map/glyphs.js';
import {parseRequest, type RawFlags} from './parse-request.js';
import {mapCommands} from './run-command.js';
import type {MapCommandRequest} from './run-map-command.js';

/** `brief map`, and the one list that speaks GeoJSON: `brief locations --format geojson`. */
export function isMapRequest(command: string, format: string | undefined): boolean {
	return (mapCommands as readonly string[]).includes(command) || (command === 'locations' && format === 'geojson');
}

type Terminal = {stdoutIsTty: boolean; environment: NodeJS.ProcessEnv; columns: number | undefined; rows: number | undefined};

/** The request of a map command: the usual filters and colour, the map's own format and size. */
export function mapCommandRequest(command: string, args: string[], flags: RawFlags & {width?: string | undefined; height?: string | undefined}, terminal: Terminal): MapCommandRequest {
	const request = parseRequest(command, args, {...flags, json: false, format: undefined}, terminal);
	return {
		...request,
		format: flags.json ? 'json' : (flags.format ?? 'text'),
		width: flags.width,
		height: flags.height,
		terminal: terminal.stdoutIsTty ? {columns: terminal.columns, rows: terminal.rows} : {columns: undefined, rows: undefined},
		glyphs: glyphSetFor(terminal.environment),
	};
}
