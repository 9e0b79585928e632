import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {fold, foldText, hasDiacritics, searchFold} from '../source/core/text.js';
import {foldName, slugOf} from '../source/ingest/places/name-keys.js';

/** The one fold (core/text.ts) and the three ways brief uses it. */

const letters: Array<[written: string, compared: string, searched: string]> = [
	['Þingvellir', 'thingvellir', 'Tingvellir'],
	['Þórólfur', 'thorolfur', 'Torolfur'],
	['Straße', 'strasse', 'Strase'],
	['Æsir', 'aesir', 'Asir'],
	['Øresund', 'oresund', 'Oresund'],
	['Łódź', 'lodz', 'Lodz'],
	['Đakovo', 'dakovo', 'Dakovo'],
	['Bābolsar', 'babolsar', 'Babolsar'],
	['Ōtsu', 'otsu', 'Otsu'],
	['Sa\u0303o Paulo', 'sao paulo', 'Sa\u0303o Paulo'],
];

describe('one fold, one table of letters', () => {
	for (const [written, compared, searched] of letters) {
		test(`${written}: compared as ${compared}, searched as ${searched}`, () => {
			assert.equal(fold(written), compared);
			assert.equal(searchFold(written), searched);
		});
	}

	test('a place name keeps its case and dots, and its slug spells every letter', () => {
		assert.equal(foldName('Þingvellir'), 'Thingvellir');
		assert.equal(slugOf('Þingvellir'), 'thingvellir');
		assert.equal(slugOf('Straße des 17. Juni'), 'strasse-des-17-juni');
		assert.equal(foldName('St.  Petersburg '), 'St. Petersburg');
		assert.equal(slugOf('Bābolsar'), 'babolsar');
	});

	test('comparison drops dots and straightens every apostrophe', () => {
		assert.equal(fold('the U.S.'), 'the us');
		assert.equal(fold('Hawaiʻi’s  O`ahu'), 'hawai\'i\'s o\'ahu');
		assert.equal(foldText('U.S. Navy', {keepDots: true}), 'u.s. navy');
		assert.equal(foldText('U.S. Navy', {keepCase: true}), 'US Navy');
	});

	test('search folds one unit for one, so match positions hold', () => {
		for (const text of ['Þórólfur’s Straße', 'Sa\u0303o Paulo', 'İzmir 😀 Łódź']) {
			assert.equal(searchFold(text).length, text.length, text);
		}

		assert.equal(searchFold('Þórólfur’s Straße'), 'Torolfur\'s Strase');
		assert.equal(searchFold('plain ascii'), 'plain ascii');
	});

	test('what counts as a diacritic', () => {
		assert.ok(hasDiacritics('São'));
		assert.ok(hasDiacritics('Łódź'));
		assert.ok(hasDiacritics('Þór'));
		assert.ok(hasDiacritics('e\u0301'));
		assert.ok(!hasDiacritics('O’Brien'));
		assert.ok(!hasDiacritics('Caspian Sea'));
	});
});
