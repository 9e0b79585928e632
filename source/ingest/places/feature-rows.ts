import type {LocationKind} from './place.js';

/**
 * How news copy names a river, a lake, a bay, an island, a mountain, a dam or
 * a valley that no gazetteer on npm holds, as rows: the words that say what
 * the name is and where they stand. `after`: "the Kolvar River", "the Mardu
 * river" (lower case too, where `lowerCase`); `before`: "Lake Tessin",
 * "Mount Arvel", "Salar de Quiru"; `beforeOf`: "the Bay of Lenns". Each row's
 * examples run as tests (test/natural-features.test.ts): `[text, the name found
 * or null]`.
 */
export type FeatureRow = {
	id: string;
	kind: LocationKind;
	after?: string[];
	/** The `after` words count in lower case too: "the Mardu river". */
	lowerCase?: true;
	before?: string[];
	beforeOf?: string[];
	examples: Array<[text: string, found: string | null]>;
};

export const featureRows: FeatureRow[] = [
	{
		id: 'river',
		kind: 'river',
		after: ['River', 'Creek', 'Estuary', 'Delta'],
		lowerCase: true,
		before: ['River', 'Rio', 'Río'],
		examples: [
			['Boats sank on the Kolvar River near Tessin.', 'Kolvar River'],
			['The Mardu river burst its banks at Tessin.', 'Mardu river'],
			['Barges wait on the River Tessel below Arnholm.', 'River Tessel'],
			['The Kolvar River Authority said so.', null],
			// "River" closing a name opens none: no "River Tessel Bird Refuge".
			['Ducks nest in the Kolvar River Tessel Bird Refuge.', null],
			['In River Tessel the barges wait.', 'River Tessel'],
		],
	},
	{
		id: 'lake or reservoir',
		kind: 'lake',
		after: ['Lake', 'Lagoon', 'Reservoir', 'Aquifer', 'Wetlands', 'Marshes'],
		lowerCase: true,
		before: ['Lake', 'Lough', 'Loch', 'Lac', 'Laguna', 'Lago'],
		examples: [
			['Water from the Vessa aquifer is pumped to Tessin.', 'Vessa aquifer'],
			['Lough Arran flooded the fields near Tessin.', 'Lough Arran'],
			['Fishermen on Quarrow Lake have gone.', 'Quarrow Lake'],
		],
	},
	{
		id: 'dam, barrage or weir',
		kind: 'river',
		after: ['Dam', 'Barrage', 'Weir', 'Gorge'],
		lowerCase: true,
		examples: [
			['Engineers opened the Kessar Gorge Dam near Tessin.', 'Kessar Gorge Dam'],
			['The Varro dam was built in 1962.', 'Varro dam'],
			['Water was let out of the Varro and Kessar Gorge dams upstream.', 'Varro dam, Kessar Gorge dam'],
		],
	},
	{
		id: 'bay, gulf or inlet',
		kind: 'sea',
		after: ['Bay', 'Gulf', 'Inlet', 'Sound', 'Bight', 'Fjord', 'Sea', 'Harbour', 'Harbor'],
		beforeOf: ['Bay', 'Gulf', 'Sea', 'Bight'],
		examples: [
			['Ice still covers the Bay of Lenns this week.', 'Bay of Lenns'],
			['The ferry crossed Tarrow Inlet at dawn.', 'Tarrow Inlet'],
			['Salmon pens crowd Kessar Harbour, near Tessin.', 'Kessar Harbour'],
			['The Quarrow Bay Company said so.', null],
		],
	},
	{
		id: 'strait',
		kind: 'strait',
		after: ['Strait', 'Straits'],
		beforeOf: ['Strait', 'Straits'],
		examples: [['Tankers queue at the Strait of Vessa.', 'Strait of Vessa']],
	},
	{
		id: 'island',
		kind: 'region',
		after: ['Island', 'Islands', 'Isle', 'Atoll', 'Archipelago'],
		lowerCase: true,
		before: ['Isla', 'Ilha', 'Nusa', 'Pulau'],
		beforeOf: ['Isle'],
		examples: [
			['Residents of Tarrow Island were taken off by boat.', 'Tarrow Island'],
			['Ferries to Nusa Kellan stopped.', 'Nusa Kellan'],
			['A Greek island was hit.', null],
		],
	},
	{
		id: 'mountain',
		kind: 'mountain',
		after: ['Mountain', 'Mountains', 'Range', 'Hills', 'Volcano', 'Peak', 'Glacier'],
		before: ['Mount', 'Mt', 'Monte', 'Cerro', 'Volcán', 'Nevado'],
		examples: [
			['Climbers turned back below Mount Arvel.', 'Mount Arvel'],
			['Snow fell early on the Kessar Range.', 'Kessar Range'],
		],
	},
	{
		id: 'valley, desert or peninsula',
		kind: 'region',
		after: ['Valley', 'Desert', 'Peninsula', 'Plateau', 'Basin', 'Plain', 'Plains', 'Swamp', 'Steppe'],
		lowerCase: true,
		before: ['Península', 'Peninsula', 'Salar de'],
		examples: [
			['Rice farmers in the Tessel valley lost their crop.', 'Tessel valley'],
			['Smog settles over the Tessel River valley.', 'Tessel River'],
			['Lithium is pumped from the Salar de Quiru.', 'Salar de Quiru'],
			['Herders crossed the Arvel Desert in winter.', 'Arvel Desert'],
		],
	},
	{
		id: 'park, beach or cape',
		kind: 'region',
		after: ['National Park', 'Nature Reserve', 'Game Reserve', 'Wildlife Sanctuary', 'Forest', 'Beach', 'Point'],
		before: ['Playa', 'Cape', 'Cabo'],
		examples: [
			['Rangers patrol Kessar National Park.', 'Kessar National Park'],
			['Surfers left Tarrow Beach.', 'Tarrow Beach'],
			['The Kessar national park office said so.', null],
		],
	},
];
