import {acronymDefinedAfter, acronymDefinitions, shortFormAt, shortFormsWithSpokespeople} from './acronym-definitions.js';
import type {ActorDraft, ActorRegistry} from './actor-registry.js';
import {knownNameWords, peopleIn, type PersonName} from './person-mentions.js';
import {isCalledHeOrShe} from './person-rules.js';
import {laterMentions} from './later-mentions.js';
import {matchesNeeding} from './needed-words.js';
import {relativeBefore} from './name-rules.js';
import {isOrganisationByContext, sharesOf} from './organisation-rules.js';
import {withoutPersonAtEnd} from './portfolio-titles.js';
import {PhraseTrie} from './phrase-trie.js';
import {notNames} from './lexicon/not-names.js';
import {knownOrganisations, organisationNouns} from './lexicon/organisations.js';
import {endsWithHeadWord, hasOrganisationShape, isCommonWord, isDemonymOrAdjective, isFirstName, isNameCompound, isNationality, takesTheArticle} from './name-kind.js';
import {capitalisedRun, describesOrganisation, nameRuns, fullNameIn, isHonorific, organisationRoleBefore, roleAfter, roleBefore, type NameMention, openingWord, textAfter, textBefore, withoutOpeningWord} from './names.js';

export type ActorMention = {paragraph: number; start: number; end: number; actor: ActorDraft};

/** Groups an article may name by nationality and what they are: "Russian forces", "Iranian military commanders". */
const groupNouns = ['forces', 'troops', 'soldiers', 'fighters', 'militants', 'rebels', 'commanders', 'officials', 'authorities', 'partners', 'allies', 'leaders', 'diplomats', 'negotiators', 'lawmakers', 'prosecutors', 'investigators', 'regulators'];
const collectiveNames = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+(?:(?!and\b|or\b|of\b)\p{Ll}+\s+){0,2}?(?:${groupNouns.join('|')})(?![\p{L}])`, 'gu');
const organisationNounAfter = new RegExp(String.raw`^\s+(?:${organisationNouns.join('|')})\b`, 'u');
const creditLine = /^(?:additional\s+)?(?:reporting|writing|editing|research)(?:\s+and\s+\w+)?\s+by\b/iu;
/** "By Giulia Rossi and Tom Hart" under a headline. */
const bylineLine = /^By\s+\p{Lu}[^.!?]{0,80}$/u;
export const isByline = (paragraph: string) => creditLine.test(paragraph) || bylineLine.test(paragraph);
/** "Kyoto’s city assembly", "Madrid’s regional government": a town's or a region's own body, named by the place and what it is. */
const townBodyNouns = ['assembly', 'council', 'government', 'legislature', 'parliament'];
const townBodies = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)[’']s\s+((?:city|municipal|prefectural|regional|provincial|state|county|town)\s+(?:${townBodyNouns.join('|')}))(?![\p{L}])`, 'gu');
/** The organisations the lexicon knows, as written, with "the" before them or not. */
const organisationNames = new PhraseTrie<true>();
for (const name of knownOrganisations) {
	organisationNames.add(name, true);
	organisationNames.add(`the ${name}`, true);
}

/**
 * The people and organisations an article names, paragraph by paragraph:
 * organisations by their shape or description (organisationRuns) and from
 * the lexicon; groups named by nationality ("Russian forces"); people through
 * compromise's name recognition (seeded with the names the corpus already
 * knows), reporters from bylines by their shape.
 */
