import {existsSync, readFileSync} from 'node:fs';
import {atlasPath} from '../paths.js';
import {decodeAtlas, type Atlas, type AtlasResolution} from './atlas.js';
import {prepareAtlas, readWorldAtlas} from './prepare-atlas.js';

/**
 * Reads the atlas at each scale once, when a map first needs it: the files the
 * build made (dist/atlas), or — running from source, before a build — the
 * world-atlas package meshed on the spot (slower, the same lines).
 */
export function createAtlasReader(): (resolution: AtlasResolution) => Atlas {
	const read = new Map<AtlasResolution, Atlas>();
	return resolution => {
		let atlas = read.get(resolution);
		if (!atlas) {
			const file = atlasPath(resolution);
			atlas = decodeAtlas(existsSync(file) ? readFileSync(file) : prepareAtlas(readWorldAtlas(resolution)), resolution);
			read.set(resolution, atlas);
		}

		return atlas;
	};
}
