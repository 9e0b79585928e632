import {Text} from 'ink';
import {Fragment} from 'react';
import {sanitizeLine} from '../../core/sanitize.js';
import type {Binding} from '../keys/bindings.js';
import {useAccent} from '../theme.js';

/** The keys that matter where the user is, and a status note (e.g. the scroll position). */
export function Footer({bindings, status, notice}: {bindings: Binding[]; status?: string; notice?: string | null}) {
	const accent = useAccent();
	return (
		<Text wrap="truncate-end">
			{notice && <Text bold>{`${sanitizeLine(notice)}  `}</Text>}
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
