import {Text} from 'ink';
import {sanitizeLine} from '../../core/sanitize.js';
import type {FindState} from '../state/reading-state.js';
import {useAccent} from '../theme.js';
import {TextFieldView} from './text-field.js';

/** The find-in-page field, in the query's row: what is sought and how many hits ("3/7"). */
export function FindLine({find, count}: {find: FindState; count: string}) {
	const accent = useAccent();
	return (
		<Text wrap="truncate-end">
			<Text {...accent} bold>
				{'find › '}
			</Text>
			<TextFieldView field={find.field} focused={find.editing} placeholder="type to find in this page" />
			{count && <Text dimColor>{`  ${sanitizeLine(count)}`}</Text>}
		</Text>
	);
}
