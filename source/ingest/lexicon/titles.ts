import {organisationNouns} from './organisations.js';

/** Heads and members of local government the world over: an Indonesian regency's regent, a French department's prefect, an Irish county's councillor. */
const localGovernmentTitles = ['Regent', 'Prefect', 'Sub-prefect', 'Councillor', 'Councilor', 'Alderman', 'Alderwoman', 'Sheriff', 'Magistrate', 'Collector', 'Provost', 'Reeve', 'Warden', 'Superintendent', 'Selectman', 'Intendant'];

/**
 * Words that make a phrase a role or a title ("the US National Security
 * Council spokesman", "Defence Secretary", "Col."). Compared without case.
 */
export const roleNouns = [
	'secretary-general', 'director-general', 'attorney-general', 'solicitor-general', 'inspector-general', 'auditor-general', 'governor-general', 'surgeon general', 'commander-in-chief', 'editor-in-chief',
	'president', 'vice-president', 'prime minister', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson',
	'director', 'chief', 'head', 'leader', 'commander', 'general', 'ambassador', 'envoy', 'governor', 'senator',
	'mayor', 'chancellor', 'chairman', 'chairwoman', 'chair', 'ceo', 'founder', 'adviser', 'advisor', 'official',
	'officer', 'analyst', 'expert', 'professor', 'researcher', 'correspondent', 'reporter', 'editor', 'economist',
	'lawyer', 'judge', 'justice', 'prosecutor', 'negotiator', 'diplomat', 'representative', 'deputy', 'admiral',
	'colonel', 'captain', 'major', 'sergeant', 'lieutenant', 'king', 'queen', 'prince', 'princess', 'pope', 'emir',
	'sheikh', 'premier', 'speaker', 'lawmaker', 'mp', 'congressman', 'congresswoman', 'senior fellow', 'fellow',
	'manager', 'executive', 'coordinator', 'commissioner', 'inspector', 'administrator', 'strategist', 'founder',
	'owner', 'master', 'counterpart', 'writer', 'journalist', 'photographer', 'columnist', 'resident', 'witness', 'activist', 'campaigner', 'doctor', 'nurse', 'teacher', 'farmer', 'student', 'worker',
	'partner', 'magnate', 'businessman', 'businesswoman', 'entrepreneur', 'investor', 'consultant', 'seller', 'vendor', 'trader', 'shopkeeper', 'driver', 'fisherman', 'volunteer', 'lecturer',
	'elder', 'headman', 'headwoman', 'schoolteacher', 'priest', 'imam', 'pastor', 'monk', 'herder', 'grower', 'miner', 'welder', 'builder', 'mechanic', 'engineer', 'pilot', 'guide', 'agronomist', 'geologist', 'hydrologist', 'ecologist', 'historian', 'midwife',
	...localGovernmentTitles.map(title => title.toLowerCase()),
];

/**
 * Lower-case words that open a surname: "de Vries", "van der Berg", "bin Salman", "Kabamba wa Ilunga" (Luba and
 * Swahili "of"), "ould Abdallah" (Hassaniya), "ag Ghaly" (Tuareg), "ap Rhys" (Welsh), "zu Guttenberg", "af Klint";
 * "al-" and "el-" are joined to it ("al-Harbi").
 */
export const surnameParticles = ['de', 'da', 'das', 'do', 'dos', 'del', 'der', 'van', 'von', 'bin', 'bint', 'binti', 'ibn', 'abu', 'al', 'el', 'la', 'le', 'di', 'du', 'wa', 'ould', 'ag', 'ap', 'zu', 'af', 'ten', 'ter'];

/**
 * Capitalised words that open an Irish or Scottish Gaelic surname and belong to it: "Pádraig Ó Conghaile" is "Mr Ó
 * Conghaile", "Eimear Ní Fhátharta" is "Ms Ní Fhátharta", "Mac Lochlainn", "Nic Giolla".
 */
export const gaelicSurnameParticles = ['Ó', 'Ní', 'Nic', 'Mac', 'Uí', 'Ua'];

/** Forms of address other languages put before a name (Indonesian and Malay, Nigerian Muslim, Indian): no role, like "Mr". */
const formsOfAddressElsewhere = ['Pak', 'Bu', 'Bapak', 'Ibu', 'Datuk', 'Alhaji', 'Hajiya', 'Shri', 'Smt.'];

