import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import type {Corpus, Figure} from '../source/core/schema.js';
import {figureSchema} from '../source/core/schema.js';
import {findFigures, type FigureMention} from '../source/ingest/figures.js';
import {findTimes} from '../source/ingest/times.js';

/** Figures and time expressions for `brief ingest`, against the hand-curated seed article and other wire styles. */

const corpus = JSON.parse(readFileSync(new URL('../data/corpus.json', import.meta.url), 'utf8')) as Corpus;
const paragraphs = corpus.sources[0]!.paragraphs;

function only(sentence: string): Figure {
	const mentions = findFigures(sentence);
	assert.equal(mentions.length, 1, `one figure in ${JSON.stringify(sentence)}, found ${JSON.stringify(mentions.map((mention) => mention.figure.text))}`);
	return mentions[0]!.figure;
}

function texts(sentence: string): string[] {
	return findFigures(sentence).map((mention) => mention.figure.text);
}

function assertWellFormed(sentence: string, mentions: FigureMention[]) {
	for (const {start, end, figure} of mentions) {
		assert.equal(sentence.slice(start, end), figure.text);
		assert.ok(figureSchema.safeParse(figure).success, `schema-valid: ${JSON.stringify(figure)}`);
	}
}

test('every curated figure of the seed article is found in its paragraph, with its value, qualifier and unit', () => {
	const curated = corpus.facts.flatMap((fact) => fact.figures.map((figure) => ({figure, paragraph: fact.provenance.paragraph})));
	assert.ok(curated.length >= 9);
	for (const {figure: expected, paragraph} of curated) {
		const text = paragraphs[paragraph - 1]!;
		const mentions = findFigures(text);
		assertWellFormed(text, mentions);
		const expectedStart = text.indexOf(expected.text);
		const match = mentions.find(
			({start, end, figure}) =>
				figure.value === expected.value &&
				figure.qualifier === expected.qualifier &&
				start < expectedStart + expected.text.length &&
				expectedStart < end,
		);
		assert.ok(match, `¶${paragraph}: ${JSON.stringify(expected)} not among ${JSON.stringify(mentions.map((mention) => mention.figure))}`);
		assert.equal(match.figure.text, expected.text);
		assert.ok(expected.unit.endsWith(match.figure.unit) || match.figure.unit === 'Shaheds', `unit ${match.figure.unit} for ${expected.unit}`);
	}
});

test('the seed article yields no figures beyond the curated ones (not "one of his evening addresses", not "one-way")', () => {
	const found = paragraphs.flatMap((text) => findFigures(text).map((mention) => mention.figure.text));
	const curated = corpus.facts.flatMap((fact) => fact.figures.map((figure) => figure.text));
	assert.deepEqual(found.toSorted(), curated.toSorted());
});

test('seed figures measure what the sentence says of them', () => {
	const measures = new Map(paragraphs.flatMap((text) => findFigures(text).map(({figure}) => [figure.text, figure.measure] as const)));
	assert.equal(measures.get('about 1,160 Shaheds'), 'have been used against Ukraine');
	assert.equal(measures.get('almost 900 of these drones'), 'shot down');
	assert.equal(measures.get('hundreds of attack drones'), 'Iran sold … to Moscow');
	assert.equal(measures.get('hundreds of one-way attack drones'), 'Russia has received');
	assert.equal(measures.get('400 drones'), 'it had previously purchased from Tehran');
	assert.equal(measures.get('most of the 400 drones'), 'using up');
	assert.equal(measures.get('at least 18 bombardments'), 'bombardments', 'nothing left in its clause: the unit');
});

