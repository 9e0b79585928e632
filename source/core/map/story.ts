import type {Location} from '../schema.js';
import type {BriefRecord, CorpusIndex} from '../records.js';

/** A place on the map: a location of the corpus, with what ranks its label and which passages cite it. */
export type MapPlace = {
	id: string;
	name: string;
	kind: Location['kind'];
	country: string | null;
	lon: number;
	lat: number;
	coordinatesSource: string;
	/** Passages (quotes, facts, routes) in view that name the place, in corpus order. */
	citedBy: string[];
	/** A step of a route in view. */
	onRoute: boolean;
};

export type MapRoute = {
	id: string;
	name: string;
	steps: Array<{action: string; placeId: string}>;
	source: string;
	attribution: string | null;
};

/** What a map shows: its places and routes. */
export type MapStory = {places: MapPlace[]; routes: MapRoute[]};

/** The places a record names itself: a place record is its place; a passage, its places (not the countries they lie in). */
export function placesNamedBy(record: BriefRecord): string[] {
	switch (record.kind) {
		case 'quote': {
			return record.quote.locations;
		}

		case 'fact': {
			return record.fact.locations;
		}

		case 'route': {
			return record.route.steps.map(step => step.location);
		}

		case 'location': {
			return [record.id];
		}

		case 'actor': {
			return [];
		}
	}
}

/**
 * The places and routes behind a set of records: every place a record names
 * (or is), every route among them; each place with the passages among them
 * that cite it. Places keep the order they are first named in.
 */
export function storyOf(index: CorpusIndex, records: readonly BriefRecord[]): MapStory {
	const places = new Map<string, MapPlace>();
	const routes: MapRoute[] = [];
	for (const record of records) {
		for (const id of placesNamedBy(record)) {
			const location = index.locations.get(id);
			if (!location) {
				continue;
			}

			let place = places.get(id);
			if (!place) {
				place = toMapPlace(location);
				places.set(id, place);
			}

			if (record.kind !== 'location' && !place.citedBy.includes(record.id)) {
				place.citedBy.push(record.id);
			}

			if (record.kind === 'route') {
				place.onRoute = true;
			}
		}

		if (record.kind === 'route') {
			const {route} = record;
			routes.push({
				id: route.id,
				name: route.name,
				steps: route.steps.filter(step => index.locations.has(step.location)).map(step => ({action: step.action, placeId: step.location})),
				source: route.provenance.source,
				attribution: route.attribution,
			});
		}
	}

	return {places: [...places.values()], routes};
}

function toMapPlace(location: Location): MapPlace {
	const {id, name, kind, country, lon, lat, coordinatesSource} = location;
	return {id, name, kind, country, lon, lat, coordinatesSource, citedBy: [], onRoute: false};
}

/** Points (towns, ports) say where things happen; seas and regions are areas; a country's point is only its middle. */
const kindWeight: Record<Location['kind'], number> = {
	capital: 3,
	city: 3,
	port: 3,
	'special economic zone': 3,
	strait: 2,
	canal: 2,
	sea: 2,
	lake: 2,
	river: 1,
	mountain: 2,
	region: 1,
	country: 0,
};

/**
 * How much a place's label matters, highest first: the selected place, the
 * highlighted ones, steps of a route, points before areas, then how many
 * passages cite it.
 */
export function labelRank(place: MapPlace, {selectedId, highlightIds}: {selectedId: string | null; highlightIds: ReadonlySet<string>}): number {
	return (place.id === selectedId ? 10_000 : 0) + (highlightIds.has(place.id) ? 1000 : 0) + (place.onRoute ? 100 : 0) + kindWeight[place.kind] * 10 + Math.min(place.citedBy.length, 9);
}

/** Whether a place is an area whose point is only its middle (a country): it fits a view only when nothing else does. */
export function isArea(place: MapPlace): boolean {
	return place.kind === 'country';
}
