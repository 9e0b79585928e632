import {issuedBy, peopleOfOrganisation} from './attribution-rules.js';
import {ageAsDescription, appositiveAtEnd, documentAsSpeaker, organisationsDocument, possessiveDescriptionThenName, kinAsDescription, kinGender, descriptionAtEnd, descriptionAtStart, nameThenOrganisationNoun, organisationAfterComma, placeFirst as placeFirstRule, relativeSubject, someoneOfAGroup, spokespersonAlone, titledNameAtStart} from './subject-rules.js';
import {nameAfterDescription} from './described-speakers.js';
import {mayBeFirstSpeaker, secondSpeakerAfter, speaksSecond} from './joint-speakers.js';
import {organisationNouns} from './lexicon/organisations.js';
import {runAfterPortfolio} from './portfolio-titles.js';
import {anonymousAppositive, departmentAfter, organisationPeople, peopleAtOrganisation, spokespersonFor, spokespersonForNoun, theOrganisationPeople, unnamedSpeaker} from './lexicon/titles.js';
import {capitalisedRun, hasRoleNoun, describesOrganisation, roleAfter, roleBefore, withoutAsideAtEnd} from './names.js';
import {cannotSpeak, describedBy, named, pronounClue, speaksForNamedOrganisation, spokespersonClue, whereSpoken, type SpeakerClue} from './speaker-clue.js';

/**
 * Who is named at a point of a paragraph (its quotes blanked out): the subject
 * after "said" or "according to" (subjectAt), or before a speech verb
 * (subjectEndingAt). attribution.ts decides where around a quote to look.
 */
const capitalisedRunAtStart = new RegExp(`^(?:${capitalisedRun.source})`, 'u');
const pronounAtStart = /^(he|she|they|it)\b/iu;
const pronounAtEnd = /(?:^|\s)(he|she|they|it)$/iu;
/** "Lawyers for Ingenio Las Cañadas", "analysts at Danske Bank": people of an organisation, ending a subject. */
const peopleOfOrganisationAtEnd = new RegExp(String.raw`(?:^|\s)(?:${organisationPeople.map(noun => `[${noun[0]!.toUpperCase()}${noun[0]}]${noun.slice(1).replace(/s$/u, 's?')}`).join('|')})\s+(?:at|from|with|for)\s+(?:the\s+)?(${capitalisedRun.source})$`, 'u');
const organisationNounAt = new RegExp(String.raw`\b(${organisationNouns.join('|')})$`, 'iu');

