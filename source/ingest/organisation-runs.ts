/**
 * Organisations named by their shape or by the words around them, as capitalised runs of a paragraph: where such a
 * name starts and ends ("Ministry of Agriculture and Livestock Development", "the Organisation for the Development
 * of the Artibonite Valley (ODVA)") and the description that names it ("the campaign group Save Our Wye").
 */
import {shortFormAt} from './acronym-definitions.js';
import {isCalledHeOrShe} from './person-rules.js';
import {isOrganisationByContext, sharesOf} from './organisation-rules.js';
import {withoutPersonAtEnd} from './portfolio-titles.js';
import {notNames} from './lexicon/not-names.js';
import {organisationNouns} from './lexicon/organisations.js';
import {organisationPeople} from './lexicon/titles.js';
import {endsWithHeadWord, hasOrganisationShape, isDemonymOrAdjective, isFirstName, isNameCompound} from './name-kind.js';
import {capitalisedRun, describesOrganisation, headMayBeAPerson, nameRuns, organisationRoleBefore, roleAfter, type NameMention, openingWord, textAfter, textBefore, withoutOpeningWord} from './names.js';

/** " union", " ministry": an organisation's noun right after a name. */
export const organisationNounAfter = new RegExp(String.raw`^\s+(?:${organisationNouns.join('|')})\b`, 'u');

/**
 * Capitalised names that are organisations by their shape ("Royal College of
 * Nursing", "Hutchison Ports") or by the description just before them ("the
 * campaign group Save Our Wye", "Turkey's disaster agency AFAD"), which is then their role.
 */
