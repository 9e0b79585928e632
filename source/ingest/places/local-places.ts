import {byParagraph} from '../by-paragraph.js';
import {PhraseTrie} from '../phrase-trie.js';
import {matchesNeeding} from '../needed-words.js';
import {splitSentences} from '../sentences.js';
import {gazetteer} from './gazetteer.js';
import {capitalisedFunctionWords, notPlaces} from './not-places.js';
import {slugOf} from './name-keys.js';
import type {IgnoredSpan, LocationKind, Place, PlaceMention} from './place.js';

/** Capitalised last words of a street's, a park's or a landmark's name: "Hanamikoji Street", "Nara Park", "Pacific Quay". */
const featureWords = ['Street', 'Road', 'Avenue', 'Boulevard', 'Lane', 'Square', 'Park', 'Gardens', 'Bridge', 'Quay', 'Cathedral', 'Temple', 'Shrine', 'Mosque', 'Palace', 'Stadium'];
/** Lower-case nouns after a district's name, which is the name alone: "the Gion district" is Gion. */
const districtNouns = ['district', 'quarter', 'neighbourhood', 'neighborhood', 'ward', 'suburb', 'upazila', 'tehsil', 'taluka', 'block', 'commune', 'parish', 'locality'];
/** Lower-case nouns after a landmark's name, which keeps them: "the Sé cathedral", "the Deurganck dock". */
const landmarkNouns = ['cathedral', 'church', 'temple', 'shrine', 'mosque', 'market', 'dock'];

const capitalised = String.raw`\p{Lu}[\p{L}’'-]*`;
/** A capitalised word that is no possessive: "Sylhet’s" is the town whose district follows. */
const notPossessive = String.raw`${capitalised}(?<![’']s)`;
const featureName = new RegExp(String.raw`(?<![\p{L}])(?:${capitalised}\s+){1,3}(?:${featureWords.join('|')})(?![\p{L}])`, 'gu');
/** After "the", "in" or a town's possessive: "the Gion and Arashiyama districts", "Omdurman's Karari district", "in Mahakalapada block", "the Sé cathedral". */
const namedByNoun = new RegExp(
	String.raw`(?:\b(?:the|[Ii]n)|[’']s)\s+(${notPossessive}(?:\s+${notPossessive}){0,2})(?:\s+and\s+(${notPossessive}(?:\s+${notPossessive}){0,2}))?\s+(${[...districtNouns, ...landmarkNouns].join('|')})s?(?![\p{L}])`,
	'gu',
);
/**
 * A seat of government named by what it is ("at La Vereda presidential
 * palace", "outside the Altamar presidential palace"): it stands in the
 * capital, so it is taken at the capital the article names.
 */
const seatOfGovernment = new RegExp(String.raw`(?<![\p{L}])(${capitalised}(?:\s+${capitalised}){0,2})\s+presidential\s+(?:palace|residence)(?![\p{L}])`, 'gu');
/** Lower-case nouns of a village, and of a part of a town or a hamlet, before "of" and its name: "the neighbouring quarter of Goxu Mbacc". */
const villageNouns = ['village', 'hamlet', 'settlement'];
const partOfTownNouns = ['quarter', 'district', 'neighbourhood', 'neighborhood', 'suburb', 'township', 'slum', ...villageNouns];
/** ", the crowded fishing quarter of", ", a cane settlement outside", ", a farming community east of": what the name before it is, and where. */
const settlementAppositive = String.raw`,\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:${[...partOfTownNouns, 'community', 'colony'].join('|')})\s+(?:of|in|near|outside|(?:on\s+the\s+edge|(?:north|south|east|west)(?:-?(?:east|west))?)\s+of)\s+`;
/** "… in central São Paulo", "… studios in Glasgow", "…, the fishing quarter of Saint-Louis": the town named just after. */
const inTownAfter = new RegExp(String.raw`^(?:\s+(?:\p{Ll}+\s+){0,2}?in\s+(?:(?:central|downtown|old|northern|southern|eastern|western)\s+)?|${settlementAppositive})$`, 'u');
/** A name of up to four capitalised words, with the particles of Romance names between them: "Dulce Nombre de Copán". */
const nameWithParticles = String.raw`${capitalised}(?:\s+(?:(?:de|del|da|do|dos|das|la|le|du|des|al)\s+)?${capitalised}){0,3}`;
/**
 * A part of a town or a village named by what it is, where no gazetteer has it: "Guet Ndar, the crowded fishing
 * quarter of Saint-Louis"; "Sculeni, a village of about 1,900 people"; "from Labota village"; "the neighbouring
 * quarter of Goxu Mbacc", "the village of Doun Baba Dièye".
 */
