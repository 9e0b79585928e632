import {byParagraph} from '../by-paragraph.js';
import {kilometresBetween} from './distance.js';
import {gazetteer} from './gazetteer.js';
import type {NameMatch} from './match-names.js';
import type {Place} from './place.js';

/** Towns up to this size may be moved to a namesake; a larger one is what its name means. */
const largestMovableTown = 100_000;

/**
 * "off Guiuan, … a vendor from Barangay Sulangan": of a small town's namesakes
 * in its country (the Philippines has three Sulangans), the one nearest the
 * other places its paragraph names, or, with none, the middle of the article's
 * places; by size, small towns' namesakes are hardly told apart. `resolved[i]`
 * is what `matches[i]` was taken for.
 */
export function nearestNamesakes(matches: NameMatch[], resolved: Array<Place | undefined>): Array<Place | undefined> {
	const {placeOfCity} = gazetteer();
	const placesIn = byParagraph(resolved.flatMap((place, index) => (place === undefined || place.kind === 'country' ? [] : [{paragraph: matches[index]!.paragraph, place}])));

	const centre = middleOf([...new Map(resolved.flatMap(place => (place === undefined || place.kind === 'country' ? [] : [[place.key, place] as const]))).values()]);
	return resolved.map((place, index) => {
		const match = matches[index]!;
		if (place?.kind !== 'city') {
			return place;
		}

		const cities = match.names.flatMap(({target}) => (target.type === 'city' ? [target.city] : []));
		const chosen = cities.find(city => placeOfCity(city).key === place.key);
		const namesakes = cities.filter(city => city.country === chosen?.country);
		if (chosen === undefined || chosen.population > largestMovableTown || namesakes.length < 2) {
			return place;
		}

		const keys = new Set(namesakes.map(city => placeOfCity(city).key));
		const besideIt = placesIn(match.paragraph).map(({place}) => place).filter(other => !keys.has(other.key));
		const neighbours = besideIt.length > 0 ? besideIt : centre === undefined ? [] : [centre];
		if (neighbours.length === 0) {
			return place;
		}

		const distance = (candidate: Place) => Math.min(...neighbours.map(neighbour => kilometresBetween(candidate, neighbour)));
		const [nearest] = namesakes.map(city => placeOfCity(city)).sort((a, b) => distance(a) - distance(b) || a.key.localeCompare(b.key));
		return nearest ?? place;
	});
}

/** The median latitude and longitude of some places: where an article's places lie, one far-off place aside. */
function middleOf(places: Place[]): {lat: number; lon: number} | undefined {
	if (places.length === 0) {
		return undefined;
	}

	const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
	return {lat: median(places.map(place => place.lat)), lon: median(places.map(place => place.lon))};
}
