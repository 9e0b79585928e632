import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {check} from '@placemarkio/check-geojson';
import {runMapCommand, type MapCommandRequest} from '../source/cli/run-map-command.js';
import {runStoreCommand} from '../source/cli/run-store-command.js';
import {isBriefError} from '../source/core/errors.js';
import {loadCorpus} from '../source/core/load-corpus.js';
import {placesNamedBy} from '../source/core/map/story.js';
import {createAtlasReader} from '../source/core/map/read-atlas.js';
import {indexCorpus} from '../source/core/records.js';
import {shippedCorpusPath} from './helpers/corpora.js';
import {tempDir} from './helpers/run-brief.js';

const index = indexCorpus(loadCorpus(shippedCorpusPath));
const atlas = createAtlasReader();

function request(overrides: Partial<MapCommandRequest> = {}): MapCommandRequest {
	return {command: 'map', args: [], format: 'text', colour: false, kinds: [], actors: [], locations: [], sources: [], limit: undefined, width: '60', height: '20', terminal: {columns: undefined, rows: undefined}, glyphs: 'unicode', ...overrides};
}

const map = (overrides: Partial<MapCommandRequest> = {}) => runMapCommand(index, request(overrides), atlas);
type Collection = {features: Array<{id: string; geometry: {type: string} | null; properties: {name: string}}>};
const features = (stdout: string) => (check(stdout) as unknown as Collection).features;

test('brief map --width 60 --height 20: exactly that size, with Makhachkala, Amirabad and the route named beneath, no colour when plain', () => {
	const {stdout, exitCode} = map();
	assert.equal(exitCode, 0);
	const lines = stdout.trimEnd().split('\n');
	assert.equal(lines.length, 20);
	for (const line of lines.slice(0, -2)) {
		assert.ok([...line].length <= 60, `a line is wider than 60: ${line}`);
	}

	assert.match(stdout, /Makhachkala/);
	assert.match(stdout, /Amirabad/);
	assert.match(stdout, /Route: Iran–Russia drone supply route across the Caspian Sea/);
	assert.match(stdout, /Outside the view: .*Washington/);
	assert.doesNotMatch(stdout, /\u001B\[/);
	assert.match(map({colour: true}).stdout, /\u001B\[31m/, 'the route is red in colour');
});

test('brief map --actor kirby: only the places his records name', () => {
	const kirby = index.records.filter(record => record.actorIds.includes('a-kirby'));
	const his = new Set(kirby.flatMap(record => placesNamedBy(record)));
	const places = features(map({actors: ['kirby'], format: 'geojson'}).stdout).filter(feature => feature.geometry?.type === 'Point');
	assert.deepEqual(new Set(places.map(feature => feature.id)), his);
	assert.ok(his.size < index.locations.size, 'Kirby names fewer places than the corpus holds');
});

test('brief locations --format geojson: every place as a Point and the route as a LineString; filters apply', () => {
	const all = features(map({command: 'locations', format: 'geojson'}).stdout);
	assert.equal(all.filter(feature => feature.geometry?.type === 'Point').length, 14);
	assert.deepEqual(all.filter(feature => feature.geometry?.type === 'LineString').map(feature => feature.id), ['r-caspian-drone-supply']);
	const inRussia = features(map({command: 'locations', format: 'geojson', locations: ['russia']}).stdout);
	assert.deepEqual(inRussia.map(feature => feature.properties.name).sort(), ['Alabuga special economic zone', 'Makhachkala', 'Moscow', 'Russia']);
});

test('bad map requests are one clear error; nothing found is exit 1', () => {
	const errors: Array<[Partial<MapCommandRequest>, RegExp]> = [
		[{format: 'json'}, /brief map prints text or geojson, not json/],
		[{width: '5'}, /--width needs a whole number from 20 to 1000, got "5"/],
		[{height: 'tall'}, /--height needs a whole number from 6 to 500, got "tall"/],
		[{args: ['caspian']}, /map takes no arguments, got "caspian"/],
		[{command: 'locations', format: 'geojson', kinds: ['quote']}, /locations lists only location records/],
	];
	for (const [overrides, message] of errors) {
		assert.throws(() => map(overrides), (error: unknown) => isBriefError(error) && message.test((error as Error).message));
	}

	assert.deepEqual(map({sources: ['iran-russia-drones'], kinds: ['actor']}), {stdout: '', exitCode: 1});
});

test('brief export --geojson --out FILE.md: the pinned places beside the Markdown, linked from its Places section', async () => {
	const home = mkdtempSync(path.join(tempDir(), 'map-export-'));
	const store = {storeFile: path.join(home, 'briefings.json'), briefing: undefined, note: undefined, now: new Date('2026-12-06T12:00:00Z'), format: 'text' as const};
	for (const id of ['l-makhachkala', 'r-caspian-drone-supply', 'q-kirby-supply-route']) {
		await runStoreCommand(index, {...store, command: 'pin', args: [id], out: undefined});
	}

	const out = path.join(home, 'story.md');
	const result = await runStoreCommand(index, {...store, command: 'export', args: [], out, geojson: true});
	assert.match(result.stderr, /wrote briefing "default" to .*story\.md and its places to .*story\.geojson/);
	const markdown = readFileSync(out, 'utf8');
	assert.match(markdown, /## Places\n\nMap: \[the pinned places and routes as GeoJSON\]\(story\.geojson\)\n/);
	const exported = features(readFileSync(path.join(home, 'story.geojson'), 'utf8'));
	assert.deepEqual(exported.map(feature => feature.id).sort(), ['l-amirabad', 'l-caspian-sea', 'l-iran', 'l-makhachkala', 'l-ukraine', 'r-caspian-drone-supply']);
	await assert.rejects(runStoreCommand(index, {...store, command: 'export', args: [], out: undefined, geojson: true}), /export --geojson writes a file beside the Markdown: give it with --out FILE\.md/);

	// The GeoJSON is never replaced without --force, even when the Markdown is new: nothing is written.
	const elsewhere = path.join(home, 'other.md');
	writeFileSync(path.join(home, 'other.geojson'), 'mine');
	await assert.rejects(runStoreCommand(index, {...store, command: 'export', args: [], out: elsewhere, geojson: true}), /other\.geojson exists — use --force to replace it/);
	assert.equal(existsSync(elsewhere), false, 'no Markdown written either');
	assert.equal(readFileSync(path.join(home, 'other.geojson'), 'utf8'), 'mine');
	await runStoreCommand(index, {...store, command: 'export', args: [], out: elsewhere, geojson: true, force: true});
	assert.equal(features(readFileSync(path.join(home, 'other.geojson'), 'utf8')).length, 6, '--force replaces it');
});
