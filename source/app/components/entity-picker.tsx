import {Box, Text} from 'ink';
import {sanitizeLine} from '../../core/sanitize.js';
import {innerHeight, listWindow} from '../state/layout.js';
import type {PickerState} from '../state/picker-state.js';
import type {PickerItem} from '../state/results.js';
import {useAccent} from '../theme.js';
import {TextFieldView} from './text-field.js';

type Props = {picker: PickerState; items: PickerItem[]; total: number; width: number; height: number};

const nouns = {actor: 'actor', location: 'place', source: 'source'} as const;

/** Choose actors, places or sources: a filter line, then the candidates with their record counts, the chosen ones marked. */
export function EntityPicker({picker, items, total, width, height}: Props) {
	const accent = useAccent();
	// Under the title and the filter line.
	const room = Math.max(innerHeight(height) - 2, 1);
	const {start, end} = listWindow(picker.cursor, items.length, room);
	const noun = nouns[picker.entity];
	return (
		<Box flexDirection="column" width={width} height={height} borderStyle="round" paddingX={1}>
			<Text wrap="truncate-end">
				<Text {...accent} bold>
					Filter by {noun}
				</Text>
				<Text dimColor>{` · ${picker.chosen.length} chosen`}</Text>
			</Text>
			<Text wrap={picker.query.cursor < picker.query.text.length ? 'truncate-end' : 'truncate-start'}>
				<Text {...accent}>› </Text>
				<TextFieldView field={picker.query} focused placeholder={`type to find a${noun === 'actor' ? 'n' : ''} ${noun}`} />
			</Text>
			{items.length === 0 && <Text dimColor wrap="truncate-end">{`No ${noun} matches “${sanitizeLine(picker.query.text)}” — ${total} in all; Ctrl-U clears the filter`}</Text>}
			{items.slice(start, end).map((item, position) => (
				<Text key={item.id} wrap="truncate-end" inverse={start + position === picker.cursor}>
					<Text bold={item.chosen}>{item.chosen ? '[x] ' : '[ ] '}</Text>
					<Text bold={item.chosen}>{sanitizeLine(item.name)}</Text>
					<Text dimColor>{` ${item.count} · ${sanitizeLine(item.detail)}`}</Text>
				</Text>
			))}
		</Box>
	);
}
