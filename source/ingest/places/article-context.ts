import {byParagraph} from '../by-paragraph.js';
import {homeCountryOf} from './home-country.js';
import type {NameMatch} from './match-names.js';
import {isCalledASettlement, isCommonWord, isPutInPlace, standsBesideAName, type ArticleContext} from './name-surroundings.js';
import {isWrittenAsRiver} from './resolve-place.js';
import {placesThatAreFirstNames} from './not-places.js';
import type {IgnoredSpan} from './place.js';
import type {Token} from './tokens.js';

const startsInLowerCase = /^\p{Ll}/u;

/** What the whole article tells about its names: the countries it names or points to, its divisions, its words in lower case. */
export function articleContext(paragraphs: string[], tokensByParagraph: Token[][], matches: NameMatch[], ignore: IgnoredSpan[], everyMatch = matches): ArticleContext {
	const lowercaseWords = new Set<string>();
	for (const tokens of tokensByParagraph) {
		for (const {text} of tokens) {
			if (startsInLowerCase.test(text)) {
				lowercaseWords.add(text);
			}
		}
	}
	// "the Bangladesh Water Development Board" names its country too ("Chad Smith" not his).
	const unignored = new Set(matches);
	const inNames = everyMatch.filter(match => !unignored.has(match) && !placesThatAreFirstNames.has(match.written));
	const namedCountries = countriesNamedIn([...matches, ...inNames]);
	const named: ArticleContext = {
		paragraphs,
		tokensByParagraph,
		matches,
		ignore,
		matchesIn: byParagraph(matches),
		ignoredIn: byParagraph(ignore),
		namedCountries,
		homeCountry: undefined,
		namedDivisions: divisionsNamedIn(matches),
		lowercaseWords,
		namedInFull: namedInFull(matches, paragraphs),
	};
	// A name that is a word here, or part of a longer name ("Florence Pugh", "Mr Lyons"), is no evidence of a country.
	const homeCountry = homeCountryOf(
		matches,
		match => isCommonWord(match, lowercaseWords) || standsBesideAName(match, named),
		match => isPutInPlace(match, named) || isCalledASettlement(match, named),
	);
	return homeCountry === undefined ? named : {...named, homeCountry, namedCountries: new Set([...namedCountries, homeCountry])};
}

/** Countries an article names, itself or through a curated place in it (Tehran: Iran); not through a name curated in several (Punjab). */
function countriesNamedIn(matches: NameMatch[]): Set<string> {
	return new Set(
		matches.flatMap(match => {
			const countries = new Set(match.names.flatMap(({target}) => ((target.type === 'country' || target.type === 'curated') && target.countryCode !== null ? [target.countryCode] : [])));
			return countries.size === 1 ? [...countries] : [];
		}),
	);
}

/** Curated places named by a full name, and rivers named beside the word river ("the river Wye"). */
function namedInFull(matches: NameMatch[], paragraphs: string[]): Set<string> {
	return new Set(
		matches.flatMap(match =>
			match.names.flatMap(({target}) =>
				target.type === 'curated' || (target.type === 'short name' && isWrittenAsRiver(match, paragraphs[match.paragraph - 1]!)) ? [target.place.key] : []),
		),
	);
}

function divisionsNamedIn(matches: NameMatch[]): Set<string> {
	return new Set(matches.flatMap(match => match.names.flatMap(({target}) => (target.type === 'curated' && target.division !== null ? [target.division] : []))));
}
