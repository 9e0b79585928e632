import nlp from 'compromise';
import {abbreviations} from './lexicon/abbreviations.js';
import {notNames} from './lexicon/not-names.js';
import {isPersonByContext} from './person-rules.js';
import {featureRows} from './places/feature-rows.js';
import {hasOrganisationShape, isFirstName, isNameCompound} from './name-kind.js';
import {portfolioBefore, withoutPortfolio} from './portfolio-titles.js';
import {longestName, nameRuns, splitTitle, withoutAffiliation, withoutOpeningWord, openingWord} from './names.js';

/** The people a paragraph names: compromise's people, with the corpus's known names tagged in that paragraph alone, and the titles before them. */

export type PersonName = {start: number; end: number; name: string; title: string | null};

/** Words that end the name of a river, a lake, a mountain or an island (feature-rows.ts), less those that are surnames too ("Hills", "Forest"). */
const featureWords = new Set(featureRows.flatMap(row => row.after ?? []).filter(word => !['Sound', 'Point', 'Range', 'Hills', 'Peak', 'Forest', 'Beach', 'Plain', 'Plains', 'Valley', 'Harbour', 'Harbor', 'Swamp', 'Inlet', 'Bight', 'Weir', 'Gorge'].includes(word)));
/** "the Tonlé Sap River, a long-running indicator of the lake’s health": a feature's name, whatever describes it, is no person's ("Ricki Lake", a first name first, is). */
const namesAFeature = (name: string) => name.includes(' ') && featureWords.has(name.slice(name.lastIndexOf(' ') + 1)) && !isFirstName(name.slice(0, name.indexOf(' ')));
/** " shires", " county": a division's word right after a name ("the Carpentaria and Burke shires"). */
const divisionAfter = /^\s+(?:shires?|count(?:y|ies)|districts?|provinces?|regions?|municipalit(?:y|ies)|parish(?:es)?|prefectures?|oblasts?)\b/u;