test('hedges become qualifiers', () => {
	const cases: Array<[string, number | null, Figure['qualifier']]> = [
		['about 300 troops', 300, 'about'],
		['around 300 troops', 300, 'about'],
		['roughly 300 troops', 300, 'about'],
		['approximately 300 troops', 300, 'about'],
		['some 300 troops', 300, 'about'],
		['an estimated 300 troops', 300, 'about'],
		['nearly 300 troops', 300, 'almost'],
		['almost 300 troops', 300, 'almost'],
		['at least 300 troops', 300, 'at least'],
		['more than 300 troops', 300, 'more than'],
		['over 300 troops', 300, 'more than'],
		['up to 300 troops', 300, 'up to'],
		['as many as 300 troops', 300, 'up to'],
		['as much as 300 troops', 300, 'up to'],
		['a minimum of 300 troops', 300, 'at least'],
		['well over 300 troops', 300, 'more than'],
		['fewer than 300 troops', 300, 'less than'],
		['less than 300 troops', 300, 'less than'],
		['dozens of troops', null, 'dozens'],
		['hundreds of troops', null, 'hundreds'],
		['thousands of troops', null, 'thousands'],
		['tens of thousands of troops', null, 'tens of thousands'],
		['several hundred troops', null, 'hundreds'],
		['300 troops', 300, 'exact'],
	];
	for (const [phrase, value, qualifier] of cases) {
		const sentence = `Officials said ${phrase} were deployed.`;
		const figure = only(sentence);
		assert.deepEqual({text: figure.text, value: figure.value, qualifier: figure.qualifier, unit: figure.unit}, {text: phrase, value, qualifier, unit: 'troops'}, phrase);
		assert.equal(figure.measure, 'were deployed');
	}

	const sentence = 'About 40 people were hurt.';
	assert.equal(only(sentence).qualifier, 'about', 'a capitalised hedge opening the sentence');
});

test('"over" before a span of time is not a hedge', () => {
	assert.deepEqual(texts('The city was hit by 18 bombardments over 31 days.'), ['18 bombardments', '31 days']);
	assert.equal(only('Fighting went on over 31 days.').qualifier, 'exact');
});

test('number words, scales and ranges', () => {
	const cases: Array<[string, number, string]> = [
		['eighteen drones', 18, 'drones'],
		['twenty-five drones', 25, 'drones'],
		['two dozen drones', 24, 'drones'],
		['a dozen drones', 12, 'drones'],
		['three hundred and fifty drones', 350, 'drones'],
		['two million people', 2_000_000, 'people'],
		['3 million barrels', 3_000_000, 'barrels'],
		['1.2 billion people', 1_200_000_000, 'people'],
		['2.5 tonnes', 2.5, 'tonnes'],
		['40km', 40, 'km'],
		['1.5m people', 1_500_000, 'people'],
		['45,000 tonnes of grain', 45_000, 'tonnes of grain'],
		['40m', 40, 'm'],
	];
	for (const [phrase, value, unit] of cases) {
		const figure = only(`They reported ${phrase} on the ground.`);
		assert.deepEqual([figure.text, figure.value, figure.unit], [phrase, value, unit], phrase);
	}

	const between = only('Between 20 and 30 soldiers were captured.');
	assert.deepEqual([between.text, between.value, between.qualifier, between.unit], ['Between 20 and 30 soldiers', 20, 'at least', 'soldiers']);
	const dashed = only('Officials counted 20-30 strikes.');
	assert.deepEqual([dashed.value, dashed.qualifier], [20, 'at least']);
});

test('"one" counts only with a hedge or a scale', () => {
	assert.deepEqual(texts('He spoke in one of his evening addresses about one-way drones.'), []);
	assert.equal(only('At least one person was killed.').value, 1);
	assert.equal(only('One million people fled.').value, 1_000_000);
});

test('money and percentages', () => {
	const cases: Array<[string, string, number, string]> = [
		['The package is worth $1.5bn in total.', '$1.5bn', 1_500_000_000, 'US dollars'],
		['It received US$2 billion in aid.', 'US$2 billion', 2_000_000_000, 'US dollars'],
		['The deal is worth £40m to the firm.', '£40m', 40_000_000, 'pounds sterling'],
		['Exports rose by €3.2 million last year.', '€3.2 million', 3_200_000, 'euros'],
		['Prices rose 12% in October.', '12%', 12, 'per cent'],
		['Prices rose 12 per cent in October.', '12 per cent', 12, 'per cent'],
		['Prices rose 2.5 percent in October.', '2.5 percent', 2.5, 'per cent'],
		['Support fell three percentage points.', 'three percentage points', 3, 'percentage points'],
		['The budget was 500 million dollars.', '500 million dollars', 500_000_000, 'dollars'],
		['The bloc agreed a 50bn euro package.', '50bn euro package', 50_000_000_000, 'euro package'],
		['It processes N1.2 trillion in payments.', 'N1.2 trillion', 1_200_000_000_000, 'naira'],
		['The bank lent ₦40bn to farmers.', '₦40bn', 40_000_000_000, 'naira'],
		['The scheme cost Rs500m over the year.', 'Rs500m', 500_000_000, 'rupees'],
		['Each family got Rs 300,000 in aid.', 'Rs 300,000', 300_000, 'rupees'],
		['Each family got KSh2,500 in aid.', 'KSh2,500', 2500, 'Kenyan shillings'],
		// South African copy: thousands set apart by a space, a scale joined by a hyphen.
		['A minibus costs R700 000 second-hand.', 'R700 000', 700_000, 'rand'],
		['The association was fined R2-million.', 'R2-million', 2_000_000, 'rand'],
		['Fines run to Dh25 million.', 'Dh25 million', 25_000_000, 'dirhams'],
		// A currency named with its country's adjective makes "m" millions, not metres.
		['Each family was offered 11.4m Ugandan shillings for an acre.', '11.4m Ugandan shillings', 11_400_000, 'Ugandan shillings'],
	];
	for (const [sentence, text, value, unit] of cases) {
		const figure = only(sentence);
		assert.deepEqual([figure.text, figure.value, figure.unit], [text, value, unit], sentence);
	}
});

