import {Text} from 'ink';
import {Fragment} from 'react';
import {displayWidth} from '../layout/segments.js';
import type {TabCounts} from '../state/results.js';
import {tabs, type TabId} from '../state/tabs.js';

const separator = ' · ';

/** The tab labels that fit: whole words, else their first letters (“Q 11”); a count is never cut. */
export function tabLabels(counts: TabCounts, width: number): string[] {
	const full = tabs.map(tab => ` ${tab.label} ${counts[tab.id]} `);
	const fits = (labels: string[]) => labels.reduce((total, label) => total + displayWidth(label), 0) + separator.length * (labels.length - 1) <= width;
	if (fits(full)) {
		return full;
	}

	const short = tabs.map(tab => ` ${tab.id === 'all' ? 'All' : tab.label.slice(0, 1)} ${counts[tab.id]} `);
	return fits(short) ? short : tabs.map(tab => `${tab.label.slice(0, 1)}${counts[tab.id]}`);
}

/** All · Quotes · Facts · Places · Actors, with counts; the current one inverted. */
export function KindTabs({tab, counts, width}: {tab: TabId; counts: TabCounts; width: number}) {
	const labels = tabLabels(counts, width);
	return (
		<Text wrap="truncate-end">
			{tabs.map((candidate, position) => (
				<Fragment key={candidate.id}>
					{position > 0 && <Text dimColor>{separator}</Text>}
					<Text inverse={candidate.id === tab} bold={candidate.id === tab}>
						{labels[position]}
					</Text>
				</Fragment>
			))}
		</Text>
	);
}
