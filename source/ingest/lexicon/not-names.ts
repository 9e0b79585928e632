import {monthNames, weekdayNames} from './calendar.js';

/** A pronoun, determiner, conjunction or preposition opening a sentence: never a name, nor part of the name after it ("But Maria Lopez"). */
export const openingFunctionWords = new Set([
	...['It', 'I', 'We', 'You', 'They', 'There', 'This', 'That', 'These', 'Those', 'The', 'A', 'An', 'Its', 'Their', 'His', 'Her', 'Our'],
	...['Some', 'Many', 'Most', 'Other', 'But', 'And', 'Or', 'Nor', 'Yet', 'So', 'Then', 'Meanwhile', 'However', 'Instead', 'In', 'On', 'At'],
]);

/**
 * Capitalised words that are never the name of someone who speaks or acts: a
 * date, or a pronoun, determiner or conjunction opening a sentence.
 */
export const notNames = new Set([...weekdayNames, ...monthNames, ...openingFunctionWords]);
