/**
 * A fourth held-out relevance set, written blind to the ranking code before brief was ever run on it, over the
 * eight articles of the ingest group held-out 2026-12m (and nothing else): queries as a person preparing a briefing
 * types them — questions, name plus topic, figures as typed, half-remembered quotes, typos, British and American
 * spellings, other word forms and words of the same meaning, extra words the record does not hold. Five queries per
 * article, five of each class. Same format as relevance-set.ts; not to be changed after seeing how brief ranks them.
 */
import type {RelevanceRow} from './relevance-set.js';

export const heldOutQueriesD: RelevanceRow[] = [
	// georgia-shovi-landslide-ap
	{query: 'how many people still missing shovi', want: ['Between 25 and 30 people were missing'], class: 'question'},
	{query: '15,000 lari compensation', want: ['it would pay 15,000 lari ($5,500)'], class: 'figure'},
	{query: 'valley trying to tell us something', want: ['This valley is telling us something'], class: 'phrase'},
	{query: 'beridze woke to roar like a trian', want: ['like a train coming through the wall'], class: 'typo'},
	{query: 'rescuers digging 4 metres of mud', want: ['digging through mud up to 4 meters'], class: 'spelling'},
	// guerande-salt-farmers-longread
	{query: 'salt crystallizes in clay pans', want: ['the square clay pans in which the salt crystallises'], class: 'spelling'},
	{query: 'oeillet walls collapsing in winter rain', want: ['the walls of the œillets collapse'], class: 'word form'},
	{query: 'nephew quit software career in rennes to rake salt', want: ['left a job in software in Rennes'], class: 'extra words'},
	{query: 'guého sea level rise forecast', want: ['mean sea level at Saint-Nazaire has risen'], class: 'name and topic'},
	{query: 'white gold only for the shops not the paludiers', want: ['the gold is for the shops, not for us'], class: 'phrase'},
	// izmail-grain-terminal-kyivindependent
	{query: '2,300 tonnes of grain destroyed', want: ['destroying around 2,300 tons of grain'], class: 'figure'},
	{query: 'drone debirs found in romania', want: ['drone debris had been found near the village of Plauru'], class: 'typo'},
	{query: 'ostapenko how drones dodged radar', want: ['over the Black Sea to avoid radar'], class: 'name and topic'},
	{query: 'izmail reni danube ports cargo september record high', want: ['The ports handled 1.9 million tons of cargo in September'], class: 'extra words'},
	{query: 'air defences shot down 51 drones', want: ['air defenses shot down or jammed 51 of them'], class: 'spelling'},
	// nemmeli-desalination-fishers-hindu
	{query: 'how many protesters detained at nemmeli', want: ['86 persons were detained and released'], class: 'question'},
	{query: 'brine drove prawns away', want: ['had driven prawns and sardines away'], class: 'word form'},
	{query: "next time we'll bring the boats", want: ['Next time we will come with our boats'], class: 'phrase'},
	{query: 'jayakumar cmfri brine data not shared', want: ['It is simply not shared with the people who fish there', 'no long-term monitoring of brine dispersal had been made public'], class: 'name and topic'},
	{query: 'collector anbarasi public hearing date fishers delegation', want: ['within the next 45 days', 'a public hearing would be held before the Tamil Nadu'], class: 'extra words'},
	// peru-anchovy-season-reuters
	{query: 'how much adult anchovy left off peru', want: ['estimated the biomass of adult anchovy at 3.1 million tonnes'], class: 'question'},
	{query: '$68m credit line fishing crews', want: ['250 million soles ($68 million) credit line'], class: 'figure'},
	{query: 'chimbote boat owners no incom for crews', want: ['would leave crews without income'], class: 'typo'},
	{query: 'economist says cancellation will hit peru gdp growth forecast this year', want: ['could shave 0.3 to 0.4 percentage points off economic growth'], class: 'extra words'},
	{query: 'juveniles sign of warming not sampling mistake', want: ['a signature of the warming, not of a sampling error'], class: 'phrase'},
	// tuvalu-king-tide-rnz
	{query: 'how high was the king tide funafuti', want: ['The tide peaked at 3.4 metres on Monday evening'], class: 'question'},
	{query: 'tide 20 centimeters above forecast', want: ['about 20 centimetres higher than predicted'], class: 'spelling'},
	{query: 'families evacuated to church hall', want: ['moved 46 families from the worst-hit areas into church halls'], class: 'word form'},
	{query: 'water we were warned about for 2050', want: ['This is the water we were told to expect in 2050'], class: 'phrase'},
	{query: 'tcap seawall $38m donors', want: ['waiting on about US$38 million from donors'], class: 'figure'},
	// uganda-pipeline-compensation-bbc
	{query: 'offered a check that cannot buy back land', want: ['a cheque that cannot buy back what they lost'], class: 'spelling'},
	{query: 'kabahweza plant cofee day after paid', want: ['I will plant coffee the day after'], class: 'typo'},
	{query: 'land prices rose 200% near hoima refinery', want: ['had risen in value by between 150% and 200%'], class: 'word form'},
	{query: 'apc statement 98 percent paid', want: ['98% of affected households in Uganda had'], class: 'name and topic'},
	{query: '11.4 million shillings valuation', want: ['11.4m Ugandan shillings ($3,100; £2,450)'], class: 'figure'},
	// yukon-salmon-collapse-adn
	{query: 'how many kings made it into canada', want: ['Only about 6,200 crossed the border near Eagle this year'], class: 'question'},
	{query: 'marine heatwave killed juvenile salmon', want: ['marine heat waves in the Bering Sea had likely killed'], class: 'word form'},
	{query: 'pollock trawlers chinnok bycatch', want: ['Pollock trawlers caught about 9,800 chinook last year', 'tighter limits on chinook caught by pollock trawlers'], class: 'typo'},
	{query: 'demoski salmon donation galena', want: ['Tribal administrator Peter Demoski called the donation', 'handed out 2,100 pounds of salmon donated by processors'], class: 'name and topic'},
	{query: 'emmonak village store frozen chicken prices per pound expensive', want: ['at up to $14 a pound'], class: 'extra words'},
];
