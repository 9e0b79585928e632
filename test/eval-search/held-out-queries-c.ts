/**
 * A third held-out relevance set, written blind to the ranking code before brief was ever run on it, over the
 * eight articles of the ingest group held-out 2026-12k (and nothing else): queries as a person preparing a briefing
 * types them. Same format as relevance-set.ts; not to be changed after seeing how brief ranks them.
 */
import type {RelevanceRow} from './relevance-set.js';

export const heldOutQueriesC: RelevanceRow[] = [
	// chiloe-algal-bloom-salmon-reuters
	{query: 'how many tonnes of salmon died', want: ['killed an estimated 4,800 tonnes of farmed salmon'], class: 'question'},
	{query: 'pens went coffe colour', want: ['In some pens the water turned the colour of coffee overnight'], class: 'typo'},
	{query: 'divers burning tires on the highway', want: ['burning tyres and halting traffic to the mainland'], class: 'spelling'},
	{query: 'sernapesca warning shellfish', want: ['urged residents not to eat shellfish from the affected area', 'are not destroyed by cooking'], class: 'name and topic'},
	{query: '$5.3m for fishing families', want: ['release 5 billion pesos ($5.3 million) to help fishing families'], class: 'figure'},
	// etna-eruption-catania-airport-the-sun
	{query: 'how high did the ash go', want: ['a plume of ash that reached 9km'], class: 'question'},
	{query: 'zafferana mayor advice to residents', want: ['ordered schools shut and told residents to wear masks outdoors', 'Do not ride scooters on the ash'], class: 'name and topic'},
	{query: 'brits queue moan sing', want: ['we queue, we moan and then we sing'], class: 'phrase'},
	{query: 'holiday company laying on coaches for stranded passengers', want: ['laid on 15 coaches to take customers to Palermo'], class: 'extra words'},
	{query: 'volcanologist says spectacluar but not unusual', want: ['spectacular but not unusual'], class: 'typo'},
	// lamu-port-transshipment-lloyds-list
	{query: '$48m zpmc cranes', want: ['in a deal worth KSh 6.2bn ($48m)'], class: 'figure'},
	{query: 'boxes have no loyalty djibouti', want: ['Transshipment cargo has no loyalty'], class: 'phrase'},
	{query: 'how deep is the water at lamu', want: ['Lamu offers a 17.5-metre draught alongside a 1,200-metre quay'], class: 'question'},
	{query: 'lamu garissa road 60 percent', want: ['was 60 per cent complete'], class: 'spelling'},
	{query: 'al shabaab attacks on convoys', want: ['al-Shabaab militants have repeatedly attacked security convoys'], class: 'word form'},
	// madagascar-cyclone-toamasina-wikinews
	{query: 'how many dead cyclone madagascar', want: ['killing at least 19 people and forcing more than 42,000'], class: 'question'},
	{query: '$430,000 emergency relief', want: ['released 2 billion ariary (about US$430,000)'], class: 'figure'},
	{query: 'roof torn off houses toamasina', want: ['the storm tore roofs from an estimated 8,500 houses'], class: 'word form'},
	{query: 'fenosoa sustianed wind speed', want: ['recorded sustained winds of 165 km/h (103 mph)'], class: 'typo'},
	{query: 'fisherman took kids up to church on hill', want: ['We took the children to the church on the hill'], class: 'phrase'},
	// newfoundland-capelin-slump-cbc
	{query: 'how big is the capelin stock', want: ['estimated the spawning biomass at about 190,000 tonnes'], class: 'question'},
	{query: "o'driscoll keep fishery closed", want: ['We closed it last year and we were right to do it', 'wants Ottawa to keep the commercial capelin fishery closed'], class: 'name and topic'},
	{query: 'capelin monitoring programme memorial', want: ['capelin monitoring program with Memorial University'], class: 'spelling'},
	{query: 'whale tour booking drop', want: ['are down about 30 per cent because operators can no longer promise'], class: 'word form'},
	{query: '18000 tonnes before closure', want: ['the commercial fishery landed about 18,000 tonnes a year'], class: 'figure'},
	// south-uist-ferry-cancellations-press-and-journal
	{query: 'how many sailings cancled', want: ['cancelled 112 sailings between Lochboisdale and Mallaig'], class: 'typo'},
	{query: '£18k lost bookings', want: ['had lost about £18,000 in cancelled bookings'], class: 'figure'},
	{query: 'island not an afterthought', want: ['We are an island, not an afterthought'], class: 'phrase'},
	{query: 'council leader says ministers forgot the islands', want: ['accused ministers of forgetting the islands'], class: 'word form'},
	{query: 'new ferry being built in turkey delayed', want: ['at the Cemre shipyard in Yalova, Turkey', 'is now not expected until the autumn'], class: 'extra words'},
	// tonle-sap-fish-decline-national-geographic
	{query: 'mekong river commission fish catches falling', want: ['had fallen by 88 per cent since the early 2000s'], class: 'extra words'},
	{query: 'bank vault guards sleeping', want: ['an open bank vault with the guards asleep'], class: 'phrase'},
	{query: 'lake grows to 16,000 square kilometers', want: ['spreading the lake over as much as 16,000 square kilometres'], class: 'spelling'},
	{query: 'heng sokunthea nets seized', want: ['patrols had seized more than 6,000 illegal nets'], class: 'name and topic'},
	{query: 'sreymom son sends money home from factory job', want: ['sends home 400,000 riel, about $100, each month'], class: 'extra words'},
	// vlora-narta-lagoon-airport-guardian
	{query: 'besnik cela airport noise', want: ['If the airport brings them back, I will take the noise'], class: 'name and topic'},
	{query: 'satellite pictures wetland lost to airport construction', want: ['about 80 hectares of salt marsh were filled in during construction'], class: 'extra words'},
	{query: 'airplanes a problem for the birds', want: ['I think the aeroplanes are a problem for the birds'], class: 'spelling'},
	{query: 'bird counts fell 40 percent', want: ['winter counts had fallen by about 40% over the past decade'], class: 'word form'},
	{query: 'dalmation pelicans return', want: ['a pair of Dalmatian pelicans', 'They came back when the hunting stopped'], class: 'typo'},
];
