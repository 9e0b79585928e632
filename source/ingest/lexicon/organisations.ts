/**
 * Organisations news copy names without a person: matched as written
 * (case-sensitive), longest first. The patterns cover the common shapes
 * ("the Foreign Ministry", "the Ministry of Defence", "the State Department").
 */
export const knownOrganisations = [
	'White House', 'Kremlin', 'Pentagon', 'NATO', 'United Nations', 'UN', 'U.N.', 'UN Security Council', 'Security Council', 'European Union', 'EU',
	'European Commission', 'IAEA', 'International Atomic Energy Agency', 'World Bank', 'IMF', 'International Monetary Fund', 'OPEC',
	'G7', 'G20', 'Red Cross', 'Red Crescent', 'Hamas', 'Hezbollah', 'Houthis', 'Taliban', 'Wagner Group', 'Wagner', 'IRGC',
	'Revolutionary Guards', 'Islamic Revolutionary Guard Corps', 'CIA', 'FBI', 'NSA', 'MI6', 'FSB', 'SBU', 'Mossad', 'Congress', 'Senate',
	'Parliament', 'Duma', 'Bundestag', 'Knesset', 'Supreme Court', 'Reuters', 'Associated Press', 'AP', 'AFP', 'BBC', 'Xinhua', 'Tass', 'TASS',
	'RIA Novosti', 'Interfax', 'IRNA', 'Fars', 'Tasnim', 'Downing Street', 'Élysée', 'Elysee', 'Quai d’Orsay', 'State Department', 'Treasury',
	'Department of Defense', 'Ministry of Defence', 'Ministry of Defense', 'Foreign Ministry', 'Defence Ministry', 'Defense Ministry',
	'National Security Council', 'US National Security Council', 'World Health Organization', 'WHO', 'World Trade Organization', 'WTO',
	'International Criminal Court', 'ICC', 'African Union', 'ASEAN', 'UNICEF', 'UNHCR', 'Amnesty International', 'Human Rights Watch',
];

/** Short forms of known organisations, full name first: an article's "EU" is the European Union. */
export const organisationShortForms: string[][] = [
	['European Union', 'EU'],
	['United Nations', 'UN', 'U.N.'],
	['International Monetary Fund', 'IMF'],
	['International Atomic Energy Agency', 'IAEA'],
	['Associated Press', 'AP'],
	['World Health Organization', 'WHO'],
	['World Trade Organization', 'WTO'],
	['International Criminal Court', 'ICC'],
	['Islamic Revolutionary Guard Corps', 'IRGC', 'Revolutionary Guards'],
	['UN Security Council', 'Security Council'],
	['Federal Bureau of Investigation', 'FBI'],
	['Central Intelligence Agency', 'CIA'],
	['National Security Agency', 'NSA'],
	['Élysée', 'Elysee'],
];

/**
 * Head nouns that Spanish, Portuguese, French and Italian names open with: "Ingenio Las Cañadas", "Minera Sur
 * Andino", "Universidad Mayor de San Andrés", "Office d’Équipement Hydraulique de Corse", "Banca d’Italia".
 */
export const organisationOpeningWords = [
	'Ingenio', 'Minera', 'Compañía', 'Companhia', 'Compagnie', 'Empresa', 'Empresas', 'Grupo', 'Groupe', 'Gruppo', 'Banco', 'Banque', 'Banca',
	'Universidad', 'Universidade', 'Université', 'Università', 'Instituto', 'Institut', 'Istituto', 'Fundación', 'Fundação', 'Fondation',
	'Asociación', 'Associação', 'Sindicato', 'Syndicat', 'Ministerio', 'Ministério', 'Ministère', 'Secretaría', 'Agence', 'Agencia',
	'Corporación', 'Sociedad', 'Société', 'Società', 'Federación', 'Fédération', 'Confederación', 'Cámara', 'Consejo', 'Conseil', 'Consorzio',
	'Cooperativa', 'Coopérative', 'Petróleos', 'Aerolíneas', 'Naviera', 'Industrias', 'Office', 'Caisse', 'Azienda', 'Ente', 'Comisión', 'Comissão',
];

/**
 * Head nouns that make a capitalised name an organisation, as its last word or
 * before "of" ("Alabuga Corporation", "Ministry of Health", "Royal College of Nursing").
 */