test('fractions and ratios are shares in per cent, hedged like numbers; an ordinal, or a fraction neither "of" something nor a change "by" it, is none', () => {
	const cases: Array<[string, string, number, Figure['qualifier']]> = [
		['He said two-thirds of firms surveyed planned to cut hiring.', 'two-thirds', 66.7, 'exact'],
		['A third of voters stayed at home.', 'A third', 33.3, 'exact'],
		['Three quarters of farmers agreed.', 'Three quarters', 75, 'exact'],
		['More than half of the staff left.', 'More than half', 50, 'more than'],
		['One in five adults smokes.', 'One in five', 20, 'exact'],
		['Some 3 in every 10 voters were undecided.', 'Some 3 in every 10', 30, 'about'],
		['Landings fell by about a fifth last year.', 'about a fifth', 20, 'about'],
		['Prices were cut by half.', 'half', 50, 'exact'],
		['Barges are sailing at half their capacity.', 'half', 50, 'exact'],
		['The biomass was down by nearly two-thirds from 2022.', 'nearly two-thirds', 66.7, 'almost'],
	];
	for (const [sentence, text, value, qualifier] of cases) {
		const figure = only(sentence);
		assert.deepEqual([figure.text, figure.value, figure.unit, figure.qualifier], [text, value, 'per cent', qualifier], sentence);
	}

	assert.deepEqual(texts('In the third quarter, half-time scores rose by a quarter.'), ['a quarter']);
	assert.deepEqual(texts('The contract was signed by a third party in half an hour.'), []);
	assert.deepEqual(texts('A two-thirds majority voted for it.'), []);
});

test('a share of one large number is that share of it: "half a million", "a quarter of a million", "half a dozen"', () => {
	const cases: Array<[string, string, number, Figure['qualifier'], string]> = [
		['Half a million people fled the city.', 'Half a million people', 500_000, 'exact', 'people'],
		['About a quarter of a million tonnes were lost.', 'About a quarter of a million tonnes', 250_000, 'about', 'tonnes'],
		['Nearly three-quarters of a billion dollars went missing.', 'Nearly three-quarters of a billion dollars', 750_000_000, 'almost', 'dollars'],
		['Half a dozen boats sank.', 'Half a dozen boats', 6, 'exact', 'boats'],
	];
	for (const [sentence, text, value, qualifier, unit] of cases) {
		const figure = only(sentence);
		assert.deepEqual([figure.text, figure.value, figure.qualifier, figure.unit], [text, value, qualifier, unit], sentence);
	}
	assert.deepEqual(texts('Nearly half of the 400 drones were shot down.'), ['Nearly half', '400 drones']);
});

test('years, dates, times of day, ordinals and numbers in names are not figures', () => {
	const none = [
		'The war began in 2022.',
		'Talks were held on May 5 in Geneva.',
		'Talks were held on 5 May in Geneva.',
		'The summit ended on March 3, 2023.',
		'The strike came at 3pm and again at 10:30 local time.',
		'It was the 5th attack of the 1990s style.',
		'Russia flew Su-35 jets and S-400 systems.',
		'The G7 met after the MH17 inquiry.',
		'A Boeing 737 crashed, Article 5 was invoked.',
		'He spoke in the 2022 campaign.',
		'No 10 declined to comment.',
		'“Where now?” asked Tom Becker, 67, who lived there.',
	];
	for (const sentence of none) {
		assert.deepEqual(texts(sentence), [], sentence);
	}

	assert.deepEqual(texts('In March 3,000 people fled.'), ['3,000 people'], 'a number after a month is a count when it has thousands separators');
	assert.deepEqual(texts('Russia’s 400 drones were used.'), ['400 drones'], 'a possessive is not a name before a number');
});

