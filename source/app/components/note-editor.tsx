import {Box, Text} from 'ink';
import {sanitizeLine} from '../../core/sanitize.js';
import type {TextField} from '../state/line-editor.js';
import {useAccent} from '../theme.js';
import {TextFieldView} from './text-field.js';

type Props = {recordId: string; recordText: string; draft: TextField; width: number; height: number};

/** A one-line input for the note of a pin. */
export function NoteEditor({recordId, recordText, draft, width, height}: Props) {
	const accent = useAccent();
	return (
		<Box flexDirection="column" width={width} height={height} borderStyle="round" paddingX={1}>
			<Text wrap="truncate-end">
				<Text {...accent} bold>
					Note for {recordId}
				</Text>
			</Text>
			<Text wrap="truncate-end" dimColor>
				{sanitizeLine(recordText)}
			</Text>
			<Text wrap={draft.cursor < draft.text.length ? 'truncate-end' : 'truncate-start'}>
				<Text {...accent}>› </Text>
				<TextFieldView field={draft} focused />
			</Text>
		</Box>
	);
}
