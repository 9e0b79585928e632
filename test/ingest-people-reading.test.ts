import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {test} from 'node:test';
import {knownNameWords, peopleByCompromise, taggedDocument, type KnownNameWords} from '../source/ingest/person-mentions.js';

const articles = new URL('fixtures/articles/', import.meta.url);

/** compromise's own reading of a paragraph's people, through its `people()` API: what peopleByCompromise must equal. */
function peopleThroughTheApi(paragraph: string, known: KnownNameWords): Array<{text: string; start: number}> {
	const document = taggedDocument(paragraph);
	document.terms().forEach(term => {
		const tag = known.get(term.text('normal'));
		if (tag !== undefined) {
			term.tag(tag);
		}
	});
	const people = document.people().json({offset: true}) as Array<{text: string; offset: {start: number}}>;
	// Its text keeps the punctuation before the first word ("(Marina)"), which its offset and brief both leave out.
	return people.map(person => ({text: person.text.replace(/^[^\p{L}\p{N}]+/u, ''), start: person.offset.start}));
}

test('the people read straight from compromise’s tags are those its people() gives, in a third of the test articles’ paragraphs, known names among them', () => {
	const paragraphs = readdirSync(articles)
		.filter(name => name.endsWith('.txt'))
		.flatMap(name => readFileSync(new URL(name, articles), 'utf8').split('\n'))
		.filter((paragraph, index) => paragraph.trim() !== '' && index % 3 === 0);
	// Names in a list, and a possessive before a name: where compromise ends a person's run.
	paragraphs.push('Present were John Kirby, Maria Lopez, Dr. Sarah Jones and President Joe Biden’s envoy Tom Brown, with Mr. Kim Jong.');
	const known = knownNameWords(['John Kirby', 'Dmitry Peskov', 'Margaret Hollis', 'Kelly Dawson']);
	assert.ok(paragraphs.length > 50);
	let people = 0;
	for (const paragraph of paragraphs) {
		const expected = peopleThroughTheApi(paragraph, known);
		assert.deepEqual(peopleByCompromise(paragraph, known), expected, paragraph);
		people += expected.length;
	}

	assert.ok(people > 50, `only ${people} people found`);
});