test('figures from other wire styles', () => {
	const evacuated = 'Officials said nearly 3,000 people had been evacuated since Tuesday';
	const mentions = findFigures(evacuated);
	assertWellFormed(evacuated, mentions);
	assert.deepEqual(mentions.map(({figure}) => figure), [
		{text: 'nearly 3,000 people', value: 3000, qualifier: 'almost', unit: 'people', measure: 'had been evacuated'},
	]);

	const package_ = only('The package is worth $1.2bn, according to the Pentagon');
	assert.deepEqual(package_, {text: '$1.2bn', value: 1_200_000_000, qualifier: 'exact', unit: 'US dollars', measure: 'The package is worth'});

	const toll = 'At least 12 civilians were killed and more than 40 wounded when missiles struck Odesa, the governor said.';
	assert.deepEqual(texts(toll), ['At least 12 civilians', 'more than 40']);
	const [killed, wounded] = findFigures(toll).map((mention) => mention.figure);
	assert.equal(killed?.measure, 'were killed');
	assert.equal(wounded?.unit, 'unspecified', 'a count with no noun after it');

	assert.deepEqual(texts('Ukraine said it had shot down 29 of 31 drones overnight.'), ['29', '31 drones']);

	const dateline = 'KYIV, Jan 5 (Reuters) - Russia launched 89 Shahed-136 drones overnight.';
	assert.deepEqual(findFigures(dateline).map(({figure}) => [figure.text, figure.unit, figure.measure]), [['89 Shahed-136 drones', 'Shahed-136 drones', 'Russia launched']]);
	assert.deepEqual(findTimes(dateline).map((time) => time.text), ['Jan 5', 'overnight']);

	const heat = only('Temperatures hit 40C in the capital.');
	assert.deepEqual([heat.text, heat.value, heat.unit], ['40C', 40, 'C']);
	const growth = only('Growth slowed to 2pc.');
	assert.deepEqual([growth.text, growth.value, growth.unit], ['2pc', 2, 'per cent']);
	assertWellFormed(toll, findFigures(toll));
});

test('time expressions are found as written', () => {
	const seedTimes = paragraphs.map((text) => findTimes(text).map((time) => time.text));
	for (const fact of corpus.facts) {
		if (fact.time !== null) {
			assert.ok(seedTimes[fact.provenance.paragraph - 1]!.includes(fact.time), `¶${fact.provenance.paragraph}: "${fact.time}"`);
		}
	}

	const cases: Array<[string, string[]]> = [
		['Moscow last month escalated its attacks, launched in October.', ['last month', 'in October']],
		['The US on Friday said, as of May, it had seen them.', ['on Friday', 'as of May']],
		['Earlier this week and in recent weeks, more arrived.', ['Earlier this week', 'in recent weeks']],
		['The talks on March 3 followed the invasion in 2022.', ['on March 3', 'in 2022']],
		['Ukraine has been at war since February 2022.', ['since February 2022']],
		['He said yesterday that this week would be hard.', ['yesterday', 'this week']],
		['In the past 24 hours and two weeks ago, and to date, so far.', ['In the past 24 hours', 'two weeks ago', 'to date', 'so far']],
		['It struck at 3pm on Friday night, last year.', ['at 3pm', 'on Friday night', 'last year']],
		['The Su-35 may arrive; Russia may buy 400 drones.', []],
		['It was up to date.', []],
	];
	for (const [sentence, expected] of cases) {
		const times = findTimes(sentence);
		assert.deepEqual(times.map((time) => time.text), expected, sentence);
		for (const time of times) {
			assert.equal(sentence.slice(time.start, time.end), time.text);
		}
	}
});

test('a counted duration is a figure, not a time', () => {
	const sentence = 'It launched 18 bombardments in 31 days.';
	assert.deepEqual(findTimes(sentence), []);
	assert.deepEqual(texts(sentence), ['18 bombardments', '31 days']);
});

/** What a user sees of a figure, without its measure. */
function shown(figure: Figure): Pick<Figure, 'text' | 'value' | 'qualifier' | 'unit'> {
	return {text: figure.text, value: figure.value, qualifier: figure.qualifier, unit: figure.unit};
}

