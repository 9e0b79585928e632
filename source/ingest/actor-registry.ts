import type {Actor} from '../core/schema.js';
import {fold} from '../core/text.js';
import {shortFormsSpelling} from './acronym-definitions.js';
import {isCommonWord, isFirstName} from './name-kind.js';
import {nicknameWords} from './nicknames.js';
import {shorterCompanyNames} from './company-names.js';
import {organisationShortForms} from './lexicon/organisations.js';
import {formsOfAddress, gaelicSurnameParticles, surnameParticles} from './lexicon/titles.js';

export type ActorDraft = {
	name: string;
	type: Actor['type'];
	role: string | null;
	aliases: Set<string>;
	/** A group named by what it is ("Russian forces", "Iranian military commanders"), never "the company" of a later sentence. */
	collective?: boolean;
};

/**
 * The actors of one article as they are met in reading order, merged across
 * the forms the article uses: "John Kirby" then "Kirby" is one person, and so
 * is "Kirby" then "John Kirby" (the full name wins).
 */
export class ActorRegistry {
	readonly actors: ActorDraft[] = [];
	/** Names as compared, each folded once: every mention is compared with every actor's names, and folding is the costly part. */
	private readonly foldedNames = new Map<string, string>();
	/** The first actor (in `actors`' order) with each folded name or alias: `find` without reading every actor. */
	private readonly byFoldedName = new Map<string, ActorDraft>();
	private readonly order = new Map<ActorDraft, number>();
	/** The organisations each short form spells the initials of (spelledOutBy), kept as organisations are added. */
	private readonly bySpelledShortForm = new Map<string, Set<ActorDraft>>();

	person(written: string, writtenRole: string | null): ActorDraft {
		// "Maricel “Cel” Abuda": the nickname is another name the person goes by, not part of their name.
		const nicknamed = nicknameInside.exec(written);
		if (nicknamed) {
			const actor = this.person(written.replace(nicknameInside, ''), writtenRole);
			this.addAlias(actor, nicknamed[1]!);
			return actor;
		}

		const name = written.trim();
		// "Mr", "Dr." say how to address someone, not what they do: "Mr Kertész" leaves room for "the city’s deputy mayor".
		const role = writtenRole !== null && honorific.test(writtenRole) ? null : writtenRole;
		const words = name.split(/\s+/);
		const surname = surnameOf(words);
		const known =
			this.find(name) ??
			this.actors.find(actor => actor.type === 'person' && sameSurname(actor, surname, words.length > 1 ? givenNameOf(words) : undefined, this.folded)) ??
			// "Maria" and "Maria Lopez", in either order: a first name alone is the person named in full.
			this.actors.find(actor => actor.type === 'person' && firstNameOf(words.length === 1 ? actor.name : name, this.folded) === this.folded(words.length === 1 ? name : actor.name));
		if (known) {
			if (words.length > known.name.split(/\s+/).length) {
				this.addAlias(known, known.name);
				known.name = name;
				this.index(known, name);
			} else if (this.folded(known.name) !== this.folded(name)) {
				this.addAlias(known, name);
			}

			known.role ??= role;
			for (const alias of shortFormsOf(words)) {
				this.addAlias(known, alias);
			}

			return known;
		}

		return this.add({name, type: 'person', role, aliases: new Set(shortFormsOf(words))});
	}

	organisation(written: string, role: string | null = null, writtenAliases: string[] = []): ActorDraft {
		const bare = written.replace(/^the\s+/iu, '');
		const shortForms = organisationShortForms.find(names => names.includes(bare));
		const name = shortForms?.[0] ?? bare;
		const aliases = [...writtenAliases, ...(shortForms?.slice(1) ?? []), ...shorterCompanyNames(name)];
		const known = this.find(name) ?? aliases.map(alias => this.find(alias)).find(Boolean) ?? this.spelledOutBy(name) ?? this.openingWith(name);
		if (!known) {
			return this.add({name, type: 'organisation', role, aliases: new Set(aliases)});
		}

		if (known.name !== name && !known.aliases.has(name)) {
			this.addAlias(known, name);
		}

		known.role ??= role;
		for (const alias of aliases) {
			this.addAlias(known, alias);
		}

		return known;
	}

