import type {ActorDraft} from './actor-registry.js';
import {spokespersonAfter, spokespersonFor} from './lexicon/titles.js';
import type {ActorMention} from './mentions.js';
import {textBefore} from './names.js';
import {companyNouns, hasNoun, isOrganisation} from './role-words.js';

/** What the resolver reads of the article, from references.ts. */
type ArticleMentions = {
	paragraphs: string[];
	/** The paragraphs with quoted text blanked out. */
	masked: string[];
	mentions: ActorMention[];
	mentionsIn: (paragraph: number) => ActorMention[];
	isBefore: (mention: ActorMention, paragraph: number, offset: number) => boolean;
	/** The mentions before a point, latest first, as far back as a reference reaches. */
	mentionsBefore: (paragraph: number, offset: number) => Iterable<ActorMention>;
	/** Who the text of a paragraph up to `end` reports as speaking. */
	reporterIn: (paragraph: number, end: number) => ActorDraft | null;
};

/** Whom a spokesperson the article leaves unnamed speaks for: an organisation named as theirs, or one that spoke nearby. */
export function spokespersonResolver({paragraphs, masked, mentions, mentionsIn, isBefore, mentionsBefore, reporterIn}: ArticleMentions) {
	/** An organisation named as a spokesperson's: "A spokesperson for the Paraguayan Navy", "An IHCAFE spokesperson". */
	const hasSpokesperson = (mention: ActorMention) => {
		const paragraph = paragraphs[mention.paragraph - 1]!;
		return mention.actor.type === 'organisation' && (spokespersonFor.test(textBefore(paragraph, mention.start)) || spokespersonAfter.test(paragraph.slice(mention.end)));
	};

	/** The organisation of the spokesperson introduced at `from` in the paragraph. */
	const organisationSpokenFor = (paragraph: number, from: number, offset: number): ActorDraft | undefined =>
		mentionsIn(paragraph).find(mention => mention.start >= from && mention.end <= offset && hasSpokesperson(mention))?.actor;

	/** The organisation named last before a point as a spokesperson's. */
	const lastWithSpokesperson = (paragraph: number, offset: number): ActorDraft | undefined =>
		mentions.findLast(mention => isBefore(mention, paragraph, offset) && hasSpokesperson(mention))?.actor;

	/** "A spokesperson for the World Food Programme said …", then "the spokesperson said": still the organisation, its spokesperson named no further. */
	const organisationOfSpokesperson = (noun: string, paragraph: number, offset: number): ActorDraft | undefined =>
		/^spokes/u.test(noun) ? lastWithSpokesperson(paragraph, offset) : undefined;

	/**
	 * "said a ministry spokesman": the organisation named last whose name or
	 * description has the noun ("Agriculture Ministry", "Waka Kotahi, the
	 * transport agency"); none named, the spokesperson stays unnamed.
	 */
	const resolveSpokesperson = (noun: string, paragraph: number, offset: number): ActorDraft | null => {
		// "A spokesperson for New Zealand’s Ministry of Foreign Affairs and Trade said …" then "the spokesperson said": still theirs.
		const introduced = noun === '' ? lastWithSpokesperson(paragraph, offset) : undefined;
		if (introduced !== undefined) {
			return introduced;
		}

		for (const {actor} of mentionsBefore(paragraph, offset)) {
			if (isOrganisation(actor) && hasNoun(actor, noun)) {
				return actor;
			}
		}

		// "a company spokesperson": what a company calls itself — the company named earlier in the paragraph, or the one that spoke in it or the one before;
		// so is "a spokesperson" with no noun ("The ministry has ordered the plant closed, and a spokesperson said …").
		if (noun !== '' && !companyNouns.has(noun)) {
			return null;
		}

		const organisationThatSpoke = (number: number, end: number) => {
			const actor = reporterIn(number, end);
			return actor?.type === 'organisation' ? actor : null;
		};

		return mentionsIn(paragraph).findLast(mention => mention.end <= offset && isOrganisation(mention.actor))?.actor ?? organisationThatSpoke(paragraph, offset) ?? organisationThatSpoke(paragraph - 1, masked[paragraph - 2]?.length ?? 0);
	};

	return {organisationSpokenFor, organisationOfSpokesperson, resolveSpokesperson};
}
