import type {Corpus} from '../core/schema.js';

/**
 * A dateline opens a news story with where it was filed and, on wire copy,
 * the outlet: "KYIV, Ukraine (AP) — …", "OSLO, March 2 (Reuters) - …",
 * "NAIROBI, Kenya — …", "(Bloomberg) -- …". It says where the story comes
 * from; it is not part of the first statement.
 */
export type Dateline = {
	/** Where the story was filed, as the dateline names it ("Kyiv, Ukraine"), without its date; null when it names only the outlet. */
	place: string | null;
	/** The outlet in brackets, as written ("AP", "Reuters"); null when there is none. */
	outlet: string | null;
	/** Where the story's own text starts in the paragraph (after the dash). */
	end: number;
};

/** The canonical name of a known place written exactly as `name` ("Kyiv" for "Kyiv"), else undefined. */
export type PlaceNamer = (name: string) => string | undefined;

type DatelineRow = {
	id: string;
	pattern: RegExp;
	/** Whether the place must be a known one: without an outlet in brackets, capitals before a dash may be anything ("NATO —"). */
	needsKnownPlace: boolean;
	examples: Array<{text: string; place: string | null; outlet: string | null}>;
	/** Openings this row must not read as a dateline. */
	notDatelines: string[];
};

// Words of a place or a date: capitalised ("Kenya", "British Columbia", "March 2"), or all capitals ("PANAMA CITY", "WASHINGTON/BEIJING").
const capitalisedWords = String.raw`\p{Lu}[\p{L}\p{M}\p{N}.'’/-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{M}\p{N}.'’/-]*)*`;
const capitalsOnly = String.raw`\p{Lu}[\p{Lu}\p{M}.'’/-]+(?:\s+\p{Lu}[\p{Lu}\p{M}.'’/-]*)*`;
const outlet = String.raw`\((?<outlet>\p{L}[\p{L}\p{M}&.' ]{0,39}?)\)`;
const dash = String.raw`\s*(?:--|[-–—])(?:\s+|$)`;

/** The shapes of a dateline, tried in order; each row's examples run as tests. */
export const datelineRows: DatelineRow[] = [
	{
		id: 'place-and-outlet',
		pattern: new RegExp(String.raw`^(?<place>${capitalisedWords}(?:,\s+${capitalisedWords}){0,2})\s+${outlet}${dash}`, 'u'),
		needsKnownPlace: false,
		examples: [
			{text: 'KYIV, Ukraine (AP) — Russian drones struck energy facilities overnight.', place: 'Kyiv, Ukraine', outlet: 'AP'},
			{text: 'OSLO, March 2 (Reuters) - Norwegian fertiliser maker Nordhavn Agri has agreed to buy a rival.', place: 'Oslo', outlet: 'Reuters'},
			{text: 'KAMLOOPS, British Columbia, Aug 14 (Reuters) - More than 30,000 people were ordered to leave.', place: 'Kamloops, British Columbia', outlet: 'Reuters'},
			{text: 'Paris (AFP) - France will raise its minimum wage, the labour minister said.', place: 'Paris', outlet: 'AFP'},
			{text: 'WASHINGTON/BEIJING, May 14 (Reuters) - The United States on Tuesday unveiled new rules.', place: 'Washington/Beijing', outlet: 'Reuters'},
		],
		notDatelines: ['KYIV, Ukraine (AP Photo) — a ship at anchor.', 'Workers said (Reuters) - they would strike.', 'The union said on Tuesday (local time) - it would strike.'],
	},
	{
		id: 'outlet-only',
		pattern: new RegExp(String.raw`^${outlet}${dash}`, 'u'),
		needsKnownPlace: false,
		examples: [{text: '(Bloomberg) -- Oil rose for a third day as traders weighed supply risks.', place: null, outlet: 'Bloomberg'}],
		notDatelines: ['(Updated) — the ministry said later.'],
	},
	{
		id: 'place-only',
		pattern: new RegExp(String.raw`^(?<place>${capitalsOnly}(?:,\s+${capitalisedWords}){0,2})${dash}`, 'u'),
		needsKnownPlace: true,
		examples: [
			{text: 'NAIROBI, Kenya — Herders in the north have lost half their cattle.', place: 'Nairobi, Kenya', outlet: null},
			{text: 'PANAMA CITY, Panama — Shipping through the Panama Canal will be cut.', place: 'Panama City, Panama', outlet: null},
			{text: 'MADRID — Ferry crossings between Algeciras and Tangier were suspended.', place: 'Madrid', outlet: null},
		],
		notDatelines: ['NATO — the alliance said on Monday — will meet again.', 'BREAKING — Markets fell sharply.', 'Kenya — a country of 50 million — votes today.'],
	},
];

/** Photo and video credits share the bracket, but are not the outlet of the text. */
const mediaCredit = /\b(?:photo|video|file|graphic|updated?|corrected)\b/iu;

