import {gazetteer, type GazetteerName} from './gazetteer.js';
import {foldName, hasDiacritics, slugOf} from './name-keys.js';
import type {IgnoredSpan} from './place.js';
import {isAllCapitals, joins, possessive, type Token} from './tokens.js';

/** A span whose text is a name in the gazetteer, before deciding what it names. */
export type NameMatch = {
	paragraph: number;
	start: number;
	end: number;
	written: string;
	firstToken: number;
	lastToken: number;
	names: GazetteerName[];
};

/** Whether a token goes on a capitalised word that is no place, like Luga in Ust-Luga; Ukraine in Russia-Ukraine does not. */
function continuesAName(paragraph: string, tokens: Token[], index: number, matches: NameMatch[]): boolean {
	const before = tokens[index - 1];
	return (
		before !== undefined
		&& /^[-‐]$/.test(paragraph.slice(before.end, tokens[index]!.start))
		&& /^\p{Lu}/u.test(before.text)
		&& !matches.some(match => match.end === before.end)
	);
}

/** Whether a country or curated place is named from this token on, as Iran is in "Amirabad, Iran". */
function startsWithPlaceName(paragraph: string, tokens: Token[], index: number): boolean {
	const {longestNameInWords, namesWithSlug} = gazetteer();
	const first = tokens[index];
	if (first === undefined || !/^\p{Lu}/u.test(first.text)) {
		return false;
	}

	for (let last = index; last < Math.min(tokens.length, index + longestNameInWords); last++) {
		const written = paragraph.slice(first.start, tokens[last]!.end).replace(possessive, '');
		if (namesWithSlug(slugOf(written)).some(name => name.isCurated && sameName(written, name))) {
			return true;
		}

		if (last + 1 < tokens.length && !joins(paragraph, tokens[last]!, tokens[last + 1]!)) {
			break;
		}
	}

	return false;
}

/** Every gazetteer name in a paragraph, longest first, none overlapping another or an ignored span. */
export function matchNames(paragraph: string, paragraphNumber: number, tokens: Token[], ignore: IgnoredSpan[], withSmallTowns: boolean): NameMatch[] {
	const ignored = ignore.filter(span => span.paragraph === paragraphNumber);
	// A span that starts in lower case inside a longer name ("de Varela", a later mention of a misread name) does not hide it: "San Tadeo de Varela".
	const hides = (span: IgnoredSpan, start: number) => span.start <= start || !/^\p{Ll}/u.test(paragraph.charAt(span.start));
	const isIgnored = (start: number, end: number) => ignored.some(span => start < span.end && span.start < end && hides(span, start));
	// Each word is folded once: a name's slug is its words' slugs joined (the words are parted by spaces, commas or hyphens).
	const tokenSlugs: Array<string | undefined> = [];
	const slugOfToken = (index: number) => (tokenSlugs[index] ??= slugOf(tokens[index]!.text));
	const slugBetween = (first: number, last: number, withoutPossessive: boolean) => {
		const words: string[] = [];
		for (let index = first; index <= last; index++) {
			const slug = index === last && withoutPossessive ? slugOf(tokens[index]!.text.replace(possessive, '')) : slugOfToken(index);
			if (slug !== '') {
				words.push(slug);
			}
		}

		return words.join('-');
	};

	const matches: NameMatch[] = [];
	let index = 0;
	while (index < tokens.length) {
		const found = /^\p{Lu}/u.test(tokens[index]!.text) && !continuesAName(paragraph, tokens, index, matches) ? longestNameFrom(index, paragraph, tokens, isIgnored, withSmallTowns, slugBetween) : undefined;
		if (found === undefined) {
			index++;
		} else {
			matches.push({paragraph: paragraphNumber, ...found});
			index = found.lastToken + 1;
		}
	}

	return matches;
}

/** The longest gazetteer name that starts at this token, with or without a possessive ’s. */
function longestNameFrom(
	firstToken: number,
	paragraph: string,
	tokens: Token[],
	isIgnored: (start: number, end: number) => boolean,
	withSmallTowns: boolean,
	slugBetween: (first: number, last: number, withoutPossessive: boolean) => string,
): Omit<NameMatch, 'paragraph'> | undefined {
	const {longestNameInWords, namesWithSlug} = gazetteer();
	const start = tokens[firstToken]!.start;
	let last = firstToken;
	while (last + 1 < tokens.length && last - firstToken + 1 < longestNameInWords && joins(paragraph, tokens[last]!, tokens[last + 1]!)) {
		last++;
	}

	for (let lastToken = last; lastToken >= firstToken; lastToken--) {
		const {end, text} = tokens[lastToken]!;
		for (const nameEnd of possessive.test(text) ? [end, end - 2] : [end]) {
			if (isIgnored(start, nameEnd)) {
				continue;
			}

			const written = paragraph.slice(start, nameEnd);
			// A dateline is written in capitals: "KIEV —", "WASHINGTON —".
			const caseless = firstToken === 0 && isAllCapitals(written);
			const slug = slugBetween(firstToken, lastToken, nameEnd !== end);
			const named = (name: GazetteerName) => (caseless ? foldName(written).toLowerCase() === name.name.toLowerCase() : sameName(written, name));
			let names = namesWithSlug(slug, {withSmallTowns}).filter(name => named(name));
			if (names.length === 0 && !withSmallTowns && paragraph.startsWith(', ', nameEnd) && startsWithPlaceName(paragraph, tokens, lastToken + 1)) {
				names = namesWithSlug(slug, {withSmallTowns: true}).filter(name => named(name));
			}

			if (names.length > 0) {
				return {start, end: nameEnd, written, firstToken, lastToken, names};
			}
		}
	}

	return undefined;
}

/**
 * Case matters ("may" is no place, "US" is and "Us" is not), but a curated or
 * country name of several words may be written with its later words in another
 * case: "Alabuga Special Economic Zone", "Caspian sea". Diacritics may be left
 * out ("Sao Paulo"), not added: "Metrô" is no town called Metro (but see
 * the divisions and villages below).
 */
function sameName(written: string, name: GazetteerName): boolean {
	if (!name.marked && hasDiacritics(written) && !mayAddDiacritics(written, name)) {
		return false;
	}

	const folded = foldName(written);
	if (folded === name.name || withoutAbbreviationStops(folded) === withoutAbbreviationStops(name.name)) {
		return true;
	}

	const [writtenFirst, ...writtenRest] = folded.split(' ');
	const [nameFirst, ...nameRest] = name.name.split(' ');
	return name.isCurated && nameRest.length > 0 && writtenFirst === nameFirst && writtenRest.join(' ').toLowerCase() === nameRest.join(' ').toLowerCase();
}

/** "St Elizabeth" is GeoNames' "St. Elizabeth": British copy writes Saint, Mount and Fort abbreviated without a full stop. */
function withoutAbbreviationStops(name: string): string {
	return name.replaceAll(/\b(St|Ste|Mt|Ft)\./gu, '$1');
}

/**
 * A GeoNames division or village is taken only in the article's own country,
 * where an accent it lacks is only a spelling (Ruatōria, Ruatoria); so is a
 * macron on any town, a mark of romanised names and of no common word
 * (Whangārei, Whangarei).
 */
function mayAddDiacritics(written: string, name: GazetteerName): boolean {
	const {type} = name.target;
	return type === 'division' || type === 'village' || (type === 'city' && /^[^\p{M}]*$/u.test(written.normalize('NFD').replaceAll('\u0304', '')));
}