const namedInAppositive = new RegExp(String.raw`(?<![\p{L}])(${nameWithParticles})${settlementAppositive}\p{Lu}`, 'gu');
const villageInAppositive = new RegExp(String.raw`(?<![\p{L}])(${nameWithParticles}),\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:${villageNouns.join('|')})(?=\s*(?:[,.;]|(?:of|on|in|near|where|that|with|about|whose)\b))`, 'gu');
const namedBeforeVillage = new RegExp(String.raw`\b(?:in|from|at|near|outside|of|neighbouring|nearby)\s+(${capitalised}(?:\s+${capitalised}){0,2})\s+(?:${villageNouns.join('|')})(?![\p{L}])`, 'gu');
const namedAfterNoun = new RegExp(String.raw`\bthe\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${partOfTownNouns.join('|')})\s+of\s+(${nameWithParticles})(?![\p{L}’'-])`, 'gu');
const namedAsSettlements = [namedInAppositive, namedAfterNoun, namedBeforeVillage, villageInAppositive];

/**
 * `district`: named as a district, so its bare name is that place wherever the
 * article writes it again; `inCapital`: a seat of government, in the capital.
 */
type Candidate = {start: number; end: number; name: string; district: boolean; inCapital?: boolean};

/**
 * Districts, streets, parks and landmarks the gazetteer lacks, known by what
 * they are ("the Gion and Arashiyama districts", "Hanamikoji Street", "the Sé
 * cathedral"), each taken at the town the article puts it in: the town whose
 * possessive comes before it ("Omdurman's Karari district"), the town named
 * just after it ("in central São Paulo"), the town that opens its sentence
 * ("In Nara, …") or is named earlier in it, or else the district named last
 * in its paragraph or the one before ("on Hanamikoji Street" after "In Gion").
 * Named once so, a district is found by its bare name after ("In Gion, …").
 */
export function findLocalPlaces(paragraphs: string[], found: PlaceMention[], ignore: IgnoredSpan[]): PlaceMention[] {
	const local: PlaceMention[] = [];
	const foundIn = byParagraph(found);
	const ignoredIn = byParagraph(ignore);
	// Districts named so far, each with the order it was named in: a name found earlier wins an overlap.
	const districts = new PhraseTrie<{place: Place; order: number}>();
	const districtNames = new Set<string>();
	let localBefore: PlaceMention[] = [];
	const capital = found.find(mention => mention.place.kind === 'capital')?.place;
	for (const [index, paragraph] of paragraphs.entries()) {
		const number = index + 1;
		const localHere: PlaceMention[] = [];
		const isFree = ({start, end}: {start: number; end: number}) => ![...foundIn(number), ...localHere, ...ignoredIn(number)].some(other => start < other.end && other.start < end);
		const named = districts.findAll(paragraph).flatMap(({start, end, values}) => values.map(({place, order}) => ({start, end, place, order})));
		for (const {start, end, place} of named.sort((a, b) => a.order - b.order || a.start - b.start)) {
			const mention = {paragraph: number, start, end, written: paragraph.slice(start, end), place};
			if (isFree(mention)) {
				localHere.push(mention);
			}
		}

		for (const candidate of candidatesIn(paragraph)) {
			if (!isFree(candidate)) {
				continue;
			}

			const mentionsHere = [...foundIn(number), ...localHere].sort((a, b) => a.start - b.start);
			const town = candidate.inCapital ? capital : townOf(candidate, number, paragraph, mentionsHere, [...localBefore, ...localHere]);
			if (town !== undefined) {
				const place = localPlace(candidate.name, town);
				localHere.push({paragraph: number, start: candidate.start, end: candidate.end, written: paragraph.slice(candidate.start, candidate.end), place});
				if (candidate.district && !districtNames.has(candidate.name)) {
					districtNames.add(candidate.name);
					districts.add(candidate.name, {place, order: districtNames.size});
				}
			}
		}

		local.push(...localHere);
		localBefore = localHere;
	}

	return local;
}

/** The names an article calls districts ("the Gion and Arashiyama districts"): a town of the same name elsewhere is not what it means by them. */
export function districtsNamed(paragraphs: string[]): Set<string> {
	return new Set(paragraphs.flatMap(paragraph => candidatesIn(paragraph).filter(candidate => candidate.district).map(candidate => candidate.name)));
}

/** Each pattern with the words it cannot match without (see matchesNeeding). */
const needs = new Map<RegExp, string[]>([
	[featureName, featureWords],
	[seatOfGovernment, ['presidential']],
	[namedInAppositive, [...partOfTownNouns, 'community', 'colony']],
	[namedAfterNoun, partOfTownNouns],
	[namedBeforeVillage, villageNouns],
	[villageInAppositive, villageNouns],
	[namedByNoun, [...districtNouns, ...landmarkNouns]],
]);

function matchesIn(paragraph: string, pattern: RegExp): Iterable<RegExpExecArray> {
	return matchesNeeding(paragraph, pattern, needs.get(pattern)!);
}

