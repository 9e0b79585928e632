import {isSmallTown, type NamedTarget} from './gazetteer.js';
import type {NameMatch} from './match-names.js';
import {foldName} from './name-keys.js';

/** The least evidence, in names, that makes a country the article's own. */
const leastEvidence = 1.5;
/** How far the article's own country must lead the next one. */
const leadOverNext = 1.5;

function countryOf(target: NamedTarget): string | null {
	switch (target.type) {
		case 'country':
		case 'division': {
			return target.countryCode;
		}

		case 'curated': {
			return target.countryCode;
		}

		case 'city': {
			return target.city.country;
		}

		default: {
			return null;
		}
	}
}

/**
 * The country the article's names point to, whether or not it names it:
 * each distinct name votes for the countries it could lie in, a share each
 * (Gisborne: half for New Zealand, half for Australia; Wairoa: all for New
 * Zealand), and a country named outright gets a whole vote. The leader is the
 * article's own when it has enough votes, one name at least that can only lie
 * there, and leads the next clearly. Names the
 * article also uses as common words do not vote; names inside the names of
 * people and organisations do ("Badung Police").
 */
export function homeCountryOf(matches: readonly NameMatch[], isCommonWord: (match: NameMatch) => boolean, isPlaced: (match: NameMatch) => boolean): string | undefined {
	const votes = new Map<string, number>();
	// A country some name can only mean: a list of namesakes found everywhere (Brunswick, Florence, Lyons) makes no country the article's.
	const surelyNamed = new Set<string>();
	const seen = new Set<string>();
	for (const match of matches) {
		const name = foldName(match.written).toLowerCase();
		if (seen.has(name) || match.names.some(({target}) => target.type === 'no place') || isCommonWord(match)) {
			continue;
		}

		seen.add(name);
		const countries = new Set(votersOf(match, isPlaced(match)).flatMap(target => {
			const country = countryOf(target);
			return country === null ? [] : [country];
		}));
		for (const country of countries) {
			votes.set(country, (votes.get(country) ?? 0) + 1 / countries.size);
			if (countries.size === 1) {
				surelyNamed.add(country);
			}
		}
	}

	const [first, second] = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	return first !== undefined && surelyNamed.has(first[0]) && first[1] >= leastEvidence && first[1] >= (second?.[1] ?? 0) * leadOverNext ? first[0] : undefined;
}

/**
 * What a name can vote for: the country it names, if it names one ("Chile",
 * not a village called Chile); else its curated places, provinces and towns
 * of some size, and its districts, villages and small towns only where the
 * article puts them in place ("in San Tadeo de Varela"), so that capitalised
 * words that are also some hamlet's name ("Congress", "Council") do not vote.
 */
function votersOf(match: NameMatch, isPlaced: boolean): NamedTarget[] {
	const targets = match.names.map(({target}) => target);
	const countries = targets.filter(target => target.type === 'country');
	if (countries.length > 0) {
		return countries;
	}

	return targets.filter(target =>
		isPlaced
		|| target.type === 'curated'
		|| (target.type === 'division' && target.level === 1)
		|| (target.type === 'city' && !isSmallTown(target.city)));
}
