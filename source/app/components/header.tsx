import {Box, Text} from 'ink';
import stringWidth from 'string-width';
import {counted} from '../../core/text.js';
import {useAccent} from '../theme.js';

type Props = {
	corpusName: string;
	/** Each kind's count, by a singular noun ("quote"), shown in the plural unless it is one. */
	counts: Array<{noun: string; count: number}>;
	/** The active filters, by display name. */
	chips: string[];
	width: number;
};

const clearHint = ' x clears';

/** Corpus name, record counts and the active filters as chips; the chips keep up to half the line, the counts give way. */
export function Header({corpusName, counts, chips, width}: Props) {
	const accent = useAccent();
	const chipsWidth = chips.length === 0 ? 0 : Math.min(chips.reduce((total, chip) => total + stringWidth(chip) + 2, stringWidth(clearHint)), Math.floor(width / 2));
	const summaryWidth = Math.max(width - chipsWidth - (chipsWidth > 0 ? 1 : 0), 1);
	return (
		<Box width={width}>
			<Box width={summaryWidth} flexShrink={0}>
				<Text wrap="truncate-end">
					<Text {...accent} bold>
						brief
					</Text>
					<Text> · {corpusName} · </Text>
					<Text dimColor>{counts.map(({noun, count}) => counted(count, noun)).join(' · ')}</Text>
				</Text>
			</Box>
			{chipsWidth > 0 && (
				<Box width={chipsWidth} marginLeft={1} flexShrink={0}>
					<Text wrap="truncate-end">
						{chips.map(chip => (
							<Text key={chip} inverse>
								{` ${chip} `}
							</Text>
						))}
						<Text dimColor>{clearHint}</Text>
					</Text>
				</Box>
			)}
		</Box>
	);
}
