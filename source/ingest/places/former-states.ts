import type {CuratedPlace} from './curated-place.js';

/**
 * States that no longer exist, which the news still names as places ("the
 * collapse of the Soviet Union", "when Yugoslavia broke apart"): no country
 * package holds them. Each is a country (so it is also a state among the
 * actors) placed at its capital.
 */
export const formerStates: CuratedPlace[] = [
	{name: 'Soviet Union', kind: 'country', country: null, at: {geonames: 524901, as: 'Moscow, its capital'}, aliases: ['USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics']},
	{name: 'Yugoslavia', kind: 'country', country: null, at: {geonames: 792680, as: 'Belgrade, its capital'}, aliases: ['Socialist Federal Republic of Yugoslavia']},
	{name: 'Czechoslovakia', kind: 'country', country: null, at: {geonames: 3067696, as: 'Prague, its capital'}, aliases: []},
	{name: 'East Germany', kind: 'country', country: null, at: {geonames: 2950159, as: 'Berlin, its capital (East Berlin)'}, aliases: ['German Democratic Republic', 'GDR']},
	{name: 'West Germany', kind: 'country', country: null, at: {geonames: 2946447, as: 'Bonn, its capital'}, aliases: ['Federal Republic of Germany']},
	{name: 'Ottoman Empire', kind: 'country', country: null, at: {geonames: 745044, as: 'Istanbul, its capital'}, aliases: []},
	{name: 'Austria-Hungary', kind: 'country', country: null, at: {geonames: 2761369, as: 'Vienna, its capital'}, aliases: ['Austro-Hungarian Empire']},
];
