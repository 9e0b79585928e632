import {Box, Text} from 'ink';
import {counted} from '../../core/text.js';
import {fitChips, fitSummary, type Chip} from '../layout/chips.js';
import {fitTrail} from '../layout/reading-view.js';
import {displayWidth} from '../layout/segments.js';
import {useAccent} from '../theme.js';

type Props = {
	corpusName: string;
	/** Each kind's count, by a singular noun ("quote"), shown in the plural unless it is one. */
	counts: Array<{noun: string; count: number}>;
	/** The active filters. */
	chips: Chip[];
	width: number;
	/** The pages visited, in a detail or the reader: shown in place of the counts. */
	trail?: string[];
};

const clearHint = ' x clears';

/** Corpus name, record counts and the active filters as chips; the chips keep up to half the line, shortened by rule, and the counts give way whole. */
export function Header({corpusName, counts, chips, width, trail}: Props) {
	const accent = useAccent();
	const half = Math.floor(width / 2);
	const labels = chips.length === 0 ? [] : fitChips(chips, half - displayWidth(clearHint));
	const chipsWidth = labels.length === 0 ? 0 : Math.min(labels.reduce((total, label) => total + displayWidth(label) + 2, displayWidth(clearHint)), half);
	const summaryWidth = Math.max(width - chipsWidth - (chipsWidth > 0 ? 1 : 0), 1);
	const summary = fitSummary(corpusName, counts.map(({noun, count}) => counted(count, noun)), summaryWidth - displayWidth('brief · '));
	return (
		<Box width={width}>
			<Box width={summaryWidth} flexShrink={0}>
				<Text wrap="truncate-end">
					<Text {...accent} bold>
						brief
					</Text>
					{trail ? (
						<Text bold>{` · ${fitTrail(trail, summaryWidth - displayWidth('brief · '))}`}</Text>
					) : (
						<>
							<Text> · {summary.name}</Text>
							<Text dimColor>{summary.counts.map(count => ` · ${count}`).join('')}</Text>
						</>
					)}
				</Text>
			</Box>
			{chipsWidth > 0 && (
				<Box width={chipsWidth} marginLeft={1} flexShrink={0}>
					<Text wrap="truncate-end">
						{labels.map(label => (
							<Text key={label} inverse>
								{` ${label} `}
							</Text>
						))}
						<Text dimColor>{clearHint}</Text>
					</Text>
				</Box>
			)}
		</Box>
	);
}