	/** "Russian forces": a group, kept as an organisation under the words the article uses. */
	collective(written: string): ActorDraft {
		return this.find(written) ?? this.add({name: written, type: 'organisation', role: null, aliases: new Set(), collective: true});
	}

	state(name: string, aliases: string[]): ActorDraft {
		const known = this.find(name);
		if (known) {
			for (const alias of aliases) {
				this.addAlias(known, alias);
			}

			return known;
		}

		return this.add({name, type: 'state', role: null, aliases: new Set(aliases)});
	}

	/**
	 * The organisation whose longer name ends with this one: "Atmospheric
	 * Administration" of the "National Oceanic and Atmospheric Administration";
	 * a single word only after "the" ("Interior" of the "Ministry of the Interior").
	 */
	organisationEndingWith(name: string): ActorDraft | undefined {
		const wanted = name.includes(' ') ? ` ${this.folded(name)}` : ` the ${this.folded(name)}`;
		return this.actors.find(actor => actor.type === 'organisation' && this.folded(actor.name).endsWith(wanted));
	}

	/** The organisation whose longer name goes on past a joining word: "Ministry of Tourism" read up to "and Heritage", "Centre for Research" up to "on Energy and Clean Air", "the Junta" of the "Junta de Andalucía". */
	organisationGoingOnAfter(name: string): ActorDraft | undefined {
		const wanted = `${this.folded(name)} `;
		return this.actors.find(actor => actor.type === 'organisation' && this.folded(actor.name).startsWith(wanted) && /^(?:and|on|of|for|in|de|del|da|do|des|du) /u.test(this.folded(actor.name).slice(wanted.length)));
	}

	/**
	 * "a SunBound spokesman" after "SunBound Holidays": the organisation named
	 * in full whose name opens with these words and goes on a capitalised word
	 * or two; not for words a first name or a common word opens ("Ministry").
	 */
	private openingWith(name: string): ActorDraft | undefined {
		const first = name.split(' ')[0]!;
		if (isFirstName(first) || isCommonWord(first)) {
			return undefined;
		}

		const wanted = `${this.folded(name)} `;
		return this.actors.find(actor => actor.type === 'organisation' && this.folded(actor.name).startsWith(wanted) && /^\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)?$/u.test(actor.name.slice(wanted.length)));
	}

	/**
	 * "the DEP", "a BOM spokesperson": an acronym the article never defined,
	 * for the one organisation it named in full whose words' initials spell it
	 * ("Bureau of Meteorology", with or without the "of"; "Maine Department of
	 * Environmental Protection", a place before the name left out).
	 */
	private spelledOutBy(acronym: string): ActorDraft | undefined {
		if (!/^\p{Lu}{2,6}$/u.test(acronym)) {
			return undefined;
		}

		const spelling = this.bySpelledShortForm.get(acronym);
		return spelling?.size === 1 ? [...spelling][0] : undefined;
	}

	/** An actor by its name or one of its aliases, compared without case, accents or dots. */
	find(name: string): ActorDraft | undefined {
		return this.byFoldedName.get(this.folded(name));
	}

	private readonly folded = (name: string): string => {
		let folded = this.foldedNames.get(name);
		if (folded === undefined) {
			folded = fold(name);
			this.foldedNames.set(name, folded);
		}

		return folded;
	};

	private add(draft: ActorDraft): ActorDraft {
		this.order.set(draft, this.actors.length);
		this.actors.push(draft);
		for (const name of [draft.name, ...draft.aliases]) {
			this.index(draft, name);
		}

		if (draft.type === 'organisation' && !draft.collective) {
			for (const shortForm of shortFormsSpelling(draft.name)) {
				this.bySpelledShortForm.set(shortForm, (this.bySpelledShortForm.get(shortForm) ?? new Set()).add(draft));
			}
		}

		return draft;
	}

	private addAlias(actor: ActorDraft, alias: string): void {
		actor.aliases.add(alias);
		this.index(actor, alias);
	}

	/** A name or alias of `actor`, found by `find` unless an actor met before has it too. */
	private index(actor: ActorDraft, name: string): void {
		const key = this.folded(name);
		const first = this.byFoldedName.get(key);
		if (first === undefined || this.order.get(actor)! < this.order.get(first)!) {
			this.byFoldedName.set(key, actor);
		}
	}
}