function candidatesIn(paragraph: string): Candidate[] {
	const candidates: Candidate[] = [];
	for (const match of matchesIn(paragraph, featureName)) {
		// "In Hanamikoji Street": a sentence's opening word is no part of the name.
		const opening = /^(\S+)\s+/u.exec(match[0])!;
		const skip = capitalisedFunctionWords.has(opening[1]!) ? opening[0].length : 0;
		candidates.push({start: match.index + skip, end: match.index + match[0].length, name: match[0].slice(skip), district: false});
	}

	for (const match of matchesIn(paragraph, seatOfGovernment)) {
		const name = withoutFunctionWord(match[1]!);
		const start = match.index + match[1]!.length - name.length;
		if (name !== '' && !notPlaces.has(name)) {
			candidates.push({start, end: start + name.length, name, district: false, inCapital: true});
		}
	}

	for (const pattern of namedAsSettlements) {
		for (const match of matchesIn(paragraph, pattern)) {
			const name = withoutFunctionWord(match[1]!);
			const start = paragraph.indexOf(name, match.index);
			if (name !== '' && !notPlaces.has(name)) {
				candidates.push({start, end: start + name.length, name, district: true});
			}
		}
	}

	for (const match of matchesIn(paragraph, namedByNoun)) {
		const [, first, second, noun] = match as unknown as [string, string, string | undefined, string];
		const isLandmark = landmarkNouns.includes(noun);
		let from = match.index;
		for (const written of second === undefined ? [first] : [first, second]) {
			const start = paragraph.indexOf(written, from);
			from = start + written.length;
			// "in Moroccan markets": a people's name says whose, and names no landmark.
			if (!notPlaces.has(written) && !capitalisedFunctionWords.has(written) && !gazetteer().demonyms.has(written)) {
				// "the Sé cathedral" keeps its noun; "the Gion district" is Gion.
				const end = isLandmark && paragraph.startsWith(` ${noun}`, from) ? from + noun.length + 1 : from;
				candidates.push({start, end, name: isLandmark ? `${written} ${noun}` : written, district: !isLandmark});
			}
		}
	}

	return candidates;
}

/** "At La Vereda" → "La Vereda": a sentence's opening function word is no part of a name. */
function withoutFunctionWord(name: string): string {
	const [first, ...rest] = name.split(/\s+/u);
	return capitalisedFunctionWords.has(first!) ? rest.join(' ') : name;
}

const isTownKind = (place: Place) => place.kind === 'city' || place.kind === 'capital';

/** The town the article puts a local place in, or none. */
function townOf(candidate: Candidate, paragraph: number, text: string, mentions: PlaceMention[], local: PlaceMention[]): Place | undefined {
	const towns = mentions.filter(mention => mention.paragraph === paragraph && isTownKind(mention.place));
	const possessor = towns.find(mention => /^[’']s\s+$/u.test(text.slice(mention.end, candidate.start)));
	const after = towns.find(mention => mention.start >= candidate.end && inTownAfter.test(text.slice(candidate.end, mention.start)));
	if (possessor !== undefined || after !== undefined) {
		return (possessor ?? after)!.place;
	}

	const sentence = splitSentences(text).find(each => each.start <= candidate.start && candidate.start < each.end);
	const inSentence = mentions.filter(mention => mention.paragraph === paragraph && sentence !== undefined && mention.start >= sentence.start && mention.end <= candidate.start);
	const opening = inSentence.find(mention => /^In\s+$/u.test(text.slice(sentence!.start, mention.start)));
	// "In Balochistan, … the Jhal Magsi and Lasbela districts": districts of a province, in no town the article names.
	if (opening !== undefined) {
		return isTownKind(opening.place) ? opening.place : undefined;
	}

	// "Fujimoto Sachiko, a sweets maker on Hanamikoji Street," after "In Gion, …": a street of the district named just before.
	const districtBefore = local.filter(mention => mention.paragraph === paragraph - 1 || (mention.paragraph === paragraph && mention.end <= candidate.start)).at(-1);
	// "At Koronubu, a cane settlement outside Ba": else the town named nearest in the paragraph, before or after.
	const gap = (mention: PlaceMention) => (mention.end <= candidate.start ? candidate.start - mention.end : mention.start - candidate.end);
	const nearestInParagraph = towns.reduce<PlaceMention | undefined>((best, mention) => (best === undefined || gap(mention) < gap(best) ? mention : best), undefined);
	// "In Mahakalapada block of Kendrapara": last, the region of its sentence.
	const regionInSentence = mentions.find(mention => mention.paragraph === paragraph && sentence !== undefined && mention.start >= sentence.start && mention.end <= sentence.end && mention.place.kind === 'region');
	return (inSentence.findLast(mention => isTownKind(mention.place)) ?? districtBefore ?? nearestInParagraph ?? regionInSentence)?.place;
}

const unlisted = 'approximate: not in the gazetteer; ';

function localPlace(name: string, town: Place): Place {
	return placeTakenAt(name, 'city', town, 'where the article puts it');
}

/** A place no gazetteer holds, taken at a town of the article's: `why` that town ("where the article puts it"). */
export function placeTakenAt(name: string, kind: LocationKind, town: Place, why: string): Place {
	return {
		key: `${slugOf(name)}-${town.key}`,
		name,
		kind,
		country: town.country,
		countryKey: town.countryKey,
		lat: town.lat,
		lon: town.lon,
		coordinatesSource: `${unlisted}taken at ${town.name}, ${why}${town.coordinatesSource.startsWith(unlisted) ? `, itself ${town.coordinatesSource.slice(unlisted.length)}` : ` (${town.coordinatesSource})`}`,
		aliases: [],
	};
}
