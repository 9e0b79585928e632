import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import stringWidth from 'string-width';
import {osc52Clipboard} from '../source/app/clipboard.js';
import {resultRow} from '../source/app/layout/result-row.js';
import {lineWidth} from '../source/app/layout/segments.js';
import {citationText} from '../source/core/format/describe.js';
import {styleRanges} from '../source/core/format/segments.js';
import {createStyle, highlight} from '../source/core/format/style.js';
import {loadCorpus} from '../source/core/load-corpus.js';
import {indexCorpus} from '../source/core/records.js';
import {tinyCorpus} from './helpers/corpora.js';
import {briefInProcess} from './helpers/in-process.js';
import {writeTempCorpus} from './helpers/run-brief.js';

/** Text from a shared corpus file that tries to hide, reorder or inject: what each output lets through. */

const bidiAndInvisible = ['\u202E', '\u202C', '\u200B', '\u200D', '\uFEFF', '\u2066', '\u2069', '\u200F'];
const invisibles = new RegExp(bidiAndInvisible.join('|'), 'u');
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** A quote whose text, speaker and role carry bidi overrides and zero-width characters. */
const reordering = tinyCorpus({quote: 'Lighthouses \u202Eyab eht\u202C are \u200Bwatching\u200D\uFEFF', speaker: 'Ada \u2066Keeper\u2069', role: 'harbour\u200F master'});
const reorderingFile = writeTempCorpus(reordering);

describe('bidi overrides and zero-width characters', () => {
	for (const format of ['text', 'md', 'tsv']) {
		for (const args of [['quotes'], ['search', 'lighthouses'], ['show', 'q-lighthouses'], ['actors']]) {
			test(`brief ${args.join(' ')} --format ${format} leaves them out`, async () => {
				const result = await briefInProcess([...args, '--format', format, '--corpus', reorderingFile]);
				assert.equal(result.status, 0, result.stderr);
				assert.doesNotMatch(result.stdout, invisibles);
				assert.match(result.stdout, /Lighthouses|Keeper/);
			});
		}
	}

	test('JSON keeps them, escaped', async () => {
		const result = await briefInProcess(['quotes', '--json', '--corpus', reorderingFile]);
		assert.doesNotMatch(result.stdout, invisibles);
		assert.match(result.stdout, /\\u202e/);
		assert.equal((JSON.parse(result.stdout) as Array<{text: string}>)[0]!.text, reordering.quotes[0]!.text);
	});

	test('the app\'s result row is measured after they are left out, so its border stays in line', () => {
		const index = indexCorpus(loadCorpus(reorderingFile));
		const quote = index.byId.get('q-lighthouses')!;
		for (const width of [30, 60, 100]) {
			const row = resultRow({record: quote, score: 0, ranges: []}, width);
			const text = row.map(segment => segment.text).join('');
			assert.doesNotMatch(text, invisibles);
			assert.equal(stringWidth(text), lineWidth(row));
			assert.ok(lineWidth(row) <= width);
		}
	});
});

describe('a corpus file is loaded through the same sanitiser as an ingested article', () => {
	const osc52 = '\u001B]52;c;ZXZpbA==\u0007';
	const crafted = tinyCorpus({quote: `Lighthouses ${osc52}are watching\u009B2J the bay`, role: `harbour \u001B[201~echo pwned\n master`, title: `Harbour \u001B[2Jnotes`});
	const file = writeTempCorpus(crafted);

	test('control characters become U+FFFD one for one: no escape in any output, JSON included, and offsets still hold', async () => {
		for (const format of ['json', 'text', 'md', 'tsv']) {
			const result = await briefInProcess(['show', 'q-lighthouses', '--format', format, '--corpus', file]);
			assert.equal(result.status, 0, result.stderr);
			assert.doesNotMatch(result.stdout.replaceAll('\n', ' ').replaceAll('\t', ' '), controls, format);
		}

		const detail = JSON.parse((await briefInProcess(['show', 'q-lighthouses', '--json', '--corpus', file])).stdout) as {text: string; context: string; start: number; end: number};
		assert.equal(detail.text, 'Lighthouses \uFFFD]52;c;ZXZpbA==\uFFFDare watching\uFFFD2J the bay');
		assert.equal(detail.context.slice(detail.start, detail.end), detail.text);
	});

	test('`y` copies the citation through OSC 52 as one printable line', () => {
		const index = indexCorpus(loadCorpus(file));
		const written: string[] = [];
		const copy = osc52Clipboard({write: (data: string) => written.push(data)} as unknown as NodeJS.WriteStream, {TERM: 'xterm-kitty'});
		assert.equal(copy(citationText(index, index.byId.get('q-lighthouses')!)), 'Copied the citation to the clipboard');
		const [sequence] = written;
		assert.match(sequence!, /^\u001B\]52;c;[A-Za-z\d+/=]*\u0007$/, 'one OSC 52 sequence and nothing else');
		const pasted = Buffer.from(/;c;(.*)\u0007/.exec(sequence!)![1]!, 'base64').toString('utf8');
		assert.doesNotMatch(pasted, controls);
		assert.doesNotMatch(pasted, /\n/);
		assert.match(pasted, /^“Lighthouses .*the bay” — Ada Keeper, harbour .*echo pwned +master \(Harbour .*notes, ¶1\)$/);
	});

	test('a citation built from raw text (not through the loader) is sanitised by the clipboard all the same', () => {
		const written: string[] = [];
		osc52Clipboard({write: (data: string) => written.push(data)} as unknown as NodeJS.WriteStream, {})(`quote ${osc52}\u001B[201~rm -rf ~\n\u202Eend`);
		const pasted = Buffer.from(/;c;(.*)\u0007/.exec(written[0]!)![1]!, 'base64').toString('utf8');
		// The whole escape is gone (so the paste cannot end early), and the line break with it.
		assert.equal(pasted, 'quote rm -rf ~ end');
	});
});

describe('highlighted text', () => {
	test('ranges fall on the raw text, split once for the app and the command line, and each piece is sanitised after the split', () => {
		const raw = 'Ships \u001B[31msail\u001B[0m north';
		const sail: [number, number] = [raw.indexOf('sail'), raw.indexOf('sail') + 4];
		assert.deepEqual(styleRanges(raw, [sail], 'match'), [
			{text: 'Ships \u001B[31m', style: 'plain'},
			{text: 'sail', style: 'match'},
			{text: '\u001B[0m north', style: 'plain'},
		]);
		assert.equal(highlight(raw, [sail], 'match', createStyle(false)), 'Ships sail north');
		const coloured = highlight(raw, [sail], 'match', createStyle(true));
		assert.match(coloured, /^Ships \u001B\[1m\u001B\[33msail\u001B\[39m\u001B\[22m north$/, 'only the match is coloured, the escapes of the text are gone');
	});
});
