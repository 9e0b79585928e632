/**
 * Organisations news copy names without a person: matched as written
 * (case-sensitive), longest first. The patterns cover the common shapes
 * ("the Foreign Ministry", "the Ministry of Defence", "the State Department").
 */
export const knownOrganisations = [
	'White House', 'Kremlin', 'Pentagon', 'NATO', 'United Nations', 'UN Security Council', 'Security Council', 'European Union', 'EU',
	'European Commission', 'IAEA', 'International Atomic Energy Agency', 'World Bank', 'IMF', 'International Monetary Fund', 'OPEC',
	'G7', 'G20', 'Red Cross', 'Red Crescent', 'Hamas', 'Hezbollah', 'Houthis', 'Taliban', 'Wagner Group', 'Wagner', 'IRGC',
	'Revolutionary Guards', 'Islamic Revolutionary Guard Corps', 'CIA', 'FBI', 'NSA', 'MI6', 'FSB', 'SBU', 'Mossad', 'Congress', 'Senate',
	'Parliament', 'Duma', 'Bundestag', 'Knesset', 'Supreme Court', 'Reuters', 'Associated Press', 'AP', 'AFP', 'BBC', 'Xinhua', 'Tass', 'TASS',
	'RIA Novosti', 'Interfax', 'IRNA', 'Fars', 'Tasnim', 'Downing Street', 'Élysée', 'Elysee', 'Quai d’Orsay', 'State Department', 'Treasury',
	'Department of Defense', 'Ministry of Defence', 'Ministry of Defense', 'Foreign Ministry', 'Defence Ministry', 'Defense Ministry',
	'National Security Council', 'US National Security Council',
];

/** Head nouns that make a capitalised name an organisation ("Alabuga Corporation", "Ministry of Health"). */
export const organisationHeads = /\b(?:Ministry|Department|Agency|Council|Committee|Commission|Office|Service|Services|Corporation|Corp\.?|Company|Co\.|Inc\.?|Ltd\.?|Group|Bank|Fund|Institute|University|Party|Parliament|Assembly|Army|Navy|Forces|Force|Guard|Guards|Police|Court|Authority|Organisation|Organization|Union|Federation|Association|Foundation|Centre|Center|Bureau|Administration|Government|Cabinet|Directorate|Command|Board|Alliance|Coalition|Movement|Front|Brigade|Battalion|Regiment|Division)\b/u;

/** Nouns that describe an organisation: "the company said", "Tidewater Lines, a container carrier". */
export const organisationNouns = ['company', 'firm', 'carrier', 'operator', 'airline', 'insurer', 'utility', 'group', 'ministry', 'agency', 'government', 'department', 'military', 'army', 'navy', 'embassy', 'authority', 'authorities', 'police', 'council', 'court', 'party', 'union', 'bank', 'office', 'administration', 'organisation', 'organization', 'charity', 'broadcaster', 'newspaper', 'network', 'coalition', 'alliance', 'institute', 'university', 'hospital', 'port', 'regulator', 'manufacturer', 'maker', 'producer', 'exporter', 'shipper', 'lender', 'startup'];
