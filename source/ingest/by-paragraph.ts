/** Items grouped by their paragraph number, so per-paragraph work stays linear in the article's length. */
export function byParagraph<T extends {paragraph: number}>(items: T[]): (paragraph: number) => T[] {
	const groups = new Map<number, T[]>();
	for (const item of items) {
		const group = groups.get(item.paragraph);
		if (group) {
			group.push(item);
		} else {
			groups.set(item.paragraph, [item]);
		}
	}

	return paragraph => groups.get(paragraph) ?? [];
}

/** Whether `inner` lies within `outer` (same paragraph, offsets inside). */
export function within(outer: {paragraph: number; start: number; end: number}) {
	return (inner: {paragraph: number; start: number; end: number}) => inner.paragraph === outer.paragraph && outer.start <= inner.start && inner.end <= outer.end;
}