/** A part of a dateline that is its date, not its place: "March 2", "Aug 14", "Jan. 5". */
const datePart = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\p{L}*\.?\s+\d{1,2}$/iu;

/** Datelines are short: only the opening of a paragraph is read, so the check is linear whatever the paragraph. */
const datelineReach = 160;

/** The dateline opening PARAGRAPH, if it has one. */
export function datelineOf(paragraph: string, placeNamed: PlaceNamer): Dateline | undefined {
	const opening = paragraph.slice(0, datelineReach);
	for (const row of datelineRows) {
		const match = row.pattern.exec(opening);
		if (!match) {
			continue;
		}

		const written = match.groups?.['outlet']?.trim();
		if (written !== undefined && mediaCredit.test(written)) {
			continue;
		}

		const place = placeOf(match.groups?.['place'], placeNamed);
		if (row.needsKnownPlace && !place?.known) {
			continue;
		}

		return {place: place?.name ?? null, outlet: written ?? null, end: match.index + match[0].length};
	}

	return undefined;
}

/** The outlet a dateline in the article's first paragraphs names, as written. */
export function outletOf(paragraphs: string[], placeNamed: PlaceNamer = () => undefined): string | undefined {
	for (const paragraph of paragraphs.slice(0, 4)) {
		const outlet = datelineOf(paragraph, placeNamed)?.outlet;
		if (outlet) {
			return outlet;
		}
	}

	return undefined;
}

/** The place of a dateline, dates dropped, capitals in the gazetteer's spelling or title case; known when its first place is. */
function placeOf(written: string | undefined, placeNamed: PlaceNamer): {name: string; known: boolean} | undefined {
	if (written === undefined) {
		return undefined;
	}

	const parts = written.split(/,\s+/).filter(part => !datePart.test(part));
	if (parts.length === 0) {
		return undefined;
	}

	const named = (part: string) => {
		const spelled = isCapitals(part) ? titleCase(part) : part;
		return placeNamed(spelled) ?? spelled;
	};

	// "WASHINGTON/BEIJING": each city on its own.
	const first = parts[0]!.split('/').map(city => ({city, canonical: placeNamed(isCapitals(city) ? titleCase(city) : city)}));
	const name = [first.map(({city, canonical}) => canonical ?? named(city)).join('/'), ...parts.slice(1).map(named)].join(', ');
	return {name, known: first.every(({canonical}) => canonical !== undefined)};
}

function isCapitals(words: string): boolean {
	return /\p{Lu}.*\p{Lu}/u.test(words) && !/\p{Ll}/u.test(words);
}

/** "PANAMA CITY" → "Panama City", "SÃO PAULO" → "São Paulo". */
function titleCase(words: string): string {
	return words.toLocaleLowerCase('en').replace(/(^|[\s/-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase('en'));
}

/**
 * The article's first fact without the dateline before it: "KYIV, Ukraine
 * (AP) — Russian drones struck …" states "Russian drones struck …". Its time
 * and figures are kept where they are in what remains ("March 2" of "OSLO,
 * March 2 (Reuters)" is the filing date, not the fact's); the outlet is no
 * actor of it unless named again, and is dropped from the corpus if nothing
 * else refers to it.
 */
export function factsAfterDateline(corpus: Corpus, dateline: Dateline, timeOf: (text: string) => string | null): Corpus {
	const source = corpus.sources[0]!;
	const paragraph = source.paragraphs[0]!;
	const start = dateline.end + (/^\s*/.exec(paragraph.slice(dateline.end))?.[0].length ?? 0);
	const outletIds = new Set(corpus.actors.filter(actor => dateline.outlet !== null && [actor.name, ...actor.aliases].includes(dateline.outlet)).map(actor => actor.id));
	const facts = corpus.facts.map(fact => {
		const {provenance} = fact;
		if (provenance.source !== source.id || provenance.paragraph !== 1 || provenance.start >= start || provenance.end <= start) {
			return fact;
		}

		const text = paragraph.slice(start, provenance.end);
		const namedAgain = (id: string) => corpus.actors.some(actor => actor.id === id && [actor.name, ...actor.aliases].some(name => text.includes(name)));
		return {
			...fact,
			text,
			actors: fact.actors.filter(id => !outletIds.has(id) || namedAgain(id)),
			figures: fact.figures.filter(figure => text.includes(figure.text)),
			time: fact.time !== null && text.includes(fact.time) ? fact.time : timeOf(text),
			provenance: {...provenance, start},
		};
	});

	const referred = new Set([...corpus.quotes.flatMap(quote => [quote.speaker, ...quote.actors]), ...facts.flatMap(fact => [fact.attribution, ...fact.actors]), ...corpus.routes.flatMap(route => [route.attribution, ...route.actors])]);
	return {...corpus, facts, actors: corpus.actors.filter(actor => !outletIds.has(actor.id) || referred.has(actor.id))};
}
