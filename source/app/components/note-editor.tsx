import {Box, Text} from 'ink';
import {sanitizeLine} from '../../core/sanitize.js';
import {useAccent} from '../theme.js';

type Props = {recordId: string; recordText: string; draft: string; width: number; height: number};

/** A one-line input for the note of a pin. */
export function NoteEditor({recordId, recordText, draft, width, height}: Props) {
	const accent = useAccent();
	return (
		<Box flexDirection="column" width={width} height={height} borderStyle="round" paddingX={1}>
			<Text wrap="truncate-end">
				<Text {...accent} bold>
					Note for {recordId}
				</Text>
				<Text dimColor> · Enter saves, Esc cancels</Text>
			</Text>
			<Text wrap="truncate-end" dimColor>
				{sanitizeLine(recordText)}
			</Text>
			<Text wrap="truncate-start">
				<Text {...accent}>› </Text>
				{sanitizeLine(draft)}
				<Text inverse> </Text>
			</Text>
		</Box>
	);
}