/** "Edgardo “Bong” Tenorio": a nickname in quotation marks inside a name. */
const nicknameInside = new RegExp(String.raw`[ \u00A0][“"](${nicknameWords})[”"](?=[ \u00A0])`, 'u');

/** "Mr", "Dr.", "Prof Sir", "Pak": forms of address, one or several. */
const honorific = new RegExp(String.raw`^(?:(?:${formsOfAddress.join('|')})\.?(?:\s+|$))+$`, 'u');

/** The folded given name of a name of several words (its first word, or a hyphenated given name after the family name); undefined for a single word. */
function firstNameOf(name: string, folded: (name: string) => string): string | undefined {
	const words = name.split(/\s+/);
	return words.length > 1 ? folded(givenNameOf(words)) : undefined;
}

/** "John" of "John Kirby"; "Jae-won" of "Kim Jae-won" (see hyphenatedGivenName). */
function givenNameOf(words: string[]): string {
	return words.length >= 2 && hyphenatedGivenName.test(words.at(-1)!) ? words.at(-1)! : words[0]!;
}

const particles = new Set(surnameParticles);
const gaelicParticles = new Set(gaelicSurnameParticles);
const opensSurname = (word: string) => particles.has(word.toLowerCase()) || gaelicParticles.has(word);

/**
 * A given name of two syllables joined by a hyphen, the second in lower case, as Korean and Cantonese names are
 * romanised: "Jae-won", "Siu-fai", "Ka-ho". The family name is the word before it ("Kim Jae-won", "Tony Chan
 * Ka-ho"), not the last word; "Jean-Pierre" and "Marchetti-Bove" are no such name.
 */
const hyphenatedGivenName = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** "Kirby" of "John Kirby"; "de Vries" of "Ingrid de Vries"; "van der Berg" of "Anna van der Berg"; "Ó Conghaile" of "Pádraig Ó Conghaile"; "Kim" of "Kim Jae-won". */
export function surnameOf(words: string[]): string {
	if (words.length >= 2 && hyphenatedGivenName.test(words.at(-1)!)) {
		return words.at(-2)!;
	}

	let start = words.length - 1;
	while (start > 1 && opensSurname(words[start - 1]!)) {
		start--;
	}

	return words.slice(start).join(' ');
}

/**
 * What a person is called for short: "Kirby"; "van der Berg"; "Van Minh" and
 * "Minh", as a capitalised "Van" may be a middle name (Tran Van Minh). A
 * lower-case particle stays: "bin Salman" is not "Salman", his father.
 */
function shortFormsOf(words: string[]): string[] {
	if (words.length === 1) {
		return [];
	}

	const surname = surnameOf(words);
	const forms = mayStandForSurname(surname) ? [surname, words.at(-1)!] : [surname];
	// "Ortega" for Luis Ortega Ramírez: of two surnames, the first is the one used alone, or both together ("Ortega Ramírez");
	// "Castillo" for María José Castillo Ruiz, whose given name is two.
	const givenNames = words.length === 4 && isFirstName(words[1]!) ? 2 : 1;
	const firstSurname = words.length === givenNames + 2 ? words[givenNames]! : '';
	return /^\p{Lu}\p{Ll}{2,}$/u.test(firstSurname) && !opensSurname(firstSurname) ? [...forms, firstSurname, `${firstSurname} ${words.at(-1)!}`] : forms;
}

const mayStandForSurname = (surname: string) => /^\p{Lu}\S*\s/u.test(surname);

/**
 * "Kirby" is John Kirby; "Joseph Biden" is Joe Biden only if the first names
 * share an initial. "Minh" is Tran Van Minh, whose "Van" may be a middle name.
 */
function sameSurname(actor: ActorDraft, surname: string, firstName: string | undefined, folded: (name: string) => string): boolean {
	const words = actor.name.split(/\s+/);
	const their = surnameOf(words);
	const [theirs, ours] = [folded(their), folded(surname)];
	const lastWordAlone = (!ours.includes(' ') && mayStandForSurname(their) && theirs.endsWith(` ${ours}`)) || (!theirs.includes(' ') && mayStandForSurname(surname) && ours.endsWith(` ${theirs}`));
	if (theirs !== ours && !lastWordAlone) {
		return false;
	}

	return firstName === undefined || words.length === 1 || folded(givenNameOf(words)).charAt(0) === folded(firstName).charAt(0);
}
