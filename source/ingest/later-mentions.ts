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
			const mention = {paragraph, start, end, actor};
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
	const bearers = new Map<string, Set<ActorDraft>>();
	for (const mention of found) {
		const {actor} = mention;
		const surname = actor.type === 'person' ? actor.name.split(/\s+/).at(-1) : undefined;
		if (surname !== undefined && surname !== actor.name && written(mention) === surname) {
			bearers.set(surname, new Set());
		}
	}

	const inFull = [...mentions, ...found].filter(mention => mention.actor.type === 'person' && written(mention) === mention.actor.name).sort(inTextOrder);
	for (const actor of new Set(inFull.map(mention => mention.actor))) {
		bearers.get(actor.name.split(/\s+/).at(-1)!)?.add(actor);
	}

	const firstStoodFor = new Map<string, ActorDraft>();
	return found.sort(inTextOrder).map(mention => {
		const sharers = bearers.get(written(mention));
		if (sharers === undefined || sharers.size < 2) {
			return mention;
		}

		const namedBefore = inFull.filter(full => sharers.has(full.actor) && inTextOrder(full, mention) < 0);
		const candidates = new Set(namedBefore.map(full => full.actor));
		const surname = written(mention);
		const first = firstStoodFor.get(surname);
		const actor = candidates.size === 1 ? [...candidates][0]! : first !== undefined && candidates.has(first) ? first : namedBefore.at(-1)?.actor ?? mention.actor;
		if (first === undefined) {
			firstStoodFor.set(surname, actor);
		}

		return {...mention, actor};
	});
}

function inTextOrder(a: Mention, b: Mention): number {
	return a.paragraph - b.paragraph || a.start - b.start;
}
