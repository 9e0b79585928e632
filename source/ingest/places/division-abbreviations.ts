/**
 * The abbreviations wire copy writes after a town for its state or province
 * (AP style for the United States, The Canadian Press's for Canada): "Paradise,
 * Calif.", "Churchill, Man.". States AP writes in full (Maine, Ohio, Texas…)
 * are found by their names. `division` is GeoNames' first-level code.
 */
export type DivisionAbbreviation = {abbreviation: string; name: string; division: string};

const rows = (country: string, entries: Array<[abbreviation: string, name: string, code: string]>): DivisionAbbreviation[] =>
	entries.map(([abbreviation, name, code]) => ({abbreviation, name, division: `${country}.${code}`}));

export const divisionAbbreviations: DivisionAbbreviation[] = [
	...rows('US', [
		['Ala.', 'Alabama', 'AL'], ['Ariz.', 'Arizona', 'AZ'], ['Ark.', 'Arkansas', 'AR'], ['Calif.', 'California', 'CA'], ['Colo.', 'Colorado', 'CO'],
		['Conn.', 'Connecticut', 'CT'], ['Del.', 'Delaware', 'DE'], ['Fla.', 'Florida', 'FL'], ['Ga.', 'Georgia', 'GA'], ['Ill.', 'Illinois', 'IL'],
		['Ind.', 'Indiana', 'IN'], ['Kan.', 'Kansas', 'KS'], ['Ky.', 'Kentucky', 'KY'], ['La.', 'Louisiana', 'LA'], ['Md.', 'Maryland', 'MD'],
		['Mass.', 'Massachusetts', 'MA'], ['Mich.', 'Michigan', 'MI'], ['Minn.', 'Minnesota', 'MN'], ['Miss.', 'Mississippi', 'MS'], ['Mo.', 'Missouri', 'MO'],
		['Mont.', 'Montana', 'MT'], ['Neb.', 'Nebraska', 'NE'], ['Nev.', 'Nevada', 'NV'], ['N.H.', 'New Hampshire', 'NH'], ['N.J.', 'New Jersey', 'NJ'],
		['N.M.', 'New Mexico', 'NM'], ['N.Y.', 'New York', 'NY'], ['N.C.', 'North Carolina', 'NC'], ['N.D.', 'North Dakota', 'ND'], ['Okla.', 'Oklahoma', 'OK'],
		['Ore.', 'Oregon', 'OR'], ['Pa.', 'Pennsylvania', 'PA'], ['R.I.', 'Rhode Island', 'RI'], ['S.C.', 'South Carolina', 'SC'], ['S.D.', 'South Dakota', 'SD'],
		['Tenn.', 'Tennessee', 'TN'], ['Vt.', 'Vermont', 'VT'], ['Va.', 'Virginia', 'VA'], ['Wash.', 'Washington', 'WA'], ['W.Va.', 'West Virginia', 'WV'],
		['Wis.', 'Wisconsin', 'WI'], ['Wyo.', 'Wyoming', 'WY'],
	]),
	...rows('CA', [
		['Alta.', 'Alberta', '01'], ['B.C.', 'British Columbia', '02'], ['Man.', 'Manitoba', '03'], ['N.B.', 'New Brunswick', '04'], ['N.L.', 'Newfoundland and Labrador', '05'],
		['Nfld.', 'Newfoundland and Labrador', '05'], ['N.S.', 'Nova Scotia', '07'], ['Ont.', 'Ontario', '08'], ['P.E.I.', 'Prince Edward Island', '09'], ['Que.', 'Quebec', '10'],
		['Sask.', 'Saskatchewan', '11'], ['N.W.T.', 'Northwest Territories', '13'],
	]),
];

const byAbbreviation = new Map(divisionAbbreviations.map(row => [row.abbreviation, row]));
/** ", Calif." right after a name, the abbreviation ending at a space, punctuation or the paragraph's end. Built from the table, never from input. */
const afterTown = new RegExp(String.raw`^, (${divisionAbbreviations.map(row => row.abbreviation.replaceAll('.', String.raw`\.`)).join('|')})(?=[\s,;:)—–-]|$)`, 'u');

/** The state or province abbreviated right after a name ending at `end`, and where the abbreviation lies. */
export function abbreviatedDivisionAfter(paragraph: string, end: number): (DivisionAbbreviation & {start: number; end: number}) | undefined {
	const match = afterTown.exec(paragraph.slice(end, end + 10));
	if (match === null) {
		return undefined;
	}

	const start = end + 2;
	return {...byAbbreviation.get(match[1]!)!, start, end: start + match[1]!.length};
}
