import {lookupTable} from '../../core/lookup-table.js';

/** Number words and what they are worth, for figures written out ("eighteen", "two dozen", "three million"). */

export const smallNumberWords = lookupTable<number>({
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
});

/** Words that multiply what comes before them ("two dozen", "3 million"); "a" stands for one ("a dozen"). */
export const scaleWords = lookupTable<number>({
	dozen: 12,
	hundred: 100,
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12,
	// South Asia's own: "Tk 200 crore", "6.3 lakh people".
	lakh: 1e5,
	lakhs: 1e5,
	crore: 1e7,
	crores: 1e7,
});

/** Scale suffixes written onto a sum of money ("$1.5bn", "£40m"). */
export const moneySuffixes = lookupTable<number>({
	k: 1e3,
	m: 1e6,
	mn: 1e6,
	bn: 1e9,
	b: 1e9,
	tn: 1e12,
	trn: 1e12,
	// Malaysian copy: "RM2mil".
	mil: 1e6,
});

/** Units written onto a number ("40km", "5kg", "40C", "12pc"): the suffix becomes the unit ("pc" is per cent). */
export const measurementSuffixes = new Set([
	'km', 'm', 'cm', 'mm', 'kg', 'g', 'mg', 't', 'l', 'ml', 'ha', 'lb', 'lbs', 'ft', 'mi', 'mph', 'kmh', 'kph', 'mw',
	'gw', 'kw', 'kwh', 'mwh', 'gwh', 'twh', 'c', 'pc',
]);

/** What a rate written onto a number may be per, after a slash ("90km/h", "12m/s", "5mg/l"). */
export const rateDenominators = new Set(['h', 'hr', 's', 'sec', 'min', 'd', 'day', 'yr', 'l', 'kg']);

/** The degree sign after a number, and the scales that may follow it ("40°C", "-5 °F"; "90°" alone is an angle). */
export const degreeSign = '°';
export const degreeScales = new Set(['C', 'F']);

/** A word that makes the number after it negative ("minus five degrees"). */
export const minusWords = new Set(['minus']);
/** Signs that make the number written onto them negative ("-5C", "−3.2%"), when not joined to a word before. */
export const minusSigns = new Set(['-', '−']);
/** "plus or minus 3 points" is a margin, not a negative number. */
export const marginWords = ['plus', 'or'];
/** Written after a number and its unit, these make it negative ("five degrees below zero"). */
export const belowZero = ['below', 'zero'];

export const currencySymbols = lookupTable<string>({
	$: 'US dollars',
	'£': 'pounds sterling',
	'€': 'euros',
	'¥': 'yen',
	'₽': 'roubles',
	'₴': 'hryvnias',
	'₦': 'naira',
	'₹': 'rupees',
	'₩': 'won',
	'₺': 'lira',
	'₱': 'pesos',
	Rs: 'rupees',
});

/**
 * Letters written onto an amount for a currency ("N1.2 trillion" for naira,
 * "Rs500m", "KSh2bn"). Read as money only with a scale or digit separators,
 * so "N95 masks" and the N1 road are not.
 */
export const currencyLetters = lookupTable<string>({
	N: 'naira',
	Rs: 'rupees',
	KSh: 'Kenyan shillings',
	Sh: 'shillings',
	TSh: 'Tanzanian shillings',
	USh: 'Ugandan shillings',
	RM: 'ringgit',
	Tk: 'taka',
	Rp: 'rupiah',
	P: 'pesos',
	L: 'lempiras',
	R: 'rand',
	K: 'kwacha',
	// Gulf papers' dirhams: "Dh2,000", "Dhs 500".
	Dh: 'dirhams',
	Dhs: 'dirhams',
});

/**
 * ISO 4217 codes as news writes them before an amount, spaced or not ("HTG 2,000", "VND300 million"); codes that
 * are also English words in capitals (TOP, ALL, SOS, CUP, MOP) are left out.
 */