export const organisationHeadWords = [
	'Ministry', 'Department', 'Agency', 'Council', 'Committee', 'Commission', 'Office', 'Service', 'Services', 'Corporation', 'Corp', 'Corp.',
	'Company', 'Co.', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'Group', 'Bank', 'Fund', 'Institute', 'University', 'College', 'Academy', 'School', 'Hospital',
	'Trust', 'Society', 'Party', 'Parliament', 'Assembly', 'Army', 'Navy', 'Forces', 'Force', 'Guard', 'Guards', 'Corps', 'Police', 'Court',
	'Authority', 'Organisation', 'Organization', 'Union', 'Federation', 'Association', 'Foundation', 'Centre', 'Center', 'Bureau',
	'Administration', 'Government', 'Cabinet', 'Directorate', 'Command', 'Board', 'Alliance', 'Coalition', 'Movement', 'Front', 'Brigade',
	'Battalion', 'Regiment', 'Division', 'Network', 'Chamber', 'Confederation', 'International', 'Programme', 'Program',
	'Cooperative', 'Co-operative', 'Cooperativa', 'Consortium', 'Club', 'League', 'Tribunal', 'Secretariat', 'Inspectorate', 'Observatory',
	'Institution', 'Syndicate', 'Collective', 'Congress', 'Senate',
	// Legal forms: "Trilhos Paulistas Participações S.A.", "Siemens AG".
	'S.A.', 'SA', 'AG', 'GmbH', 'PLC', 'N.V.', 'NV', 'B.V.', 'Ltda', 'S.p.A.', 'SpA',
];

/**
 * Legal forms written after a company's name, which copy drops after the first
 * mention: "Paria Basin Energy Ltd" is then "Paria Basin Energy", "Śląska
 * Spółka Węglowa SA" "Śląska Spółka Węglowa".
 */
export const legalForms = ['Ltd', 'Ltd.', 'Limited', 'Inc', 'Inc.', 'Corp', 'Corp.', 'LLC', 'plc', 'PLC', 'S.A.', 'SA', 'AG', 'GmbH', 'N.V.', 'NV', 'B.V.', 'BV', 'Ltda', 'S.p.A.', 'SpA', 'SE', 'AB', 'ASA', 'Oyj', 'Bhd', 'Tbk'];

/** Last words of company names ("Hutchison Ports", "Sierra Valley Power"), which are also surnames often enough to check the first name. */
export const companySuffixes = [
	'Ports', 'Lines', 'Airlines', 'Airways', 'Holdings', 'Industries', 'Shipping', 'Logistics', 'Motors', 'Power', 'Water',
	'Energy', 'Electric', 'Oil', 'Gas', 'Petroleum', 'Pharmaceuticals', 'Pharma', 'Systems', 'Technologies', 'Partners', 'Capital', 'Media',
	'Telecom', 'Railways', 'Rail', 'Steel', 'Mining', 'Chemicals', 'Foods', 'Brands', 'Labs', 'Ventures', 'Enterprises', 'Insurance', 'Airports',
	'Travel', 'Tours', 'News', 'Securities', 'Assurance', 'Reinsurance', 'LNG', 'Holding', 'Incorporated',
	// Not the words ministries list after a comma ("Ministry of Agriculture, Natural Resources and …"): no Resources, Fisheries, Construction.
	'Aquaculture', 'Seafood', 'Seafoods', 'Farms', 'Minerals', 'Metals', 'Developments', 'Properties', 'Textiles', 'Cement', 'Mills',
	// "Agrosur Comercial", "Naviera Fluvial": the same words in Spanish and Portuguese.
	'Comercial', 'Agropecuaria', 'Agroindustrial', 'Exportadora', 'Importadora', 'Transportes', 'Logística', 'Servicios', 'Construcciones',
	'Inversiones', 'Alimentos', 'Minera', 'Mineração', 'Naviera', 'Fluvial', 'Petróleos', 'Energía', 'Energia',
	// "Savannah Mutual Assurance Co.", "Acme Corp.": the abbreviated legal forms of English-speaking countries.
	'Co', 'Co.', 'Corp', 'Corp.', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'LLC',
];

/** Nouns that describe an organisation: "the company said", "Tidewater Lines, a container carrier". */
export const organisationNouns = ['company', 'firm', 'carrier', 'operator', 'airline', 'insurer', 'utility', 'group', 'ministry', 'agency', 'government', 'department', 'military', 'army', 'navy', 'embassy', 'authority', 'authorities', 'police', 'council', 'court', 'party', 'union', 'bank', 'office', 'administration', 'organisation', 'organization', 'charity', 'broadcaster', 'newspaper', 'network', 'coalition', 'alliance', 'institute', 'university', 'hospital', 'port', 'regulator', 'manufacturer', 'maker', 'chipmaker', 'carmaker', 'automaker', 'drugmaker', 'planemaker', 'steelmaker', 'retailer', 'supermarket', 'conglomerate', 'producer', 'exporter', 'shipper', 'lender', 'startup', 'start-up', 'fintech', 'think tank', 'campaign group', 'watchdog', 'service', 'trust', 'society', 'club', 'federation', 'association', 'foundation', 'commission', 'committee', 'force', 'forces', 'consortium', 'paramilitary', 'militia', 'reinsurer', 'brokerage', 'broker', 'asset manager', 'bourse', 'provider', 'bureau', 'directorate', 'secretariat', 'inspectorate', 'tribunal', 'prefecture', 'municipality', 'cooperative', 'co-operative', 'chamber', 'observatory', 'body', 'mill', 'refinery', 'consultancy'];
