import {companySuffixes, legalForms} from './lexicon/organisations.js';

/** The shorter names copy gives a company after naming it in full. */

const legalFormAtEnd = new Set(legalForms);

const companyWordAtEnd = new Set(companySuffixes);

/** The word of a holding company or group, last in its name. */
const groupWordsAtEnd = new Set(['Holding', 'Holdings', 'Group']);

/**
 * The shorter names copy goes on to use for a company named with its legal form: "Paria Basin Energy Ltd" →
 * "Paria Basin Energy"; "Brackish Point LNG Inc." → "Brackish Point LNG" and "Brackish Point" (a word of trade
 * dropped too, where two words stay); "Dala Energy Holding" → "Dala Energy".
 */
export function shorterCompanyNames(name: string): string[] {
	const cut = name.lastIndexOf(' ');
	// "Dala Energy Holding" goes on as "Dala Energy": a holding's word, like a legal form, is dropped where two words stay.
	if (cut > 0 && groupWordsAtEnd.has(name.slice(cut + 1)) && name.slice(0, cut).includes(' ')) {
		return [name.slice(0, cut)];
	}

	if (cut <= 0 || !legalFormAtEnd.has(name.slice(cut + 1))) {
		return [];
	}

	const withoutForm = name.slice(0, cut).replace(/,$/u, '');
	const words = withoutForm.split(' ');
	return words.length > 2 && companyWordAtEnd.has(words.at(-1)!) ? [withoutForm, words.slice(0, -1).join(' ')] : [withoutForm];
}
