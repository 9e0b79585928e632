import {Text} from 'ink';
import type {Line} from '../layout/segments.js';
import {useSegmentProps} from '../theme.js';

/** One laid-out line of styled segments. `inverse` marks a selected row. */
export function LineText({line, inverse = false}: {line: Line; inverse?: boolean}) {
	const propsFor = useSegmentProps();
	return (
		<Text wrap="truncate-end" inverse={inverse}>
			{line.length === 0
				? ' '
				: line.map((segment, position) => (
						<Text key={position} {...propsFor(segment.style)}>
							{segment.text}
						</Text>
					))}
		</Text>
	);
}
