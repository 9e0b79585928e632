import type {NameMatch} from './match-names.js';
import type {Token} from './tokens.js';

/** What a use rule sees: the name, its paragraph and that paragraph's words. */
export type UseContext = {match: NameMatch; paragraph: string; tokens: readonly Token[]};

/**
 * A way of writing a place's name that does not name the place there. Each
 * row's examples run as tests: `[sentence, name]`, where the name is not a
 * place; `placeExamples` are sentences where it still is.
 */
export type NotPlaceUse = {
	id: string;
	/** Which names the rule is for: a country, a capital, or a town of any size. */
	appliesTo: Array<'country' | 'capital' | 'town'>;
	test: (context: UseContext) => boolean;
	examples: Array<[sentence: string, name: string]>;
	placeExamples: Array<[sentence: string, name: string]>;
};

const companyNouns = new Set(['company', 'firm', 'group', 'miner', 'producer', 'maker', 'manufacturer', 'bank', 'lender', 'insurer', 'carrier', 'airline', 'retailer', 'conglomerate', 'giant', 'start-up', 'startup', 'developer', 'operator', 'supplier']);
const articles = new Set(['the', 'a', 'an']);

const next = ({match, tokens}: UseContext, ahead = 1) => tokens[match.lastToken + ahead];
const gapAfter = ({match, paragraph}: UseContext, token: Token | undefined) => (token === undefined ? '' : paragraph.slice(match.end, token.start));

export const notPlaceUses: NotPlaceUse[] = [
	{
		id: 'currency',
		appliesTo: ['country'],
		// "US$40", "NZ$ 2 million": a country code before a dollar sign names the currency.
		test: ({match, paragraph}) => paragraph.startsWith('$', match.end),
		examples: [['The fine was US$40,000.', 'US'], ['It cost NZ$2 million.', 'NZ']],
		placeExamples: [['Exports to the US rose.', 'US']],
	},
	{
		id: 'abbreviation as adjective',
		appliesTo: ['country'],
		// "the U.S. company", "a UK chemicals maker": an abbreviated country between an article and a company noun describes the company.
		test: context => {
			const {match, paragraph, tokens} = context;
			const before = tokens[match.firstToken - 1];
			const after = next(context);
			const isAbbreviation = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,3}$/u.test(match.written);
			return isAbbreviation && before !== undefined && articles.has(before.text.toLowerCase()) && paragraph.slice(before.end, match.start) === ' '
				&& after !== undefined && (companyNouns.has(after.text) || (companyNouns.has(next(context, 2)?.text ?? '') && /^\p{Ll}/u.test(after.text))) && gapAfter(context, after) === ' ';
		},
		examples: [['A spokeswoman for the U.S. company declined to comment.', 'U.S.'], ['She joined a UK chemicals maker.', 'UK']],
		placeExamples: [['Sales in the U.S. fell.', 'U.S.'], ['He flew to the UK on Monday.', 'UK']],
	},
	{
		id: 'company named like a town',
		appliesTo: ['town'],
		// "Albemarle, the U.S. company": a town's name followed by an apposition that calls it a company.
		test: context => {
			const after = next(context);
			if (after === undefined || gapAfter(context, after) !== ', ' || !articles.has(after.text.toLowerCase())) {
				return false;
			}

			for (let ahead = 2; ahead <= 5; ahead++) {
				const word = next(context, ahead);
				if (word !== undefined && companyNouns.has(word.text)) {
					return true;
				}
			}

			return false;
		},
		examples: [['A spokeswoman for Dayton, the US chemicals company, declined to comment.', 'Dayton']],
		placeExamples: [['They drove to Dayton, the city where he was born.', 'Dayton']],
	},
	{
		id: 'model after its number',
		appliesTo: ['town'],
		// "CC-130 Hercules", "F-16 Falcon": a name right after a model number is the model's.
		test: ({match, paragraph, tokens}) => {
			const before = tokens[match.firstToken - 1];
			return before !== undefined && /\d/.test(before.text) && paragraph.slice(before.end, match.start) === ' ' && /[-‐]\S*$/u.test(paragraph.slice(Math.max(0, before.start - 4), before.start + 1));
		},
		examples: [['The air force sent four CC-130 Hercules aircraft.', 'Hercules']],
		placeExamples: [['The air force flew to Hercules, California, on Monday.', 'Hercules']],
	},
];

/** Whether a name that would stand for a place of this kind is written here as something else. */
export function isNotAPlaceHere(kind: 'country' | 'capital' | 'town', context: UseContext): boolean {
	return notPlaceUses.some(use => use.appliesTo.includes(kind) && use.test(context));
}
