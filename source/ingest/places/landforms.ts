import type {CuratedPlace} from './curated-place.js';

const summit = 'approximate: the summit’s commonly published coordinates, rounded to 0.01°';
const range = 'approximate: a point near the middle of the range, read off a map and rounded';

/**
 * Mountains, volcanoes and ranges: the data packages hold settlements only,
 * and a town that shares a mountain's name (Etna, Pennsylvania; Everest,
 * Kansas) would put it on the wrong continent.
 */
export const landforms: CuratedPlace[] = [
	// Peaks and volcanoes
	{name: 'Mount Everest', kind: 'mountain', country: null, at: {lat: 27.99, lon: 86.93, source: summit}, aliases: ['Everest']},
	{name: 'K2', kind: 'mountain', country: null, at: {lat: 35.88, lon: 76.51, source: summit}, aliases: []},
	{name: 'Mont Blanc', kind: 'mountain', country: null, at: {lat: 45.83, lon: 6.86, source: summit}, aliases: []},
	{name: 'Matterhorn', kind: 'mountain', country: null, at: {lat: 45.98, lon: 7.66, source: summit}, aliases: []},
	{name: 'Mount Elbrus', kind: 'mountain', country: 'RU', at: {lat: 43.35, lon: 42.44, source: summit}, aliases: ['Elbrus']},
	{name: 'Mount Etna', kind: 'mountain', country: 'IT', at: {lat: 37.75, lon: 14.99, source: summit}, aliases: ['Etna']},
	{name: 'Mount Vesuvius', kind: 'mountain', country: 'IT', at: {lat: 40.82, lon: 14.43, source: summit}, aliases: ['Vesuvius']},
	{name: 'Stromboli', kind: 'mountain', country: 'IT', at: {lat: 38.79, lon: 15.21, source: summit}, aliases: []},
	{name: 'Mount Kilimanjaro', kind: 'mountain', country: 'TZ', at: {lat: -3.07, lon: 37.36, source: summit}, aliases: ['Kilimanjaro']},
	{name: 'Mount Fuji', kind: 'mountain', country: 'JP', at: {lat: 35.36, lon: 138.73, source: summit}, aliases: []},
	{name: 'Mauna Loa', kind: 'mountain', country: 'US', at: {lat: 19.48, lon: -155.61, source: summit}, aliases: []},
	{name: 'Kilauea', kind: 'mountain', country: 'US', at: {lat: 19.42, lon: -155.29, source: summit}, aliases: ['Kīlauea']},
	{name: 'Mount St. Helens', kind: 'mountain', country: 'US', at: {lat: 46.19, lon: -122.19, source: summit}, aliases: ['Mount St Helens']},
	{name: 'Popocatépetl', kind: 'mountain', country: 'MX', at: {lat: 19.02, lon: -98.62, source: summit}, aliases: ['Popocatepetl']},
	{name: 'Mount Merapi', kind: 'mountain', country: 'ID', at: {lat: -7.54, lon: 110.45, source: summit}, aliases: ['Merapi']},
	{name: 'Eyjafjallajökull', kind: 'mountain', country: 'IS', at: {lat: 63.63, lon: -19.62, source: summit}, aliases: ['Eyjafjallajokull']},
	{name: 'Aconcagua', kind: 'mountain', country: 'AR', at: {lat: -32.65, lon: -70.01, source: summit}, aliases: []},
	{name: 'Huascarán', kind: 'mountain', country: 'PE', at: {lat: -9.12, lon: -77.6, source: summit}, aliases: ['Huascaran', 'Nevado Huascarán']},
	{name: 'Chacaltaya', kind: 'mountain', country: 'BO', at: {lat: -16.35, lon: -68.13, source: summit}, aliases: []},
	{name: 'Ben Nevis', kind: 'mountain', country: 'GB', at: {lat: 56.8, lon: -5, source: summit}, aliases: []},
	{name: 'Mount Olympus', kind: 'mountain', country: 'GR', at: {lat: 40.09, lon: 22.36, source: summit}, aliases: []},
	{name: 'Mount Ararat', kind: 'mountain', country: 'TR', at: {lat: 39.7, lon: 44.3, source: summit}, aliases: []},
	// Ranges
	{name: 'Andes', kind: 'mountain', country: null, at: {lat: -20, lon: -68, source: range}, aliases: []},
	{name: 'Cordillera Real', kind: 'mountain', country: 'BO', at: {lat: -16.2, lon: -68.2, source: range}, aliases: []},
	{name: 'Alps', kind: 'mountain', country: null, at: {lat: 46.5, lon: 10, source: range}, aliases: []},
	{name: 'Pyrenees', kind: 'mountain', country: null, at: {lat: 42.7, lon: 0.8, source: range}, aliases: []},
	{name: 'Carpathians', kind: 'mountain', country: null, at: {lat: 47.5, lon: 24.5, source: range}, aliases: ['Carpathian Mountains']},
	{name: 'Himalayas', kind: 'mountain', country: null, at: {lat: 28.6, lon: 84, source: range}, aliases: ['Himalaya']},
	{name: 'Hindu Kush', kind: 'mountain', country: null, at: {lat: 35.5, lon: 70.5, source: range}, aliases: []},
	{name: 'Urals', kind: 'mountain', country: 'RU', at: {lat: 60, lon: 59.5, source: range}, aliases: ['Ural Mountains']},
	{name: 'Rocky Mountains', kind: 'mountain', country: null, at: {lat: 44, lon: -110, source: range}, aliases: ['Rockies']},
	{name: 'Appalachians', kind: 'mountain', country: 'US', at: {lat: 37.5, lon: -80.5, source: range}, aliases: ['Appalachian Mountains']},
	{name: 'Atlas Mountains', kind: 'mountain', country: null, at: {lat: 31.5, lon: -6.5, source: range}, aliases: []},
	{name: 'Zagros Mountains', kind: 'mountain', country: 'IR', at: {lat: 32.5, lon: 50, source: range}, aliases: ['Zagros']},
	{name: 'Dolomites', kind: 'mountain', country: 'IT', at: {lat: 46.4, lon: 11.85, source: range}, aliases: []},
];
