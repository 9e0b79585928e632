import {fold} from '../core/text.js';
import {surnameOf, type ActorDraft} from './actor-registry.js';
import type {Gender} from './genders.js';
import type {ActorMention} from './mentions.js';

type SurnameContext = {
	paragraphs: string[];
	/** The paragraphs with quoted text blanked out. */
	masked: string[];
	/** Every actor mention, in text order, and those of one paragraph. */
	mentions: ActorMention[];
	mentionsIn: (paragraph: number) => ActorMention[];
	/** How many paragraphs back a surname looks for whom it means. */
	reach: number;
};

/** Who a surname written alone means at a point of the article (references.ts asks). */
export function surnameResolver({paragraphs, masked, mentions, mentionsIn, reach}: SurnameContext) {
	/** The people the article names, by each word of their names but the first, and the family name written first ("Kim" of "Kim Jae-won"). */
	const bearing = new Map<string, Set<ActorDraft>>();
	for (const {actor} of mentions) {
		const words = actor.name.split(/\s+/u);
		for (const part of actor.type === 'person' && words.length > 1 ? new Set([...words.slice(1), surnameOf(words)]) : []) {
			bearing.set(fold(part), (bearing.get(fold(part)) ?? new Set()).add(actor));
		}
	}

	/**
	 * A surname alone ("Asante said") when several people bear it (a father and
	 * his son): the one of them the article named last in full; else the one
	 * named last by first name ("his daughter, Ana" is a Țurcanu, but "says
	 * Țurcanu" is still the father, whom the reader has seen called so). After
	 * the family is named in the plural ("the Dawsons"), it is any of them:
	 * unattributed. Undefined when no one named so far bears the word.
	 */
	return (word: string, paragraph: number, offset: number, addressedAs?: {gender: Gender; genderOf: (actor: ActorDraft) => Gender | undefined}): ActorDraft | null | undefined => {
		const wanted = fold(word);
		const bearers = addressed(bearing.get(wanted) ?? new Set<ActorDraft>(), addressedAs);
		if (bearers.size === 0) {
			return undefined;
		}

		// "Mrs Brennan" after "the Brennans": the form of address leaves one of the family.
		if (addressedAs !== undefined && bearers.size === 1 && (bearing.get(wanted)?.size ?? 0) > 1) {
			return [...bearers][0]!;
		}

		const written = (number: number, mention: ActorMention) => fold(paragraphs[number - 1]!.slice(mention.start, mention.end));
		let byFirstName: ActorDraft | undefined;
		for (let number = paragraph; number >= Math.max(1, paragraph - reach); number--) {
			const text = masked[number - 1]!.slice(0, number === paragraph ? offset : undefined);
			const family = [...text.matchAll(/\p{L}+/gu)].findLast(each => fold(each[0]) === `${wanted}s`)?.index ?? -1;
			const earlier = mentionsIn(number).filter(mention => (number < paragraph || mention.end <= offset) && bearers.has(mention.actor) && written(number, mention) !== wanted);
			// "Whitfield" of "Dana Whitfield", "Kim" of "Kim Jae-won".
			const inFull = earlier.findLast(mention => ` ${written(number, mention)}`.endsWith(` ${wanted}`) || fold(surnameOf(paragraphs[number - 1]!.slice(mention.start, mention.end).split(/\s+/u))) === wanted);
			if (family > ((inFull ?? earlier.at(-1))?.start ?? -1)) {
				return byFirstName ?? null;
			}

			if (inFull) {
				return inFull.actor;
			}

			byFirstName ??= earlier.at(-1)?.actor;
		}

		return byFirstName ?? (bearers.size === 1 ? undefined : null);
	};
}

/**
 * "says Ms Kamara": of the Kamaras, those the article has shown to be women;
 * else those it gave no gender. Without a form of address, all of them.
 */
function addressed(bearers: Set<ActorDraft>, addressedAs?: {gender: Gender; genderOf: (actor: ActorDraft) => Gender | undefined}): Set<ActorDraft> {
	if (addressedAs === undefined) {
		return bearers;
	}

	const {gender, genderOf} = addressedAs;
	const shown = [...bearers].filter(actor => genderOf(actor) === gender);
	return new Set(shown.length > 0 ? shown : [...bearers].filter(actor => genderOf(actor) === undefined));
}
