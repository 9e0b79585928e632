/**
 * A second held-out relevance set, written blind to the ranking code before brief was ever run on it, over the
 * eight articles of the ingest group held-out 2026-12d (and nothing else): queries as a person preparing a briefing
 * types them. Same format as relevance-set.ts; not to be changed after seeing how brief ranks them.
 */
import type {RelevanceRow} from './relevance-set.js';

export const heldOutQueriesB: RelevanceRow[] = [
	// haiti-artibonite-rice-afp
	{query: 'how much has rice price risen', want: ['It now fetches more than HTG 600', 'sold for HTG 250 in Port-au-Prince markets'], class: 'question'},
	{query: 'truck driver paying tolls', want: ['they pay tolls at as many as 12 gang checkpoints', 'he handed over between HTG 2,000 and HTG 5,000'], class: 'word form'},
	{query: 'granery door kicked in', want: ['a granary with the door kicked in'], class: 'typo'},
	{query: 'wfp 5.4 million acute hunger', want: ['about 5.4 million Haitians, nearly half the population'], class: 'figure'},
	{query: 'canal is our vein', want: ['The canal is our vein'], class: 'phrase'},
	// fiji-sugar-cane-fires-rnz-pacific
	{query: 'how much burnt cane delivered', want: ['more than 180,000 tonnes of burnt cane has been delivered'], class: 'question'},
	{query: 'cane fire not a harvesting shortcut', want: ['not a harvesting shortcut, it is a crime'], class: 'phrase'},
	{query: 'lautoka mill boiler breakdown last week', want: ['The Lautoka mill stopped for more than 60 hours last week'], class: 'extra words'},
	{query: 'fj$85 a tonne cane price', want: ['forecast price of FJ$85 a tonne was already below'], class: 'figure'},
	{query: 'rakiraki youth hotle jobs', want: ['young men are leaving the cane fields for hotel jobs in Nadi', 'Our boys would rather carry suitcases in Nadi'], class: 'typo'},
	// kinshasa-cobalt-traders-dw
	{query: 'pay in dollars not promises', want: ['as long as they pay in dollars and not in promises'], class: 'phrase'},
	{query: 'egc reference price lme', want: ['EGC says it pays diggers 70% of a reference price'], class: 'name and topic'},
	{query: 'diggers go down 40 meters', want: ['We go down 40 metres with a hammer and a rope'], class: 'spelling'},
	{query: 'low price pushes ore into zambia', want: ['a low official price would push ore across the border', 'the cobalt will find its way through Kasumbalesa'], class: 'word form'},
	{query: 'late paymnets teething problems', want: ['Ministry of Mines described the late payments as'], class: 'typo'},
	// georgia-svaneti-hydropower-eurasianet
	{query: 'kaldani electricity imports winter', want: ['still imports as much as 25 percent of its electricity', 'Nenskra alone would cover the winter deficit of western Georgia'], class: 'name and topic'},
	{query: 'how big is the ebrd loan', want: ['considering a loan of up to $240 million to revive it'], class: 'question'},
	{query: 'land compensation per square metre', want: ['per square meter for land and says it will resettle 18 families'], class: 'spelling'},
	{query: 'glaicer retreat impact study', want: ['did not account for glacier retreat in the upper valley'], class: 'typo'},
	{query: 'measure our land in graves', want: ['We measure it in graves'], class: 'phrase'},
	// sapmi-reindeer-wind-farm-nrk
	{query: 'how many reindeer graze the area', want: ['about 4,000 reindeer graze the area each summer'], class: 'question'},
	{query: 'fosen ruling unanimous', want: ['In October 2021 the Supreme Court ruled unanimously'], class: 'word form'},
	{query: 'feed a herd with pellets', want: ['You cannot feed a herd with pellets from a lorry'], class: 'phrase'},
	{query: 'nok 3.4 billion wind farm', want: ['which would cost about NOK 3.4 billion'], class: 'figure'},
	{query: 'von krogh cumulativ impact', want: ['the case would turn on the cumulative impact'], class: 'typo'},
	// honduras-coffee-rust-ap
	{query: 'ihcafe rust damage percentage', want: ['estimates that rust has damaged roughly 28%'], class: 'name and topic'},
	{query: 'fertiliser price before pandemic', want: ['A sack of fertilizer that cost 600 lempiras before the pandemic'], class: 'spelling'},
	{query: 'son in houston sending money home', want: ['washes dishes in a restaurant in Houston'], class: 'extra words'},
	{query: 'coffee exports 5.2 million sacks', want: ['the largest coffee producer in Central America, exported about 5.2 million'], class: 'figure'},
	{query: 'migrant driver buisness picked up', want: ['said business had picked up since the rust returned'], class: 'typo'},
	// busan-shipyard-welders-yonhap
	{query: 'kmwu 30 percent pay demand', want: ['which is demanding a 30 percent pay raise for subcontracted workers'], class: 'name and topic'},
	{query: 'namhae losses 180 billion won', want: ['estimating production losses so far at 180 billion won'], class: 'figure'},
	{query: 'ulsan sympathy strikes friday', want: ['will hold a four-hour sympathy strike on Friday'], class: 'word form'},
	{query: 'nepali welders afraid to strike', want: ['workers on E-9 visas were afraid to join the strike'], class: 'extra words'},
	{query: 'labour minister dock occupation illegal', want: ['any occupation of the dock would be treated as'], class: 'spelling'},
	// sylhet-flash-floods-daily-star
	{query: 'surma 34 centimeters above danger', want: ['the Surma was flowing 34 centimetres above the danger level'], class: 'spelling'},
	{query: 'how much boro paddy underwater', want: ['Boro paddy on about 18,500 hectares had gone under water'], class: 'question'},
	{query: 'embankment breaches since sunday', want: ['Water has overtopped or breached at least 11 of them since Sunday'], class: 'word form'},
	{query: 'chowdhury no shortage of relief', want: ['There is no shortage of relief'], class: 'name and topic'},
	{query: 'ngo head says relief not enough', want: ['said relief alone would not save these families'], class: 'extra words'},
];
