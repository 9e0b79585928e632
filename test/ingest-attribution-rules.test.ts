import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {attributionRules} from '../source/ingest/attribution-rules.js';
import {extractArticle} from '../source/ingest/extract-article.js';
import {genderRules} from '../source/ingest/genders.js';
import {nameRules} from '../source/ingest/name-rules.js';

/** Every attribution, name and gender row holds on its examples: the last quote of an example is its speaker's (null: unattributed). */

function speakersOf(text: string): Array<string | null> {
	const corpus = extractArticle({text, title: undefined, outlet: undefined, date: undefined, fallbackTitle: 'test'}, {actors: [], locations: []});
	return corpus.quotes.map(quote => corpus.actors.find(actor => actor.id === quote.speaker)?.name ?? null);
}

for (const [table, rows] of [['attribution', attributionRules], ['name', nameRules], ['gender', genderRules]] as const) {
	describe(`${table} rows`, () => {
		for (const row of rows) {
			test(`${row.id}: ${row.yields}`, () => {
				assert.ok(row.examples.length >= 2, 'a row is a class: two differently worded examples at least');
				for (const [text, speaker] of row.examples) {
					const speakers = speakersOf(text);
					assert.ok(speakers.length > 0, `a quote in: ${text}`);
					assert.equal(speakers.at(-1), speaker, text);
				}
			});
		}
	});
}