export function organisationRuns(paragraph: string, isPlace: (name: string) => boolean): NameMention[] {
	const runs: NameMention[] = [];
	for (const run of nameRuns(paragraph)) {
		// "But Elena Markova, a hydrologist at the Institute of Hydrology": a conjunction opening the sentence is no part of the name.
		// "The Holmvik-based Harbour Light Travel": an opening word, then what else opens the run before the name.
		const first = openingWord.exec(run[0])?.[0].length ?? 0;
		const rest = run[0].slice(first);
		const opening = first + ((sharesOf.exec(rest) ?? personOf(rest) ?? compoundBefore(rest) ?? placeOwning(rest, isPlace))?.[0].length ?? (first > 0 ? 0 : rest.length - withoutOpeningWord(rest).length));
		const shaped = run[0].slice(opening).replace(/[’']s$/u, '');
		// "Officials of the Gilgit-Baltistan Disaster Management Authority": its people, not a longer name of it.
		if (peopleOfOrganisation.has(shaped.toLowerCase())) {
			continue;
		}

		const joined = hasOrganisationShape(shaped) ? wordsJoinedBefore(paragraph, run.index + opening, isPlace) : '';
		const tail = tailAfterThe(paragraph, run.index + run[0].length);
		// "Savannah Mutual Assurance Co.": an abbreviated legal form keeps its full stop.
		const legalStop = /(?<![\p{L}])(?:Co|Corp|Inc|Ltd)$/u.test(shaped) && paragraph[run.index + run[0].length] === '.' ? '.' : '';
		const name = withoutPersonAtEnd(joined + shaped + legalStop + tailOfName(paragraph, run.index + run[0].length, tail, endsWithHeadWord(shaped)) + wordsJoinedAfter(paragraph, run.index + run[0].length, shaped, isPlace));
		const start = run.index + opening - joined.length;
		const end = start + name.length;
		const before = organisationRoleBefore(textBefore(paragraph, start));
		const after = roleAfter(textAfter(paragraph, end));
		// "Ivan Stoianov, a crane operator at the terminal,": a first name before a trade that may be a person's is a person.
		const personsTrade = after !== null && isFirstName(shaped.split(/\s+/u)[0]!) && !hasOrganisationShape(shaped) && headMayBeAPerson(after);
		const role = before ?? (after !== null && describesOrganisation(after) && !personsTrade ? after : null);
		// "the FNV union": a name that qualifies an organisation's noun ("Hungarian authorities", "Floods force" are not).
		const qualifiesOrganisation = /\bthe\s+$/iu.test(textBefore(paragraph, start)) && organisationNounAfter.test(textAfter(paragraph, end)) && !isDemonymOrAdjective(name);
		const described = role !== null && !isCalledHeOrShe(paragraph, start, end);
		// Whether the name is a place is asked last: it is the dearest question, and most runs are no organisation anyway.
		if (name !== '' && !notNames.has(name) && !isNameCompound(name) && (hasOrganisationShape(name) || described || qualifiesOrganisation || isCompanyInContext(paragraph, start, end)) && !isPlace(name)) {
			runs.push({start, end, name, role});
		}
	}

	// "Department of Health" inside "Department of Health and Human Services" is no name of its own.
	return runs.filter(run => !runs.some(other => other !== run && other.start <= run.start && run.end <= other.end));
}

const peopleOfOrganisation = new Set(organisationPeople.flatMap(noun => [noun, noun.replace(/s$/u, '')]));

/** "Carmen Ortiz of Transparency International": a person of an organisation opens the run; the organisation is what follows. */
function personOf(run: string): RegExpExecArray | null {
	const match = /^(\p{Lu}[\p{L}’'-]*)((?:\s+\p{Lu}[\p{L}’'-]*){1,2})\s+of\s+(?:the\s+)?(?=\p{Lu})/u.exec(run);
	return match && isFirstName(match[1]!) && !hasOrganisationShape(match[1]! + match[2]!) ? match : null;
}

/** "Holmvik-based Harbour Light Travel": a name made an adjective says where the organisation after it is, and is no part of its name. */
function compoundBefore(run: string): RegExpExecArray | null {
	const match = /^(\S+)\s+(?=\p{Lu})/u.exec(run);
	return match && isNameCompound(match[1]!) ? match : null;
}

/** "Kenya’s Ministry of Agriculture", "Iceland's Department of Civil Protection": the place whose body it is, no part of its name. */
function placeOwning(run: string, isPlace: (name: string) => boolean): RegExpExecArray | null {
	const match = /^(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)[’']s\s+(?=\p{Lu})/u.exec(run);
	return match && isPlace(match[1]!) && hasOrganisationShape(run.slice(match[0].length).replace(/[’']s$/u, '')) ? match : null;
}

/** "Shares of Nvidia", "Nitrocem shares", "shipping lines including Maersk and MSC", "analysts at Morgan Stanley", "Holmvik-based Harbour Light Travel": only an organisation is traded, listed, employs or is based so (organisation-rules.ts). */
function isCompanyInContext(paragraph: string, start: number, end: number): boolean {
	return isOrganisationByContext(textBefore(paragraph, start), textAfter(paragraph, end));
}

const tailAfterThePattern = new RegExp(String.raw`^\s+(?:of|for)\s+the\s+(?:${capitalisedRun.source})`, 'u');

/** "Office for the Coordination of Humanitarian Affairs", "Ministry of the Interior": an organisation's name may go on after "of the". */
function tailAfterThe(paragraph: string, end: number): string {
	return tailAfterThePattern.exec(paragraph.slice(end))?.[0] ?? '';
}

/**
 * The "of the …" a name goes on with: after a head word, the first ("Ministry of the Interior"); and on through
 * more, or from a name with no head word, only as far as a short form defined in brackets right after them ("The
 * Organisation for the Development of the Artibonite Valley (ODVA)"), which says where the name ends.
 */
function tailOfName(paragraph: string, end: number, first: string, afterHeadWord: boolean): string {
	let tails = first;
	let defined = '';
	for (let hop = 0; hop < 3 && tails !== ''; hop++) {
		if (shortFormAt(paragraph.slice(end + tails.length)) !== undefined) {
			defined = tails;
		}

		const next = tailAfterThe(paragraph, end + tails.length);
		if (next === '') {
			break;
		}

		tails += next;
	}

	return defined.length > 0 ? defined : afterHeadWord ? first : '';
}

/**
 * "National Oceanic and Atmospheric Administration", "Department of Health and
 * Human Services": capitalised words joined by "and" that open an
 * organisation's name ending at `start`, unless they name a place ("Fiji and
 * Brazil Airways").
 */
function wordsJoinedBefore(paragraph: string, start: number, isPlace: (name: string) => boolean): string {
	// "U.S. Fish and Wildlife Service": an initialism with its full stops is a word of the name.
	const match = /(?<![\p{L}.])(?:\p{Lu}[\p{L}’'.-]*\s+(?:(?:of|for)\s+)?)+and\s+$/u.exec(paragraph.slice(Math.max(0, start - 80), start));
	const words = match?.[0].replace(openingWord, '') ?? '';
	const joinedName = words.replace(/\s+and\s+$/u, '');
	return joinedName === '' || isPlace(joinedName) || notNames.has(joinedName) ? '' : words;
}

const joinedAfter = new RegExp(String.raw`^\s+and\s+(?:${capitalisedRun.source})`, 'u');
/** ", Energy, the Environment and Water": a list of capitalised items ending in "and", each perhaps after "the". */
const listedAfter = new RegExp(String.raw`^(?:,\s+(?:the\s+)?(?:${capitalisedRun.source})){1,4},?\s+and\s+(?:the\s+)?(?:${capitalisedRun.source})`, 'u');

/**
 * "Ministry of Agriculture and Livestock Development", "Department of Civil
 * Protection and Emergency Management": a name of the shape "Ministry of X"
 * goes on past "and" when the words after it are no name of their own: no
 * organisation (that one joins backwards), no place, no person ("the Ministry
 * of Health and Sarah Okafor").
 */
function wordsJoinedAfter(paragraph: string, end: number, name: string, isPlace: (name: string) => boolean): string {
	const words = name.split(/\s+/);
	const headBeforeOf = words.some((word, index) => endsWithHeadWord(word) && /^(?:of|for)$/u.test(words[index + 1] ?? ''));
	if (!headBeforeOf || endsWithHeadWord(name)) {
		return '';
	}

	// "Department of Climate Change, Energy, the Environment and Water": a list of what it is for, none a name of its own.
	const after = paragraph.slice(end);
	const match = listedAfter.exec(after) ?? joinedAfter.exec(after);
	const items = match?.[0].split(/,\s+|\s+and\s+/u).map(item => item.replace(/^the\s+/u, '')).filter(item => item !== '') ?? [];
	const isName = (item: string) => {
		const first = item.split(/\s+/)[0]!;
		return hasOrganisationShape(item) || endsWithHeadWord(item) || isPlace(item) || isPlace(first) || item.split(/\s+/).some(word => isFirstName(word)) || notNames.has(item) || /[’']s$/u.test(item);
	};

	return match === null || items.length === 0 || items.some(item => isName(item)) ? '' : match[0];
}
