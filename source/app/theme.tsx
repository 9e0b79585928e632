import {createContext, useContext} from 'react';
import type {TextProps} from 'ink';
import type {SegmentStyle} from './layout/segments.js';

/** Whether to use colour; without it, emphasis falls back to bold, underline and inverse so nothing is lost. */
export const ColourContext = createContext(true);

const withColour: Record<SegmentStyle, TextProps> = {
	plain: {},
	dim: {dimColor: true},
	strong: {bold: true},
	label: {color: 'cyan'},
	match: {color: 'yellow', bold: true},
	passage: {color: 'black', backgroundColor: 'yellow'},
	heading: {color: 'magenta', bold: true},
	selected: {inverse: true},
};

const withoutColour: Record<SegmentStyle, TextProps> = {
	plain: {},
	dim: {dimColor: true},
	strong: {bold: true},
	label: {bold: true},
	match: {bold: true, underline: true},
	passage: {inverse: true},
	heading: {bold: true, underline: true},
	selected: {inverse: true},
};

export function useSegmentProps(): (style: SegmentStyle) => TextProps {
	const colour = useContext(ColourContext);
	return style => (colour ? withColour : withoutColour)[style];
}

export function useAccent(): TextProps {
	return useContext(ColourContext) ? {color: 'cyan'} : {bold: true};
}
