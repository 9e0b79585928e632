import {Box, Text} from 'ink';
import {useAccent} from '../theme.js';

type Props = {
	corpusName: string;
	counts: Array<{label: string; count: number}>;
	/** The active filters, by display name. */
	chips: string[];
	width: number;
};

/** Corpus name, record counts and the active filters as chips. */
export function Header({corpusName, counts, chips, width}: Props) {
	const accent = useAccent();
	return (
		<Box width={width} gap={1}>
			<Text wrap="truncate-end">
				<Text {...accent} bold>
					brief
				</Text>
				<Text> · {corpusName} · </Text>
				<Text dimColor>{counts.map(({label, count}) => `${count} ${label}`).join(' · ')}</Text>
			</Text>
			{chips.length > 0 && (
				<Box flexShrink={1}>
					<Text wrap="truncate-end">
						{chips.map(chip => (
							<Text key={chip} inverse>
								{` ${chip} `}
							</Text>
						))}
						<Text dimColor> x clears</Text>
					</Text>
				</Box>
			)}
		</Box>
	);
}