/** The speaker named at `start`: "John Kirby, the US … spokesman", "a senior official", "he". */
export function subjectAt(masked: string, fullStart: number, limit: number): SpeakerClue {
	const start = fullStart + (issuedBy.pattern.exec(masked.slice(fullStart, limit))?.[0].length ?? 0);
	const text = masked.slice(start, limit);
	const pronoun = pronounAtStart.exec(text)?.[1];
	if (pronoun !== undefined) {
		return pronounClue(pronoun, start);
	}

	if (documentAsSpeaker.pattern.test(text)) {
		return {kind: 'document', start};
	}

	const document = organisationsDocument.pattern.exec(text);
	if (document && !cannotSpeak(document.groups!['owner']!)) {
		const ownerStart = start + document[0].indexOf(document.groups!['owner']!);
		return named(masked, ownerStart, ownerStart + document.groups!['owner']!.length, null);
	}

	const owned = possessiveDescriptionThenName.pattern.exec(text);
	const ownedName = owned ? capitalisedRunAtStart.exec(text.slice(owned[0].length)) : null;
	if (owned && ownedName && /^\s*(?:[,.;]|$)/u.test(text.slice(owned[0].length + ownedName[0].length)) && !cannotSpeak(ownedName[0])) {
		const nameStart = start + owned[0].length;
		return named(masked, nameStart, nameStart + ownedName[0].length, owned.groups!['phrase']!);
	}

	const description = describedBy(descriptionAtStart.pattern.exec(text));
	// "the Department of Agriculture": a capitalised noun that goes on "of" a name is that name, not a description.
	const namedOf = description !== null && /^\p{Lu}/u.test(description.groups!['noun']!) && /^\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(description[0].length));
	if (description && !namedOf) {
		// "said the prefect, Claire Moreau": a name set off after the description is whom it describes.
		const after = description[0].length + (/^,\s+/u.exec(text.slice(description[0].length))?.[0].length ?? Number.NaN);
		const name = Number.isNaN(after) ? null : capitalisedRunAtStart.exec(text.slice(after));
		if (name && /^\s*(?:[,.;]|$)/u.test(text.slice(after + name[0].length)) && !cannotSpeak(name[0])) {
			return named(masked, start + after, start + after + name[0].length, description.groups!['phrase']!);
		}

		return {kind: 'description', noun: description.groups!['noun']!.toLowerCase(), phrase: description.groups!['phrase']!, start};
	}

	const subject = /^[^,.;:!?]*/u.exec(text)![0];
	if (ageAsDescription.pattern.test(subject)) {
		return {kind: 'pronoun', start};
	}

	const kin = kinAsDescription.pattern.exec(subject);
	if (kin) {
		return {kind: 'pronoun', start, gender: kinGender(kin.groups!['noun']!)};
	}

	const spokesperson = spokespersonClue(masked, start, subject);
	if (spokesperson !== undefined) {
		return spokesperson;
	}

	// "according to researchers from the University of Sydney": people of an organisation speak for it; "a woman
	// from Zavkhan", one person from somewhere, speaks for no one the article names.
	const ofOrganisation = peopleOfOrganisation.pattern.exec(text);
	if (ofOrganisation && /^(?:an?|one|another)\s/iu.test(ofOrganisation[0]) && !peopleAtOrganisation.test(ofOrganisation[0]) && unnamedSpeaker.test(ofOrganisation[0])) {
		return {kind: 'unnamed'};
	}

	const organisation = ofOrganisation ? capitalisedRunAtStart.exec(text.slice(ofOrganisation[0].length)) : null;
	if (ofOrganisation && organisation && !cannotSpeak(organisation[0])) {
		const organisationStart = start + ofOrganisation[0].length;
		return {...named(masked, organisationStart, organisationStart + organisation[0].length, null), afterPreposition: true};
	}

	// "said a spokesperson for the World Food Programme": named no further, the spokesperson speaks for the organisation.
	const spokenFor = [...text.matchAll(capitalisedRun)].at(0);
	// "a spokesperson for the Junta’s agriculture department": a part of the organisation named, its spokesperson the organisation's.
	const possessive = spokenFor !== undefined && /[’']s$/u.test(spokenFor[0]);
	const forItself = spokenFor !== undefined && (!possessive || departmentAfter.test(text.slice(spokenFor.index + spokenFor[0].length)));
	if (spokenFor && forItself && spokespersonFor.exec(text.slice(0, spokenFor.index))?.index === 0) {
		return named(masked, start + spokenFor.index, start + spokenFor.index + spokenFor[0].length - (possessive ? 2 : 0), null);
	}

	// "a spokesperson for the ministry": the spokesperson of an organisation named by its noun, as "a ministry spokesperson".
	const forNoun = spokespersonForNoun.exec(text);
	if (forNoun && organisationNouns.includes(forNoun[1]!)) {
		return {kind: 'spokesperson', noun: forNoun[1]!, start: start + forNoun[0].length};
	}

	// "said farmer Tom Hart": a noun of people that goes straight on to a name is a title, no unnamed speaker.
	const titled = titledNameAtStart.pattern.exec(text);
	if (!titled && unnamedSpeaker.test(text)) {
		return {kind: 'unnamed'};
	}

	// "according to Dutch economy minister Sophie Hermans": the role's words come first.
	if (titled) {
		const nameStart = start + titled[1]!.length;
		const nameEnd = nameStart + titled[2]!.length;
		return named(masked, nameStart, nameEnd, roleAfter(masked.slice(nameEnd, limit)) ?? roleBefore(titled[1]!));
	}

	// "said veteran organiser Ana Ruiz": a description no role noun heads, then the name.
	const described = nameAfterDescription(subject);
	if (described) {
		const nameStart = start + subject.lastIndexOf(described.name);
		return named(masked, nameStart, nameStart + described.name.length, described.role);
	}

	// "Undersecretary of the Ministry of Energy … Salim bin Nasser al-Aufi welcomed": the name after a title's portfolio.
	const afterPortfolio = runAfterPortfolio(text);
	const portfolioHolder = afterPortfolio && named(masked, start + afterPortfolio.index, start + afterPortfolio.index + afterPortfolio[0].length, null);
	if (portfolioHolder && portfolioHolder.name !== '') {
		return portfolioHolder;
	}

	// "according to the Guardia Civil": a name after "the" is not a person's.
	const definite = /^the\s+/u.exec(text)?.[0].length ?? 0;
	const run = capitalisedRunAtStart.exec(text.slice(definite));
	if (!run || cannotSpeak(run[0])) {
		return {kind: 'none'};
	}

	const runStart = start + definite;
	const clue = named(masked, runStart, runStart + run[0].length, roleAfter(masked.slice(runStart + run[0].length, limit)));
	const alsoSpeaking = secondSpeakerAfter(masked, runStart + run[0].length, limit);
	if (alsoSpeaking && !mayBeFirstSpeaker(run[0], masked.slice(alsoSpeaking.start, alsoSpeaking.end))) {
		return alsoSpeaking;
	}

	return {...clue, ...(definite > 0 && {definite: true}), ...(alsoSpeaking && {alsoSpeaking})};
}

