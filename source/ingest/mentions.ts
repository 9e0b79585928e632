import {acronymDefinedAfter, acronymDefinitions, shortFormsWithSpokespeople} from './acronym-definitions.js';
import type {ActorDraft, ActorRegistry} from './actor-registry.js';
import {knownNameWords, peopleIn, type PersonName} from './person-mentions.js';
import {laterMentions} from './later-mentions.js';
import {matchesNeeding} from './needed-words.js';
import {relativeBefore} from './name-rules.js';
import {organisationNounAfter, organisationRuns} from './organisation-runs.js';
import {PhraseTrie} from './phrase-trie.js';
import {knownOrganisations} from './lexicon/organisations.js';
import {hasOrganisationShape, isCommonWord, isNationality, takesTheArticle} from './name-kind.js';
import {fullNameIn, isHonorific, roleAfter, roleBefore, textAfter, textBefore} from './names.js';

export type ActorMention = {paragraph: number; start: number; end: number; actor: ActorDraft};

/** Groups an article may name by nationality and what they are: "Russian forces", "Iranian military commanders". */
const groupNouns = ['forces', 'troops', 'soldiers', 'fighters', 'militants', 'rebels', 'commanders', 'officials', 'authorities', 'partners', 'allies', 'leaders', 'diplomats', 'negotiators', 'lawmakers', 'prosecutors', 'investigators', 'regulators'];
const collectiveNames = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+(?:(?!and\b|or\b|of\b)\p{Ll}+\s+){0,2}?(?:${groupNouns.join('|')})(?![\p{L}])`, 'gu');
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
