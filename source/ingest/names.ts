import {articleWords} from './article-words.js';
import {nicknameWords} from './nicknames.js';
import {abbreviations} from './lexicon/abbreviations.js';
import {occupationBeforeName, openingWordBeforeName} from './name-rules.js';
import {organisationNouns} from './lexicon/organisations.js';
import {speechVerbs, statementVerbs} from './lexicon/speech-verbs.js';
import {nameTitles, roleNouns, surnameParticles, titleWords} from './lexicon/titles.js';
import {hasOrganisationShape, isCommonWord, isFirstName} from './name-kind.js';
import {wordHas} from './word-tags.js';

/** A name as written in the text, with the role the text gives it there. */
export type NameMention = {start: number; end: number; name: string; role: string | null};

const abbreviatedTitle = String.raw`(?:Mr|Mrs|Ms|Dr|Prof|Gov|Sen|Rep|Col|Gen|Lt|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Rev|Amb|Brig|Supt|Insp|Det)\.`;
// "U.S." before "U." so the initialism stays whole; an abbreviated title keeps its full stop.
// "Abraham !Gawaseb": Khoekhoe names open with a click letter, written as "!", "//" or the IPA letters.
// "Dwayne St. Hill", "Kira St. John": "St." within a name, before a capitalised word that opens no sentence.
const saint = String.raw`St\.(?=[ \u00A0](?!(?:The|A|An|In|On|At|But|And|He|She|It|They|We|I|This|That|There|Its|His|Her|Their)\b)\p{Lu})`;
const upperWord = String.raw`(?:(?:\p{Lu}\.){2,}|${abbreviatedTitle}|${saint}|(?:!|//|[ǃǀǁǂ])?\p{Lu}[\p{L}’'\-]*\p{L}|\p{Lu}\.)`;
// "Faisal bin Nasser al-Harbi": a particle stands apart or is joined to the surname by a hyphen.
// "Pádraig Ó Conghaile": a Gaelic particle of one letter is no word of its own, but it is the surname's.
const particle = String.raw`(?:(?:${surnameParticles.join('|')})(?:[ \u00A0]|-(?=\p{Lu}))|(?:of|for|Ó)[ \u00A0])`;
// "Maricel “Cel” Abuda": a nickname in quotation marks between a first name and a surname stays in the run.
const nicknameInName = String.raw`(?:[ \u00A0][“"]${nicknameWords}[”"](?=[ \u00A0]\p{Lu}))`;
/** A run of capitalised words ("Vladimir Putin", "Joseph R. Biden", "Ursula von der Leyen", "Abdelrahman al-Tayeb", "Maricel “Cel” Abuda"). Global: use with matchAll only. */
export const capitalisedRun = new RegExp(String.raw`${upperWord}(?:${nicknameInName}?[ \u00A0]${particle}*${upperWord})*`, 'gu');

/** No name is longer: a longer capitalised run (a headline in capitals, a hostile input) names no one. */
export const longestName = 120;

/** The capitalised runs of a paragraph that may be names: those no longer than `longestName`. */
export function nameRuns(paragraph: string): RegExpExecArray[] {
	return [...paragraph.matchAll(capitalisedRun)].filter(run => run[0].length <= longestName);
}

/**
 * "But Maria Lopez said", "And Peter Novak agreed": a capitalised word that is
 * never a name (a conjunction, pronoun or determiner opening the sentence) is no
 * part of the name after it.
 */
export function withoutOpeningWord(run: string): string {
	const opening = openingWordBeforeName.pattern.exec(run);
	return opening ? run.slice(opening[0].length) : run;
}

