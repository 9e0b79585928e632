import type {CuratedPlace} from './curated-place.js';

const approximateSea = 'approximate: a point near the middle of the water, read off a map and rounded';
const approximateOcean = 'approximate: a conventional point in the open ocean';
const approximateStrait = 'approximate: a point in the strait between its two shores, read off a map and rounded';

/**
 * The world's named seas, gulfs, large bays, sounds, channels and straits that
 * the news names, beyond the few in curated-places.ts: the seas of the
 * International Hydrographic Organization's list (S-23, Limits of Oceans and
 * Seas) and the major bays, gulfs and straits of each continent. Each is taken
 * at a fixed point in the water near its middle. The oceans are at a
 * conventional point in their open water: a map shows them, a distance to them
 * means little.
 */
export const seas: CuratedPlace[] = [
	// Oceans
	{name: 'Atlantic Ocean', kind: 'sea', country: null, at: {lat: 0, lon: -25, source: approximateOcean}, aliases: ['Atlantic']},
	{name: 'Pacific Ocean', kind: 'sea', country: null, at: {lat: 0, lon: -160, source: approximateOcean}, aliases: []},
	{name: 'Indian Ocean', kind: 'sea', country: null, at: {lat: -20, lon: 80, source: approximateOcean}, aliases: []},
	{name: 'Arctic Ocean', kind: 'sea', country: null, at: {lat: 85, lon: 0, source: approximateOcean}, aliases: []},
	{name: 'Southern Ocean', kind: 'sea', country: null, at: {lat: -60, lon: 90, source: approximateOcean}, aliases: []},

	// Indian Ocean
	{name: 'Bay of Bengal', kind: 'sea', country: null, at: {lat: 15, lon: 88, source: approximateSea}, aliases: []},
	{name: 'Arabian Sea', kind: 'sea', country: null, at: {lat: 15, lon: 65, source: approximateSea}, aliases: []},
	{name: 'Andaman Sea', kind: 'sea', country: null, at: {lat: 10.5, lon: 96, source: approximateSea}, aliases: []},
	{name: 'Laccadive Sea', kind: 'sea', country: null, at: {lat: 8, lon: 75.5, source: approximateSea}, aliases: ['Lakshadweep Sea']},
	{name: 'Gulf of Mannar', kind: 'sea', country: null, at: {lat: 8.5, lon: 79, source: approximateSea}, aliases: []},
	{name: 'Palk Strait', kind: 'strait', country: null, at: {lat: 10, lon: 79.8, source: approximateStrait}, aliases: []},
	{name: 'Gulf of Kutch', kind: 'sea', country: 'IN', at: {lat: 22.6, lon: 69.6, source: approximateSea}, aliases: ['Gulf of Kachchh']},
	{name: 'Mozambique Channel', kind: 'sea', country: null, at: {lat: -18, lon: 41, source: approximateSea}, aliases: []},

	// South-east Asia
	{name: 'Gulf of Thailand', kind: 'sea', country: null, at: {lat: 9.5, lon: 102, source: approximateSea}, aliases: ['Gulf of Siam']},
	{name: 'Singapore Strait', kind: 'strait', country: null, at: {lat: 1.2, lon: 103.9, source: approximateStrait}, aliases: ['Strait of Singapore', 'Straits of Singapore']},
	{name: 'Sunda Strait', kind: 'strait', country: 'ID', at: {lat: -6.1, lon: 105.7, source: approximateStrait}, aliases: ['Strait of Sunda']},
	{name: 'Lombok Strait', kind: 'strait', country: 'ID', at: {lat: -8.5, lon: 115.8, source: approximateStrait}, aliases: ['Strait of Lombok']},
	{name: 'Makassar Strait', kind: 'strait', country: 'ID', at: {lat: -2, lon: 118, source: approximateStrait}, aliases: ['Strait of Makassar', 'Makassar Straits']},
	{name: 'Java Sea', kind: 'sea', country: 'ID', at: {lat: -5, lon: 111, source: approximateSea}, aliases: []},
	{name: 'Flores Sea', kind: 'sea', country: 'ID', at: {lat: -7.5, lon: 120, source: approximateSea}, aliases: []},
	{name: 'Banda Sea', kind: 'sea', country: null, at: {lat: -6, lon: 127, source: approximateSea}, aliases: []},
	{name: 'Molucca Sea', kind: 'sea', country: 'ID', at: {lat: 0.5, lon: 126, source: approximateSea}, aliases: ['Maluku Sea']},
	{name: 'Celebes Sea', kind: 'sea', country: null, at: {lat: 3.5, lon: 122, source: approximateSea}, aliases: ['Sulawesi Sea']},
	{name: 'Sulu Sea', kind: 'sea', country: null, at: {lat: 8.5, lon: 120, source: approximateSea}, aliases: []},
	{name: 'Manila Bay', kind: 'sea', country: 'PH', at: {lat: 14.6, lon: 120.8, source: approximateSea}, aliases: []},
	{name: 'West Philippine Sea', kind: 'sea', country: 'PH', at: {lat: 12, lon: 117, source: 'approximate: a point near the middle of the Philippines\' waters in the South China Sea, read off a map and rounded'}, aliases: []},
	{name: 'Luzon Strait', kind: 'strait', country: null, at: {lat: 20.5, lon: 121, source: approximateStrait}, aliases: []},

	// East Asia and the north-west Pacific
	{name: 'Philippine Sea', kind: 'sea', country: null, at: {lat: 20, lon: 132, source: approximateSea}, aliases: []},
	{name: 'Yellow Sea', kind: 'sea', country: null, at: {lat: 35.5, lon: 123.5, source: approximateSea}, aliases: []},
	{name: 'Bohai Sea', kind: 'sea', country: 'CN', at: {lat: 39, lon: 120, source: approximateSea}, aliases: ['Bo Hai', 'Gulf of Bohai']},
	{name: 'Korea Strait', kind: 'strait', country: null, at: {lat: 34.5, lon: 129, source: approximateStrait}, aliases: ['Tsushima Strait']},
	{name: 'Tsugaru Strait', kind: 'strait', country: 'JP', at: {lat: 41.5, lon: 140.5, source: approximateStrait}, aliases: []},
	{name: 'La Pérouse Strait', kind: 'strait', country: null, at: {lat: 45.7, lon: 142, source: approximateStrait}, aliases: ['La Perouse Strait', 'Soya Strait']},
	{name: 'Seto Inland Sea', kind: 'sea', country: 'JP', at: {lat: 34.1, lon: 133.3, source: approximateSea}, aliases: []},
	{name: 'Tokyo Bay', kind: 'sea', country: 'JP', at: {lat: 35.5, lon: 139.9, source: approximateSea}, aliases: []},
	{name: 'Sea of Okhotsk', kind: 'sea', country: null, at: {lat: 53, lon: 150, source: approximateSea}, aliases: ['Okhotsk Sea']},

	// Australia and the south-west Pacific
	{name: 'Timor Sea', kind: 'sea', country: null, at: {lat: -11.5, lon: 127, source: approximateSea}, aliases: []},
	{name: 'Arafura Sea', kind: 'sea', country: null, at: {lat: -9.5, lon: 135, source: approximateSea}, aliases: []},
	{name: 'Gulf of Carpentaria', kind: 'sea', country: 'AU', at: {lat: -14, lon: 139, source: approximateSea}, aliases: []},
	{name: 'Torres Strait', kind: 'strait', country: null, at: {lat: -10, lon: 142.5, source: approximateStrait}, aliases: []},
	{name: 'Coral Sea', kind: 'sea', country: null, at: {lat: -18, lon: 155, source: approximateSea}, aliases: []},
	{name: 'Bismarck Sea', kind: 'sea', country: 'PG', at: {lat: -4, lon: 148, source: approximateSea}, aliases: []},
	{name: 'Solomon Sea', kind: 'sea', country: null, at: {lat: -8, lon: 153.5, source: approximateSea}, aliases: []},
	{name: 'Tasman Sea', kind: 'sea', country: null, at: {lat: -38, lon: 161, source: approximateSea}, aliases: []},
	{name: 'Great Australian Bight', kind: 'sea', country: 'AU', at: {lat: -35, lon: 130, source: approximateSea}, aliases: []},
	{name: 'Bass Strait', kind: 'strait', country: 'AU', at: {lat: -39.5, lon: 146, source: approximateStrait}, aliases: []},
	{name: 'Cook Strait', kind: 'strait', country: 'NZ', at: {lat: -41.3, lon: 174.5, source: approximateStrait}, aliases: []},

	// Arctic
	{name: 'Barents Sea', kind: 'sea', country: null, at: {lat: 74, lon: 40, source: approximateSea}, aliases: []},
	{name: 'White Sea', kind: 'sea', country: 'RU', at: {lat: 65.5, lon: 37.5, source: approximateSea}, aliases: []},
	{name: 'Kara Sea', kind: 'sea', country: 'RU', at: {lat: 76, lon: 75, source: approximateSea}, aliases: []},
	{name: 'Laptev Sea', kind: 'sea', country: 'RU', at: {lat: 76, lon: 125, source: approximateSea}, aliases: []},
	{name: 'East Siberian Sea', kind: 'sea', country: 'RU', at: {lat: 73, lon: 160, source: approximateSea}, aliases: []},
	{name: 'Chukchi Sea', kind: 'sea', country: null, at: {lat: 69, lon: -171, source: approximateSea}, aliases: []},
	{name: 'Beaufort Sea', kind: 'sea', country: null, at: {lat: 72, lon: -142, source: approximateSea}, aliases: []},
	{name: 'Northwest Passage', kind: 'strait', country: 'CA', at: {lat: 74.3, lon: -95, source: 'approximate: a point in Barrow Strait, on the passage\'s main route through the Canadian Arctic islands, read off a map and rounded'}, aliases: ['North-West Passage', 'North West Passage']},
	{name: 'Baffin Bay', kind: 'sea', country: null, at: {lat: 73, lon: -66, source: approximateSea}, aliases: []},
	{name: 'Davis Strait', kind: 'strait', country: null, at: {lat: 66.5, lon: -57.5, source: approximateStrait}, aliases: []},
	{name: 'Denmark Strait', kind: 'strait', country: null, at: {lat: 66.5, lon: -27, source: approximateStrait}, aliases: []},
	{name: 'Fram Strait', kind: 'strait', country: null, at: {lat: 79, lon: -3, source: approximateStrait}, aliases: []},
	{name: 'Greenland Sea', kind: 'sea', country: null, at: {lat: 75, lon: -5, source: approximateSea}, aliases: []},
	{name: 'Norwegian Sea', kind: 'sea', country: null, at: {lat: 68, lon: 3, source: approximateSea}, aliases: []},

	// Europe
	{name: 'Irish Sea', kind: 'sea', country: null, at: {lat: 53.5, lon: -5, source: approximateSea}, aliases: []},
	{name: 'Celtic Sea', kind: 'sea', country: null, at: {lat: 50.5, lon: -8, source: approximateSea}, aliases: []},
	{name: 'St George\'s Channel', kind: 'sea', country: null, at: {lat: 52, lon: -5.8, source: approximateSea}, aliases: ['St. George\'s Channel', 'Saint George\'s Channel']},
	{name: 'Bristol Channel', kind: 'sea', country: 'GB', at: {lat: 51.4, lon: -4, source: approximateSea}, aliases: []},
	{name: 'Strait of Dover', kind: 'strait', country: null, at: {lat: 51, lon: 1.5, source: approximateStrait}, aliases: ['Straits of Dover', 'Dover Strait']},
	{name: 'Bay of Biscay', kind: 'sea', country: null, at: {lat: 45, lon: -4, source: approximateSea}, aliases: []},
	{name: 'Skagerrak', kind: 'strait', country: null, at: {lat: 58, lon: 9.5, source: approximateStrait}, aliases: []},
	{name: 'Kattegat', kind: 'sea', country: null, at: {lat: 57, lon: 11.5, source: approximateSea}, aliases: []},
	{name: 'Øresund', kind: 'strait', country: null, at: {lat: 55.8, lon: 12.7, source: approximateStrait}, aliases: ['Oresund', 'Öresund']},
	{name: 'Gulf of Bothnia', kind: 'sea', country: null, at: {lat: 62.5, lon: 20, source: approximateSea}, aliases: []},
	{name: 'Gulf of Finland', kind: 'sea', country: null, at: {lat: 59.9, lon: 26, source: approximateSea}, aliases: []},
	{name: 'Gulf of Riga', kind: 'sea', country: null, at: {lat: 57.5, lon: 23.5, source: approximateSea}, aliases: []},
	{name: 'Gulf of Lion', kind: 'sea', country: null, at: {lat: 43, lon: 4, source: approximateSea}, aliases: ['Gulf of Lions']},
	{name: 'Alboran Sea', kind: 'sea', country: null, at: {lat: 36, lon: -3.5, source: approximateSea}, aliases: ['Sea of Alboran']},
	{name: 'Ligurian Sea', kind: 'sea', country: null, at: {lat: 43.7, lon: 8.8, source: approximateSea}, aliases: []},
	{name: 'Tyrrhenian Sea', kind: 'sea', country: null, at: {lat: 40, lon: 12.5, source: approximateSea}, aliases: []},
	{name: 'Bay of Naples', kind: 'sea', country: 'IT', at: {lat: 40.7, lon: 14.3, source: approximateSea}, aliases: ['Gulf of Naples']},
	{name: 'Strait of Bonifacio', kind: 'strait', country: null, at: {lat: 41.3, lon: 9.1, source: approximateStrait}, aliases: ['Bonifacio Strait']},
	{name: 'Strait of Messina', kind: 'strait', country: 'IT', at: {lat: 38.2, lon: 15.6, source: approximateStrait}, aliases: ['Straits of Messina', 'Messina Strait']},
	{name: 'Strait of Sicily', kind: 'strait', country: null, at: {lat: 37.3, lon: 11.8, source: approximateStrait}, aliases: ['Sicily Channel', 'Sicilian Channel', 'Channel of Sicily']},
	{name: 'Ionian Sea', kind: 'sea', country: null, at: {lat: 38, lon: 18.5, source: approximateSea}, aliases: []},
	{name: 'Strait of Otranto', kind: 'strait', country: null, at: {lat: 40.3, lon: 18.9, source: approximateStrait}, aliases: ['Otranto Strait']},
	{name: 'Sea of Marmara', kind: 'sea', country: 'TR', at: {lat: 40.7, lon: 28.2, source: approximateSea}, aliases: ['Marmara Sea']},
	{name: 'Levantine Sea', kind: 'sea', country: null, at: {lat: 33.5, lon: 30.5, source: approximateSea}, aliases: []},

	// Africa and the Middle East
	{name: 'Gulf of Sidra', kind: 'sea', country: 'LY', at: {lat: 31.5, lon: 18.5, source: approximateSea}, aliases: ['Gulf of Sirte', 'Gulf of Sirt']},
	{name: 'Gulf of Suez', kind: 'sea', country: 'EG', at: {lat: 28.8, lon: 33, source: approximateSea}, aliases: []},
	{name: 'Gulf of Aqaba', kind: 'sea', country: null, at: {lat: 28.8, lon: 34.7, source: approximateSea}, aliases: ['Gulf of Eilat']},
	{name: 'Gulf of Guinea', kind: 'sea', country: null, at: {lat: 2.5, lon: 2, source: approximateSea}, aliases: []},

	// Americas: the Pacific coast
	{name: 'Bering Sea', kind: 'sea', country: null, at: {lat: 58, lon: -178, source: approximateSea}, aliases: []},
	{name: 'Bering Strait', kind: 'strait', country: null, at: {lat: 65.7, lon: -168.6, source: approximateStrait}, aliases: []},
	{name: 'Bristol Bay', kind: 'sea', country: 'US', at: {lat: 58, lon: -160, source: approximateSea}, aliases: []},
	{name: 'Gulf of Alaska', kind: 'sea', country: 'US', at: {lat: 57.5, lon: -145, source: approximateSea}, aliases: []},
	{name: 'Cook Inlet', kind: 'sea', country: 'US', at: {lat: 60.3, lon: -151.7, source: approximateSea}, aliases: []},
	{name: 'Prince William Sound', kind: 'sea', country: 'US', at: {lat: 60.7, lon: -147, source: approximateSea}, aliases: []},
	{name: 'Salish Sea', kind: 'sea', country: null, at: {lat: 49, lon: -123.3, source: approximateSea}, aliases: []},
	{name: 'Strait of Georgia', kind: 'strait', country: null, at: {lat: 49.3, lon: -123.6, source: approximateStrait}, aliases: ['Georgia Strait']},
	{name: 'Strait of Juan de Fuca', kind: 'strait', country: null, at: {lat: 48.3, lon: -124, source: approximateStrait}, aliases: ['Juan de Fuca Strait']},
	{name: 'Puget Sound', kind: 'sea', country: 'US', at: {lat: 47.6, lon: -122.45, source: approximateSea}, aliases: []},
	{name: 'San Francisco Bay', kind: 'sea', country: 'US', at: {lat: 37.7, lon: -122.3, source: approximateSea}, aliases: []},
	{name: 'Gulf of California', kind: 'sea', country: 'MX', at: {lat: 27.5, lon: -111.5, source: approximateSea}, aliases: ['Sea of Cortez', 'Sea of Cortés']},
	{name: 'Gulf of Panama', kind: 'sea', country: 'PA', at: {lat: 8, lon: -79.5, source: approximateSea}, aliases: ['Bay of Panama']},

	// Americas: the Atlantic coast and the Caribbean
	{name: 'Labrador Sea', kind: 'sea', country: null, at: {lat: 58, lon: -54, source: approximateSea}, aliases: []},
	{name: 'Hudson Bay', kind: 'sea', country: 'CA', at: {lat: 60, lon: -85, source: approximateSea}, aliases: []},
	{name: 'James Bay', kind: 'sea', country: 'CA', at: {lat: 52.5, lon: -80, source: approximateSea}, aliases: []},
	{name: 'Gulf of St. Lawrence', kind: 'sea', country: 'CA', at: {lat: 48.5, lon: -62, source: approximateSea}, aliases: ['Gulf of St Lawrence', 'Gulf of Saint Lawrence']},
	{name: 'Bay of Fundy', kind: 'sea', country: 'CA', at: {lat: 45, lon: -65.8, source: approximateSea}, aliases: []},
	{name: 'Gulf of Maine', kind: 'sea', country: null, at: {lat: 43, lon: -68.5, source: approximateSea}, aliases: []},
	{name: 'Long Island Sound', kind: 'sea', country: 'US', at: {lat: 41.1, lon: -72.9, source: approximateSea}, aliases: []},
	{name: 'Delaware Bay', kind: 'sea', country: 'US', at: {lat: 39.1, lon: -75.2, source: approximateSea}, aliases: []},
	{name: 'Chesapeake Bay', kind: 'sea', country: 'US', at: {lat: 38.5, lon: -76.4, source: approximateSea}, aliases: []},
	{name: 'Straits of Florida', kind: 'strait', country: null, at: {lat: 24, lon: -81, source: approximateStrait}, aliases: ['Florida Straits', 'Florida Strait', 'Strait of Florida']},
	{name: 'Bay of Campeche', kind: 'sea', country: 'MX', at: {lat: 20, lon: -93, source: approximateSea}, aliases: ['Gulf of Campeche', 'Campeche Bay']},
	{name: 'Yucatán Channel', kind: 'sea', country: null, at: {lat: 21.7, lon: -86, source: approximateSea}, aliases: ['Yucatan Channel']},
	{name: 'Caribbean Sea', kind: 'sea', country: null, at: {lat: 15, lon: -75, source: approximateSea}, aliases: []},
	{name: 'Windward Passage', kind: 'strait', country: null, at: {lat: 20, lon: -73.8, source: approximateStrait}, aliases: []},
	{name: 'Mona Passage', kind: 'strait', country: null, at: {lat: 18.3, lon: -67.8, source: approximateStrait}, aliases: []},
	{name: 'Sargasso Sea', kind: 'sea', country: null, at: {lat: 28, lon: -60, source: approximateSea}, aliases: []},
	{name: 'Strait of Magellan', kind: 'strait', country: 'CL', at: {lat: -53.2, lon: -70.7, source: 'approximate: a point in the strait\'s central reach, between Punta Arenas and Tierra del Fuego, read off a map and rounded'}, aliases: ['Straits of Magellan', 'Magellan Strait']},
	{name: 'Drake Passage', kind: 'strait', country: null, at: {lat: -58.5, lon: -64.5, source: approximateStrait}, aliases: []},

	// Antarctica
	{name: 'Scotia Sea', kind: 'sea', country: null, at: {lat: -57, lon: -45, source: approximateSea}, aliases: []},
	{name: 'Weddell Sea', kind: 'sea', country: null, at: {lat: -72, lon: -45, source: approximateSea}, aliases: []},
	{name: 'Bellingshausen Sea', kind: 'sea', country: null, at: {lat: -70, lon: -85, source: approximateSea}, aliases: []},
	{name: 'Amundsen Sea', kind: 'sea', country: null, at: {lat: -72.5, lon: -112, source: approximateSea}, aliases: []},
	{name: 'Ross Sea', kind: 'sea', country: null, at: {lat: -75, lon: -178, source: approximateSea}, aliases: []},
];
