import {Text} from 'ink';
import {sanitizeLine} from '../../core/sanitize.js';
import {useAccent} from '../theme.js';

/** The live query; a block cursor shows when typing goes here. */
export function QueryLine({query, focused}: {query: string; focused: boolean}) {
	const accent = useAccent();
	return (
		<Text wrap="truncate-start">
			<Text {...accent} bold>
				{focused ? '› ' : '/ '}
			</Text>
			{query === '' && !focused ? <Text dimColor>press / to search</Text> : <Text>{sanitizeLine(query)}</Text>}
			{focused && <Text inverse> </Text>}
			{query === '' && focused && <Text dimColor> type to search quotes, facts, places and actors</Text>}
		</Text>
	);
}
