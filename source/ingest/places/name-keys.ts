import {foldText} from '../../core/text.js';

export {hasDiacritics} from '../../core/text.js';

/**
 * A name as it is compared: the one fold (core/text.ts) with case and dots
 * kept (Bābolsar → Babolsar, Þingvellir → Thingvellir).
 */
export function foldName(name: string): string {
	return foldText(name, {keepCase: true, keepDots: true});
}

/** The slug of a name: 'Caspian Sea' → 'caspian-sea', 'Bābolsar' → 'babolsar'. */
export function slugOf(name: string): string {
	return slugOfFolded(foldName(name));
}

/** The slug of a name already folded by `foldName`. */
export function slugOfFolded(folded: string): string {
	return folded
		.toLowerCase()
		.replaceAll(/[^a-z\d]+/g, '-')
		.replaceAll(/^-|-$/g, '');
}
