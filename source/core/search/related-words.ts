/**
 * Words that stand for one another where no stemmer sees it, as rows: the
 * forms of an irregular verb ("where are the drones built" asks about
 * building), and the few words news uses for one thing ("how many dead"
 * asks how many were killed). A query word in a row is also looked for as
 * every other word of that row, each as it is. Each row's example — a
 * query word and a word of an article that should answer it — runs as a
 * test (test/search-ranking.test.ts).
 */

export type RelatedRow = {words: readonly string[]; example: readonly [query: string, text: string]};

/** Irregular verbs of news copy: every form a reader may type or a reporter may write. */
const irregularVerbs: RelatedRow[] = [
	{words: ['build', 'builds', 'building', 'built'], example: ['built', 'building']},
	{words: ['buy', 'buys', 'buying', 'bought'], example: ['buy', 'bought']},
	{words: ['sell', 'sells', 'selling', 'sold'], example: ['sell', 'sold']},
	{words: ['pay', 'pays', 'paying', 'paid'], example: ['pay', 'paid']},
	{words: ['fight', 'fights', 'fighting', 'fought'], example: ['fought', 'fighting']},
	{words: ['shoot', 'shoots', 'shooting', 'shot'], example: ['shoot', 'shot']},
	{words: ['rise', 'rises', 'rising', 'rose', 'risen'], example: ['rise', 'rose']},
	{words: ['fall', 'falls', 'falling', 'fell', 'fallen'], example: ['fall', 'fell']},
	{words: ['lose', 'loses', 'losing', 'lost'], example: ['lose', 'lost']},
	{words: ['win', 'wins', 'winning', 'won'], example: ['win', 'won']},
	{words: ['hold', 'holds', 'holding', 'held'], example: ['hold', 'held']},
	{words: ['meet', 'meets', 'meeting', 'met'], example: ['meet', 'met']},
	{words: ['seek', 'seeks', 'seeking', 'sought'], example: ['seek', 'sought']},
	{words: ['send', 'sends', 'sending', 'sent'], example: ['send', 'sent']},
	{words: ['spend', 'spends', 'spending', 'spent'], example: ['spend', 'spent']},
	{words: ['bring', 'brings', 'bringing', 'brought'], example: ['bring', 'brought']},
	{words: ['take', 'takes', 'taking', 'took', 'taken'], example: ['take', 'took']},
	{words: ['give', 'gives', 'giving', 'gave', 'given'], example: ['give', 'gave']},
	{words: ['strike', 'strikes', 'striking', 'struck'], example: ['strike', 'struck']},
	{words: ['flee', 'flees', 'fleeing', 'fled'], example: ['flee', 'fled']},
	{words: ['grow', 'grows', 'growing', 'grew', 'grown'], example: ['grow', 'grew']},
	{words: ['drive', 'drives', 'driving', 'drove', 'driven'], example: ['drive', 'drove']},
	{words: ['freeze', 'freezes', 'freezing', 'froze', 'frozen'], example: ['freeze', 'froze']},
	{words: ['sink', 'sinks', 'sinking', 'sank', 'sunk'], example: ['sink', 'sank']},
	{words: ['steal', 'steals', 'stealing', 'stole', 'stolen'], example: ['steal', 'stolen']},
	{words: ['begin', 'begins', 'beginning', 'began', 'begun'], example: ['begin', 'began']},
	{words: ['break', 'breaks', 'breaking', 'broke', 'broken'], example: ['break', 'broke']},
	{words: ['catch', 'catches', 'catching', 'caught'], example: ['catch', 'caught']},
	{words: ['keep', 'keeps', 'keeping', 'kept'], example: ['keep', 'kept']},
	{words: ['lead', 'leads', 'leading', 'led'], example: ['lead', 'led']},
	{words: ['tell', 'tells', 'telling', 'told'], example: ['tell', 'told']},
	{words: ['write', 'writes', 'writing', 'wrote', 'written'], example: ['write', 'wrote']},
	{words: ['speak', 'speaks', 'speaking', 'spoke', 'spoken'], example: ['speak', 'spoke']},
	{words: ['leave', 'leaves', 'leaving', 'left'], example: ['leave', 'left']},
	{words: ['choose', 'chooses', 'choosing', 'chose', 'chosen'], example: ['choose', 'chose']},
	{words: ['feel', 'feels', 'feeling', 'felt'], example: ['feel', 'felt']},
	{words: ['run', 'runs', 'running', 'ran'], example: ['run', 'ran']},
	{words: ['forbid', 'forbids', 'forbidding', 'forbade', 'forbidden'], example: ['forbid', 'forbidden']},
	{words: ['swim', 'swims', 'swimming', 'swam', 'swum'], example: ['swim', 'swam']},
	{words: ['wake', 'wakes', 'waking', 'woke', 'woken'], example: ['wake', 'woke']},
];

/** The words news uses for one thing: the dead and the hurt of a disaster or a war. */
const sameThing: RelatedRow[] = [
	{words: ['dead', 'death', 'deaths', 'die', 'died', 'dies', 'dying', 'kill', 'killed', 'killing', 'kills', 'fatalities', 'fatality'], example: ['dead', 'killing']},
	{words: ['injured', 'injuries', 'injury', 'injuring', 'wounded', 'wounding', 'hurt'], example: ['injured', 'wounded']},
];

export const relatedRows: readonly RelatedRow[] = [...irregularVerbs, ...sameThing];

const rowsByWord = new Map<string, readonly string[]>();
for (const {words} of relatedRows) {
	for (const word of words) {
		rowsByWord.set(word, words);
	}
}

/** The other words of the word's row, if it has one. */
export function relatedWords(word: string): readonly string[] {
	return rowsByWord.get(word)?.filter(other => other !== word) ?? [];
}
