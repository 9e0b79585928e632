/**
 * A wire dateline names the outlet: "KYIV, Ukraine (AP) — …",
 * "OSLO, March 2 (Reuters) - …". The place and date before the outlet are
 * capitalised words or a month and day, so a sentence with a bracket is not read as one.
 */
const capitalisedWords = String.raw`\p{Lu}[\p{L}\p{M}\p{N}.'’/-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{M}\p{N}.'’/-]*)*`;
const dateline = new RegExp(String.raw`^${capitalisedWords}(?:,\s+${capitalisedWords}){0,2}\s+\(([\p{L}][\p{L}\p{M}&.' ]{0,39}?)\)\s*[-–—]\s`, 'u');

/** Photo and video credits share the bracket, but are not the outlet of the text. */
const mediaCredit = /\b(?:photo|video|file|graphic)\b/iu;

/** The outlet a dateline in the article's first paragraphs names, as written. */
export function outletOf(paragraphs: string[]): string | undefined {
	for (const paragraph of paragraphs.slice(0, 4)) {
		const outlet = dateline.exec(paragraph)?.[1]?.trim();
		if (outlet && !mediaCredit.test(outlet)) {
			return outlet;
		}
	}

	return undefined;
}
