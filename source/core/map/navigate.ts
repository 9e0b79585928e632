/** Moving between places on a drawn map with the arrow keys. */

export type Direction = 'left' | 'right' | 'up' | 'down';

export type Positioned = {id: string; x: number; y: number};

const unit: Record<Direction, [number, number]> = {left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1]};

/**
 * The place an arrow key goes to from `fromId`: among the places that lie
 * that way (within 60° of it; failing that, anywhere on that side), the
 * nearest, with sideways distance counting double, so → goes to what is to
 * the right rather than what is near. Null when nothing lies that way. Places at the same point are told apart by
 * their order: → and ↓ go to the next one, ← and ↑ to the one before.
 */
export function placeInDirection(places: Positioned[], fromId: string, direction: Direction): string | null {
	const fromIndex = places.findIndex(place => place.id === fromId);
	const from = places[fromIndex];
	if (!from) {
		return places[0]?.id ?? null;
	}

	return nearestThatWay(places, fromIndex, direction, Math.PI / 3) ?? nearestThatWay(places, fromIndex, direction, Math.PI / 2);
}

/** The nearest place within `halfAngle` of a direction (sideways distance counting double), or null. */
function nearestThatWay(places: Positioned[], fromIndex: number, direction: Direction, halfAngle: number): string | null {
	const from = places[fromIndex]!;
	const [ux, uy] = unit[direction];
	let best: {id: string; cost: number} | null = null;
	for (const [index, place] of places.entries()) {
		if (index === fromIndex || !Number.isFinite(place.x) || !Number.isFinite(place.y)) {
			continue;
		}

		const dx = place.x - from.x;
		const dy = place.y - from.y;
		const along = dx * ux + dy * uy;
		const across = Math.abs(dx * uy - dy * ux);
		let cost: number;
		if (dx === 0 && dy === 0) {
			const forward = direction === 'right' || direction === 'down';
			if (forward ? index < fromIndex : index > fromIndex) {
				continue;
			}

			cost = Math.abs(index - fromIndex) * 1e-6;
		} else if (along > 0 && (halfAngle >= Math.PI / 2 || across <= along * Math.tan(halfAngle))) {
			cost = along + 2 * across;
		} else {
			continue;
		}

		if (!best || cost < best.cost) {
			best = {id: place.id, cost};
		}
	}

	return best?.id ?? null;
}