/** Abbreviated ranks and honorifics written before a name. */
export const nameTitles = [
	'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Sen.', 'Rep.', 'Gov.', 'Lt.', 'Col.', 'Gen.', 'Maj.', 'Capt.', 'Cmdr.', 'Adm.', 'Sgt.',
	'Cpl.', 'Rev.', 'Amb.', 'Lt. Col.', 'Lt. Gen.', 'Maj. Gen.', 'Brig. Gen.', 'Cllr', 'Cllr.', 'Sir', 'Dame', 'Lord', 'Lady',
	...formsOfAddressElsewhere,
];

/** How to address someone, which says nothing of what they do: "Mr", "Dr.", "Pak", "Hajiya". */
export const formsOfAddress = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Sir', 'Dame', 'Lord', 'Lady', ...formsOfAddressElsewhere.map(form => form.replace(/\.$/u, ''))];

/** Members of parliaments and executives by their letters ("Sinn Féin TD", "transport MEC", "Labour MP"), and a company's chiefs ("CEO"). */
export const acronymTitles = ['MP', 'MEP', 'MSP', 'MLA', 'MPP', 'MNA', 'MHA', 'TD', 'MEC', 'CEO', 'CFO', 'COO', 'CTO'];

/** Capitalised words that open a role before a name: "Defence Secretary Grant Shapps", "NATO Secretary General Mark Rutte". */
export const titleWords = [
	'President', 'Vice', 'Prime', 'Minister', 'Secretary', 'General', 'Foreign', 'Defence', 'Defense', 'Interior', 'Finance',
	'Spokesman', 'Spokeswoman', 'Spokesperson', 'Chancellor', 'Governor', 'Senator', 'Mayor', 'Director', 'Chief', 'Ambassador',
	'Commander', 'Admiral', 'Colonel', 'Captain', 'Major', 'Sergeant', 'Lieutenant', 'King', 'Queen', 'Prince', 'Princess',
	'Pope', 'Emir', 'Sheikh', 'Premier', 'Speaker', 'Chairman', 'Chairwoman', 'Deputy', 'Executive', 'Officer', 'Operating', 'Financial',
	...acronymTitles, 'Director-General', 'Secretary-General', 'Attorney-General', 'Vice-President', 'Vice-Chancellor', 'Commissioner', 'Minister-President', 'Supreme', 'Leader', 'Judge',
	'Justice', 'Attorney', 'State', 'Health', 'Trade', 'Energy', 'Home', 'Economy', 'Economic', 'National', 'Security',
	'Adviser', 'Advisor', 'Envoy', 'Special', 'Senior', 'Acting', 'Former', 'Opposition', 'Party', 'Army', 'Navy', 'Air', 'Force',
	'Rear', 'Marshal', 'Field', 'Staff', 'Joint', 'Chiefs', 'Representative', 'Congressman', 'Congresswoman', 'Mr', 'Mrs', 'Ms', 'Dr',
	...localGovernmentTitles,
	...nameTitles,
];

/** People an article may quote without naming: "a senior official", "one resident", "the officer". */
const unnamedNouns = String.raw`(?:officials?|residents?|sources?|diplomats?|people|persons?|witness(?:es)?|analysts?|observers?|soldiers?|officers?|aides?|activists?|experts?|spokesm[ae]n|spokeswom[ae]n|spokespersons?|insiders?|members?|workers?|civilians?|mothers?|fathers?|men|women|man|woman|locals?|survivors?|volunteers?|commanders?|evacuees?|refugees?|farmers?|drivers?|sailors?|crew|doctors?|nurses?|teachers?|students?|lawmakers?|critics?|economists?|traders?|investors?|executives?|negotiators?|dockers?|dockworkers?|scientists?|researchers?|forecasters?|meteorologists?|campaigners?|environmentalists?|medics?|rescuers?|paramedics?|firefighters?|miners?|fisherm[ae]n|pilots?|engineers?|shopkeepers?|vendors?|parents?|patients?|protesters?|villagers?|voters?|passengers?|shoppers?|holidaymakers?|tourists?|visitors?|commuters?|pilgrims?|bystanders?|onlookers?|mourners?|homeowners?|tenants?|customers?|guests?|spectators?|pensioners?|retirees?|herders?|hunters?|someone|person familiar[^,]*)`;

