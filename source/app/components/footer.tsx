import {Text} from 'ink';
import {Fragment} from 'react';
import {sanitizeLine} from '../../core/sanitize.js';
import type {FooterKey} from '../keys/bindings.js';
import {useAccent} from '../theme.js';

/** The keys that matter where the user is, and a status note (e.g. the scroll position). */
export function Footer({keys, status, notice}: {keys: FooterKey[]; status?: string; notice?: string | null}) {
	const accent = useAccent();
	return (
		<Text wrap="truncate-end">
			{notice && <Text bold>{`${sanitizeLine(notice)}  `}</Text>}
			{status && <Text dimColor>{`${status}  `}</Text>}
			{keys.map((key, position) => (
				<Fragment key={`${key.command}-${key.label}`}>
					{position > 0 && <Text>  </Text>}
					<Text {...accent}>{key.label}</Text>
					<Text dimColor>{` ${key.description}`}</Text>
				</Fragment>
			))}
		</Text>
	);
}
