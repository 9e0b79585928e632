import nlp from 'compromise';
import {fold} from '../core/text.js';
import {wordHas} from './word-tags.js';
import {companySuffixes, knownOrganisations, organisationHeadWords, organisationOpeningWords} from './lexicon/organisations.js';

const commonNounTags = new Set(['Singular', 'Plural', 'Uncountable', 'Noun']);
const firstNameTags = new Set(['FirstName', 'FemaleName', 'MaleName']);
const headWords = new Set(organisationHeadWords);
const openingWords = new Set(organisationOpeningWords);
const suffixWords = new Set(companySuffixes);
const acronym = /^\p{Lu}{2,6}$/u;

/**
 * Whether a name is an organisation's by its shape: a known organisation, or
 * one ending in a known one ("Turkish Red Crescent"); a head noun as its last
 * word or before "of" ("National Security Council", "Royal College of
 * Nursing", not "Army General Valery Gerasimov"); a company's last word
 * ("Hutchison Ports", "Sierra Valley Power") unless it is a first name and
 * that word ("Colin Power"); a Romance-language head noun as its first word
 * ("Ingenio Las Cañadas", "Universidad Mayor de San Andrés").
 */
export function hasOrganisationShape(name: string): boolean {
	const bare = name.replace(/^the\s+/iu, '');
	if (knownOrganisations.some(known => bare === known || bare.endsWith(` ${known}`))) {
		return true;
	}

	const words = bare.split(/\s+/);
	const last = words.at(-1)!.replace(/[’']s$/u, '');
	const headBeforeOf = words.some((word, index) => headWords.has(word) && /^(?:of|for)$/u.test(words[index + 1] ?? ''));
	const companyName = suffixWords.has(last) && (words.length > 2 || !isFirstName(words[0]!));
	return (words.length > 1 && (headWords.has(last) || headBeforeOf || companyName || openingWords.has(words[0]!))) || (words.length === 1 && isBrandWord(bare));
}

/** A surname's own capital inside it: "McDonald", "MacArthur", "DeSantis", "LeBlanc", "FitzGerald", "VanDyke". */
const surnamePrefix = /^(?:Mc|Mac|De|Di|Da|Du|Del|La|Le|Van|Von|Fitz|St)\p{Lu}/u;

/** "TotalEnergies", "GoFundMe", "MetService": a word with a capital inside it is a brand's, not a person's (unless a surname prefix puts it there). */
function isBrandWord(word: string): boolean {
	return /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(word) && !surnamePrefix.test(word);
}

/** Whether a name ends in an organisation's head noun ("U.N. Office", "Ministry"), which "of the …" may continue. */
export function endsWithHeadWord(name: string): boolean {
	return headWords.has(name.split(/\s+/).at(-1)!);
}

/** Whether an organisation's name is written after "the": one with a head noun ("the Confederation of British Industry"), not "Reuters" or "Hutchison Ports". */
export function takesTheArticle(name: string): boolean {
	return name.split(/\s+/).some(word => headWords.has(word));
}

/**
 * Whether a name that speaks is an acronym's: "AFAD said", "MSC said", "NHS
 * England has announced". Only for speakers: an acronym in running text may be
 * a thing ("GDP", "UAV"). Places ("US", "UK") are ruled out before this.
 */
export function isAcronymName(name: string): boolean {
	return isAcronym(name.split(/\s+/)[0]!);
}

/** "NOAA", "CBI": a word of two to six capitals. */
export function isAcronym(word: string): boolean {
	return acronym.test(word);
}

/**
 * Whether a capitalised name no lexicon knows is more likely an organisation
 * than a person: it ends in a common noun ("Severn Valley Water", "Tidewater
 * Lines") and does not open with a first name ("Helen Price" stays a person).
 * compromise's lexicon says which words are which.
 */
export function looksLikeOrganisation(name: string): boolean {
	const words = name.split(/\s+/);
	if (words.length < 2) {
		return false;
	}

	const last = lexiconTag(words.at(-1)!);
	const first = lexiconTag(words[0]!);
	return last !== undefined && commonNounTags.has(last) && (first === undefined || !firstNameTags.has(first));
}

/** "Oslo-based", "Saudi-backed": a name made an adjective. */
const placeCompound = /-(?:based|led|backed|owned|run|listed|registered|headquartered|born|made|funded|controlled)$/u;

/** Whether a word is a name made an adjective ("Osaka-based", "State-owned"): an organisation or a person is never called so. */
export function isNameCompound(word: string): boolean {
	return placeCompound.test(word);
}

/** Whether a word is a nationality or another adjective ("Hungarian", "Turkish"), as in "Hungarian authorities". */
export function isDemonymOrAdjective(word: string): boolean {
	return wordHas(word, 'Demonym') || wordHas(word, 'Adjective') || placeCompound.test(word);
}

/** "Russian", "Turkish", "Houthi": a word naming a nationality or a people, as in "Russian forces". */
export function isNationality(word: string): boolean {
	return wordHas(word, 'Demonym') || /\p{Ll}(?:ish|ese|ian|i)$/u.test(word);
}

/** Whether compromise's lexicon knows the word as a first name ("Maria", "Helen"). */
export function isFirstName(word: string): boolean {
	// "José", "María", "Jesús": the lexicon knows the names without their accents.
	const tag = lexiconTag(word) ?? (/[^\x00-\x7F]/u.test(word) ? lexiconTag(fold(word)) : undefined);
	return tag !== undefined && firstNameTags.has(tag);
}

/** Whether compromise's lexicon knows the word as something other than a name ("Rival", "Shares"). */
export function isCommonWord(word: string): boolean {
	const tag = lexiconTag(word);
	return tag !== undefined && !firstNameTags.has(tag) && tag !== 'LastName' && tag !== 'Organization';
}

/** Whether compromise's lexicon knows the word as an organisation's name ("Nvidia", "Boeing"). */
export function isKnownOrganisationWord(word: string): boolean {
	return lexiconTag(word) === 'Organization';
}

function lexicon(): Record<string, string | undefined> {
	return (nlp.model() as {one: {lexicon: Record<string, string | undefined>}}).one.lexicon;
}

/** compromise's tag for a word, if its lexicon has one of its own (not "constructor", a member of every object). */
function lexiconTag(word: string): string | undefined {
	const words = lexicon();
	const lower = word.toLowerCase();
	return Object.hasOwn(words, lower) ? words[lower] : undefined;
}
