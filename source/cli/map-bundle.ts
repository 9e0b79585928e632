/**
 * The map's bundle (dist/map.cjs): d3-geo, the atlas and the rasteriser, loaded
 * only when a map is drawn — by `brief map`, `brief locations --format
 * geojson`, or `m` in the app — so no other command or first frame pays for them.
 * The commands' own code (filters, GeoJSON, chalk) is set up on their first
 * call, not when the app loads the bundle for its first `m`: it is required
 * here, which esbuild bundles as a module started when first asked for.
 */
import type * as MapCommand from './run-map-command.js';

export {createAtlasReader} from '../core/map/read-atlas.js';
export {renderMap} from '../core/map/render-map.js';

export function runMapCommand(...request: Parameters<typeof MapCommand.runMapCommand>): ReturnType<typeof MapCommand.runMapCommand> {
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- a module started on first use, in a CommonJS bundle
	const {runMapCommand: run} = require('./run-map-command.js') as typeof MapCommand;
	return run(...request);
}
