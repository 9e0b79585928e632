/** Words the synthetic corpora are written from: real English news vocabulary, and syllables for names nobody has. */

export const nouns = [
	'drones', 'missiles', 'sanctions', 'talks', 'ceasefire', 'pipeline', 'exports', 'grain', 'refinery', 'shipments',
	'factory', 'components', 'satellite', 'imagery', 'intelligence', 'convoy', 'airstrikes', 'bombardment', 'artillery', 'frontline',
	'negotiations', 'delegation', 'embassy', 'parliament', 'budget', 'inflation', 'currency', 'tariffs', 'harbour', 'warehouse',
	'electricity', 'infrastructure', 'reactor', 'uranium', 'inspectors', 'treaty', 'alliance', 'summit', 'election', 'protesters',
	'refugees', 'casualties', 'civilians', 'soldiers', 'commanders', 'militia', 'battalion', 'submarine', 'frigate', 'helicopters',
	'ammunition', 'shells', 'warheads', 'launchers', 'radar', 'air defences', 'interceptors', 'fighter jets', 'cargo planes', 'tankers',
	'oil fields', 'gas reserves', 'wheat', 'fertiliser', 'semiconductors', 'microchips', 'engines', 'spare parts', 'contracts', 'loans',
	'investors', 'bonds', 'reserves', 'smugglers', 'middlemen', 'shell companies', 'customs', 'border crossing', 'checkpoint', 'corridor',
	'ports', 'railway', 'bridge', 'dam', 'power plant', 'hospital', 'schools', 'apartment blocks', 'villages', 'outskirts',
	'statement', 'report', 'assessment', 'estimate', 'figures', 'records', 'documents', 'leaks', 'footage', 'testimony',
];

export const verbs = [
	'supplied', 'shipped', 'delivered', 'launched', 'intercepted', 'shot down', 'destroyed', 'damaged', 'repaired', 'assembled',
	'produced', 'manufactured', 'purchased', 'sold', 'transferred', 'smuggled', 'seized', 'blocked', 'approved', 'rejected',
	'denied', 'confirmed', 'announced', 'warned', 'threatened', 'promised', 'pledged', 'signed', 'suspended', 'resumed',
	'expanded', 'reduced', 'doubled', 'tripled', 'halved', 'accelerated', 'delayed', 'cancelled', 'investigated', 'blacklisted',
	'sanctioned', 'accused', 'criticised', 'praised', 'welcomed', 'condemned', 'evacuated', 'deployed', 'withdrew', 'reinforced',
];

export const adjectives = [
	'military', 'civilian', 'economic', 'diplomatic', 'strategic', 'covert', 'declassified', 'ballistic', 'one-way', 'long-range',
	'unmanned', 'naval', 'nuclear', 'electronic', 'industrial', 'regional', 'foreign', 'domestic', 'western', 'eastern',
	'northern', 'southern', 'new', 'old', 'secret', 'official', 'independent', 'state-owned', 'private', 'joint',
	'sharp', 'steady', 'sudden', 'gradual', 'massive', 'limited', 'repeated', 'deadly', 'costly', 'fragile',
];

export const connectives = [
	'across', 'through', 'towards', 'near', 'outside', 'inside', 'along', 'beyond', 'from', 'into',
	'despite', 'after', 'before', 'during', 'amid', 'against', 'without', 'because of', 'in exchange for', 'on behalf of',
];

export const times = [
	'last month', 'last week', 'last year', 'in October', 'in March', 'since the spring', 'over the summer', 'this year',
	'in recent days', 'earlier this week', 'two years ago', 'by the end of the year', 'in the first quarter', 'overnight', 'on Tuesday', 'in 2022',
];

export const titles = [
	'president', 'prime minister', 'foreign minister', 'defence minister', 'spokesman', 'spokeswoman', 'ambassador', 'general',
	'commander', 'analyst', 'economist', 'chief executive', 'envoy', 'senator', 'governor', 'mayor', 'adviser', 'researcher', 'correspondent', 'admiral',
];

export const bodies = [
	'ministry of defence', 'foreign ministry', 'central bank', 'security council', 'armed forces', 'navy', 'air force', 'national guard',
	'energy agency', 'customs service', 'state media', 'parliament', 'supreme court', 'election commission', 'port authority', 'coast guard',
];

/** Real places, so queries have something real to look for among the invented ones. */
export const realPlaces = [
	'Makhachkala', 'Amirabad', 'Alabuga', 'Kyiv', 'Tehran', 'Moscow', 'Riga', 'Odesa', 'Kharkiv', 'Sevastopol',
	'Bandar Abbas', 'Astrakhan', 'Baku', 'Tbilisi', 'Yerevan', 'Ankara', 'Istanbul', 'Damascus', 'Beirut', 'Baghdad',
	'Minsk', 'Warsaw', 'Vilnius', 'Tallinn', 'Helsinki', 'Berlin', 'Brussels', 'Geneva', 'Vienna', 'Doha',
];

export const realSurnames = [
	'Kirby', 'Zelenskyy', 'Peskov', 'Putin', 'Biden', 'Seddon', 'Bozorgmehr', 'Lavrov', 'Shoigu', 'Raisi',
	'Blinken', 'Sullivan', 'Kuleba', 'Reznikov', 'Budanov', 'Stoltenberg', 'Borrell', 'Erdogan', 'Aliyev', 'Macron',
];

export const syllables = [
	'ka', 'ro', 'mi', 'ta', 'sha', 'vo', 'len', 'dar', 'ib', 'zu', 'ne', 'gor', 'as', 'khan', 'tel', 'bi', 'ur', 'nov', 'pa', 'si',
	'dro', 'mal', 'esh', 'ya', 'tov', 'ri', 'ba', 'hel', 'qu', 'ost', 'vi', 'lo', 'gar', 'em', 'ze', 'mur', 'ad', 'fen', 'cho', 'ly',
];
