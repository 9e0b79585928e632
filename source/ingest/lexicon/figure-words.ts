/**
 * Words that end the noun phrase a figure counts ("18 bombardments in …",
 * "1,160 Shaheds have …"): function words, auxiliaries and common verbs.
 */
export const unitStopWords = new Set([
	// prepositions
	'about', 'above', 'across', 'after', 'against', 'along', 'among', 'around', 'as', 'at', 'before', 'behind', 'below',
	'between', 'by', 'despite', 'during', 'for', 'from', 'in', 'inside', 'into', 'near', 'of', 'off', 'on', 'onto', 'out',
	'over', 'per', 'since', 'than', 'through', 'to', 'toward', 'towards', 'under', 'until', 'up', 'upon', 'via', 'with',
	'within', 'without',
	// conjunctions, relatives, determiners, pronouns
	'and', 'or', 'but', 'nor', 'so', 'yet', 'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'if',
	'because', 'although', 'though', 'whereas', 'the', 'a', 'an', 'this', 'these', 'those', 'it', 'its', 'they', 'them',
	'their', 'he', 'him', 'his', 'she', 'her', 'we', 'us', 'our', 'you', 'your', 'i', 'me', 'my', 'each', 'every',
	'all', 'both', 'either', 'neither', 'such', 'own', 'there', 'here', 'then', 'also', 'not', 'no', 'only', 'even',
	'just', 'still', 'already', 'again', 'ago', 'now',
	// auxiliaries and the verbs news prose most often puts after a count
	'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
	'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'said', 'says', 'say', 'told', 'tell',
	'according', 'remain', 'remained', 'remains', 'fled', 'died', 'die', 'left', 'went', 'came', 'took', 'made',
	'rose', 'fell', 'hit', 'cost', 'costs',
]);

/** Words that begin a predicate: after a figure they make the figure the subject ("… have been used"). */
export const predicateStarts = new Set([
	'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might',
	'should', 'must', 'remain', 'remained', 'remains',
]);

/** Pronouns that open a relative clause without "that" ("the 400 drones it had purchased"). */
export const clausePronouns = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you']);

/** Words that start a new clause: a figure's measure is looked for between them. */
export const clauseWords = new Set([
	'that', 'which', 'who', 'and', 'but', 'or', 'while', 'whereas', 'although', 'though', 'because', 'after', 'before',
	'when', 'where', 'as', 'if', 'since', 'with',
]);

/** Words that cannot end a measure ("Iran sold … to Moscow", never "… to"). */
export const danglingWords = new Set([
	'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'that', 'its',
	'their', 'his', 'her', 'these', 'those', 'this', 'as', 'than', 'into', 'over', 'some', 'about', 'around', 'said',
]);

/** Units of time: "over 31 days" is a span ("in the course of"), not "more than 31 days". */
export const timeUnits = new Set([
	'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights', 'week', 'weeks',
	'month', 'months', 'year', 'years', 'decade', 'decades',
]);

/** Units of length, area, weight, volume and power, each in the singular it takes as an adjective ("a 4-kilometer fissure") with its plural. */
export const measureUnits = new Map([
	...['kilometer', 'kilometre', 'meter', 'metre', 'centimeter', 'centimetre', 'millimeter', 'millimetre', 'mile', 'yard', 'hectare', 'acre', 'kilogram', 'gram', 'tonne', 'ton', 'pound', 'ounce', 'liter', 'litre', 'gallon', 'barrel', 'kilowatt', 'megawatt', 'gigawatt', 'volt', 'degree'].map(unit => [unit, `${unit}s`] as const),
	['foot', 'feet'],
	['inch', 'inches'],
	['mph', 'mph'],
	['km', 'km'],
	['kg', 'kg'],
]);

/** Words that mark a percentage after a number ("12%", "12 per cent", "12 percent", "3 percentage points"). */
export const percentForms: Array<[words: string[], unit: string]> = [
	[['%'], 'per cent'],
	[['per', 'cent'], 'per cent'],
	[['percent'], 'per cent'],
	[['percentage', 'points'], 'percentage points'],
	[['percentage', 'point'], 'percentage points'],
];

/**
 * Capitalised words that may stand before a number without making it part of a
 * name: sentence openers and determiners ("About 300", "The 400 drones").
 */
export const capitalisedOpeners = new Set([
	'the', 'a', 'an', 'about', 'around', 'some', 'nearly', 'almost', 'only', 'all', 'another', 'its', 'their', 'his',
	'her', 'our', 'these', 'those', 'more', 'over', 'at', 'up', 'just', 'roughly', 'approximately', 'and', 'but', 'of',
	'in', 'on', 'by', 'with', 'for', 'to', 'than', 'least', 'fewer', 'less', 'estimated',
]);

/**
 * Scales whose reading is written after their name ("a magnitude 6.4
 * earthquake", "a Category 4 hurricane", "a magnitude of 7"): the scale is the
 * unit, and what follows the number is what was measured, not what is counted.
 */
export const scalesBeforeNumber = ['magnitude', 'magnitude of', 'category'];

/**
 * Words that open a window of time before its count ("over the next 45 days",
 * "in the past 24 hours"): the count says how long, so it is a figure as well as
 * part of the time expression.
 */
export const windowWords = new Set(['past', 'last', 'previous', 'coming', 'next', 'first', 'final']);

/** Plural nouns that qualify the noun after them ("200 arms dealers", "40 customs officers"): a count's unit goes on past them. */
export const pluralModifiers = new Set(['degrees', 'arms', 'sales', 'savings', 'customs', 'sports', 'goods', 'news', 'earnings', 'rights', 'weapons', 'drugs']);