/** The speaker whose name ends at `end`, with an appositive between name and verb allowed. */
export function subjectEndingAt(masked: string, subjectFrom: number, end: number): SpeakerClue {
	let from = subjectFrom;
	// "the Confederation of British Industry (CBI) said": the short form in brackets is not the subject's last word.
	// "A spokesperson for the EBRD in London said": where they spoke is not whose they are.
	let text = masked.slice(from, end).replace(/,\s*$/, '').replace(/\s*\((?:\p{Lu}{2,6}|\p{Lu}\p{Ll}{2,6})\)$/u, '');
	text = text.includes('spokes') ? text.replace(whereSpoken, '') : text;
	// "…, which the minister says will “…”": the subject of a relative clause, right before its verb, is who speaks.
	const relative = relativeSubject.pattern.exec(text);
	if (relative) {
		from += relative.index + relative[0].length - relative[1]!.length;
		text = relative[1]!;
	}

	// "In Rabat, a spokesman for Morocco's transport ministry said": the phrase after the comma is the subject.
	const placeFirst = placeFirstRule.pattern.exec(text);
	if (placeFirst) {
		from += placeFirst[0].length;
		text = text.slice(placeFirst[0].length);
	}

	let role: string | null = null;
	// "Dmitry Peskov, Putin’s spokesman," or "Ana Beltrán, a meteorologist there," — step back over the appositive.
	const appositive = appositiveAtEnd.pattern.exec(text);
	// "…in the southern Red Sea, the Pentagon said": a named organisation after the comma is the subject itself.
	const namedAfterComma = organisationAfterComma.pattern.exec(text);
	if (namedAfterComma && !hasRoleNoun(namedAfterComma[1]!)) {
		const start = from + namedAfterComma.index + namedAfterComma[0].length - namedAfterComma[1]!.length;
		return named(masked, start, start + namedAfterComma[1]!.length, null);
	}

	// "Abraham !Gawaseb, 58, who has fished …": an age may stand between the name and the appositive.
	// "The National Irrigation Administration (NIA), which operates the dam,": the short form in brackets is not the name's last word either.
	const beforeAppositive = appositive ? withoutAsideAtEnd(text.slice(0, appositive.index).replace(/,\s+\d{1,3}$/u, '')).replace(/\s*\((?:\p{Lu}{2,6}|\p{Lu}\p{Ll}{2,6})\)$/u, '') : '';
	const wordBefore = appositive ? (/\p{Lu}[\p{L}.’'-]*$/u.exec(beforeAppositive)?.[0] ?? nameThenOrganisationNoun.pattern.exec(beforeAppositive)?.[1]) : undefined;
	// "Its manager, who asked not to be named, says": whatever the noun, that person stays unnamed.
	if (appositive && wordBefore === undefined && anonymousAppositive.test(text.slice(appositive.index))) {
		return {kind: 'unnamed'};
	}

	if (appositive && wordBefore !== undefined) {
		role = roleAfter(text.slice(appositive.index));
		// "…evacuated on Saturday, Italy’s civil protection agency said": no name before it, the description is the subject.
		const organisation = cannotSpeak(wordBefore) && role !== null ? organisationNounAt.exec(role) : null;
		if (organisation) {
			return {kind: 'description', noun: organisation[1]!.toLowerCase(), phrase: role!, start: from + appositive.index};
		}

		text = beforeAppositive;
	}

	const trimmed = text.trimEnd();
	const lastPhrase = /[^,.;:!?]*$/u.exec(trimmed)![0];
	const age = ageAsDescription.pattern.exec(lastPhrase);
	if (age) {
		return {kind: 'pronoun', start: from + trimmed.length - lastPhrase.length + age.index};
	}

	const kin = kinAsDescription.pattern.exec(lastPhrase);
	if (kin) {
		return {kind: 'pronoun', start: from + trimmed.length - lastPhrase.length + kin.index, gender: kinGender(kin.groups!['noun']!)};
	}

	// "“…,” the statement said".
	if (documentAsSpeaker.pattern.exec(lastPhrase.trim())?.[0] === lastPhrase.trim()) {
		return {kind: 'document', start: from + trimmed.length - lastPhrase.length};
	}

	const spokesperson = spokespersonClue(masked, from + trimmed.length - lastPhrase.length, lastPhrase);
	if (spokesperson !== undefined) {
		return spokesperson;
	}

	// "one of them said", "two of the farmers said": someone of a group, unnamed.
	if (someoneOfAGroup.pattern.test(lastPhrase)) {
		return {kind: 'unnamed'};
	}

	// "…, and a spokesperson said": whose, the paragraph has said.
	if (spokespersonAlone.pattern.test(lastPhrase)) {
		return {kind: 'spokesperson', noun: '', start: from + trimmed.length};
	}

	const description = describedBy(descriptionAtEnd.pattern.exec(trimmed));
	if (description) {
		return {kind: 'description', noun: description.groups!['noun']!.toLowerCase(), phrase: description.groups!['phrase']!, start: from + description.index};
	}

	const lastWords = trimmed.slice(Math.max(0, trimmed.length - 60));
	const pronoun = pronounAtEnd.exec(trimmed)?.[1];
	if (pronoun !== undefined) {
		return pronounClue(pronoun, from + trimmed.length - pronoun.length);
	}

	// "the analysts wrote", after "Analysts at Morgan Stanley estimated": the group speaks for its organisation, like "they".
	if (theOrganisationPeople.test(trimmed)) {
		return {kind: 'pronoun', start: from + trimmed.lastIndexOf('the'), plural: true};
	}

	const unnamed = /(?:^|[\s,])((?:an?|one|another|two|three|several|some|many|other|the)\s+[^,]*)$/iu.exec(lastWords);
	// "Among the survivors was Maria Lopez": the unnamed words come before a name, which is the subject.
	if (unnamed && unnamedSpeaker.test(unnamed[1]!) && !/\p{Lu}/u.test(unnamed[1]!.replace(/^\S+\s/, '').slice(0, 1)) && !/\p{Lu}[\p{L}’'-]*$/u.test(unnamed[1]!) && !speaksForNamedOrganisation(trimmed)) {
		return {kind: 'unnamed'};
	}

	// "Lawyers for Ingenio Las Cañadas said", "analysts at Danske Bank wrote": the organisation speaks for its people.
	const peopleOf = peopleOfOrganisationAtEnd.exec(trimmed);
	if (peopleOf && !cannotSpeak(peopleOf[1]!)) {
		const start = from + peopleOf.index + peopleOf[0].length - peopleOf[1]!.length;
		return {...named(masked, start, start + peopleOf[1]!.length, null), afterPreposition: true};
	}

	// "The Saimaa Seal Friends association said", "the FNV union said": the organisation so named.
	const nameThenNoun = nameThenOrganisationNoun.pattern.exec(trimmed);
	if (nameThenNoun && !cannotSpeak(nameThenNoun[1]!)) {
		const start = from + nameThenNoun.index + nameThenNoun[0].indexOf(nameThenNoun[1]!);
		return {...named(masked, start, start + nameThenNoun[1]!.length, null), definite: true};
	}

	const runs = [...trimmed.matchAll(capitalisedRun)];
	const endRun = runs.at(-1);
	if (!endRun || endRun.index + endRun[0].length !== trimmed.length || cannotSpeak(endRun[0])) {
		return {kind: 'none'};
	}

	// "Maria Lopez and Karl Weber told": the first of two speakers, as "told Maria Lopez and Karl Weber" gives; "Oceanic and Atmospheric Administration" is one name.
	const firstOfTwo = runs.at(-2);
	const joined = firstOfTwo && mayBeFirstSpeaker(firstOfTwo[0], endRun[0]) && speaksSecond(trimmed.slice(firstOfTwo.index + firstOfTwo[0].length, endRun.index), endRun[0]);
	const last = joined ? firstOfTwo : endRun;

	// "Houthi leaders in Sanaa said", "Shipping agents in Colón say": people somewhere, unnamed.
	if (/\b(?:in|on|near|across|over|into|toward|towards|outside|inside)\s+$/iu.test(trimmed.slice(0, last.index))) {
		return {kind: 'unnamed'};
	}

	// "Analysts at Danske Bank said", "a spokesperson for the EBRD said": the name after a preposition is an organisation's, or a place's (no one speaks).
	const afterPreposition = /\b(?:at|from|of|for|with|to|by)\s+(?:the\s+(?:\p{Ll}+\s+){0,2})?$/iu.test(trimmed.slice(0, last.index));

	// "Analysts say", "Officials said": a group, not a name.
	if (!last[0].includes(' ') && unnamedSpeaker.test(last[0])) {
		return {kind: 'unnamed'};
	}

	const start = from + last.index;
	// "the Chamber of Commerce said": a name after "the" is not a person's.
	const definite = /\bthe\s+$/iu.test(trimmed.slice(0, last.index));
	// After a preposition only a description of an organisation is kept ("Forecasters at Aemet, Spain's weather agency").
	const described = afterPreposition ? (role !== null && describesOrganisation(role) ? role : null) : role ?? roleBefore(masked.slice(from, start));
	const clue = named(masked, start, start + last[0].length, described);
	const alsoSpeaking = joined ? named(masked, from + endRun.index, from + endRun.index + endRun[0].length, null) : undefined;
	return {...clue, ...(afterPreposition && {afterPreposition}), ...(definite && {definite}), ...(alsoSpeaking && {alsoSpeaking})};
}
