import {test} from 'node:test';
import assert from 'node:assert/strict';
import {runCommand, type CommandRequest} from '../source/cli/run-command.js';
import {indexCorpus} from '../source/core/records.js';
import {neighbourMark, readArticle} from '../source/core/reader.js';
import {recordDetail} from '../source/core/detail.js';
import {shippedCorpus, tinyCorpus} from './helpers/corpora.js';

const index = indexCorpus(shippedCorpus());

function run(command: string, args: string[], more: Partial<CommandRequest> = {}) {
	return runCommand(index, {command, args, format: 'text', colour: false, kinds: [], actors: [], locations: [], sources: [], limit: undefined, ...more});
}

test('read prints every paragraph numbered, with its records and places marked', () => {
	const {stdout, exitCode} = run('read', ['iran-russia-drones']);
	assert.equal(exitCode, 0);
	const paragraphs = stdout.split('\n').filter(line => /^¶\d+/.test(line));
	assert.equal(paragraphs.length, index.sources.get('iran-russia-drones')!.paragraphs.length);
	assert.match(stdout, /^¶3 +QFRP +“The drones are built in Iran/m);
	// A passage's quote comes before the fact and route cut from the same words, with its speaker.
	const afterThird = stdout.slice(stdout.indexOf('¶3 '));
	assert.ok(afterThird.indexOf('quote  q-kirby-supply-route  John Kirby') < afterThird.indexOf('fact   f-drone-supply-route'));
	assert.match(afterThird, /place {2}l-makhachkala {2}Makhachkala/);
});

test('read takes a record id for the article it comes from, and refuses an unknown article with a suggestion', () => {
	assert.equal(run('read', ['q-kirby-supply-route']).stdout, run('read', ['iran-russia-drones']).stdout);
	assert.throws(() => run('read', ['no-such-article']), /unknown source "no-such-article"/);
	assert.equal(run('read', ['iran-rusia-drones']).exitCode, 0, 'a typo in the id is forgiven, as --source forgives it');
	assert.throws(() => run('read', []), /read needs one article/);
});

test('read as JSON keeps each record with its offsets in its paragraph', () => {
	const json = JSON.parse(run('read', ['iran-russia-drones'], {format: 'json'}).stdout) as {paragraphs: Array<{paragraph: number; text: string; records: Array<{id: string; start: number; end: number}>}>};
	const third = json.paragraphs[2]!;
	const kirby = third.records.find(record => record.id === 'q-kirby-supply-route')!;
	assert.equal(third.text.slice(kirby.start, kirby.end), index.byId.get('q-kirby-supply-route')!.text);
});

test('read carries no terminal escapes from an article', () => {
	const hostile = indexCorpus(tinyCorpus({title: 'Harbour \u001B[2Jnotes', before: 'The keeper \u001B]52;c;ZXZpbA==\u0007said: “'}));
	const {stdout} = runCommand(hostile, {command: 'read', args: ['s-harbour'], format: 'text', colour: false, kinds: [], actors: [], locations: [], sources: [], limit: undefined});
	assert.doesNotMatch(stdout, /\u001B/);
	assert.match(stdout, /Harbour notes/);
});

test('show --context N prints N paragraphs either side, 0 the paragraph alone', () => {
	const paragraphsShown = (context: number | undefined) => run('show', ['q-kirby-supply-route'], {context}).stdout.split('\n').filter(line => /^¶\d+ /.test(line)).map(line => line.split(' ')[0]);
	assert.deepEqual(paragraphsShown(undefined), ['¶2', '¶3', '¶4']);
	assert.deepEqual(paragraphsShown(2), ['¶1', '¶2', '¶3', '¶4', '¶5']);
	assert.deepEqual(paragraphsShown(0), ['¶3']);
	const json = JSON.parse(run('show', ['q-kirby-supply-route'], {context: 2, format: 'json'}).stdout) as {before: Array<{number: number}>; after: Array<{number: number}>};
	assert.deepEqual(json.before.map(paragraph => paragraph.number), [1, 2]);
	assert.deepEqual(json.after.map(paragraph => paragraph.number), [4, 5]);
});

test('a detail names its linked records: speaker, places, and the same passage as a fact and a route', () => {
	const detail = recordDetail(index, index.byId.get('q-kirby-supply-route')!);
	const group = (title: string) => detail.related.find(related => related.title === title)?.records.map(record => record.id);
	assert.deepEqual(group('Speaker'), ['a-kirby']);
	assert.ok(group('Places')!.includes('l-makhachkala'));
	assert.deepEqual(group('Same passage'), ['f-drone-supply-route', 'r-caspian-drone-supply']);
	// A quote that shares only part of its sentence with a fact is another passage.
	assert.deepEqual(recordDetail(index, index.byId.get('q-kirby-expose-disrupt')!).related.find(related => related.title === 'Same passage')!.records, []);
	const route = recordDetail(index, index.byId.get('r-caspian-drone-supply')!);
	assert.deepEqual(route.related.find(related => related.title === 'Steps')!.records.map(record => record.text), ['Iran', 'Amirabad', 'Caspian Sea', 'Makhachkala', 'Ukraine']);
});

test('next and previous record in reading order stop at the ends', () => {
	const reading = readArticle(index, 'iran-russia-drones')!;
	const first = reading.marks[0]!.record.id;
	assert.equal(neighbourMark(reading, first, -1), null);
	assert.equal(neighbourMark(reading, first, 1)!.record.id, reading.marks[1]!.record.id);
	assert.equal(neighbourMark(reading, reading.marks.at(-1)!.record.id, 1), null);
});