test('a reading written after the name of its scale: "magnitude 6.4", "Category 4"', () => {
	const cases: Array<[string, Pick<Figure, 'text' | 'value' | 'qualifier' | 'unit'>]> = [
		['A magnitude 6.4 earthquake struck near Malatya.', {text: 'magnitude 6.4', value: 6.4, qualifier: 'exact', unit: 'magnitude'}],
		['The quake had a magnitude of about 7.1, officials said.', {text: 'magnitude of about 7.1', value: 7.1, qualifier: 'about', unit: 'magnitude'}],
		['Forecasters said a Category 4 hurricane was approaching.', {text: 'Category 4', value: 4, qualifier: 'exact', unit: 'Category'}],
	];
	for (const [sentence, expected] of cases) {
		assert.deepEqual(shown(only(sentence)), expected, sentence);
	}

	assert.equal(only('A magnitude 6.4 earthquake struck near Malatya.').measure, 'earthquake struck near Malatya', 'what follows is what was measured');
	assert.deepEqual(texts('The products fall into a category of 5 items.'), ['5 items'], '"category of" is no reading');
});

test('negative numbers: "minus", a minus sign written onto the number, "below zero"', () => {
	const cases: Array<[string, Pick<Figure, 'text' | 'value' | 'qualifier' | 'unit'>]> = [
		['People are sleeping in tents in minus five degrees.', {text: 'minus five degrees', value: -5, qualifier: 'exact', unit: 'degrees'}],
		['Temperatures fell to minus 5 in the hills.', {text: 'minus 5', value: -5, qualifier: 'exact', unit: 'unspecified'}],
		['Temperatures fell to -5C in Ankara.', {text: '-5C', value: -5, qualifier: 'exact', unit: 'C'}],
		['Temperatures fell to −12°C in Erzurum.', {text: '−12°C', value: -12, qualifier: 'exact', unit: '°C'}],
		['Growth was -0.5% in the quarter.', {text: '-0.5%', value: -0.5, qualifier: 'exact', unit: 'per cent'}],
		['It was five degrees below zero.', {text: 'five degrees below zero', value: -5, qualifier: 'exact', unit: 'degrees'}],
		['Overnight lows could reach as many as minus 20 degrees.', {text: 'as many as minus 20 degrees', value: -20, qualifier: 'up to', unit: 'degrees'}],
		['Prices moved between -5 and 5 per cent.', {text: 'between -5 and 5 per cent', value: -5, qualifier: 'at least', unit: 'per cent'}],
	];
	for (const [sentence, expected] of cases) {
		assert.deepEqual(shown(only(sentence)), expected, sentence);
	}

	assert.equal(only('The poll has a margin of plus or minus 3 percentage points.').value, 3, '"plus or minus" is a margin');
	assert.deepEqual(findFigures('The toll - 12 dead - rose again.').map(({figure}) => figure.value), [12], 'a spaced dash is punctuation');
});

test('orders of magnitude in millions and billions keep their own qualifier', () => {
	const cases: Array<[string, Figure['qualifier'], string]> = [
		['tens of millions of euros', 'tens of millions', 'euros'],
		['hundreds of millions of dollars', 'hundreds of millions', 'dollars'],
		['tens of billions of euros', 'tens of billions', 'euros'],
		['hundreds of billions of dollars', 'hundreds of billions', 'dollars'],
		['several hundred million dollars', 'hundreds of millions', 'dollars'],
		['a few billion dollars', 'billions', 'dollars'],
		['several hundred thousand people', 'hundreds of thousands', 'people'],
	];
	for (const [phrase, qualifier, unit] of cases) {
		const figure = only(`He said the strike would cost ${phrase} a year.`);
		assert.deepEqual(shown(figure), {text: phrase, value: null, qualifier, unit}, phrase);
	}

	assert.equal(only('He added it would cost "tens of millions of euros" a year.').text, 'tens of millions of euros', 'inside quotation marks');
});

test('the count of a window of time is a figure, and the window stays a time', () => {
	const review = 'The Interior Department said it would review the plan over the next 45 days.';
	assert.deepEqual(findFigures(review).map(({figure}) => shown(figure)), [{text: '45 days', value: 45, qualifier: 'exact', unit: 'days'}]);
	assert.deepEqual(findTimes(review).map((time) => time.text), ['over the next 45 days']);

	assert.deepEqual(texts('Russia fired 40 missiles in the past 24 hours.'), ['40 missiles', '24 hours']);
	assert.deepEqual(shown(only('The deal holds for the next three years.')), {text: 'three years', value: 3, qualifier: 'exact', unit: 'years'});
	assert.deepEqual(texts('Three days ago and in the last few days, nothing moved.'), [], 'an offset only says when');
});

