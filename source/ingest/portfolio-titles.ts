import {surnameParticles} from './lexicon/titles.js';
import {isCommonWord, isFirstName} from './name-kind.js';
import {capitalisedRun} from './names.js';

/**
 * A minister's or an official's portfolio written in capitals before their
 * name: "Deputy Minister for Energy Transition and Indigenous Consultation
 * Óscar Mejía Pinzón", "Undersecretary of the Ministry of Energy and Minerals
 * for Energy Affairs Salim bin Nasser al-Aufi". The capitalised run that
 * holds the name also holds the portfolio's last words; the name is the run's
 * tail after them.
 */

/** "Minister for", "Undersecretary of the", "Director-General of": a title word opening a portfolio. */
const portfolioHead = /(?:^|[\s(])(?:(?:Deputy|Vice|Assistant|Acting|Junior|State|Permanent|Principal|Chief)[\s-])?(?:Minister|Secretary|Undersecretary|Under-Secretary|Commissioner|Director|Director-General|Secretary-General|Administrator|Governor|Ambassador|Envoy|Head|Chair|Chairman|Chairwoman|President)\s+(?:of|for|to)\s/u;
const portfolioHeads = new RegExp(portfolioHead.source, 'gu');
/** What may lie between that head and the run: capitalised words, "and", "of", "for", "the", commas. */
const portfolioWords = /^(?:(?:\p{Lu}[\p{L}\p{M}'’-]*|and|&|of|for|the|on),?\s+)*$/u;

/** The portfolio before a run, from its title word to the run's start ("Deputy Minister for Energy Transition and"), if the text before it ends in one. */
export function portfolioBefore(before: string): string | undefined {
	// A portfolio is a few words long: reading further back only costs time on long paragraphs.
	const tail = before.slice(-160);
	for (const head of tail.matchAll(portfolioHeads)) {
		if (portfolioWords.test(tail.slice(head.index + head[0].length))) {
			return tail.slice(head.index).trim();
		}
	}

	return undefined;
}

/** Whether a portfolio's title word opens a title ("Deputy Minister for Energy"): the title names a portfolio. */
export function namesPortfolio(title: string): boolean {
	return portfolioHead.test(title) || /\s(?:of|for)\s/u.test(title);
}

/** Endings of the nouns portfolios are made of, which no name has: "Consultation", "Resources", "Affairs", "Indigenous". */
const portfolioNounEnding = /(?:tion|sion|ment|ness|ity|ance|ence|ics|ure|ous|ism|ship|ies|ces|airs|ing)$/u;
const particles = new Set(surnameParticles);
/** "bin", "de", "al-Aufi": a particle, alone or joined to the surname by a hyphen. */
const isParticle = (word: string) => particles.has(word.toLowerCase().replace(/-.*$/u, ''));

function isPortfolioWord(word: string): boolean {
	const bare = word.replace(/[,.]$/u, '');
	return bare === 'of' || bare === 'for' || bare === 'and' || (!isFirstName(bare) && (isCommonWord(bare) || portfolioNounEnding.test(bare.toLowerCase())));
}

/** The most words a name has, particles apart. */
const longestNameWords = 4;

/**
 * A run's words split into the portfolio's last words and the name after them:
 * the name is the run's last word and the one before it, then as many before
 * those as are no portfolio's words, up to four ("Óscar Mejía Pinzón",
 * "Salim bin Nasser al-Aufi"). The name is empty when every word is the
 * portfolio's ("Transition" in "Deputy Minister for Energy Transition").
 */
export function nameAfterPortfolio(words: string[]): {portfolio: string[]; name: string[]} {
	if (words.length === 1) {
		return isPortfolioWord(words[0]!) ? {portfolio: words, name: []} : {portfolio: [], name: words};
	}

	let start = words.length;
	let nameWords = 0;
	while (start > 0) {
		const word = words[start - 1]!;
		const particle = isParticle(word);
		const forced = nameWords < 2 && !particle && !/^(?:of|for|and)$/u.test(word);
		// "MP for Polonnaruwa Chaminda Wickramaratne": the word after "for" or "of" is the portfolio's.
		const afterConnector = /^(?:of|for|and|to)$/u.test(words[start - 2] ?? '');
		if (!forced && (nameWords >= longestNameWords || (!particle && (isPortfolioWord(word) || afterConnector)))) {
			break;
		}

		start--;
		nameWords += particle ? 0 : 1;
	}

	const name = words.slice(start);
	// "of Agriculture", left as the name after "Deputy Minister": every word the portfolio's.
	return name.every(word => isPortfolioWord(word)) ? {portfolio: words, name: []} : {portfolio: words.slice(0, start), name};
}

/** A name whose run also holds the last words of a portfolio before it ("… for Energy Transition and Indigenous Consultation Óscar Mejía Pinzón"): those words go to the title. */
export function withoutPortfolio(before: string, split: {title: string | null; name: string}): {title: string | null; name: string} {
	const portfolio = portfolioBefore(before);
	// "Deputy Minister" then "of Agriculture Bekim Ferati": the portfolio opens what splitTitle left as the name.
	const opensWithPortfolio = split.title !== null && /^(?:of|for)\s/u.test(split.name);
	if (portfolio === undefined && !opensWithPortfolio && (split.title === null || !namesPortfolio(split.title))) {
		return split;
	}

	const {portfolio: words, name} = nameAfterPortfolio(split.name.split(/\s+/u));
	return {title: [portfolio, split.title, ...words].filter(part => part !== undefined && part !== null).join(' ') || null, name: name.join(' ')};
}

/**
 * "Ministry of Energy and Minerals for Energy Affairs Salim bin Nasser
 * al-Aufi": an organisation's name read on into the name of the official
 * whose portfolio it is, cut before that name. The name is the words after
 * the portfolio's last noun that no portfolio has, and must read as a
 * person's: a first name, a particle, or three words ("University of Hong
 * Kong" and "Ministry of Agriculture and Rural Development" stay whole).
 */
export function withoutPersonAtEnd(organisation: string): string {
	const words = organisation.split(' ');
	let start = words.length;
	while (start > 0 && !isPortfolioWord(words[start - 1]!)) {
		start--;
	}

	const name = words.slice(start);
	const named = name.filter(word => !isParticle(word));
	const readsAsPerson = named.length >= 2 && named.length <= longestNameWords && (isFirstName(name[0]!) || named.length < name.length || named.length >= 3);
	const afterPortfolioNoun = start > 1 && /^\p{Lu}/u.test(words[start - 1]!);
	return readsAsPerson && afterPortfolioNoun && /^\p{Lu}/u.test(name[0]!) ? words.slice(0, start).join(' ') : organisation;
}

/**
 * In a speaker's words that open with a title and its portfolio ("Undersecretary of the Ministry of Energy and
 * Minerals for Energy Affairs Salim bin Nasser al-Aufi"), the capitalised run the portfolio runs into: where its
 * name is, once the portfolio's words are cut from it (`withoutPortfolio`).
 */
export function runAfterPortfolio(text: string): RegExpExecArray | undefined {
	const runs = [...text.matchAll(capitalisedRun)];
	return runs.findLast(run => run.index > 0 && portfolioBefore(text.slice(0, run.index)) === text.slice(0, run.index).trim());
}
