import type {CuratedPlace} from './curated-place.js';

const approximateIsland = 'approximate: a point near the middle of the island, read off a map and rounded';
const approximateGroup = 'approximate: a point near the middle of the island group, read off a map and rounded';

/**
 * Islands and island groups the news names bare ("flooding on Sumatra", "off
 * the Kuril Islands"): the data packages hold their towns only. An island that
 * is a country (Madagascar, Cyprus), a first-level division (Sardinia, Hainan,
 * Tasmania, Okinawa) or a country's other name (Timor) is named there, and New
 * Guinea is left out on purpose (not-places.ts). A small island is placed to
 * 0.01° so that its point stays on it.
 */
export const islands: CuratedPlace[] = [
	// Maritime Southeast Asia
	{name: 'Borneo', kind: 'region', country: null, at: {lat: 0.9, lon: 114, source: approximateIsland}, aliases: []},
	{name: 'Sumatra', kind: 'region', country: 'ID', at: {lat: -0.5, lon: 101.5, source: approximateIsland}, aliases: ['Sumatera']},
	{name: 'Sulawesi', kind: 'region', country: 'ID', at: {lat: -2, lon: 120.5, source: approximateIsland}, aliases: ['Celebes']},
	{name: 'Halmahera', kind: 'region', country: 'ID', at: {lat: 0.8, lon: 127.7, source: approximateIsland}, aliases: []},
	{name: 'Lombok', kind: 'region', country: 'ID', at: {lat: -8.6, lon: 116.3, source: approximateIsland}, aliases: []},
	{name: 'Sumba', kind: 'region', country: 'ID', at: {lat: -9.7, lon: 119.9, source: approximateIsland}, aliases: []},
	{name: 'Komodo', kind: 'region', country: 'ID', at: {lat: -8.58, lon: 119.48, source: approximateIsland}, aliases: ['Komodo Island']},
	{name: 'Seram', kind: 'region', country: 'ID', at: {lat: -3.1, lon: 129.5, source: approximateIsland}, aliases: ['Ceram']},
	{name: 'Madura', kind: 'region', country: 'ID', at: {lat: -7.05, lon: 113.4, source: approximateIsland}, aliases: []},
	{name: 'Mentawai Islands', kind: 'region', country: 'ID', at: {lat: -2.2, lon: 99.6, source: approximateGroup}, aliases: []},
	{name: 'Maluku Islands', kind: 'region', country: 'ID', at: {lat: -3, lon: 128.5, source: approximateGroup}, aliases: ['Moluccas', 'Spice Islands']},
	{name: 'Luzon', kind: 'region', country: 'PH', at: {lat: 16, lon: 121, source: approximateIsland}, aliases: []},
	{name: 'Mindanao', kind: 'region', country: 'PH', at: {lat: 7.6, lon: 124.8, source: approximateIsland}, aliases: []},
	{name: 'Visayas', kind: 'region', country: 'PH', at: {lat: 10.7, lon: 123.5, source: approximateGroup}, aliases: ['Visayan Islands']},
	{name: 'Negros', kind: 'region', country: 'PH', at: {lat: 10.3, lon: 123.1, source: approximateIsland}, aliases: ['Negros Island']},
	{name: 'Panay', kind: 'region', country: 'PH', at: {lat: 11.1, lon: 122.5, source: approximateIsland}, aliases: []},
	{name: 'Mindoro', kind: 'region', country: 'PH', at: {lat: 12.9, lon: 121.1, source: approximateIsland}, aliases: []},
	{name: 'Boracay', kind: 'region', country: 'PH', at: {lat: 11.97, lon: 121.93, source: approximateIsland}, aliases: []},
	{name: 'Sulu Archipelago', kind: 'region', country: 'PH', at: {lat: 6, lon: 121, source: approximateGroup}, aliases: []},
	{name: 'Phu Quoc', kind: 'region', country: 'VN', at: {lat: 10.2, lon: 104, source: approximateIsland}, aliases: ['Phú Quốc']},
	{name: 'Koh Samui', kind: 'region', country: 'TH', at: {lat: 9.5, lon: 100, source: approximateIsland}, aliases: ['Ko Samui']},

	// South China Sea, East Asia and the North Pacific
	{name: 'Spratly Islands', kind: 'region', country: null, at: {lat: 10, lon: 114, source: approximateGroup}, aliases: ['Spratlys']},
	{name: 'Paracel Islands', kind: 'region', country: null, at: {lat: 16.5, lon: 112, source: approximateGroup}, aliases: ['Paracels']},
	{name: 'Scarborough Shoal', kind: 'region', country: null, at: {lat: 15.15, lon: 117.76, source: 'approximate: the middle of the shoal, read off a map and rounded'}, aliases: []},
	{name: 'Second Thomas Shoal', kind: 'region', country: null, at: {lat: 9.73, lon: 115.87, source: 'approximate: the middle of the shoal, read off a map and rounded'}, aliases: ['Ayungin Shoal']},
	{name: 'Matsu Islands', kind: 'region', country: 'TW', at: {lat: 26.15, lon: 119.95, source: approximateGroup}, aliases: []},
	{name: 'Jeju Island', kind: 'region', country: 'KR', at: {lat: 33.37, lon: 126.55, source: approximateIsland}, aliases: []},
	{name: 'Honshu', kind: 'region', country: 'JP', at: {lat: 36.2, lon: 138.3, source: approximateIsland}, aliases: ['Honshū']},
	{name: 'Kyushu', kind: 'region', country: 'JP', at: {lat: 32.8, lon: 131, source: approximateIsland}, aliases: ['Kyūshū']},
	{name: 'Shikoku', kind: 'region', country: 'JP', at: {lat: 33.7, lon: 133.5, source: approximateIsland}, aliases: []},
	{name: 'Ryukyu Islands', kind: 'region', country: 'JP', at: {lat: 26.5, lon: 128, source: approximateGroup}, aliases: ['Ryukyus', 'Ryūkyū Islands']},
	{name: 'Senkaku Islands', kind: 'region', country: 'JP', at: {lat: 25.75, lon: 123.5, source: approximateGroup}, aliases: ['Senkakus', 'Diaoyu Islands']},
	{name: 'Iwo Jima', kind: 'region', country: 'JP', at: {lat: 24.78, lon: 141.32, source: approximateIsland}, aliases: ['Iwo To']},
	{name: 'Kuril Islands', kind: 'region', country: 'RU', at: {lat: 46.5, lon: 151.5, source: approximateGroup}, aliases: ['Kurils', 'Kurile Islands', 'Kuriles']},
	{name: 'Aleutian Islands', kind: 'region', country: 'US', at: {lat: 52.2, lon: -174.2, source: approximateGroup}, aliases: ['Aleutians']},

	// Oceania
	{name: 'Viti Levu', kind: 'region', country: 'FJ', at: {lat: -17.8, lon: 178, source: approximateIsland}, aliases: []},
	{name: 'Vanua Levu', kind: 'region', country: 'FJ', at: {lat: -16.6, lon: 179.2, source: approximateIsland}, aliases: []},
	{name: 'Manus Island', kind: 'region', country: 'PG', at: {lat: -2.1, lon: 146.9, source: approximateIsland}, aliases: []},
	{name: 'Tahiti', kind: 'region', country: 'PF', at: {lat: -17.6, lon: -149.4, source: approximateIsland}, aliases: []},
	{name: 'North Island', kind: 'region', country: 'NZ', at: {lat: -38.5, lon: 175.9, source: approximateIsland}, aliases: []},
	{name: 'South Island', kind: 'region', country: 'NZ', at: {lat: -43.5, lon: 171.2, source: approximateIsland}, aliases: []},
	{name: 'Fraser Island', kind: 'region', country: 'AU', at: {lat: -25.2, lon: 153.1, source: approximateIsland}, aliases: ['K’gari', 'K\'gari']},
	{name: 'Island of Hawaii', kind: 'region', country: 'US', at: {lat: 19.6, lon: -155.5, source: approximateIsland}, aliases: ['Hawaii Island', 'Big Island']},
	{name: 'Oahu', kind: 'region', country: 'US', at: {lat: 21.5, lon: -158, source: approximateIsland}, aliases: ['O‘ahu', 'Oʻahu', 'O\'ahu']},
	{name: 'Polynesia', kind: 'region', country: null, at: {lat: -15, lon: -155, source: approximateGroup}, aliases: []},
	{name: 'Melanesia', kind: 'region', country: null, at: {lat: -9, lon: 160, source: approximateGroup}, aliases: []},

	// Indian Ocean and Africa
	{name: 'Andaman Islands', kind: 'region', country: 'IN', at: {lat: 12.5, lon: 92.8, source: approximateGroup}, aliases: ['Andamans']},
	{name: 'Nicobar Islands', kind: 'region', country: 'IN', at: {lat: 8, lon: 93.5, source: approximateGroup}, aliases: ['Nicobars']},
	{name: 'Diego Garcia', kind: 'region', country: 'IO', at: {lat: -7.31, lon: 72.41, source: 'approximate: a point on the atoll’s western rim, by its airfield, read off a map and rounded'}, aliases: []},
	{name: 'Chagos Archipelago', kind: 'region', country: 'IO', at: {lat: -6.3, lon: 71.8, source: approximateGroup}, aliases: ['Chagos Islands']},
	{name: 'Kharg Island', kind: 'region', country: 'IR', at: {lat: 29.25, lon: 50.32, source: approximateIsland}, aliases: []},
	{name: 'Socotra', kind: 'region', country: 'YE', at: {lat: 12.5, lon: 53.9, source: approximateIsland}, aliases: ['Soqotra']},
	{name: 'Zanzibar', kind: 'region', country: 'TZ', at: {lat: -6.1, lon: 39.35, source: approximateIsland}, aliases: ['Unguja']},
	{name: 'Pemba Island', kind: 'region', country: 'TZ', at: {lat: -5.2, lon: 39.75, source: approximateIsland}, aliases: []},
	{name: 'Bioko', kind: 'region', country: 'GQ', at: {lat: 3.5, lon: 8.7, source: approximateIsland}, aliases: []},
	{name: 'Robben Island', kind: 'region', country: 'ZA', at: {lat: -33.81, lon: 18.37, source: approximateIsland}, aliases: []},
	{name: 'Djerba', kind: 'region', country: 'TN', at: {lat: 33.8, lon: 10.9, source: approximateIsland}, aliases: ['Jerba']},

	// Atlantic and Mediterranean
	{name: 'Tenerife', kind: 'region', country: 'ES', at: {lat: 28.3, lon: -16.6, source: approximateIsland}, aliases: []},
	{name: 'Gran Canaria', kind: 'region', country: 'ES', at: {lat: 28, lon: -15.6, source: approximateIsland}, aliases: []},
	{name: 'Lanzarote', kind: 'region', country: 'ES', at: {lat: 29, lon: -13.6, source: approximateIsland}, aliases: []},
	{name: 'Fuerteventura', kind: 'region', country: 'ES', at: {lat: 28.4, lon: -14, source: approximateIsland}, aliases: []},
	{name: 'La Palma', kind: 'region', country: 'ES', at: {lat: 28.7, lon: -17.9, source: approximateIsland}, aliases: []},
	{name: 'Mallorca', kind: 'region', country: 'ES', at: {lat: 39.6, lon: 2.95, source: approximateIsland}, aliases: ['Majorca']},
	{name: 'Menorca', kind: 'region', country: 'ES', at: {lat: 39.95, lon: 4.1, source: approximateIsland}, aliases: ['Minorca']},
	{name: 'Ibiza', kind: 'region', country: 'ES', at: {lat: 39, lon: 1.4, source: approximateIsland}, aliases: []},
	{name: 'Gozo', kind: 'region', country: 'MT', at: {lat: 36.04, lon: 14.24, source: approximateIsland}, aliases: []},
	{name: 'Elba', kind: 'region', country: 'IT', at: {lat: 42.77, lon: 10.25, source: approximateIsland}, aliases: []},
	{name: 'Lampedusa', kind: 'region', country: 'IT', at: {lat: 35.51, lon: 12.6, source: approximateIsland}, aliases: []},
	{name: 'Corfu', kind: 'region', country: 'GR', at: {lat: 39.6, lon: 19.85, source: approximateIsland}, aliases: []},
	{name: 'Kos', kind: 'region', country: 'GR', at: {lat: 36.82, lon: 27.14, source: approximateIsland}, aliases: []},
	{name: 'Samos', kind: 'region', country: 'GR', at: {lat: 37.73, lon: 26.8, source: approximateIsland}, aliases: []},
	{name: 'Santorini', kind: 'region', country: 'GR', at: {lat: 36.4, lon: 25.45, source: approximateIsland}, aliases: ['Thira']},
	{name: 'Mykonos', kind: 'region', country: 'GR', at: {lat: 37.45, lon: 25.37, source: approximateIsland}, aliases: []},
	{name: 'Evia', kind: 'region', country: 'GR', at: {lat: 38.55, lon: 23.85, source: approximateIsland}, aliases: ['Euboea']},
	{name: 'Cyclades', kind: 'region', country: 'GR', at: {lat: 37, lon: 25.2, source: approximateGroup}, aliases: []},
	{name: 'Snake Island', kind: 'region', country: 'UA', at: {lat: 45.26, lon: 30.2, source: approximateIsland}, aliases: ['Zmiinyi Island']},
	{name: 'Channel Islands', kind: 'region', country: null, at: {lat: 49.35, lon: -2.35, source: approximateGroup}, aliases: []},

	// Northern Europe and the Arctic
	{name: 'British Isles', kind: 'region', country: null, at: {lat: 54.5, lon: -3, source: approximateGroup}, aliases: []},
	{name: 'Shetland', kind: 'region', country: 'GB', at: {lat: 60.3, lon: -1.3, source: approximateGroup}, aliases: ['Shetlands']},
	{name: 'Hebrides', kind: 'region', country: 'GB', at: {lat: 57.5, lon: -6.6, source: approximateGroup}, aliases: []},
	{name: 'Outer Hebrides', kind: 'region', country: 'GB', at: {lat: 57.9, lon: -6.9, source: approximateGroup}, aliases: ['Western Isles']},
	{name: 'Inner Hebrides', kind: 'region', country: 'GB', at: {lat: 56.8, lon: -6.2, source: approximateGroup}, aliases: []},
	{name: 'Öland', kind: 'region', country: 'SE', at: {lat: 56.7, lon: 16.6, source: approximateIsland}, aliases: ['Oland']},
	{name: 'Bornholm', kind: 'region', country: 'DK', at: {lat: 55.1, lon: 14.9, source: approximateIsland}, aliases: []},
	{name: 'Funen', kind: 'region', country: 'DK', at: {lat: 55.3, lon: 10.4, source: approximateIsland}, aliases: ['Fyn']},
	{name: 'Rügen', kind: 'region', country: 'DE', at: {lat: 54.45, lon: 13.4, source: approximateIsland}, aliases: ['Rugen']},
	{name: 'Sylt', kind: 'region', country: 'DE', at: {lat: 54.9, lon: 8.32, source: approximateIsland}, aliases: []},
	{name: 'Novaya Zemlya', kind: 'region', country: 'RU', at: {lat: 74, lon: 56, source: approximateGroup}, aliases: []},
	{name: 'Franz Josef Land', kind: 'region', country: 'RU', at: {lat: 80.7, lon: 54, source: approximateGroup}, aliases: []},

	// North America
	{name: 'Baffin Island', kind: 'region', country: 'CA', at: {lat: 69, lon: -72, source: approximateIsland}, aliases: []},
	{name: 'Victoria Island', kind: 'region', country: 'CA', at: {lat: 71, lon: -108, source: approximateIsland}, aliases: []},
	{name: 'Ellesmere Island', kind: 'region', country: 'CA', at: {lat: 80, lon: -78, source: approximateIsland}, aliases: []},
	{name: 'Banks Island', kind: 'region', country: 'CA', at: {lat: 72.8, lon: -121.5, source: approximateIsland}, aliases: []},
	{name: 'Devon Island', kind: 'region', country: 'CA', at: {lat: 75.3, lon: -87, source: approximateIsland}, aliases: []},
	{name: 'Vancouver Island', kind: 'region', country: 'CA', at: {lat: 49.7, lon: -125.6, source: approximateIsland}, aliases: []},
	{name: 'Haida Gwaii', kind: 'region', country: 'CA', at: {lat: 53, lon: -132, source: approximateGroup}, aliases: []},
	{name: 'Cape Breton Island', kind: 'region', country: 'CA', at: {lat: 46.6, lon: -60.7, source: approximateIsland}, aliases: []},
	{name: 'Kodiak Island', kind: 'region', country: 'US', at: {lat: 57.5, lon: -153.4, source: approximateIsland}, aliases: []},
	{name: 'Long Island', kind: 'region', country: 'US', at: {lat: 40.8, lon: -73.2, source: approximateIsland}, aliases: []},
	{name: 'Rikers Island', kind: 'region', country: 'US', at: {lat: 40.79, lon: -73.88, source: approximateIsland}, aliases: []},
	{name: 'Alcatraz Island', kind: 'region', country: 'US', at: {lat: 37.83, lon: -122.42, source: approximateIsland}, aliases: []},
	{name: 'Martha\'s Vineyard', kind: 'region', country: 'US', at: {lat: 41.4, lon: -70.6, source: approximateIsland}, aliases: ['Martha’s Vineyard']},
	{name: 'Outer Banks', kind: 'region', country: 'US', at: {lat: 35.6, lon: -75.47, source: approximateGroup}, aliases: []},
	{name: 'Florida Keys', kind: 'region', country: 'US', at: {lat: 24.7, lon: -81.1, source: approximateGroup}, aliases: []},

	// The Caribbean and South America
	{name: 'Hispaniola', kind: 'region', country: null, at: {lat: 19, lon: -71, source: approximateIsland}, aliases: []},
	{name: 'Greater Antilles', kind: 'region', country: null, at: {lat: 19.5, lon: -75.5, source: approximateGroup}, aliases: []},
	{name: 'Lesser Antilles', kind: 'region', country: null, at: {lat: 15, lon: -61.4, source: approximateGroup}, aliases: []},
	{name: 'Margarita Island', kind: 'region', country: 'VE', at: {lat: 11, lon: -63.9, source: approximateIsland}, aliases: ['Isla Margarita']},
	{name: 'Marajó', kind: 'region', country: 'BR', at: {lat: -1, lon: -49.5, source: approximateIsland}, aliases: ['Marajo', 'Marajó Island', 'Marajo Island']},
	{name: 'Chiloé Island', kind: 'region', country: 'CL', at: {lat: -42.6, lon: -73.95, source: approximateIsland}, aliases: ['Chiloe Island']},
	{name: 'Easter Island', kind: 'region', country: 'CL', at: {lat: -27.12, lon: -109.35, source: approximateIsland}, aliases: ['Rapa Nui']},
	{name: 'Galápagos Islands', kind: 'region', country: 'EC', at: {lat: -0.6, lon: -90.5, source: approximateGroup}, aliases: ['Galapagos Islands']},
];
