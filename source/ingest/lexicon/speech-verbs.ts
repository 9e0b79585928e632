/**
 * The one list of speech verbs: every step that asks whether a word reports
 * speech reads it from here.
 */

/** Verbs after which a quote is a whole statement ("she said: “…”", "he warned “…”"), and which end an appositive ("Kirby, a spokesman, said"). */
export const statementVerbs = ['said', 'says', 'asked', 'asks', 'added', 'told', 'wrote', 'declared', 'warned'];

/**
 * Verbs that introduce what someone said, in the forms news copy uses them.
 * Kept as data: add a verb here and attribution knows it.
 */
export const speechVerbs = [
	...statementVerbs, 'say', 'adds', 'tells', 'warns',
	'stated', 'states', 'noted', 'notes', 'stressed', 'stresses', 'insisted', 'insists', 'claimed', 'claims',
	'acknowledged', 'acknowledges', 'admitted', 'admits', 'explained', 'explains', 'argued', 'argues',
	'declared', 'declares', 'announced', 'announces', 'wrote', 'writes', 'posted', 'tweeted', 'replied', 'replies',
	'responded', 'responds', 'urged', 'urges', 'cautioned', 'recalled', 'remarked', 'continued', 'concluded',
	'observed', 'suggested', 'suggests', 'conceded', 'countered', 'complained', 'vowed', 'vows', 'pledged',
	'promised', 'predicted', 'confirmed', 'confirms', 'denied', 'denies', 'reiterated', 'emphasised', 'emphasized',
	'maintained', 'alleged', 'commented', 'testified', 'wondered', 'boasted', 'joked', 'lamented', 'conceded',
	// How it was said, as features and tabloids report it: "“We queue, we moan and then we sing,” laughed Graham Pugh".
	'laughed', 'laughs', 'sighed', 'sighs', 'shouted', 'pleaded', 'whispered', 'fumed', 'gushed',
	// Verbs of two words: "as de Kerhervé points out, ‘…’".
	'points out', 'pointed out',
	'demanded', 'threatened', 'signalled', 'signaled', 'indicated', 'assured', 'reported', 'charged', 'accused', 'accuses',
	// What a court or a report concludes is its words: "Justice Moonsammy found that the company had “…”".
	'found', 'finds', 'ruled',
	// Verbs that pin a word or two on someone: "X called the offer “insulting”".
	'called', 'calls', 'described', 'describes', 'dubbed', 'branded', 'labelled', 'labeled', 'termed',
];

/** Words that may stand between a speaker and the verb: "Kirby also said", "she has repeatedly warned". */
export const speechAdverbs = ['also', 'later', 'then', 'further', 'previously', 'earlier', 'repeatedly', 'again', 'once', 'has', 'have', 'had', 'was', 'is', 'would', 'will', 'separately', 'recently', 'publicly', 'privately', 'told', 'on'];

/** The participles of speech verbs that open a clause after the main one: "…, saying in a statement that it “…”". */
export const speechParticiples = ['saying', 'adding', 'insisting', 'arguing', 'warning', 'claiming', 'noting', 'stressing', 'explaining', 'declaring', 'vowing', 'promising', 'telling', 'asking', 'writing', 'replying', 'responding', 'accusing', 'acknowledging', 'admitting', 'posting'];

/** What an organisation or a person publishes, which copy then makes speak: "the statement said", "the post read". */
export const documentNouns = ['statement', 'post', 'report', 'letter', 'judgment', 'ruling', 'filing', 'notice', 'memo', 'release', 'communique', 'communiqué', 'tweet', 'message', 'email'];