const titleWordSet = new Set(titleWords.map(word => word.replace(/\.$/, '').toLowerCase()));
const roleNounPattern = new RegExp(String.raw`\b(?:${roleNouns.map(noun => noun.replace(/[-\s]/g, String.raw`[-\s]`)).join('|')})\b`, 'iu');
const possessive = /[’']s$/u;
/**
 * ", the US National Security Council spokesman", ", head of the agency": an
 * appositive opening with a determiner, a possessive or a role noun, up to the
 * next comma, full stop or speech verb; the full stop of an initial does not end it ("head of the U.N. Office").
 * An age may come first ("Ahmed Hassan, 42, a teacher"), or a word of time ("Peter Novak, now its chief operating officer").
 * A quotation ends it ("a volunteer group that runs a petition called “…”").
 */
const appositive = new RegExp(
	String.raw`^,\s+(?:\d{1,3},\s+)?(?:now|then|currently|formerly|also|later)?\s*((?:(?:the|a|an|his|her|its|their|[\p{Lu}][\p{L}’'.-]*[’']s)\s|(?=(?:${roleNouns.join('|')})\s))(?:[^,;.“”"]|\.(?=\S)|(?<=(?<!\p{L})\p{Lu})\.){2,90}?)(?=,|;|(?<!(?<!\p{L})\p{Lu})\.|\s+[—–]\s|\s+(?:${statementVerbs.join('|')})\b|\s*[“"]|$)`,
	'u',
);
const organisationNounList = organisationNouns.join('|');
// The organisation's noun heads the phrase: "a hydrologist at the Institute of Hydrology" describes a person, its employer after a preposition.
const organisationNounPattern = new RegExp(String.raw`^(?:an?|the|its|\p{Lu}[\p{L}.-]*[’']s)\s+(?:(?!(?:at|of|in|for|with|from|on|by)\s)[\p{L}-]+\s+){0,3}?(?:${organisationNounList})\b`, 'iu');
/** "Norwegian fertiliser maker ", "the campaign group ": a description of an organisation just before its name. */
const organisationBefore = new RegExp(String.raw`(?:^|[\s(])((?:the\s+|an?\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:${organisationNounList})),?\s+$`, 'u');
/** Professions the role nouns do not list: "a fire ecologist", "a historian", "an engineer". */
const agentNoun = /\p{Ll}{3,}(?:ist|ian|eer)s?$/u;
/** "herder", "vendor", "collector": a singular noun of the agent's shape, which compromise takes for a noun and no role noun lists. */
const agentShape = /^\p{Ll}{3,}(?:er|or)$/u;

/** Whether a word names what someone is or does: "hydrologist", "farmer" (compromise's #Actor), "herder". */
function isAgentNoun(word: string): boolean {
	return agentNoun.test(word) || wordHas(word, 'Actor') || (agentShape.test(word) && wordHas(word, 'Noun'));
}
/** A phrase opening with a determiner or a possessive, ended by the comma before a name, from the start of its sentence or clause. */
const roleSetOffBefore = /(?:^|[.;:!?]\s+|,\s+)((?:the|an?|his|her|its|their|\p{Lu}[\p{L}-]*[’']s)\s+[^,;:.!?“”"]{3,120}),\s*$/iu;
/** ", who founded the campaign group Save Our Wye," says what someone is: the founder of it. */
const roleOfVerb: Record<string, string> = {
	founded: 'founder', 'co-founded': 'co-founder', heads: 'head', headed: 'head', leads: 'leader', led: 'leader', chairs: 'chair', chaired: 'chair',
	runs: 'head', ran: 'head', owns: 'owner', owned: 'owner', directs: 'director', directed: 'director', manages: 'manager', managed: 'manager',
	coordinates: 'coordinator', coordinated: 'coordinator', oversees: 'head', oversaw: 'head',
	advises: 'adviser', advised: 'adviser', supervises: 'supervisor', supervised: 'supervisor', edits: 'editor', edited: 'editor',
};
/** ", who heads ice road operations at …": what is headed may also go without an article, but not "who runs away". */
const notWhatIsHeaded = ['away', 'out', 'off', 'for', 'with', 'by', 'from', 'into', 'on', 'up', 'down', 'back', 'together', 'alongside', 'through', 'again', 'it', 'them'];
const roleClause = new RegExp(String.raw`^,\s+who\s+(?:also\s+)?(${Object.keys(roleOfVerb).join('|')})\s+((?:the|an?)\s+[^,;.“”"]{2,80}?|\p{Lu}[^,;.“”"]{1,80}?|(?!(?:${notWhatIsHeaded.join('|')})\b)\p{Ll}[\p{L}-]*\s[^,;.“”"]{1,80}?)(?=,|;|\.|$)`, 'u');
/** A clause, not a role: "the government is monitoring the situation". */
const finiteVerb = /\b(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do|said|says)\b/iu;

export function hasRoleNoun(phrase: string): boolean {
	return roleNounPattern.test(phrase);
}

/** "a hydrologist at the Institute of Hydrology": a profession no role noun lists heads the phrase, before its preposition. */
export function headedByProfession(phrase: string): boolean {
	const head = phrase.split(/\s+(?:at|of|in|for|with|from|on)\s/u)[0]!;
	return head.split(/\s+/).some(word => isAgentNoun(word));
}

/**
 * Whether a phrase describes an organisation: "a container carrier based in
 * Hamburg", "Spain's weather agency", "a volunteer group"; not a person's role
 * that names one ("the company's chief executive", "the US National Security
 * Council spokesman").
 */
export function describesOrganisation(phrase: string): boolean {
	if (!organisationNounPattern.test(phrase)) {
		return false;
	}

	// "a volunteer group": the noun the phrase ends in, before what it is of or where, says what it describes, whatever role noun qualifies it.
	const head = headNounOf(phrase);
	return !roleNounPattern.test(phrase) || organisationNouns.includes(head);
}

/** The noun a descriptive phrase ends in, before what it is of or where: "operator" of "a crane operator at the terminal". */
function headNounOf(phrase: string): string {
	return phrase.split(/\s+(?:at|of|in|for|with|from|on|based|that|which|who|whose)\s/u)[0]!.trim().split(/\s+/u).at(-1)!.toLowerCase();
}

/** Nouns of a trade that a person may follow as well as a company. */
const tradesOfEither = new Set(['operator', 'producer', 'broker', 'dealer', 'contractor', 'consultant', 'developer', 'publisher', 'exporter', 'importer', 'trader', 'supplier', 'distributor', 'retailer', 'wholesaler', 'processor']);

/** "a crane operator", "a cocoa producer": a head noun that may be a person's trade as well as a company's. */
export function headMayBeAPerson(phrase: string): boolean {
	const head = headNounOf(phrase);
	return tradesOfEither.has(head) || roleNounPattern.test(head);
}

/**
 * Split a capitalised run into its title and the name: "Russian President
 * Vladimir Putin" → role "Russian President", name "Vladimir Putin";
 * "Col. Pat Ryder" → role "Col.", name "Pat Ryder". Possessives are dropped
 * ("Biden’s" → "Biden").
 */
export function splitTitle(run: string): {title: string | null; name: string} {
	// "U.S. National Weather Service" is an organisation's name, not a title and a name.
	if (hasOrganisationShape(run)) {
		return {title: null, name: run.replace(possessive, '')};
	}

	const words = run.replace(possessive, '').split(/\s+/);
	let nameStart = 0;
	for (const [index, word] of words.entries()) {
		const bare = word.replace(/\.$/, '').toLowerCase();
		// Demonyms and country names open titles too ("Russian President"), but only before a title word.
		const opensTitle = titleWordSet.has(bare) || (index + 1 < words.length && titleWordSet.has(words[index + 1]!.replace(/\.$/, '').toLowerCase()) && index === 0) || (index === 0 && words.length >= 3 && isOccupationWord(word));
		if (opensTitle && index < words.length - 1) {
			nameStart = index + 1;
		}
	}

	const title = words.slice(0, nameStart).join(' ');
	return {title: title === '' ? null : title, name: words.slice(nameStart).join(' ')};
}

/** "Fisherman", "Farmer": a capitalised noun for what a person does, which opens a sentence before their full name (occupationBeforeName). */
export function isOccupationWord(word: string): boolean {
	const lower = word.toLowerCase();
	return !isFirstName(word) && !wordHas(lower, 'FirstName') && (occupationBeforeName.pattern.test(word) || wordHas(lower, 'Actor'));
}

/** Titles written with a full stop that the capitalised-run pattern keeps apart ("Lt. Col."). */
export function isHonorific(word: string): boolean {
	return nameTitles.includes(word) || nameTitles.includes(`${word}.`);
}

/** Where a clause before a name begins: punctuation, a conjunction, a verb of speech ("laughed retired teacher Graham Pugh"), a sentence's end. */
const clauseBreak = new RegExp(String.raw`[,;:()“”"]|\b(?:that|and|but|while|as|when|${speechVerbs.join('|')})\b|(?<=(?:\p{Ll}{3}|\b\p{Ll}{1,2})[.!?])\s`, 'u');

/** A clause's last three or four words. */
const lastThreeWords = /((?:[\p{L}’'\-.]+\s+){0,2}[\p{L}’'\-.]+)\s*$/u;
const lastFourWords = /((?:[\p{L}’'\-.]+\s+){0,3}[\p{L}’'\-.]+)\s*$/u;

/**
 * The role a lower-case phrase before a name gives it: "Ukraine’s president
 * Volodymyr Zelenskyy", "Putin’s spokesman Dmitry Peskov". `before` is the
 * text that precedes the name; the role is its last few words when they end
 * in a role noun.
 */
export function roleBefore(before: string): string | null {
	// "The Dutch minister for infrastructure and water management, Anouk Verbeek,": a whole phrase set off by the comma.
	const setOff = roleSetOffBefore.exec(before)?.[1];
	if (setOff !== undefined && roleNounPattern.test(setOff) && !finiteVerb.test(setOff) && setOff.split(/\s+/).length <= 12) {
		return setOff.replace(/^the\s+/iu, '');
	}

	// "Spain's transport minister, Lucía Ferrer": the role may stand before the name as its own phrase.
	const text = /,\s*$/u.test(before) ? before.replace(/,\s*$/u, ' ') : before;
	// A full stop after a lower-case word ends a sentence ("… have fled. UN spokesperson", "denied it. Construction magnate"); one after a title ("Sen.") does not.
	const clause = text.split(clauseBreak).at(-1) ?? '';
	// "A spokesperson for the European Commission, Anitta Hipper": the whole phrase, when a role opens it.
	const opening = /^\s*(?:an?|the|his|her|its|their)\s+((?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+)\s+(?:for|at|of|to)\s/iu.exec(clause);
	if (opening && roleNounPattern.test(opening[1]!.split(/\s+/).at(-1)!) && clause.trim().split(/\s+/).length <= 9) {
		return clause.trim();
	}

	const lastThree = lastThreeWords.exec(clause)?.[1] ?? '';
	// "The Bank of England governor": a role that would open with "of" takes the word before it too.
	const words = /^(?:of|for)\s/u.test(lastThree) ? lastFourWords.exec(clause)?.[1] ?? '' : lastThree;
	const phrase = words.replace(/^(?:the|a|an|then|former)\s+/iu, '');
	const lastWord = phrase.split(/\s+/).at(-1) ?? '';
	if (phrase === '' || !roleNounPattern.test(lastWord)) {
		return null;
	}

	// "Nordlys Energi chief executive", "Namhae Heavy Industries chief executive": the organisation's name before the role, whole.
	const nameBefore = /^\p{Lu}/u.test(phrase) ? /(?:^|\s)((?:\p{Lu}[\p{L}’'.-]*\s+){1,3})$/u.exec(clause.slice(0, clause.lastIndexOf(phrase)))?.[1] ?? '' : '';
	return nameBefore.replace(/^(?:The|A|An|His|Her|Its|Their)\s+/u, '') + phrase;
}

/**
 * The role an appositive after a name gives it: "John Kirby, the US National
 * Security Council spokesman, said" → "the US National Security Council
 * spokesman". `after` is the text following the name.
 */
export function roleAfter(after: string): string | null {
	const clause = roleClause.exec(after);
	if (clause) {
		// "who co-founded Lumenpay in 2019 with Peter Novak": when, and with whom, is not what they are.
		// "… and has herded on the plateau since he was 14", "… and is no relation to": a second verb is no part of the role.
		const what = clause[2]!.trim().replace(/\s+(?:(?:in|since|back in|from|between|until)\s+(?:\d{4}|the\s+\d{4}s)|with\s|and\s+(?:has|have|had|is|was|were|will|would|also)\s)[^]*$/u, '');
		return `${roleOfVerb[clause[1]!.toLowerCase()]} of ${what}`;
	}

	const match = appositive.exec(after);
	// "a climate scientist at the Grantham Institute who was not involved in the study": the role ends before its relative clause.
	const phrase = match?.[1]?.split(/\s+(?:who|whose|which|that)(?:\s|$)/u)[0]!.trim();
	if (phrase === undefined || finiteVerb.test(phrase)) {
		return null;
	}

	const describesSomeone = roleNounPattern.test(phrase) || describesOrganisation(phrase) || headedByProfession(phrase);
	return describesSomeone ? phrase : null;
}

/**
 * The description of an organisation written just before its name:
 * "Norwegian fertiliser maker Nordhavn Agri" → "Norwegian fertiliser maker";
 * "the campaign group Save Our Wye" → "campaign group". `before` is the text
 * that precedes the name.
 */
export function organisationRoleBefore(before: string): string | null {
	// "The head of the agency, Ms Rahmawati Lamadjido,": the agency is what the person named heads, not the name's.
	const setOff = roleSetOffBefore.exec(before)?.[1];
	// "An official in charge of volcano monitoring at the agency, Ishikawa Takeshi,": so is a role whose words before its first preposition hold a role noun.
	const head = setOff === undefined ? undefined : /^(?:(?:the|an?|his|her|its|their)\s+)?((?:[\p{L}’'-]+\s+){0,2}?[\p{L}’'-]+)\s+(?:of|at|for|in|with)\s/iu.exec(setOff)?.[1];
	if (head !== undefined && head.split(/\s+/u).some(word => roleNounPattern.test(word))) {
		return null;
	}

	// "told the broadcaster ORF", "led by venture firm Harbourline": the description starts after the last article, preposition or verb.
	const phrase = organisationBefore.exec(before)?.[1]?.split(/\b(?:the|an?|by|from|with|for|to|at|in|on)\s+/u).at(-1)?.split(finiteVerb).at(-1)?.trim();
	return phrase === undefined || phrase === '' ? null : phrase;
}

/**
 * "Robert Kline of Louisiana", "John Smith of Harvard University" → the
 * person; an organisation's "of" stays ("Ministry of Defence", "Royal College of Nursing").
 */
export function withoutAffiliation(name: string): string {
	const match = /^(\S+(?:\s\S+)+?)\s(?:of|for)\s/u.exec(name);
	const person = match?.[1];
	if (person === undefined) {
		return name;
	}

	return !hasOrganisationShape(name) || (isFirstName(person.split(' ')[0]!) && !hasOrganisationShape(person)) ? person : name;
}

/**
 * "Guillaume Faury" for "Faury": the word after a first name, or after a
 * capitalised word that is neither a common word opening a sentence ("Rival
 * Airbus") nor a title ("Mr Brodie").
 */
export function fullNameIn(paragraphs: string[], word: string): string | undefined {
	// A word whose full stop ends its sentence ("with Tomas. Tomas said") is no part of the name; an initial's is ("Joseph R. Biden").
	const endsSentence = (before: string) => /\p{Ll}{2}\.$/u.test(before) && !abbreviations.has(before.slice(0, -1).toLowerCase());
	const written = articleWords(paragraphs).wordsBefore(word).find(before => !titleWordSet.has(before.word.replace(/\.$/, '').toLowerCase()) && !endsSentence(before.word) && (isFirstName(before.word) || !isCommonWord(before.word)));
	return written?.written;
}

/** Words that open a sentence before a name and are no part of it. */
export const openingWord = /^(?:The|In|At|On|From|For|By|With|After|Before|Under|Near|Outside|Inside|Across)\s+/u;

/** A role or a description lies within a few words of its name: reading further only costs time on long paragraphs. */
const roleReach = 160;
export const textBefore = (paragraph: string, start: number) => paragraph.slice(Math.max(0, start - roleReach), start);
/** "Kadri Tamm (no relation), who runs …", "Ana Ruiz (pictured), a nurse": an aside in lower case in brackets right after a name, which the words after it go on past. */
const aside = String.raw`\s\((?:\p{Ll}[\p{L}’'-]*\s?){1,3}\)`;
const asideAtStart = new RegExp(`^${aside}`, 'u');
const asideAtEnd = new RegExp(`${aside}$`, 'u');
/** The text after a name, from past its aside in brackets if it has one. */
export const textAfter = (paragraph: string, end: number) => paragraph.slice(end, end + roleReach).replace(asideAtStart, '');
/** "Kadri Tamm (no relation)" → "Kadri Tamm": a name's aside in brackets, at the end of the text before what follows it. */
export const withoutAsideAtEnd = (text: string) => text.replace(asideAtEnd, '');