/**
 * Speakers the article does not name: "a senior official said", "one resident
 * said", "Analysts say". Such a quote keeps speaker null and passes nothing on.
 */
export const unnamedSpeaker = new RegExp(String.raw`^(?:(?:an?|one|another|two|three|several|some|many|other|two other|the)\s+(?:[\p{L}-]+\s+){0,4}?${unnamedNouns}|${unnamedNouns})\b`, 'iu');

/** ", who asked not to be named", ", who spoke on condition of anonymity": whatever the noun before it, that person stays unnamed. */
const anonymity = String.raw`(?:asked|declined|requested|spoke|did not want|refused)\b[^.,;]{0,60}?\b(?:named|identified|identity|anonymity)\b`;

/** The appositive of a person who stays unnamed: ", who asked not to be named because …,". */
export const anonymousAppositive = new RegExp(String.raw`^,\s+who\s+${anonymity}`, 'u');

/** An unnamed person introduced in running text ("one evacuee, who asked not to be named, said"): a later "she" is that person; not a possessive that qualifies a thing ("a women's cooperative"). */
export const unnamedPerson = new RegExp(
	String.raw`\b(?:an?|one|another)\s+(?:(?:[\p{L}-]+\s+){0,3}?${unnamedNouns}\b(?![’'](?:s\b|\s))|(?:[\p{L}-]+\s+){0,3}?\p{Ll}+(?=,\s+who\s+${anonymity}))`,
	'giu',
);

/** People who work for an organisation, in the plural: "Analysts at Morgan Stanley", "the analysts wrote". */
export const organisationPeople = ['analysts', 'economists', 'strategists', 'researchers', 'scientists', 'experts', 'engineers', 'executives', 'staff', 'employees', 'officials', 'lawyers', 'investigators', 'prosecutors', 'inspectors', 'auditors'];
const organisationPerson = organisationPeople.map(plural => plural.replace(/s$/u, 's?')).join('|');

/** Just before an organisation's name: "Analysts at ", "a researcher from the ". What follows is the organisation, not a place or a person. */
export const peopleAtOrganisation = new RegExp(String.raw`\b(?:${organisationPerson})\s+(?:at|from|with)\s+(?:the\s+)?$`, 'iu');

/** Right after an organisation's name: "An IHCAFE spokesperson", "a Namhae spokesman". */
export const spokespersonAfter = /^(?:[’']s)?\s+spokes(?:person|man|woman)\b/u;

/** Just before an organisation's name: "A spokesperson for the ". Named no further, they speak for it. */
export const spokespersonFor = /(?:^|\s)(?:[Aa]n?|[Tt]he)\s+(?:\p{Ll}[\p{L}-]*\s+)?spokes(?:person|man|woman)\s+(?:for|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?[’']s\s+)?$/u;

/** " agriculture department", " press office": lower-case words ending in an organisation's noun, right after an owner ("the Junta’s agriculture department"). */
export const departmentAfter = new RegExp(String.raw`^\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:${organisationNouns.join('|')})\b`, 'u');

/** "a spokesperson for the ministry": the spokesperson of an organisation named by its noun, which the group captures. */
export const spokespersonForNoun = /^(?:an?|the)\s+spokes(?:man|woman|person)\s+(?:for|of|at)\s+the\s+(\p{Ll}+)(?![\p{L}-])/u;

/** "the analysts wrote": the people of an organisation named before, spoken of as a group. */
export const theOrganisationPeople = new RegExp(String.raw`(?:^|\s)the\s+(?:${organisationPeople.join('|')})$`, 'u');

/**
 * Titles and the noun copy uses for their holder later: "Justice Andrea
 * Moonsammy … the judge wrote", "Sen. Maria Lopez … the senator said", "Dr
 * Mwape Chanda … the doctor said" (lower case, without the full stop).
 */
export const titleHolders: ReadonlyMap<string, string> = new Map([
	['justice', 'judge'], ['sen', 'senator'], ['rep', 'congressman'], ['gov', 'governor'], ['gen', 'general'], ['col', 'colonel'],
	['lt', 'lieutenant'], ['capt', 'captain'], ['cmdr', 'commander'], ['adm', 'admiral'], ['sgt', 'sergeant'], ['prof', 'professor'], ['dr', 'doctor'],
]);