test('a range of years is a time, not a figure', () => {
	assert.deepEqual(texts('Pumps at the works had failed repeatedly between 2023 and 2025.'), []);
	assert.deepEqual(texts('Between 20 and 30 soldiers were captured in 2023.'), ['Between 20 and 30 soldiers']);
});

test('units written onto the number: rates, degrees, energy', () => {
	const cases: Array<[string, Pick<Figure, 'text' | 'value' | 'qualifier' | 'unit'>]> = [
		['Gales of up to 90km/h closed the strait.', {text: 'up to 90km/h', value: 90, qualifier: 'up to', unit: 'km/h'}],
		['Gusts of 90 km/h were recorded.', {text: '90 km/h', value: 90, qualifier: 'exact', unit: 'km/h'}],
		['The current ran at 2m/s near the pier.', {text: '2m/s', value: 2, qualifier: 'exact', unit: 'm/s'}],
		['The plant produced 5GWh last winter.', {text: '5GWh', value: 5, qualifier: 'exact', unit: 'GWh'}],
		['Temperatures hit 40°C in the capital.', {text: '40°C', value: 40, qualifier: 'exact', unit: '°C'}],
		['The convoy made a 90° turn.', {text: '90°', value: 90, qualifier: 'exact', unit: '°'}],
	];
	for (const [sentence, expected] of cases) {
		assert.deepEqual(shown(only(sentence)), expected, sentence);
	}

	assert.deepEqual(texts('It was the 5th attack, at 3pm, of the 1990s style.'), [], 'ordinals, times and decades are still no units');
});

test('what is counted ends at its plural noun, and a scale written onto a number reaches past modifiers to it', () => {
	assert.equal(only('Several hundred workers lit braziers against the cold.').unit, 'workers');
	assert.equal(only('Together the two ports account for most traffic.').unit, 'ports');
	assert.equal(only('Two people familiar with the talks said so.').unit, 'people');
	assert.equal(only('They sold 200 arms dealers a licence.').unit, 'arms dealers', 'a plural that qualifies the noun after it');
	assert.equal(only('It reached 38 degrees Celsius.').unit, 'degrees Celsius');
	assert.equal(only('Four CC-130 Hercules aircraft were sent.').unit, 'CC-130 Hercules aircraft');
	const teu = only('The port handled about 13.4m twenty-foot equivalent units last year.');
	assert.deepEqual([teu.value, teu.unit], [13_400_000, 'twenty-foot equivalent units']);
	assert.equal(only('A 40m drop in prices followed.').unit, 'm', 'metres when no plural noun follows the scale closely');
	const parallel = findFigures('Rotterdam handled about 13.4m twenty-foot equivalent units, while Antwerp handled about 12.5m.').map(mention => mention.figure.value);
	assert.deepEqual(parallel, [13_400_000, 12_500_000], 'a bare "12.5m" after millions of something is millions too');
	assert.deepEqual([only('Floods cut off dozens more villages.').qualifier, only('Floods cut off dozens more villages.').unit], ['dozens', 'villages']);
});

test('a count of a whole that is a figure of its own takes its unit and stops before it; a possessive stands for a determiner', () => {
	assert.deepEqual(
		findFigures('The SNP would win around 50 of the parliament’s 129 seats.').map(mention => [mention.figure.text, mention.figure.unit]),
		[['around 50', 'seats'], ['129 seats', 'seats']],
	);
	assert.deepEqual(findFigures('Ukraine shot down 900 of the 1,160 drones.').map(mention => [mention.figure.text, mention.figure.unit]), [['900', 'drones'], ['1,160 drones', 'drones']]);
	assert.equal(only('Ten of the company’s workers quit.').unit, 'workers');
});

test('a currency’s letters count only with a scale or separators: N95 masks and the N1 road are no money', () => {
	assert.deepEqual(texts('Nurses wore N95 masks on the N1 road near the depot.'), []);
});

