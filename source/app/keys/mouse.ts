/**
 * Mouse reports in the SGR form terminals send once asked (`ESC [ ? 1000 h`
 * and `ESC [ ? 1006 h`): `ESC [ < b ; x ; y M` on a press, `… m` on a release,
 * with x and y counted from 1. Ink hands the sequence to the key hooks as
 * typed input with its ESC taken off; it must never be typed into a field.
 */
export type MouseEvent = {action: 'press' | 'release' | 'wheel-up' | 'wheel-down' | 'drag'; button: 'left' | 'middle' | 'right' | 'none'; x: number; y: number};

const sgrMouse = /^\u001B?\[<(\d{1,4});(\d{1,5});(\d{1,5})([Mm])$/;

const buttons = ['left', 'middle', 'right', 'none'] as const;

/** The mouse event a key hook's input is, or null when it is a key. */
export function parseMouse(input: string): MouseEvent | null {
	const match = sgrMouse.exec(input);
	if (!match) {
		return null;
	}

	const code = Number(match[1]);
	const x = Number(match[2]);
	const y = Number(match[3]);
	// The low two bits name the button; 32 says the mouse moved with it held, 64 a wheel (4, 8 and 16: Shift, Alt, Ctrl).
	const button = buttons[code & 3]!;
	if (code & 64) {
		return {action: (code & 1) === 0 ? 'wheel-up' : 'wheel-down', button: 'none', x, y};
	}

	return {action: code & 32 ? 'drag' : match[4] === 'm' ? 'release' : 'press', button, x, y};
}

/** Written to ask the terminal for mouse reports (button presses and the wheel, in SGR form), and to stop them. */
export const mouseReportingOn = '\u001B[?1000h\u001B[?1006h';
export const mouseReportingOff = '\u001B[?1006l\u001B[?1000l';
