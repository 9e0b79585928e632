import {Box, Text} from 'ink';
import {counted} from '../../core/text.js';
import {sanitizeLine} from '../../core/sanitize.js';
import type {Pin} from '../../store/briefing-schema.js';
import {pinLine, staleMark} from '../../store/pin-line.js';
import {innerHeight, listWindow} from '../state/layout.js';
import {useAccent} from '../theme.js';

type Props = {name: string; pins: Pin[]; staleIds: Set<string>; cursor: number; width: number; height: number};

/** The briefing: pins in order, each with its note; the cursor inverted. */
export function BriefingPane({name, pins, staleIds, cursor, width, height}: Props) {
	const accent = useAccent();
	// Under the title, two lines a pin: its text, then its note.
	const room = Math.max(Math.floor((innerHeight(height) - 1) / 2), 1);
	const {start, end} = listWindow(cursor, pins.length, room);
	return (
		<Box flexDirection="column" width={width} height={height} borderStyle="round" paddingX={1}>
			<Text wrap="truncate-end">
				<Text {...accent} bold>{`Briefing “${sanitizeLine(name)}”`}</Text>
				<Text dimColor>{` · ${counted(pins.length, 'pin')}`}</Text>
			</Text>
			{pins.length === 0 && <Text dimColor wrap="truncate-end">Nothing pinned yet: p pins the selected record.</Text>}
			{pins.slice(start, end).map((pin, offset) => {
				const position = start + offset;
				const {text, who} = pinLine(pin);
				return (
					<Box key={pin.id} flexDirection="column">
						<Text wrap="truncate-end" inverse={position === cursor}>
							{`${position + 1}. ${pin.kind} `}
							{text}
							<Text dimColor>{who}</Text>
							{staleIds.has(pin.id) && <Text bold>{staleMark}</Text>}
						</Text>
						<Text wrap="truncate-end" dimColor>
							{pin.note ? `   Note: ${sanitizeLine(pin.note)}` : '   no note (n adds one)'}
						</Text>
					</Box>
				);
			})}
		</Box>
	);
}