/** Two words or more, every letter a capital. */
const inCapitals = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\s[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

export function peopleIn(paragraph: string, isByline: boolean, isPlace: (name: string) => boolean, known: KnownNameWords): PersonName[] {
	const names: PersonName[] = [];
	const add = (start: number, written: string) => {
		// compromise may run a name on over a sentence's end ("with Tomas. Tomas said"): a name ends with its sentence.
		const stop = [...written.matchAll(/(\p{L}+)[.!?]\s/gu)].find(each => !abbreviations.has(each[1]!.toLowerCase()));
		const inSentence = stop === undefined ? written : written.slice(0, stop.index + stop[1]!.length);
		const {title, name: titled} = withoutPortfolio(paragraph.slice(0, start), splitTitle(withoutOpeningWord(inSentence.replace(/[\s,.;:]+$/u, '').replace(/[’']s$/u, ''))));
		const name = withoutAffiliation(titled);
		// "SANTA ROSA DE COPÁN, Honduras (AP) —": words all in capitals are a dateline's or a headline's, no person's name.
		const offset = start + written.indexOf(name);
		// "its “Agua Segura Cusco” programme": a name that is all a quotation holds names a thing.
		const quotedAlone = /[“"‘]$/u.test(paragraph.slice(0, offset)) && /^[”"’]/u.test(paragraph.slice(offset + name.length));
		// "the Carpentaria and Burke shires": a name a division's word follows is the division's.
		const namesADivision = divisionAfter.test(paragraph.slice(offset + name.length, offset + name.length + 16));
		if (/^\p{Lu}/u.test(name) && !inCapitals.test(name) && !isPlace(name) && !namesAFeature(name) && !notNames.has(name) && !isNameCompound(name) && !quotedAlone && !namesADivision) {
			// A lower-case title ("president Volodymyr Zelenskyy") is part of a longer role: roleBefore reads it whole.
			names.push({start: offset, end: offset + name.length, name, title: title && /^\p{Lu}/u.test(title) ? title : null});
		}
	};

	if (isByline) {
		for (const run of nameRuns(paragraph)) {
			const by = /^By\s+/u.exec(run[0])?.[0].length ?? 0;
			const name = run[0].slice(by);
			if ((run.index > 0 || by > 0) && name.includes(' ')) {
				add(run.index + by, name);
			}
		}

		return names;
	}

	const runs = nameRuns(paragraph);
	for (const person of peopleByCompromise(paragraph, known)) {
		// "on Skye", "in Chad": a single name where a place stands is no person.
		if (!/\s/u.test(person.text) && /\b(?:in|on|at|near|across|around|outside)\s+$/u.test(paragraph.slice(Math.max(0, person.start - 12), person.start))) {
			continue;
		}

		// compromise stops at a possessive ("President Joe" in "President Joe Biden’s") and may leave out
		// a title's first word ("Russian" in "Russian President Vladimir Putin"): take the whole capitalised run.
		// It may also open with a lower-case word ("brother Tomas"): the run inside it is the name.
		const start = person.start;
		const run = runs.find(candidate => candidate.index <= start && start < candidate.index + candidate[0].length) ?? runs.find(candidate => start < candidate.index && candidate.index < start + person.text.length && /^\p{Ll}/u.test(person.text));
		if (run) {
			add(run.index, run[0]);
		} else if (person.text.length <= longestName) {
			add(start, person.text);
		}
	}

	// "Its chief executive, Adar Poonawalla,": a name compromise does not know is a person's when the words around it say so (person-rules.ts).
	for (const run of runs) {
		const opening = openingWord.exec(run[0])?.[0].length ?? 0;
		const [start, end] = [run.index + opening, run.index + run[0].length];
		const name = run[0].slice(opening);
		const named = names.some(found => start < found.end && found.start < end);
		// "Deputy Minister of Agriculture, Forestry and Water Economy Bekim Ferati": a name after a title's portfolio is a person's.
		const afterPortfolio = portfolioBefore(paragraph.slice(0, start)) !== undefined && withoutPortfolio(paragraph.slice(0, start), {title: null, name}).name.includes(' ');
		if (!named && !hasOrganisationShape(name) && (afterPortfolio || isPersonByContext(paragraph, start, end, name)) && !isPlace(name)) {
			add(start, name);
		}
	}

	return names;
}

/** Words of the names the corpus already knows, tagged as compromise would tag them had it known them: "john" a first name, "kirby" a last name. */
export type KnownNameWords = Map<string, 'FirstName' | 'LastName'>;

export function knownNameWords(knownPeople: string[]): KnownNameWords {
	const words: KnownNameWords = new Map();
	for (const name of knownPeople) {
		const parts = name.split(/\s+/);
		if (parts.length > 1) {
			words.set(parts[0]!.toLowerCase(), 'FirstName');
			words.set(parts.at(-1)!.toLowerCase(), 'LastName');
		}
	}

	return words;
}

/**
 * compromise's steps up to its lexicon-and-shape tagger, in the order `nlp()`
 * runs them: its second pass of several hundred match rules (postTagger)
 * costs three times as much and only widens a name compromise has found to the
 * capitalised run around it, which peopleIn takes whole anyway. `id` (terms'
 * ids, for compromise's own matches), `alias` (a word's other spellings, for
 * its matches), `freeze` (words added frozen) and `typeahead` (words added
 * with a prefix; none are added here) change no tag and are left out: the 55
 * test articles give the same records byte for byte without them.
 */
const taggingSteps = ['contractions', 'machine', 'index', 'lexicon', 'preTagger', 'contractionTwo'];

type Document = ReturnType<typeof nlp.tokenize>;
/** compromise's document class, and its parser, which splits the sentences and words and computes each word's normal form. */
const CompromiseDocument = nlp.tokenize('').constructor as new (parsed: unknown) => Document;
const {fromString} = (nlp.methods() as {one: {tokenize: {fromString: (text: string, world: unknown) => unknown}}}).one.tokenize;

/**
 * A paragraph parsed and tagged by `taggingSteps`. Not through
 * `nlp.tokenize`, which runs normal, alias, machine and contractions once more
 * after parsing, and before the steps above run them (a third of compromise's
 * time on a long article, and no tag changes).
 */
export function taggedDocument(paragraph: string): Document {
	const document = new CompromiseDocument(fromString(paragraph, nlp.world()));
	document.compute(taggingSteps);
	return document;
}

type Term = {text: string; pre: string; post: string; normal: string; tags: Set<string>};

/**
 * The people compromise finds in a paragraph — as its `people()` reads them:
 * an honorific or two, then words tagged as a person, never across a comma or
 * past a possessive — with the words of known names taken as a person's in
 * this one document only (compromise's own lexicon is shared by every call in
 * the process and is never written to). Reading the tags directly spares
 * `people().json()`, which also parses each name and guesses its gender.
 */
export function peopleByCompromise(paragraph: string, known: KnownNameWords): Array<{text: string; start: number}> {
	const document = taggedDocument(paragraph);
	const isPerson = (term: Term) => term.tags.has('Person') || known.has(term.normal);
	const endsRun = (term: Term) => term.post.includes(',') || (term.tags.has('Possessive') && !/^(?:his|her)$/u.test(term.normal));
	const people: Array<{text: string; start: number}> = [];
	let sentenceStart = 0;
	for (const sentence of document.document as Term[][]) {
		const starts: number[] = [];
		let offset = sentenceStart;
		for (const term of sentence) {
			starts.push(offset + term.pre.length);
			offset += term.pre.length + term.text.length + term.post.length;
		}

		let index = 0;
		while (index < sentence.length) {
			let end = index;
			while (end < sentence.length && sentence[end]!.tags.has('Honorific') && !isPerson(sentence[end]!) && !endsRun(sentence[end]!)) {
				end++;
			}

			const firstPerson = end;
			while (end < sentence.length && isPerson(sentence[end]!)) {
				end++;
				if (endsRun(sentence[end - 1]!)) {
					break;
				}
			}

			if (end > firstPerson) {
				const last = sentence[end - 1]!;
				people.push({text: paragraph.slice(starts[index]!, starts[end - 1]! + last.text.length + last.post.length).trimEnd(), start: starts[index]!});
				index = end;
			} else {
				index = Math.max(index + 1, end);
			}
		}

		sentenceStart = offset;
	}

	return people;
}
