import {scaleWords, smallNumberWords} from './lexicon/number-words.js';
import {hedgeBefore, type Token} from './figure-tokens.js';
import {percentAfter, type NumberCore} from './figure-numerals.js';

/** "eighteen", "twenty-five", "two dozen", "a hundred", "three hundred and fifty", "two million". */
export function readNumberWords(tokens: Token[], index: number): NumberCore | undefined {
	let total = 0;
	let current = 0;
	let last = -1;
	let scaled = false;
	for (let at = index; at < tokens.length; at++) {
		const lower = tokens[at]!.lower;
		const parts = lower.split(/[-–]/);
		const next = tokens[at + 1]?.lower ?? '';
		if (parts.every((part) => smallNumberWords[part] !== undefined)) {
			current += parts.reduce((sum, part) => sum + smallNumberWords[part]!, 0);
		} else if (scaleWords[lower] !== undefined) {
			const scale = scaleWords[lower];
			scaled = true;
			if (scale >= 1000) {
				total += Math.max(current, 1) * scale;
				current = 0;
			} else {
				current = Math.max(current, 1) * scale;
			}
		} else if (lower === 'a' && at === index && scaleWords[next] !== undefined) {
			current = 1;
		} else if (lower === 'and' && last === at - 1 && scaled && smallNumberWords[next.split('-')[0]!] !== undefined) {
			continue;
		} else {
			break;
		}

		last = at;
	}

	if (last < 0) {
		return undefined;
	}

	const value = total + current;
	const percent = percentAfter(tokens, last + 1);
	// "one" alone is too often a pronoun ("one of his addresses") to count without a hedge.
	const bare = !scaled && percent === undefined;
	const loneOne = bare && value === 1;
	if (loneOne && hedgeBefore(tokens, index) === undefined) {
		return undefined;
	}

	return {first: index, last: percent?.last ?? last, value, bare: bare && !loneOne, ...(percent ? {ownUnit: percent.unit} : {})};
}
