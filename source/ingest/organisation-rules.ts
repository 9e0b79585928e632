import {peopleAtOrganisation} from './lexicon/titles.js';

/**
 * How news copy shows that a capitalised name no lexicon knows is an
 * organisation's, as rows: `pattern` is matched on the text just `before` the
 * name or just `after` it (a regular expression of our own, never built from
 * input); `yields` says what it makes of the name. Each row's examples run as
 * tests (test/ingest-attribution-rules.test.ts): `[text, name]`, where the
 * name is one the article's actors must hold as an organisation.
 */
export type OrganisationRule = {
	id: string;
	side: 'before' | 'after';
	pattern: RegExp;
	yields: string;
	examples: Array<[text: string, organisation: string]>;
};

const tradedIn: OrganisationRule = {
	id: 'shares or a stake in it',
	side: 'before',
	pattern: /\b(?:shares|stock|stake)\s+(?:in|of)\s+$/iu,
	yields: 'an organisation: only a company is traded',
	examples: [
		['Investors sold shares of Zentrix on Monday after the ruling.', 'Zentrix'],
		['The fund took a stake in Halvorsen Kraft last year.', 'Halvorsen Kraft'],
	],
};

const itsShares: OrganisationRule = {
	id: 'its shares after it',
	side: 'after',
	// Not the verb: "Leetia Kunilusie shares a small house", "she shares her …".
	pattern: /^(?:[’']s)?\s+(?:shares|stock|share price)\b(?!\s+(?:a|an|the|his|her|their|its|our|my|this|that|these|those|some|one|two)\b)/u,
	yields: 'an organisation: only a company has shares',
	examples: [
		['Nitrocem shares fell 4% in early trading.', 'Nitrocem'],
		['Analysts said Brevik’s share price had doubled since March.', 'Brevik'],
	],
};

const companyGroups = ['companies', 'firms', 'rivals', 'competitors', 'peers', 'startups', 'start-ups', 'fintechs', 'platforms', 'brands', 'lines', 'carriers', 'airlines', 'banks', 'lenders', 'insurers', 'operators', 'groups', 'retailers', 'chipmakers', 'carmakers', 'automakers', 'manufacturers', 'makers'];

const companiesSuchAs: OrganisationRule = {
	id: 'companies such as it',
	side: 'before',
	// The group may open the sentence: "Rivals such as Tindra".
	pattern: new RegExp(String.raw`\b(?:${companyGroups.map(group => `[${group[0]}${group[0]!.toUpperCase()}]${group.slice(1)}`).join('|')})\s+(?:including|such as|like)\s+(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*(?:,\s+|\s+and\s+))*$`, 'u'),
	yields: 'an organisation, and each name listed after it',
	examples: [
		['Shipping lines including Maersk and Kestrel Line rerouted their vessels.', 'Kestrel Line'],
		['Rivals such as Tindra have cut prices.', 'Tindra'],
	],
};

const peopleAt: OrganisationRule = {
	id: 'its people at it',
	side: 'before',
	pattern: peopleAtOrganisation,
	yields: 'an organisation: where analysts, researchers and economists work',
	examples: [
		['Researchers from Tellkamp found traces of lead in the water.', 'Tellkamp'],
		['Engineers at Quillon Vale inspected the turbines.', 'Quillon Vale'],
	],
};

const basedIn: OrganisationRule = {
	id: 'where it is based, before it',
	side: 'before',
	pattern: /\p{L}-based\s+$/u,
	yields: 'an organisation: only a body is based somewhere',
	examples: [
		['The Osaka-based Kansai Omotenashi Travel said bookings had halved.', 'Kansai Omotenashi Travel'],
		['Oslo-based Nordvik said it would appeal.', 'Nordvik'],
	],
};

export const organisationRules: OrganisationRule[] = [tradedIn, itsShares, companiesSuchAs, peopleAt, basedIn];

/** Whether the words around a name (`before` it, `after` it) make it an organisation's, by one of the rows. */
export function isOrganisationByContext(before: string, after: string): boolean {
	return organisationRules.some(rule => rule.pattern.test(rule.side === 'before' ? before : after));
}

/** "Shares of Zentrix": a capitalised run that opens a sentence with what is traded: no part of the name. */
export const sharesOf = /^(?:Shares|Stock)\s+of\s+/u;
