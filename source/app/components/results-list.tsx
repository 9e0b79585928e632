import {Box, Text} from 'ink';
import type {Line} from '../layout/segments.js';
import {LineText} from './line-text.js';

type Props = {
	/** The rows in view, laid out, starting at result number `start`. */
	rows: Line[];
	start: number;
	selected: number;
	total: number;
	width: number;
	height: number;
	focused: boolean;
	/** What an empty list says: why it is empty and what to do. */
	emptyMessage: string;
};

/** The results in view, the selection inverted, with the position ("12/48") beneath. */
export function ResultsList({rows, start, selected, total, width, height, focused, emptyMessage}: Props) {
	return (
		<Box flexDirection="column" width={width} height={height} borderStyle="round" borderDimColor={!focused} paddingX={1}>
			<Box flexDirection="column" flexGrow={1}>
				{rows.length === 0 ? (
					<Text dimColor wrap="wrap">
						{emptyMessage}
					</Text>
				) : (
					rows.map((row, position) => <LineText key={start + position} line={row} inverse={start + position === selected} />)
				)}
			</Box>
			<Text dimColor wrap="truncate-end">
				{total === 0 ? '0/0' : `${selected + 1}/${total}`}
			</Text>
		</Box>
	);
}
