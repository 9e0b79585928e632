import {Text} from 'ink';
import {Fragment} from 'react';
import {sanitizeLine} from '../../core/sanitize.js';
import type {FooterKey} from '../keys/bindings.js';
import {displayWidth, leadingWords} from '../layout/segments.js';
import {useAccent} from '../theme.js';

type Props = {keys: FooterKey[]; helpKey?: FooterKey; status?: string; notice?: string | null; width: number};

const gap = '  ';
const width = (key: FooterKey) => displayWidth(`${key.label} ${key.description}`);

/**
 * The keys that matter where the user is, as many whole hints as fit, ending
 * with the help key; a status note (the scroll position) first. A notice
 * replaces the hints until the next key, cut at a word where it is too long.
 */
export function Footer({keys, helpKey, status: rawStatus, notice, width: room}: Props) {
	const status = rawStatus && sanitizeLine(rawStatus);
	const accent = useAccent();
	const ending = helpKey ? [helpKey] : [];
	const endingWidth = helpKey ? width(helpKey) + gap.length : 0;
	if (notice) {
		// A notice too long for the line loses its last words, never part of one.
		const text = leadingWords(sanitizeLine(notice), room);
		const withHelp = helpKey && displayWidth(text) + endingWidth <= room;
		return (
			<Text wrap="truncate-end">
				<Text bold>{text}</Text>
				{withHelp && <Hint hint={helpKey} first={false} accent={accent} />}
			</Text>
		);
	}

	let used = (status ? displayWidth(status) + gap.length : 0) + endingWidth;
	const shown: FooterKey[] = [];
	for (const key of keys) {
		if (used + width(key) + gap.length > room) {
			break;
		}

		shown.push(key);
		used += width(key) + gap.length;
	}

	return (
		<Text wrap="truncate-end">
			{status && <Text dimColor>{status}</Text>}
			{[...shown, ...ending].map((key, position) => (
				<Hint key={`${key.command}-${key.label}`} hint={key} first={position === 0 && !status} accent={accent} />
			))}
		</Text>
	);
}

function Hint({hint, first, accent}: {hint: FooterKey; first: boolean; accent: ReturnType<typeof useAccent>}) {
	return (
		<Fragment>
			{!first && <Text>{gap}</Text>}
			<Text {...accent}>{hint.label}</Text>
			<Text dimColor>{` ${hint.description}`}</Text>
		</Fragment>
	);
}
