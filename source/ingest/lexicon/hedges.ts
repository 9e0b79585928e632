import type {Figure} from '../../core/schema.js';

type Qualifier = Figure['qualifier'];

/**
 * Hedges written just before a number, and the qualifier each one means.
 * Matched lower-cased, longest first, so "no fewer than" wins over "fewer than".
 */
export const hedges: Array<[phrase: string, qualifier: Qualifier]> = [
	['about', 'about'],
	['around', 'about'],
	['roughly', 'about'],
	['approximately', 'about'],
	['some', 'about'],
	['an estimated', 'about'],
	['estimated', 'about'],
	['nearly', 'almost'],
	['almost', 'almost'],
	['close to', 'almost'],
	['just under', 'almost'],
	['at least', 'at least'],
	['no fewer than', 'at least'],
	['no less than', 'at least'],
	['more than', 'more than'],
	['over', 'more than'],
	['just over', 'more than'],
	['upwards of', 'more than'],
	['in excess of', 'more than'],
	['up to', 'up to'],
	['as many as', 'up to'],
	['as much as', 'up to'],
	['as high as', 'up to'],
	['a maximum of', 'up to'],
	['a minimum of', 'at least'],
	['well over', 'more than'],
	['well above', 'more than'],
	['just below', 'almost'],
	['fewer than', 'less than'],
	['less than', 'less than'],
];

/**
 * Phrases that give only an order of magnitude; the figure's value is null.
 * Each is matched lower-cased at the start of the figure, longest first.
 */
export const magnitudes: Array<[phrase: string, qualifier: Qualifier]> = [
	['tens of thousands of', 'tens of thousands'],
	['hundreds of thousands of', 'hundreds of thousands'],
	['tens of millions of', 'tens of millions'],
	['hundreds of millions of', 'hundreds of millions'],
	['tens of billions of', 'tens of billions'],
	['hundreds of billions of', 'hundreds of billions'],
	['dozens of', 'dozens'],
	['scores of', 'dozens'],
	['hundreds of', 'hundreds'],
	['thousands of', 'thousands'],
	['millions of', 'millions'],
	['billions of', 'billions'],
	['dozens more', 'dozens'],
	['hundreds more', 'hundreds'],
	['thousands more', 'thousands'],
	['millions more', 'millions'],
	['several dozen', 'dozens'],
	['a few dozen', 'dozens'],
	['several hundred', 'hundreds'],
	['a few hundred', 'hundreds'],
	['several thousand', 'thousands'],
	['a few thousand', 'thousands'],
	['several hundred thousand', 'hundreds of thousands'],
	['a few hundred thousand', 'hundreds of thousands'],
	['several million', 'millions'],
	['a few million', 'millions'],
	['several hundred million', 'hundreds of millions'],
	['a few hundred million', 'hundreds of millions'],
	['several billion', 'billions'],
	['a few billion', 'billions'],
	['several hundred billion', 'hundreds of billions'],
	['a few hundred billion', 'hundreds of billions'],
];

/** "most of the 400 drones": a share of a figure, recorded beside the figure itself. */
export const shareOf: Array<[phrase: string, qualifier: Qualifier]> = [['most of', 'most of']];

/** Determiners that may sit between "of" and what is counted ("dozens of the Shahed drones", "900 of these drones"). */
export const ofDeterminers = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my']);
