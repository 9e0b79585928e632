import type {CuratedPlace} from './curated-place.js';

const approximateRegion = 'approximate: a point near the middle of the region, read off a map and rounded';

/**
 * More named regions of no administrative standing under their own name:
 * historic lands (Herzegovina, Bukovina), breakaway and disputed areas (South
 * Ossetia, Abyei), coasts, valleys and deltas, and the informal regions of a
 * country (Isaan, Kansai, the Bible Belt). The news names them bare ("shelling
 * in Kivu", "floods in the Ahr Valley"). Names that GeoNames holds as a
 * first-level division (Istria, Lapland, Brittany, Pomerania) or as a large city
 * (Nakhchivan, Okanagan) are left out, as are names shared by two regions
 * (Galicia, Central Highlands, the Mississippi Delta).
 */
export const namedRegions: CuratedPlace[] = [
	// Europe
	{name: 'Herzegovina', kind: 'region', country: 'BA', at: {geonames: 3194828, as: 'Mostar, its main town'}, aliases: ['Hercegovina']},
	{name: 'Slavonia', kind: 'region', country: 'HR', at: {lat: 45.4, lon: 18, source: approximateRegion}, aliases: []},
	{name: 'Sandžak', kind: 'region', country: null, at: {lat: 43.2, lon: 19.9, source: approximateRegion}, aliases: ['Sandzak']},
	{name: 'Bukovina', kind: 'region', country: null, at: {lat: 47.9, lon: 25.9, source: approximateRegion}, aliases: ['Bucovina']},
	{name: 'Podolia', kind: 'region', country: 'UA', at: {lat: 49, lon: 27.8, source: approximateRegion}, aliases: ['Podillia']},
	{name: 'Volhynia', kind: 'region', country: 'UA', at: {lat: 50.9, lon: 25.3, source: approximateRegion}, aliases: []},
	{name: 'Polesia', kind: 'region', country: null, at: {lat: 51.9, lon: 27.5, source: approximateRegion}, aliases: ['Polesie', 'Polissia', 'Polesye']},
	{name: 'Banat', kind: 'region', country: null, at: {lat: 45.5, lon: 20.9, source: approximateRegion}, aliases: []},
	{name: 'Wallachia', kind: 'region', country: 'RO', at: {lat: 44.5, lon: 25, source: approximateRegion}, aliases: []},
	{name: 'Dobruja', kind: 'region', country: null, at: {lat: 44.2, lon: 28.2, source: approximateRegion}, aliases: ['Dobrogea', 'Dobrudja']},
	{name: 'Székely Land', kind: 'region', country: 'RO', at: {lat: 46.4, lon: 25.6, source: approximateRegion}, aliases: ['Szekely Land', 'Szeklerland', 'Székelyföld']},
	{name: 'Thrace', kind: 'region', country: null, at: {lat: 41.4, lon: 26.9, source: 'approximate: a point in Eastern Thrace, near the middle of the lands of Greece, Turkey and Bulgaria that bear the name, read off a map and rounded'}, aliases: []},
	{name: 'Halkidiki', kind: 'region', country: 'GR', at: {lat: 40.35, lon: 23.4, source: approximateRegion}, aliases: ['Chalkidiki']},
	{name: 'Sudetenland', kind: 'region', country: 'CZ', at: {lat: 50.7, lon: 14.5, source: 'approximate: a point in its northern part about Česká Lípa (the middle of the horseshoe is Bohemia, outside it), read off a map and rounded'}, aliases: []},
	{name: 'Black Forest', kind: 'region', country: 'DE', at: {lat: 48.3, lon: 8.2, source: approximateRegion}, aliases: ['Schwarzwald']},
	{name: 'Ahr Valley', kind: 'region', country: 'DE', at: {lat: 50.53, lon: 7.05, source: approximateRegion}, aliases: ['Ahr valley']},
	{name: 'Ardennes', kind: 'region', country: null, at: {lat: 50, lon: 5.6, source: approximateRegion}, aliases: []},
	{name: 'Languedoc', kind: 'region', country: 'FR', at: {lat: 43.6, lon: 3.4, source: approximateRegion}, aliases: []},
	{name: 'Balagne', kind: 'region', country: 'FR', at: {lat: 42.55, lon: 8.9, source: approximateRegion}, aliases: []},
	{name: 'Po Valley', kind: 'region', country: 'IT', at: {lat: 45.1, lon: 10, source: approximateRegion}, aliases: ['Po valley', 'Padan Plain']},
	{name: 'Cinque Terre', kind: 'region', country: 'IT', at: {lat: 44.13, lon: 9.72, source: approximateRegion}, aliases: []},
	{name: 'Costa Brava', kind: 'region', country: 'ES', at: {lat: 42, lon: 3.1, source: approximateRegion}, aliases: []},
	{name: 'Alentejo', kind: 'region', country: 'PT', at: {lat: 38.3, lon: -7.9, source: approximateRegion}, aliases: []},
	{name: 'Home Counties', kind: 'region', country: 'GB', at: {lat: 51.75, lon: -0.35, source: 'approximate: a point in Hertfordshire, one of the counties about London (the middle of the ring is London, outside it), read off a map and rounded'}, aliases: []},
	{name: 'Yorkshire Dales', kind: 'region', country: 'GB', at: {lat: 54.25, lon: -2.1, source: approximateRegion}, aliases: []},
	{name: 'Snowdonia', kind: 'region', country: 'GB', at: {lat: 52.95, lon: -3.9, source: approximateRegion}, aliases: ['Eryri']},
	{name: 'Nordic countries', kind: 'region', country: null, at: {lat: 62, lon: 15, source: approximateRegion}, aliases: ['Nordics']},

	// The Caucasus
	{name: 'South Ossetia', kind: 'region', country: 'GE', at: {lat: 42.35, lon: 43.95, source: approximateRegion}, aliases: ['Tskhinvali Region']},
	{name: 'Svaneti', kind: 'region', country: 'GE', at: {lat: 43, lon: 42.65, source: approximateRegion}, aliases: ['Svanetia']},
	{name: 'Mingrelia', kind: 'region', country: 'GE', at: {lat: 42.4, lon: 42.1, source: approximateRegion}, aliases: ['Samegrelo']},
	{name: 'Javakheti', kind: 'region', country: 'GE', at: {lat: 41.35, lon: 43.5, source: approximateRegion}, aliases: []},
	{name: 'Pankisi Gorge', kind: 'region', country: 'GE', at: {lat: 42.12, lon: 45.28, source: approximateRegion}, aliases: ['Pankisi Valley', 'Pankisi']},
	{name: 'Zangezur', kind: 'region', country: 'AM', at: {lat: 39.4, lon: 46.2, source: approximateRegion}, aliases: ['Zangezur corridor', 'Zangezur Corridor']},

	// The Middle East and North Africa
	{name: 'Cappadocia', kind: 'region', country: 'TR', at: {lat: 38.65, lon: 34.85, source: approximateRegion}, aliases: []},
	{name: 'Hejaz', kind: 'region', country: 'SA', at: {lat: 22.5, lon: 39.6, source: approximateRegion}, aliases: ['Hijaz']},
	{name: 'Najd', kind: 'region', country: 'SA', at: {lat: 25, lon: 45, source: approximateRegion}, aliases: ['Nejd']},
	{name: 'Tihama', kind: 'region', country: null, at: {lat: 15, lon: 43.15, source: 'approximate: a point on the Yemeni stretch of the coastal plain, near the middle of its length, read off a map and rounded'}, aliases: ['Tihamah']},
	{name: 'Nineveh Plains', kind: 'region', country: 'IQ', at: {lat: 36.35, lon: 43.3, source: approximateRegion}, aliases: ['Nineveh Plain']},
	{name: 'Eastern Ghouta', kind: 'region', country: 'SY', at: {lat: 33.55, lon: 36.4, source: approximateRegion}, aliases: ['East Ghouta']},
	{name: 'Qalamoun', kind: 'region', country: 'SY', at: {lat: 33.95, lon: 36.55, source: approximateRegion}, aliases: ['Qalamun']},
	{name: 'Shebaa Farms', kind: 'region', country: null, at: {lat: 33.28, lon: 35.76, source: approximateRegion}, aliases: ['Sheba Farms', 'Shebaa farms']},
	{name: 'South Lebanon', kind: 'region', country: 'LB', at: {lat: 33.25, lon: 35.4, source: approximateRegion}, aliases: []},
	{name: 'Upper Egypt', kind: 'region', country: 'EG', at: {geonames: 347796, as: 'Sohag, near the middle of its stretch of the Nile valley'}, aliases: []},
	{name: 'Fezzan', kind: 'region', country: 'LY', at: {geonames: 2212775, as: 'Sabha, its main town'}, aliases: ['Fazzan']},
	{name: 'Tripolitania', kind: 'region', country: 'LY', at: {lat: 31, lon: 13, source: approximateRegion}, aliases: []},
	{name: 'Azawad', kind: 'region', country: 'ML', at: {lat: 19, lon: -1, source: approximateRegion}, aliases: []},
	{name: 'Liptako-Gourma', kind: 'region', country: null, at: {lat: 14.6, lon: 0.4, source: 'approximate: a point near where Mali, Burkina Faso and Niger meet, read off a map and rounded'}, aliases: ['Liptako Gourma']},

	// Sub-Saharan Africa
	{name: 'Casamance', kind: 'region', country: 'SN', at: {lat: 12.75, lon: -15.4, source: approximateRegion}, aliases: []},
	{name: 'Katanga', kind: 'region', country: 'CD', at: {lat: -9, lon: 26.5, source: approximateRegion}, aliases: []},
	{name: 'Kivu', kind: 'region', country: 'CD', at: {lat: -1.5, lon: 28.2, source: 'approximate: a point west of Lake Kivu, near the middle of North and South Kivu, read off a map and rounded'}, aliases: []},
	{name: 'Abyei', kind: 'region', country: null, at: {lat: 9.6, lon: 28.45, source: approximateRegion}, aliases: ['Abyei Area']},
	{name: 'Equatoria', kind: 'region', country: 'SS', at: {lat: 4.8, lon: 30.5, source: approximateRegion}, aliases: ['Greater Equatoria']},
	{name: 'Jubaland', kind: 'region', country: 'SO', at: {lat: 1.5, lon: 42, source: approximateRegion}, aliases: ['Jubbaland']},
	{name: 'Galmudug', kind: 'region', country: 'SO', at: {lat: 5.5, lon: 47, source: approximateRegion}, aliases: []},
	{name: 'Karamoja', kind: 'region', country: 'UG', at: {geonames: 229112, as: 'Moroto, its largest town'}, aliases: []},
	{name: 'Ogoniland', kind: 'region', country: 'NG', at: {geonames: 2346800, as: 'Bori, its traditional headquarters'}, aliases: []},
	{name: 'Middle Belt', kind: 'region', country: 'NG', at: {lat: 8.8, lon: 8.3, source: approximateRegion}, aliases: []},
	{name: 'Ambazonia', kind: 'region', country: 'CM', at: {lat: 5.3, lon: 9.5, source: 'approximate: a point near the middle of Cameroon’s two English-speaking regions, read off a map and rounded'}, aliases: []},
	{name: 'Matabeleland', kind: 'region', country: 'ZW', at: {geonames: 894701, as: 'Bulawayo, its main city'}, aliases: []},
	{name: 'Mashonaland', kind: 'region', country: 'ZW', at: {geonames: 890299, as: 'Harare, its main city'}, aliases: []},
	{name: 'Caprivi Strip', kind: 'region', country: 'NA', at: {lat: -17.85, lon: 23, source: approximateRegion}, aliases: ['Caprivi']},

	// South Asia
	{name: 'Malabar Coast', kind: 'region', country: 'IN', at: {lat: 11.05, lon: 76.05, source: approximateRegion}, aliases: []},
	{name: 'Coromandel Coast', kind: 'region', country: 'IN', at: {lat: 11.7, lon: 79.6, source: approximateRegion}, aliases: []},
	{name: 'Konkan', kind: 'region', country: 'IN', at: {lat: 17.5, lon: 73.4, source: approximateRegion}, aliases: ['Konkan coast']},
	{name: 'Marathwada', kind: 'region', country: 'IN', at: {lat: 19.2, lon: 76.2, source: approximateRegion}, aliases: []},
	{name: 'Vidarbha', kind: 'region', country: 'IN', at: {lat: 20.6, lon: 78.5, source: approximateRegion}, aliases: []},
	{name: 'Bundelkhand', kind: 'region', country: 'IN', at: {lat: 25.2, lon: 79.4, source: approximateRegion}, aliases: []},
	{name: 'Rann of Kutch', kind: 'region', country: 'IN', at: {lat: 24, lon: 70, source: approximateRegion}, aliases: ['Rann of Kachchh']},
	{name: 'Siliguri Corridor', kind: 'region', country: 'IN', at: {geonames: 1256525, as: 'Siliguri, the city in its middle'}, aliases: ['Chicken’s Neck', 'Chicken\'s Neck']},
	{name: 'Chittagong Hill Tracts', kind: 'region', country: 'BD', at: {lat: 22.6, lon: 92.2, source: approximateRegion}, aliases: []},
	{name: 'Jaffna Peninsula', kind: 'region', country: 'LK', at: {lat: 9.7, lon: 80.1, source: approximateRegion}, aliases: []},
	{name: 'Hazarajat', kind: 'region', country: 'AF', at: {lat: 34.2, lon: 66.8, source: approximateRegion}, aliases: []},
	{name: 'Swat Valley', kind: 'region', country: 'PK', at: {lat: 34.95, lon: 72.45, source: approximateRegion}, aliases: ['Swat valley']},
	{name: 'Federally Administered Tribal Areas', kind: 'region', country: 'PK', at: {lat: 33.75, lon: 70.2, source: 'approximate: a point in Kurram, near the middle of the former tribal areas’ length, read off a map and rounded'}, aliases: ['FATA']},

	// East and South-East Asia
	{name: 'Isaan', kind: 'region', country: 'TH', at: {lat: 15.9, lon: 103.3, source: approximateRegion}, aliases: ['Isan']},
	{name: 'Golden Triangle', kind: 'region', country: null, at: {lat: 20.3, lon: 100, source: 'approximate: a point near where Thailand, Laos and Myanmar meet on the Mekong, read off a map and rounded'}, aliases: []},
	{name: 'Irrawaddy Delta', kind: 'region', country: 'MM', at: {lat: 16.6, lon: 95.2, source: approximateRegion}, aliases: ['Ayeyarwady Delta']},
	{name: 'Kokang', kind: 'region', country: 'MM', at: {lat: 23.7, lon: 98.75, source: 'approximate: a point by Laukkai, its main town, read off a map and rounded'}, aliases: []},
	{name: 'Red River Delta', kind: 'region', country: 'VN', at: {lat: 20.75, lon: 106.1, source: approximateRegion}, aliases: []},
	{name: 'Kalimantan', kind: 'region', country: 'ID', at: {lat: -0.5, lon: 114.5, source: approximateRegion}, aliases: []},
	{name: 'Bangsamoro', kind: 'region', country: 'PH', at: {lat: 7, lon: 124.45, source: 'approximate: a point in Maguindanao, its largest mainland part, read off a map and rounded'}, aliases: []},
	{name: 'Tarim Basin', kind: 'region', country: 'CN', at: {lat: 39, lon: 83, source: approximateRegion}, aliases: []},
	{name: 'Kanto', kind: 'region', country: 'JP', at: {lat: 36, lon: 139.6, source: approximateRegion}, aliases: ['Kantō']},
	{name: 'Kansai', kind: 'region', country: 'JP', at: {lat: 34.8, lon: 135.7, source: approximateRegion}, aliases: []},
	{name: 'Tohoku', kind: 'region', country: 'JP', at: {lat: 39.4, lon: 140.9, source: approximateRegion}, aliases: ['Tōhoku']},
	{name: 'Noto Peninsula', kind: 'region', country: 'JP', at: {lat: 37.2, lon: 136.85, source: approximateRegion}, aliases: ['Noto peninsula']},

	// Australia and New Zealand
	{name: 'Gippsland', kind: 'region', country: 'AU', at: {lat: -37.95, lon: 146.8, source: approximateRegion}, aliases: []},
	{name: 'Riverina', kind: 'region', country: 'AU', at: {lat: -34.8, lon: 146.3, source: approximateRegion}, aliases: []},
	{name: 'Hunter Valley', kind: 'region', country: 'AU', at: {lat: -32.6, lon: 151.2, source: approximateRegion}, aliases: ['Hunter region']},
	{name: 'Northern Rivers', kind: 'region', country: 'AU', at: {lat: -28.8, lon: 153.2, source: approximateRegion}, aliases: []},
	{name: 'Wheatbelt', kind: 'region', country: 'AU', at: {lat: -31.5, lon: 117.5, source: approximateRegion}, aliases: []},
	{name: 'Far North Queensland', kind: 'region', country: 'AU', at: {lat: -17, lon: 145.3, source: approximateRegion}, aliases: []},
	{name: 'Red Centre', kind: 'region', country: 'AU', at: {lat: -24.3, lon: 132.5, source: approximateRegion}, aliases: ['Red Center']},
	{name: 'Nullarbor Plain', kind: 'region', country: 'AU', at: {lat: -31, lon: 129.5, source: approximateRegion}, aliases: ['Nullarbor']},
	{name: 'Cape York Peninsula', kind: 'region', country: 'AU', at: {lat: -14, lon: 143, source: approximateRegion}, aliases: ['Cape York']},
	{name: 'Wairarapa', kind: 'region', country: 'NZ', at: {lat: -41.1, lon: 175.55, source: approximateRegion}, aliases: []},
	{name: 'Coromandel Peninsula', kind: 'region', country: 'NZ', at: {lat: -36.9, lon: 175.65, source: approximateRegion}, aliases: []},

	// North America
	{name: 'Gulf Coast', kind: 'region', country: 'US', at: {lat: 30.45, lon: -89.3, source: approximateRegion}, aliases: []},
	{name: 'Corn Belt', kind: 'region', country: 'US', at: {lat: 41.8, lon: -92.5, source: approximateRegion}, aliases: []},
	{name: 'Bible Belt', kind: 'region', country: 'US', at: {lat: 35, lon: -87.5, source: approximateRegion}, aliases: []},
	{name: 'Texas Panhandle', kind: 'region', country: 'US', at: {geonames: 5516233, as: 'Amarillo, its largest city'}, aliases: []},
	{name: 'Florida Panhandle', kind: 'region', country: 'US', at: {lat: 30.6, lon: -86, source: approximateRegion}, aliases: []},
	{name: 'Inland Empire', kind: 'region', country: 'US', at: {between: [5387877, 5391710], as: 'Riverside and San Bernardino, its two largest cities'}, aliases: []},
	{name: 'Shenandoah Valley', kind: 'region', country: 'US', at: {lat: 38.6, lon: -78.7, source: approximateRegion}, aliases: []},
	{name: 'Ozarks', kind: 'region', country: 'US', at: {lat: 36.6, lon: -92.6, source: approximateRegion}, aliases: []},
	{name: 'Rio Grande Valley', kind: 'region', country: 'US', at: {geonames: 4709796, as: 'McAllen, its largest city'}, aliases: []},
	{name: 'North Slope', kind: 'region', country: 'US', at: {lat: 69.5, lon: -153, source: approximateRegion}, aliases: []},
	{name: 'Kivalliq', kind: 'region', country: 'CA', at: {lat: 63.5, lon: -95, source: approximateRegion}, aliases: []},
	{name: 'Nunavik', kind: 'region', country: 'CA', at: {lat: 58.5, lon: -73, source: approximateRegion}, aliases: []},
	{name: 'Nunatsiavut', kind: 'region', country: 'CA', at: {lat: 56.4, lon: -62, source: 'approximate: a point inland of Nain, its main town, read off a map and rounded'}, aliases: []},
	{name: 'Greater Toronto Area', kind: 'region', country: 'CA', at: {geonames: 6167865, as: 'Toronto, its centre'}, aliases: []},
	{name: 'Lower Mainland', kind: 'region', country: 'CA', at: {lat: 49.1, lon: -122.4, source: approximateRegion}, aliases: []},
	{name: 'Atlantic Canada', kind: 'region', country: 'CA', at: {lat: 46.4, lon: -63.3, source: 'approximate: a point on Prince Edward Island, land near the middle of the four provinces, read off a map and rounded'}, aliases: []},
	{name: 'Gaspé Peninsula', kind: 'region', country: 'CA', at: {lat: 48.9, lon: -65.5, source: approximateRegion}, aliases: ['Gaspe Peninsula', 'Gaspésie']},

	// Latin America
	{name: 'Bajío', kind: 'region', country: 'MX', at: {lat: 20.8, lon: -101.2, source: approximateRegion}, aliases: ['Bajio', 'El Bajío']},
	{name: 'Tierra Caliente', kind: 'region', country: 'MX', at: {lat: 18.6, lon: -100.9, source: approximateRegion}, aliases: []},
	{name: 'Isthmus of Tehuantepec', kind: 'region', country: 'MX', at: {lat: 16.9, lon: -95, source: approximateRegion}, aliases: ['Tehuantepec isthmus']},
	{name: 'Riviera Maya', kind: 'region', country: 'MX', at: {lat: 20.45, lon: -87.3, source: approximateRegion}, aliases: ['Mayan Riviera']},
	{name: 'Northern Triangle', kind: 'region', country: null, at: {lat: 14.5, lon: -88.8, source: approximateRegion}, aliases: ['Northern Triangle of Central America']},
	{name: 'Central American Dry Corridor', kind: 'region', country: null, at: {lat: 13.9, lon: -87.6, source: approximateRegion}, aliases: ['Dry Corridor']},
	{name: 'Cerrado', kind: 'region', country: 'BR', at: {lat: -14.5, lon: -48, source: approximateRegion}, aliases: []},
	{name: 'Sertão', kind: 'region', country: 'BR', at: {lat: -9, lon: -39, source: approximateRegion}, aliases: ['Sertao']},
	{name: 'Nordeste', kind: 'region', country: 'BR', at: {lat: -7.5, lon: -40.5, source: approximateRegion}, aliases: ['Northeast Brazil', 'Brazilian Northeast']},
	{name: 'Javari Valley', kind: 'region', country: 'BR', at: {lat: -5.6, lon: -71, source: approximateRegion}, aliases: ['Vale do Javari']},
	{name: 'Triple Frontier', kind: 'region', country: null, at: {geonames: 3439101, as: 'Ciudad del Este, its largest city'}, aliases: ['Tri-Border Area', 'Triple Border']},
	{name: 'Catatumbo', kind: 'region', country: 'CO', at: {lat: 8.6, lon: -72.9, source: approximateRegion}, aliases: []},
	{name: 'VRAEM', kind: 'region', country: 'PE', at: {lat: -12.5, lon: -73.85, source: 'approximate: a point in the valley of the Apurímac and Ene rivers, near Pichari, read off a map and rounded'}, aliases: ['VRAE']},
	{name: 'Chapare', kind: 'region', country: 'BO', at: {lat: -16.95, lon: -65.3, source: approximateRegion}, aliases: []},
	{name: 'Southern Cone', kind: 'region', country: null, at: {lat: -33.5, lon: -63, source: approximateRegion}, aliases: []},
];
