/** The great-circle distance between two points, in kilometres (haversine, on a sphere of the Earth's mean radius). */
export function kilometresBetween(a: {lat: number; lon: number}, b: {lat: number; lon: number}): number {
	const radians = (degrees: number) => (degrees * Math.PI) / 180;
	const dLat = radians(b.lat - a.lat);
	const dLon = radians(b.lon - a.lon);
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.sqrt(h));
}