export function findActorMentions(paragraphs: string[], registry: ActorRegistry, knownPeople: string[], isPlace: (name: string) => boolean): ActorMention[] {
	const known = knownNameWords(knownPeople);
	const mentions: ActorMention[] = [];
	for (const [index, paragraph] of paragraphs.entries()) {
		const number = index + 1;
		const found: ActorMention[] = [];
		const taken = (start: number, end: number) => found.some(mention => start < mention.end && mention.start < end);
		// A name in full found from the short form it defines ("… on Energy and Clean Air (CREA)") outranks a run that
		// stops short of it; a run that holds it whole ("the UN Office for … (OCHA)") keeps its own reading.
		const definitions = acronymDefinitions(paragraph);
		const cutShort = (start: number, end: number) => definitions.some(definition => start < definition.end && definition.start < end && (start > definition.start || end < definition.end));
		for (const {start, end, name, role} of organisationRuns(paragraph, isPlace)) {
			if (cutShort(start, end)) {
				continue;
			}

			const after = textAfter(paragraph, end);
			// "the Metroviários union" is also what the union is called.
			const withNoun = organisationNounAfter.exec(after)?.[0];
			const aliases = [acronymDefinedAfter(name, after), knownAsAfter(after), withNoun && name + withNoun].filter(alias => alias !== undefined);
			found.push({paragraph: number, start, end, actor: registry.organisation(name, role, aliases)});
		}

		// A short form defined in brackets, or one a spokesperson speaks for ("A spokesperson for the EBRD").
		const shortForms = [...definitions, ...shortFormsWithSpokespeople(paragraph).filter(({acronym}) => !isPlace(acronym)).map(form => ({...form, name: undefined}))];
		for (const {start, end, name, acronym} of shortForms) {
			if (!taken(start, end)) {
				found.push({paragraph: number, start, end, actor: name === undefined ? (registry.find(acronym) ?? registry.organisation(acronym)) : registry.organisation(name, null, [acronym])});
			}
		}

		for (const match of matchesNeeding(paragraph, collectiveNames, groupNouns)) {
			const end = match.index + match[0].length;
			if (isNationality(match[1]!) && !taken(match.index, end)) {
				found.push({paragraph: number, start: match.index, end, actor: registry.collective(match[0])});
			}
		}

		for (const match of matchesNeeding(paragraph, townBodies, townBodyNouns)) {
			const [, town, body] = match as unknown as [string, string, string];
			const start = match.index + match[0].length - body.length;
			if (isPlace(town) && !taken(start, start + body.length)) {
				found.push({paragraph: number, start, end: start + body.length, actor: registry.organisation(`${town} ${body}`)});
			}
		}

		for (const {start, end} of organisationNames.findLongest(paragraph)) {
			if (!taken(start, end)) {
				found.push({paragraph: number, start, end, actor: registry.organisation(paragraph.slice(start, end))});
			}
		}

		for (const person of peopleIn(paragraph, isByline(paragraph), isPlace, known)) {
			if (taken(person.start, person.end)) {
				continue;
			}

			const after = textAfter(paragraph, person.end);
			// "Hutchison Ports, which runs the terminal": no person is a "which".
			// "Chief Cabinet Secretary Morita Hideaki, the government’s top spokesman": the office before the name is the role; a rank alone ("Col.") yields to the appositive.
			const office = person.title !== null && !isHonorific(person.title) ? person.title : null;
			const role = office ?? roleAfter(after) ?? person.title ?? roleBefore(textBefore(paragraph, person.start));
			const organisationBefore = () => [...mentions, ...found.filter(mention => mention.end <= person.start)].findLast(mention => mention.actor.type === 'organisation' && !mention.actor.collective)?.actor;
			const actor = /^,\s+which\b/u.test(after) ? registry.organisation(person.name) : registry.person(withFamilyName(person, paragraph, found), role && withOwner(role, organisationBefore));
			found.push({paragraph: number, start: person.start, end: person.end, actor});
		}

		mentions.push(...found.sort((a, b) => a.start - b.start));
	}

	// "Morimoto said he …" where compromise knew neither it nor "Takeshi Morimoto": a lone word reporting speech is the person named in full.
	for (const surname of surnamesReporting(paragraphs)) {
		const writtenInFull = registry.find(surname) || isPlace(surname) || isCommonWord(surname) ? undefined : fullNameIn(paragraphs, surname);
		if (writtenInFull !== undefined && registry.find(writtenInFull) === undefined && !isPlace(writtenInFull) && !hasOrganisationShape(writtenInFull)) {
			registry.person(writtenInFull, null);
		}
	}

	// "Mr Brodie" where compromise did not know "Callum Brodie" at the start of a sentence: the person is named in full.
	for (const actor of registry.actors.filter(draft => draft.type === 'person' && !/\s/u.test(draft.name))) {
		const writtenInFull = fullNameIn(paragraphs, actor.name);
		if (writtenInFull !== undefined && !isPlace(writtenInFull)) {
			registry.person(writtenInFull, null);
		}
	}

	return [...mentions, ...laterMentions(paragraphs, registry, mentions, isPlace)].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

/** A capitalised word alone before or after a verb of reporting: "Morimoto said", "…,” says Mudenda, who …". */
const reportingWord = String.raw`(?:said|says|told|added|adds|explained|recalled|argued|insisted|warned|noted)`;
const lone = String.raw`(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)`;
const wordReporting = [
	new RegExp(String.raw`(?:^|[.!?]["”’]?\s+|,\s+)${lone}\s+${reportingWord}\b`, 'gu'),
	new RegExp(String.raw`\b(?:said|says|added|adds)\s+${lone}(?=\s*[,.;])`, 'gu'),
];

function surnamesReporting(paragraphs: string[]): Set<string> {
	return new Set(paragraphs.flatMap(paragraph => wordReporting.flatMap(pattern => [...paragraph.matchAll(pattern)].map(match => match[1]!))));
}

/** "Anna Berg, her husband Jonas": a first name alone after a kinship word takes the surname of the person named before it in the paragraph. */
function withFamilyName(person: PersonName, paragraph: string, found: ActorMention[]): string {
	if (/\s/u.test(person.name) || !relativeBefore.pattern.test(textBefore(paragraph, person.start))) {
		return person.name;
	}

	const relative = found.findLast(mention => mention.end <= person.start && mention.actor.type === 'person' && /\s/u.test(mention.actor.name));
	return relative === undefined ? person.name : `${person.name} ${relative.actor.name.split(/\s+/).at(-1)}`;
}

/**
 * Capitalised names that are organisations by their shape ("Royal College of
 * Nursing", "Hutchison Ports") or by the description just before them ("the
 * campaign group Save Our Wye", "Turkey's disaster agency AFAD"), which is then their role.
 */
function organisationRuns(paragraph: string, isPlace: (name: string) => boolean): NameMention[] {
	const runs: NameMention[] = [];
	for (const run of nameRuns(paragraph)) {
		// "But Elena Markova, a hydrologist at the Institute of Hydrology": a conjunction opening the sentence is no part of the name.
		// "The Holmvik-based Harbour Light Travel": an opening word, then what else opens the run before the name.
		const first = openingWord.exec(run[0])?.[0].length ?? 0;
		const rest = run[0].slice(first);
		const opening = first + ((sharesOf.exec(rest) ?? personOf(rest) ?? compoundBefore(rest) ?? placeOwning(rest, isPlace))?.[0].length ?? (first > 0 ? 0 : rest.length - withoutOpeningWord(rest).length));
		const shaped = run[0].slice(opening).replace(/[’']s$/u, '');
		const joined = hasOrganisationShape(shaped) ? wordsJoinedBefore(paragraph, run.index + opening, isPlace) : '';
		const tail = tailAfterThe(paragraph, run.index + run[0].length);
		// "Savannah Mutual Assurance Co.": an abbreviated legal form keeps its full stop.
		const legalStop = /(?<![\p{L}])(?:Co|Corp|Inc|Ltd)$/u.test(shaped) && paragraph[run.index + run[0].length] === '.' ? '.' : '';
		const name = withoutPersonAtEnd(joined + shaped + legalStop + tailOfName(paragraph, run.index + run[0].length, tail, endsWithHeadWord(shaped)) + wordsJoinedAfter(paragraph, run.index + run[0].length, shaped, isPlace));
		const start = run.index + opening - joined.length;
		const end = start + name.length;
		const before = organisationRoleBefore(textBefore(paragraph, start));
		const after = roleAfter(textAfter(paragraph, end));
		const role = before ?? (after !== null && describesOrganisation(after) ? after : null);
		// "the FNV union": a name that qualifies an organisation's noun ("Hungarian authorities", "Floods force" are not).
		const qualifiesOrganisation = /\bthe\s+$/iu.test(textBefore(paragraph, start)) && organisationNounAfter.test(textAfter(paragraph, end)) && !isDemonymOrAdjective(name);
		const described = role !== null && !isCalledHeOrShe(paragraph, start, end);
		if (name !== '' && !notNames.has(name) && !isPlace(name) && !isNameCompound(name) && (hasOrganisationShape(name) || described || qualifiesOrganisation || isCompanyInContext(paragraph, start, end))) {
			runs.push({start, end, name, role});
		}
	}

	// "Department of Health" inside "Department of Health and Human Services" is no name of its own.
	return runs.filter(run => !runs.some(other => other !== run && other.start <= run.start && run.end <= other.end));
}

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
	const match = /(?<![\p{L}])(?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|for)\s+)?)+and\s+$/u.exec(paragraph.slice(Math.max(0, start - 80), start));
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

/**
 * "Its chief executive" after the Confederation of British Industry is the
 * "chief executive of the Confederation of British Industry". ("The company's
 * chief executive" is left as written: the company meant is not always the
 * organisation named last.)
 */
function withOwner(role: string, organisationBefore: () => ActorDraft | undefined): string {
	const owned = /^its\s+(.+)$/iu.exec(role);
	const organisation = owned ? organisationBefore() : undefined;
	return owned && organisation ? `${owned[1]} of ${takesTheArticle(organisation.name) ? 'the ' : ''}${organisation.name}` : role;
}

/** "Companhia do Metropolitano de São Paulo, known as Metrô,": the short name an article gives an organisation, which it then goes by. */
function knownAsAfter(after: string): string | undefined {
	return /^,\s+(?:also\s+)?known\s+as\s+(\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)?)(?=[,.;]|$)/u.exec(after)?.[1];
}
