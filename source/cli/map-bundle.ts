/**
 * The map's bundle (dist/map.cjs): d3-geo, the atlas and the rasteriser, loaded
 * only when a map is drawn — by `brief map`, `brief locations --format
 * geojson`, or `m` in the app — so no other command or first frame pays for them.
 */
export {runMapCommand} from './run-map-command.js';
export {createAtlasReader} from '../core/map/read-atlas.js';
export {renderMap} from '../core/map/render-map.js';
