import {Text} from 'ink';
import {Fragment} from 'react';
import type {Binding} from '../keys/bindings.js';
import {useAccent} from '../theme.js';

/** The keys that matter where the user is, and a status note (e.g. the scroll position). */
export function Footer({bindings, status}: {bindings: Binding[]; status?: string}) {
	const accent = useAccent();
	return (
		<Text wrap="truncate-end">
			{status && <Text dimColor>{`${status}  `}</Text>}
			{bindings.map((binding, position) => (
				<Fragment key={`${binding.command}-${binding.label}`}>
					{position > 0 && <Text>  </Text>}
					<Text {...accent}>{binding.label}</Text>
					<Text dimColor>{` ${binding.short ?? binding.description}`}</Text>
				</Fragment>
			))}
		</Text>
	);
}
