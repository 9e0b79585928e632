import {Box, Text} from 'ink';
import type {Line} from '../layout/segments.js';
import {LineText} from './line-text.js';

type Props = {
	/** Every result as a laid-out row. */
	rows: Line[];
	selected: number;
	width: number;
	height: number;
	/** Rows shown at once. */
	pageSize: number;
	focused: boolean;
};

/** The results, windowed around the selection, with the position ("12/48") beneath. */
export function ResultsList({rows, selected, width, height, pageSize, focused}: Props) {
	const start = Math.max(0, Math.min(selected - Math.floor(pageSize / 2), rows.length - pageSize));
	const shown = rows.slice(start, start + pageSize);
	return (
		<Box flexDirection="column" width={width} height={height} borderStyle="round" borderDimColor={!focused} paddingX={1}>
			<Box flexDirection="column" flexGrow={1}>
				{shown.length === 0 ? (
					<Text dimColor wrap="truncate-end">
						No matches. Ctrl-U clears the query, x the filters.
					</Text>
				) : (
					shown.map((row, position) => <LineText key={start + position} line={row} inverse={start + position === selected} />)
				)}
			</Box>
			<Text dimColor wrap="truncate-end">
				{rows.length === 0 ? '0/0' : `${selected + 1}/${rows.length}`}
			</Text>
		</Box>
	);
}
