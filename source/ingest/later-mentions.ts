import type {ActorDraft, ActorRegistry} from './actor-registry.js';
import {byParagraph} from './by-paragraph.js';
import {isAcronym, isCommonWord} from './name-kind.js';
import {isHonorific} from './names.js';
import {PhraseTrie} from './phrase-trie.js';

/** A name written in a paragraph and the actor it names (mentions.ts's ActorMention, by its shape). */
type Mention = {paragraph: number; start: number; end: number; actor: ActorDraft};

/**
 * "Ganzorig told reporters" after "the deputy mayor, Ganzorig Lkhagva": the first
 * name of a person named in full stands for them where no one else has it, it
 * is no word of the language and no place.
 */
function firstNamesAlone(registry: ActorRegistry, isPlace: (name: string) => boolean): Map<ActorDraft, string[]> {
	const bearers = new Map<string, ActorDraft[]>();
	for (const actor of registry.actors) {
		const words = actor.type === 'person' ? actor.name.split(/\s+/) : [];
		if (words.length > 1) {
			bearers.set(words[0]!, [...(bearers.get(words[0]!) ?? []), actor]);
		}
	}

	const firstNames = new Map<ActorDraft, string[]>();
	for (const [first, actors] of bearers) {
		if (actors.length === 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(first) && !isCommonWord(first) && !isHonorific(first) && !isPlace(first)) {
			firstNames.set(actors[0]!, [first]);
		}
	}

	return firstNames;
}

/**
 * Every other place a known person is named, or an organisation by a short
 * form the article defined: "Whitfield said …" after "Dana Whitfield, a
 * Pentagon spokeswoman"; "the OBR" after "Office for Budget Responsibility (OBR)".
 */
export function laterMentions(paragraphs: string[], registry: ActorRegistry, mentions: Mention[], isPlace: (name: string) => boolean): Mention[] {
	// Where two overlap, the longer wins ("Musa Danladi" over the surname "Musa" of Rabi Musa), then the earlier actor's.
	const names = new PhraseTrie<{actor: ActorDraft; rank: number}>();
	const firstNames = firstNamesAlone(registry, isPlace);
	let rank = 0;
	for (const actor of registry.actors) {
		const written = actor.type === 'person' ? [actor.name, ...actor.aliases, ...(firstNames.get(actor) ?? [])] : actor.type === 'organisation' ? [...actor.aliases].filter(isAcronym) : [];
		for (const name of new Set(written)) {
			names.add(name, {actor, rank: rank++});
		}
	}

	const candidates = paragraphs.flatMap((paragraph, index) =>
		names.findAll(paragraph).flatMap(({start, end, values}) => values.map(({actor, rank}) => ({paragraph: index + 1, start, end, actor, rank}))));
	candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.paragraph - b.paragraph || a.start - b.start);

	const found: Mention[] = [];
	const earlier = byParagraph(mentions);
	const foundIn = new Map<number, Mention[]>();
	for (const {paragraph, start, end, actor} of candidates) {
		const here = foundIn.get(paragraph) ?? [];
		const overlaps = [...earlier(paragraph), ...here].some(mention => start < mention.end && mention.start < end);
		if (!overlaps) {
			// "Fatmata Kamara, no relation to Abu": a given name of someone else's before a known surname is another person of that name.
			const given = actor.type === 'person' ? otherGivenNameBefore(paragraphs[paragraph - 1]!, start, actor, isPlace) : undefined;
			const mention = given === undefined ? {paragraph, start, end, actor} : {paragraph, start: start - given.length - 1, end, actor: registry.person(`${given} ${paragraphs[paragraph - 1]!.slice(start, end)}`, null)};
			found.push(mention);
			foundIn.set(paragraph, [...here, mention]);
		}
	}

	return withSharedSurnamesSettled(found, mentions, paragraphs);
}

/**
 * A surname two people share ("Țurcanu", father and daughter): where one of
 * them only is named in full before it, that one; else the one it stood for
 * when first written alone, as copy keeps a bare surname for one of them and
 * calls the other by a first name; else the one named in full last.
 */
function withSharedSurnamesSettled(found: Mention[], mentions: Mention[], paragraphs: string[]): Mention[] {
	const written = (mention: Mention) => paragraphs[mention.paragraph - 1]!.slice(mention.start, mention.end);
	const surnameOf = (actor: ActorDraft) => (actor.type === 'person' ? actor.name.split(/\s+/).at(-1)! : '');
	const bearers = new Map<string, Set<ActorDraft>>();
	for (const mention of found) {
		const surname = surnameOf(mention.actor);
		if (surname !== mention.actor.name && written(mention) === surname) {
			bearers.set(surname, new Set());
		}
	}

	const inFull = [...mentions, ...found].filter(mention => mention.actor.type === 'person' && written(mention) === mention.actor.name);
	for (const {actor} of inFull) {
		bearers.get(surnameOf(actor))?.add(actor);
	}

	// In text order, for each shared surname: who has been named in full so far, who last, and whom it first stood for alone.
	type Seen = {named: Set<ActorDraft>; last?: ActorDraft; first?: ActorDraft};
	const seen = new Map<string, Seen>();
	const seenFor = (surname: string) => seen.get(surname) ?? seen.set(surname, {named: new Set()}).get(surname)!;
	const events = [...inFull.map(mention => ({mention, full: true})), ...found.map(mention => ({mention, full: false}))].sort((a, b) => inTextOrder(a.mention, b.mention));
	const settled = new Map<Mention, Mention>();
	for (const {mention, full} of events) {
		if (full) {
			const surname = surnameOf(mention.actor);
			if ((bearers.get(surname)?.size ?? 0) > 1) {
				const state = seenFor(surname);
				state.named.add(mention.actor);
				state.last = mention.actor;
			}

			continue;
		}

		const surname = written(mention);
		if ((bearers.get(surname)?.size ?? 0) < 2) {
			continue;
		}

		const state = seenFor(surname);
		const [only] = state.named;
		const actor = state.named.size === 1 ? only! : state.first !== undefined && state.named.has(state.first) ? state.first : state.last ?? mention.actor;
		state.first ??= actor;
		settled.set(mention, {...mention, actor});
	}

	return found.map(mention => settled.get(mention) ?? mention);
}

/** The capitalised word right before a surname written alone, when it is a given name of no one the surname's bearer is called: no title, word or place. */
function otherGivenNameBefore(paragraph: string, start: number, actor: ActorDraft, isPlace: (name: string) => boolean): string | undefined {
	const given = /(?:^|[\s(“"‘])(\p{Lu}\p{Ll}{2,})\s$/u.exec(paragraph.slice(Math.max(0, start - 30), start))?.[1];
	const words = actor.name.split(/\s+/u);
	const isTheirs = given === undefined || words.includes(given) || [...actor.aliases].some(alias => alias.split(/\s+/u).includes(given));
	return words.length > 1 && paragraph.slice(start, start + words.at(-1)!.length) === words.at(-1) && !isTheirs && !isCommonWord(given) && !isHonorific(given) && !isPlace(given) ? given : undefined;
}

function inTextOrder(a: Mention, b: Mention): number {
	return a.paragraph - b.paragraph || a.start - b.start;
}
