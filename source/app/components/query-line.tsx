import {Text} from 'ink';
import type {TextField} from '../state/line-editor.js';
import {useAccent} from '../theme.js';
import {TextFieldView} from './text-field.js';

/** The live query; the cursor shows when typing goes here. */
export function QueryLine({query, focused}: {query: TextField; focused: boolean}) {
	const accent = useAccent();
	return (
		<Text wrap={query.cursor < query.text.length ? 'truncate-end' : 'truncate-start'}>
			<Text {...accent} bold>
				{focused ? '› ' : '/ '}
			</Text>
			<TextFieldView field={query} focused={focused} placeholder={focused ? 'type to search quotes, facts, places and actors' : 'press / to search'} />
		</Text>
	);
}
