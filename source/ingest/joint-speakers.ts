import {hasOrganisationShape, isFirstName} from './name-kind.js';
import {capitalisedRun, splitTitle} from './names.js';
import {cannotSpeak, named, type NamedSpeaker} from './speaker-clue.js';
import {jointSpeakers} from './subject-rules.js';

/** Two speakers of one quote named together ("Maria Lopez and Karl Weber told reporters"), told apart from one name with "and" in it. */

/** "said Anna Berg and Tom Lund": the second of two speakers, named right after the first. */
export function secondSpeakerAfter(masked: string, firstEnd: number, limit: number): NamedSpeaker | undefined {
	const rest = masked.slice(firstEnd, Math.min(limit, firstEnd + 120));
	const second = rest.matchAll(capitalisedRun).next().value;
	if (!second || !speaksSecond(rest.slice(0, second.index), second[0])) {
		return undefined;
	}

	const {definite, ...speaker} = named(masked, firstEnd + second.index, firstEnd + second.index + second[0].length, null);
	return speaker;
}

/**
 * "Community and Government Services Minister Annie Qiatsuk", "Disaster Management and Relief Minister Mahbuba
 * Akter Chowdhury": before "and" and a title, words that open with no first name and hold no title of their own
 * are the title's first words, not a first speaker ("Maria Lopez and Health Minister Ian Reid" are two, as are
 * "Health Minister Ian Reid and Mayor Lena Holt").
 */
export function mayBeFirstSpeaker(run: string, second: string): boolean {
	return !cannotSpeak(run) && (splitTitle(second).title === null || isFirstName(run.split(/\s+/u)[0]!) || splitTitle(run).title !== null);
}

/** Whether `name`, after `gap`, is the second of two speakers ("… and Karl Weber"), not the end of one organisation's name. */
export function speaksSecond(gap: string, name: string): boolean {
	return jointSpeakers.pattern.test(gap) && !cannotSpeak(name) && !hasOrganisationShape(name);
}
