import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import type {Line} from '../layout/segments.js';
import {innerHeight} from '../state/layout.js';
import {LineText} from './line-text.js';

type Props = {
	lines: Line[];
	/** First line shown. */
	scroll: number;
	width: number;
	height: number;
	/** Said beneath the text when it does not all fit, e.g. "Enter reads it all". */
	moreHint?: string;
	/** The line (of those shown) drawn inverted: a chosen link. */
	chosen?: number | null;
	/** Drawn beside the lines' top, on the right (a place's locator map): the lines are laid out narrower for it. */
	aside?: ReactNode;
};

/** A bordered window onto laid-out lines: the detail pane, the full-screen detail and the help. */
export function PageView({lines, scroll, width, height, moreHint, chosen = null, aside}: Props) {
	const room = innerHeight(height);
	const cut = lines.length > scroll + room;
	const shown = lines.slice(scroll, scroll + (cut && moreHint ? room - 1 : room));
	const texts = shown.map((line, position) => <LineText key={scroll + position} line={line} inverse={position === chosen} />);
	return (
		<Box flexDirection="column" width={width} height={height} borderStyle="round" paddingX={1}>
			{aside ? (
				<Box flexDirection="row">
					<Box flexDirection="column" flexGrow={1}>
						{texts}
					</Box>
					<Box flexDirection="column" marginLeft={1}>
						{aside}
					</Box>
				</Box>
			) : (
				texts
			)}
			{cut && moreHint && (
				<Text dimColor wrap="truncate-end">
					{moreHint}
				</Text>
			)}
		</Box>
	);
}
