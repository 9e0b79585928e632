import {Text} from 'ink';
import {Fragment} from 'react';
import type {TabCounts} from '../state/results.js';
import {tabs, type TabId} from '../state/tabs.js';

/** All · Quotes · Facts · Places · Actors, with counts; the current one inverted. */
export function KindTabs({tab, counts}: {tab: TabId; counts: TabCounts}) {
	return (
		<Text wrap="truncate-end">
			{tabs.map((candidate, position) => (
				<Fragment key={candidate.id}>
					{position > 0 && <Text dimColor> · </Text>}
					<Text inverse={candidate.id === tab} bold={candidate.id === tab}>
						{` ${candidate.label} ${counts[candidate.id]} `}
					</Text>
				</Fragment>
			))}
		</Text>
	);
}
