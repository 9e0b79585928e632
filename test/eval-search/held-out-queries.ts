/**
 * A held-out relevance set: natural queries that the ranking was not tuned on,
 * written (with their wanted records) before brief was ever run on them, and
 * not to be changed after seeing how brief ranks them. Same format as
 * relevance-set.ts: a want is a record id (the shipped corpus) or a verbatim
 * piece of a record's text (the test articles). `npm run eval:search` scores
 * it in a second table beside its first run (held-out-first-run.json).
 */
import type {RelevanceRow} from './relevance-set.js';

export const heldOutQueries: RelevanceRow[] = [
	// The shipped corpus (Iran–Russia drones)
	{query: 'sukhoi jets for iran', want: ['f-iranian-commanders-interest'], class: 'name and topic'},
	{query: 'peskov no illusions', want: ['q-peskov-illusions', 'f-peskov-no-illusions'], class: 'name and topic'},
	{query: 'did the missile deal go ahead', want: ['f-missile-deal-not-done', 'f-iran-considering-missiles'], class: 'question'},
	{query: '1160 shaheds', want: ['q-zelenskyy-shaheds-used', 'f-shaheds-used-against-ukraine'], class: 'figure'},
	{query: 'kyiv strikes last month', want: ['f-moscow-escalated-kyiv-attacks', 'f-kyiv-bombardments'], class: 'extra words'},
	{query: 'amirabad to makhachkala shipments', want: ['q-kirby-supply-route', 'f-drone-supply-route', 'r-caspian-drone-supply'], class: 'word form'},
	{query: 'who is max seddon', want: ['a-max-seddon'], class: 'question'},
	{query: 'possible russian factory', want: ['f-possible-russian-factory'], class: 'phrase'},
	{query: 'illicit supplies for iran drone program', want: ['f-us-government-advisory'], class: 'spelling'},
	{query: 'electronic componets in iranian drones', want: ['f-european-component-restrictions'], class: 'typo'},
	{query: 'zelenskyy cynical murders', want: ['q-zelenskyy-accomplices', 'f-murders-with-iranian-weapons'], class: 'name and topic'},
	{query: 'one way attack drones received', want: ['f-russia-received-hundreds'], class: 'phrase'},
	{query: 'homes hit by drones in kyiv', want: ['f-drones-attack-kyiv'], class: 'extra words'},
	{query: 'peskov cooperation with iran', want: ['q-peskov-cooperation', 'f-peskov-no-illusions'], class: 'spelling'},
	{query: 'satellite imagery released last year', want: ['f-us-released-imagery-last-year'], class: 'phrase'},
	{query: 'russia wants to buy more drones', want: ['f-russia-looking-to-buy-more'], class: 'word form'},
	{query: 'biden warning on iranian missiles', want: ['f-iran-considering-missiles'], class: 'name and topic'},
	{query: 'what is the alabuga sez', want: ['l-alabuga-sez'], class: 'question'},
	{query: 'kremlin spokesman', want: ['a-peskov'], class: 'extra words'},
	{query: 'deepening cooperation russia iran', want: ['f-white-house-drone-details'], class: 'spelling'},
	{query: 'air campaign escalated in october', want: ['f-air-campaign-ramped-up'], class: 'word form'},
	{query: 'caspian port of amirabad', want: ['l-amirabad'], class: 'extra words'},
	{query: 'ukranian civilians killed', want: ['f-civilian-deaths'], class: 'typo'},
	{query: 'blacklisting companies', want: ['f-us-blacklisted', 'f-blacklisted-transferred-equipment'], class: 'word form'},
	// aral-sea-fishing-ap
	{query: 'aral sea fish catch record', want: ['8,200 tons of fish'], class: 'extra words'},
	{query: 'kokaral dam world bank loan', want: ['$65 million loan from the World Bank'], class: 'name and topic'},
	{query: 'hydrologist warning about a higher dam', want: ['robbing one patient to save another', 'a higher dam would take water from the southern sea'], class: 'word form'},
	// atacama-lithium-royalty-reuters
	{query: 'chile lithium royality hike', want: ['proposed raising royalties on lithium'], class: 'typo'},
	{query: 'sqm share price drop', want: ['Shares of SQM'], class: 'extra words'},
	{query: 'atacameno communities not consulted', want: ['had not been consulted about the bill'], class: 'spelling'},
	// bali-ghost-villa-tabloid
	{query: 'bali ghost villa scam', want: ['has caught out hundreds of holidaymakers'], class: 'phrase'},
	{query: 'how much did the family pay for the villa', want: ['paid £4,800'], class: 'question'},
	{query: 'pay by credit card advice', want: ['Pay by credit card and never by bank transfer'], class: 'extra words'},
	// cabo-delgado-gas-restart
	{query: 'totalenergies lng restart mozambique', want: ['liquefied natural gas project in northern Mozambique'], class: 'extra words'},
	{query: 'rwandan troops cabo delgado', want: ['about 4,000 troops from Rwanda', 'as long as Mozambique asks us to'], class: 'word form'},
	{query: 'fishermen kept out by exclusion zone', want: ['a new exclusion zone around the gas plant'], class: 'word form'},
	// cuba-sugar-harvest-afp
	{query: 'cuban sugar harvest lowest in a century', want: ['lowest level in more than a century'], class: 'word form'},
	{query: 'how many sugar mills were working', want: ['mills operated this season'], class: 'question'},
	{query: 'russian oil shipments to cuba', want: ['90,000 tonnes of crude'], class: 'extra words'},
	// ghana-cocoa-smuggling
	{query: 'cocobod price rise for farmers', want: ['raised the price it pays farmers by almost 45 per cent', 'farmers would receive GH₵49,600 a tonne'], class: 'word form'},
	{query: 'how much cocoa was smuggled out', want: ['as much as 150,000 tonnes of cocoa'], class: 'question'},
	{query: 'soldiers escorting smugglers trucks', want: ['Some of them are escorting the trucks'], class: 'extra words'},
	// sierra-wildfire
	{query: 'how many houses burned down', want: ['at least 230 homes had been destroyed'], class: 'question'},
	{query: 'power company denies causing the fire', want: ['not involved in any way'], class: 'extra words'},
	// solomon-islands-logging-wikinews
	{query: 'logging licenses suspended choiseul', want: ['suspended all new logging licences'], class: 'spelling'},
	{query: 'underpaid export duty estimate', want: ['underpaid export duties by about SI$210 million'], class: 'word form'},
	{query: 'chinese ambassador on logging inspections', want: ['respect the laws of the host country', 'would cooperate with the inspections'], class: 'name and topic'},
	// tairawhiti-slips-rnz
	{query: 'state highway 35 closure', want: ['closed State Highway 35 in six places'], class: 'word form'},
	{query: 'how much rain fell in the ranges', want: ['410 millimetres of rain'], class: 'question'},
	{query: 'what did the mayor say about the road', want: ['The Government has to front up', 'could not keep paying to fix a road it did not own'], class: 'question'},
	// rotterdam-antwerp-port-strike
	{query: 'how many ships waiting off rotterdam', want: ['more than 140 container ships waiting at anchor'], class: 'question'},
	{query: 'maersk divertng ships to hamburg', want: ['begun diverting some vessels to Hamburg'], class: 'typo'},
	{query: 'daily cost of the port strike', want: ['costing the Dutch economy roughly €60m'], class: 'extra words'},
	// strait-ferries
	{query: 'algeciras tangier ferries cancelled', want: ['Ferry crossings between Algeciras and Tangier were suspended'], class: 'word form'},
	{query: 'trucks queuing at algeciras', want: ['About 4,500 lorries were queued'], class: 'spelling'},
	// red-sea-convoy
	{query: 'houthi drones fired from yemen', want: ['at least 11 drones were fired from Yemen'], class: 'name and topic'},
	{query: 'defence secretary more warships', want: ['more warships would join the mission'], class: 'spelling'},
	// kyoto-tourism-levy
	{query: 'how much will the kyoto levy raise', want: ['4.8 billion yen a year'], class: 'question'},
	{query: 'osaka governor on visitor fee', want: ['A charge at the door sends a very different message', 'had no plans to follow'], class: 'name and topic'},
	// nairobi-drought-insurance
	{query: 'livestock insurance payout kenya', want: ['has paid out KSh3.2 billion'], class: 'word form'},
	{query: 'goat price at isiolo market', want: ['a mature goat now sells for about 2,800 shillings'], class: 'word form'},
	// panama-canal-drought
	{query: 'gatun lake water levles', want: ['Gatun Lake almost 2 metres below its usual level'], class: 'typo'},
	{query: 'canal transits cut to 24 a day', want: ['cut to 24 crossings a day'], class: 'figure'},
	// hanoi-typhoon-landfall
	{query: 'tyhpoon haitang death toll', want: ['killing at least 14 people', 'Nine people were killed in Quang Ninh'], class: 'typo'},
	{query: 'soldiers deployed for rescue work', want: ['more than 6,000 soldiers'], class: 'word form'},
	{query: 'fish seller hid under stairs', want: ['We hid under the stairs'], class: 'extra words'},
	// madrid-court-ruling
	{query: 'van der berg six year sentence', want: ['sentenced a former regional housing minister to six years'], class: 'name and topic'},
	{query: 'defense lawyer says ruling wont survive appeal', want: ['It will not survive an appeal'], class: 'spelling'},
	// lagos-fintech-funding
	{query: 'payvera valutaion', want: ['The round values Payvera at about $1.1 billion'], class: 'typo'},
	{query: 'nigeria central bank rate hikes', want: ['lifted its benchmark interest rate'], class: 'extra words'},
	// reykjavik-eruption-evacuation
	{query: 'blue lagoon evacuation', want: ['The Blue Lagoon geothermal spa'], class: 'word form'},
	{query: 'are the lava barriers holding', want: ['The walls are holding'], class: 'question'},
	// andes-glacier-retreat
	{query: 'glaciers shrank 56 percent', want: ['shrunk by 56 per cent'], class: 'figure'},
	{query: 'chacaltaya ski run vanished', want: ['vanished entirely in 2009'], class: 'name and topic'},
];