export const currencyCodes = lookupTable<string>({
	USD: 'US dollars', EUR: 'euros', GBP: 'pounds sterling', JPY: 'yen', CNY: 'yuan', RMB: 'yuan', INR: 'rupees', PKR: 'Pakistani rupees',
	BDT: 'taka', NPR: 'Nepalese rupees', LKR: 'Sri Lankan rupees', VND: 'dong', IDR: 'rupiah', PHP: 'Philippine pesos', THB: 'baht',
	MYR: 'ringgit', SGD: 'Singapore dollars', HKD: 'Hong Kong dollars', TWD: 'Taiwan dollars', KRW: 'won', MMK: 'kyat', KHR: 'riel',
	LAK: 'kip', MNT: 'tugrik', KZT: 'tenge', UZS: 'som', KGS: 'som', TJS: 'somoni', UAH: 'hryvnias', RUB: 'roubles', TRY: 'lira',
	GEL: 'lari', AMD: 'dram', AZN: 'manat', EGP: 'Egyptian pounds', NGN: 'naira', GHS: 'cedis', KES: 'Kenyan shillings',
	TZS: 'Tanzanian shillings', UGX: 'Ugandan shillings', ETB: 'birr', ZAR: 'rand', ZMW: 'kwacha', MWK: 'kwacha', MZN: 'meticais',
	AOA: 'kwanzas', NAD: 'Namibian dollars', BWP: 'pula', ZWL: 'Zimbabwe dollars', ZIG: 'ZiG', XOF: 'CFA francs', XAF: 'CFA francs',
	SLE: 'leones', SLL: 'leones', GNF: 'Guinean francs', LRD: 'Liberian dollars', RWF: 'Rwandan francs', MAD: 'dirhams', DZD: 'dinars',
	TND: 'dinars', SDG: 'Sudanese pounds', SAR: 'riyals', AED: 'dirhams', QAR: 'riyals', KWD: 'dinars', IRR: 'rials', IQD: 'dinars',
	JOD: 'dinars', LBP: 'Lebanese pounds', BRL: 'reais', ARS: 'Argentine pesos', CLP: 'Chilean pesos', COP: 'Colombian pesos',
	PEN: 'soles', BOB: 'bolivianos', PYG: 'guaraníes', MXN: 'Mexican pesos', HNL: 'lempiras', GTQ: 'quetzales', HTG: 'gourdes',
	DOP: 'Dominican pesos', JMD: 'Jamaican dollars', TTD: 'Trinidad and Tobago dollars', CAD: 'Canadian dollars', AUD: 'Australian dollars',
	NZD: 'New Zealand dollars', FJD: 'Fiji dollars', PGK: 'kina', SBD: 'Solomon Islands dollars', CHF: 'Swiss francs', SEK: 'Swedish kronor',
	NOK: 'Norwegian kroner', DKK: 'Danish kroner', ISK: 'Icelandic krónur', PLN: 'zloty', CZK: 'koruna', HUF: 'forints', RON: 'lei',
	BGN: 'leva', RSD: 'dinars', BAM: 'convertible marks', MDL: 'lei',
});

/** Currencies named after an amount whose names do not look plural: "1.5m naira", "2.1m kwacha" are millions, not metres. */
export const currencyNames = new Set([
	'naira', 'kwacha', 'tenge', 'dong', 'som', 'rand', 'yen', 'won', 'yuan', 'renminbi', 'baht', 'kyat', 'kip', 'riel', 'rupiah', 'ringgit',
	'taka', 'ariary', 'kina', 'pula', 'lari', 'dram', 'manat', 'lek', 'birr', 'tugrik', 'zloty', 'koruna', 'hryvnia', 'lira', 'shekel',
	'rupee', 'rupees', 'leone', 'leones', 'cedi', 'cedis', 'euro', 'euros', 'pounds', 'dollars', 'francs', 'pesos', 'shillings',
]);

/** Country prefixes written before "$" ("US$2bn", "A$40m"): the prefix names the dollar. */
export const dollarPrefixes = lookupTable<string>({
	US: 'US dollars',
	A: 'Australian dollars',
	C: 'Canadian dollars',
	NZ: 'New Zealand dollars',
	HK: 'Hong Kong dollars',
});
