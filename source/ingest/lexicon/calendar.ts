/** Calendar words for time expressions; months and weekdays are matched capitalised, as written. */

export const monthNames = [
	'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
	'December', 'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.', 'Jan', 'Feb', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec',
];

export const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const partsOfDay = ['morning', 'afternoon', 'evening', 'night'];

/** Prepositions that introduce a calendar date ("in October", "as of May", "since February 2022"). */
export const datePrepositions = [
	'as of', 'as early as', 'as late as', 'earlier in', 'later in', 'early in', 'late in', 'in early', 'in late', 'in mid',
	'on', 'in', 'since', 'by', 'until', 'till', 'from', 'before', 'after', 'during', 'through', 'starting', 'beginning',
];

/** What "last", "this", "next" … may qualify ("last month", "this week", "next spring"). */
export const relativePeriods = [
	'week', 'month', 'year', 'weekend', 'night', 'morning', 'afternoon', 'evening', 'summer', 'winter', 'spring', 'autumn',
	'fall', 'decade', 'century', 'quarter', 'season', ...weekdayNames,
];

/** Counted periods in windows and offsets ("in the past two weeks", "three days ago"). */
export const periodUnits = ['hours', 'hour', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'decades', 'decade'];

/** Small counts written out in windows and offsets ("two weeks ago", "the past few days"). */
export const periodCounts = ['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'few', 'several', 'couple of'];

/** Whole expressions that are times on their own. */
export const standaloneTimes = [
	'yesterday', 'today', 'tonight', 'tomorrow', 'overnight', 'previously', 'recently', 'so far', 'to date', 'last night',
	'this morning', 'this afternoon', 'this evening', 'earlier today', 'earlier in the day', 'later in the day',
	'the day before', 'the previous day', 'the following day', 'the next day', 'at the time', 'in the meantime',
];