test('a span of time made an adjective counts its units: the 30-year concession, a 10-day truce', () => {
	const concession = only('The group bid for the 30-year concession.');
	assert.deepEqual([concession.text, concession.value, concession.unit], ['30-year', 30, 'years']);
	assert.equal(only('Both sides agreed a 10-day truce.').value, 10);
	assert.deepEqual(texts('The Su-35 flew over the 2024-25 season.').filter(text => /year|day/u.test(text)), [], 'no other hyphenated number becomes a span');
});

test('a measure or an age made an adjective counts its units: a 3-mile road, a 40-hectare farm, a 71-year-old farmer', () => {
	const road = only('Crews closed a 3-mile road.');
	assert.deepEqual([road.text, road.value, road.unit], ['3-mile', 3, 'miles']);
	assert.deepEqual(texts('They built a 12-kilometre (7.5-mile) wall.'), ['12-kilometre', '7.5-mile']);
	assert.equal(only('She runs a 40-hectare farm.').value, 40);
	const farmer = only('A 71-year-old farmer was rescued.');
	assert.deepEqual([farmer.text, farmer.value, farmer.unit], ['71-year-old', 71, 'years old']);
	assert.deepEqual(texts('The 5-star hotel and the Mi-8 helicopter.').filter(text => /star|Mi/u.test(text)), [], 'a hyphen before no unit makes no figure');
});

test('a span made an adjective may group its thousands, measure an area or a volume, or be written in words: a 4,198-foot peak, a 320-square-kilometre site, a two-acre field', () => {
	const peak = only('The lake fell to a 4,198-foot elevation.');
	assert.deepEqual([peak.text, peak.value, peak.unit], ['4,198-foot', 4198, 'feet']);
	const site = only('The plant takes a 320-square-kilometre site.');
	assert.deepEqual([site.value, site.unit], [320, 'square kilometres']);
	assert.deepEqual([only('A 40,000-cubic-metre tank stands by the quay.').value, only('Elephants trampled her two-acre field.').value, only('Welders held a four-hour strike.').unit], [40_000, 2, 'hours']);
	assert.deepEqual(texts('Staff on zero-hour contracts got a one-off payment.'), [], 'zero of a unit, or "one-off", is no figure');
});

test('thousands set apart by a space are one number, as southern African, French and SI copy writes them; a year before a number stays apart', () => {
	assert.equal(only('The project would create about 15 000 jobs.').value, 15_000);
	assert.deepEqual(texts('The town has 17 000 people and a plant that breaks down every month.'), ['17 000 people']);
	assert.equal(only('Tourism brings in 1 250 000 visitors.').value, 1_250_000);
	assert.deepEqual(texts('In 2024 150 farms closed.'), ['150 farms']);
});

test('words that name a member of every object ("constructor", "toString", "__proto__") are no number words, units or fractions', () => {
	const sentence = 'One in constructor adults, two toString of the firms and a __proto__ hundred hasOwnProperty constructor left.';
	const mentions = findFigures(sentence);
	assertWellFormed(sentence, mentions);
	assert.ok(mentions.every(({figure}) => figure.value === null || typeof figure.value === 'number'), JSON.stringify(mentions));
	assert.ok(!mentions.some(({figure}) => figure.unit === 'per cent'), JSON.stringify(mentions));
});

test('money in ISO codes and local letters, spaced or written on, with Malaysian and South Asian scales; "1.5m naira" is millions', () => {
	const read = (sentence: string) => findFigures(sentence).map(({figure}) => [figure.text, figure.value, figure.unit]);
	assert.deepEqual(read('The family lost VND300 million, and sand sells for VND350,000-450,000 a cubic meter.'), [['VND300 million', 300_000_000, 'dong'], ['VND350,000-450,000', 350_000, 'dong']]);
	assert.deepEqual(read('The state gave RM2mil in aid and RM 1,000 to each family.'), [['RM2mil', 2_000_000, 'ringgit'], ['RM 1,000', 1000, 'ringgit']]);
	assert.deepEqual(read('Losses are put at more than Tk 200 crore, and 6.3 lakh people moved.').map(([text, value]) => [text, value]), [['more than Tk 200 crore', 2_000_000_000], ['6.3 lakh people', 630_000]]);
	assert.deepEqual(read('Fines of HTG 2,000 were paid, with compensation of 1.5m naira.'), [['HTG 2,000', 2000, 'gourdes'], ['1.5m naira', 1_500_000, 'naira']]);
	assert.deepEqual(read('The N1 road, the K2 summit, TOP 10 lists, P1 parking and 40m of wall.').map(([text]) => text), ['40m']);
});
