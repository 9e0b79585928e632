import {Text} from 'ink';
import {sanitizeLine} from '../../core/sanitize.js';
import type {TextField} from '../state/line-editor.js';

/**
 * A line being edited, with its cursor shown as an inverted character (a
 * block at the end). Long text keeps the cursor's side in view.
 */
export function TextFieldView({field, focused, placeholder}: {field: TextField; focused: boolean; placeholder?: string}) {
	const before = sanitizeLine(field.text.slice(0, field.cursor));
	const rest = field.text.slice(field.cursor);
	const under = rest === '' ? ' ' : String.fromCodePoint(rest.codePointAt(0)!);
	const after = sanitizeLine(rest.slice(under.length));
	if (!focused) {
		return field.text === '' && placeholder ? <Text dimColor>{placeholder}</Text> : <Text>{sanitizeLine(field.text)}</Text>;
	}

	return (
		<Text>
			{before}
			<Text inverse>{sanitizeLine(under) || ' '}</Text>
			{after}
			{field.text === '' && placeholder && <Text dimColor>{` ${placeholder}`}</Text>}
		</Text>
	);
}
