import {monthNames, weekdayNames} from './calendar.js';

/**
 * Capitalised words that are never the name of someone who speaks or acts: a
 * date, or a pronoun, determiner or conjunction opening a sentence.
 */
export const notNames = new Set([
	...weekdayNames,
	...monthNames,
	...['It', 'I', 'We', 'You', 'They', 'There', 'This', 'That', 'These', 'Those', 'The', 'A', 'An', 'Its', 'Their', 'His', 'Her', 'Our'],
	...['Some', 'Many', 'Most', 'Other', 'But', 'And', 'In', 'On', 'At'],
]);
