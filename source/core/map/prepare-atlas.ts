import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {mesh} from 'topojson-client';
import type {GeometryCollection, Topology} from 'topojson-specification';
import {atlasResolutions, encodeAtlas, type AtlasResolution} from './atlas.js';

/**
 * Points a stored line holds at most. The mesh joins arcs into lines that run
 * round whole continents (Eurasia's coast is over a thousand points at 110m),
 * whose boxes reach into nearly every view; cut into pieces this short, each
 * with its own box, a map projects little more than the pieces it shows.
 */
const maxLinePoints = 16;

/**
 * A world-atlas TopoJSON (countries-110m.json, countries-50m.json) as brief's
 * atlas file: topojson-client's mesh gives each arc once, coastlines where a
 * country borders nothing (arcs of one polygon), borders where two meet; each
 * line cut into pieces of at most `maxLinePoints` that share their ends, so
 * they draw the same segments.
 */
export function prepareAtlas(topology: Topology): Uint8Array {
	const countries = topology.objects['countries'] as GeometryCollection | undefined;
	if (!countries) {
		throw new Error('the TopoJSON has no "countries" object: is it from world-atlas?');
	}

	const coast = mesh(topology, countries, (a, b) => a === b);
	const borders = mesh(topology, countries, (a, b) => a !== b);
	return encodeAtlas([
		...coast.coordinates.flatMap(line => piecesOf(line).map(coordinates => ({layer: 'coast' as const, coordinates}))),
		...borders.coordinates.flatMap(line => piecesOf(line).map(coordinates => ({layer: 'border' as const, coordinates}))),
	]);
}

/** A line as pieces of at most `maxLinePoints` points, each starting where the last ended. */
function piecesOf(line: number[][]): number[][][] {
	const pieces: number[][][] = [];
	for (let start = 0; start === 0 || start < line.length - 1; start += maxLinePoints - 1) {
		pieces.push(line.slice(start, start + maxLinePoints));
	}

	return pieces;
}

/** Write brief's atlas files (both scales) from the world-atlas package into a directory: run by the build. */
export function writeAtlasFiles(directory: string) {
	mkdirSync(directory, {recursive: true});
	for (const resolution of atlasResolutions) {
		writeFileSync(path.join(directory, `countries-${resolution}.bin`), prepareAtlas(readWorldAtlas(resolution)));
	}
}

/** A world-atlas TopoJSON, from the package (a dependency of the build, not of an installed brief). */
export function readWorldAtlas(resolution: AtlasResolution): Topology {
	const file = createRequire(import.meta.url).resolve(`world-atlas/countries-${resolution}.json`);
	return JSON.parse(readFileSync(file, 'utf8')) as Topology;
}
