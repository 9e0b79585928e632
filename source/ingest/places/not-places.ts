/**
 * First names and surnames that GeoNames also knows as towns: no place, unless
 * a word of place puts a large town of the article's own country there
 * ("Speaking in Darwin", resolve-place.ts).
 */
export const peoplesNames: ReadonlySet<string> = new Set([
	'Vladimir', 'Lincoln', 'Jackson', 'Victoria', 'Hamilton', 'Norman', 'Madison', 'Florence', 'Charlotte', 'Savannah',
	'Montgomery', 'Henderson', 'Clinton', 'Lawrence', 'Quincy', 'Cary', 'Regina', 'Milton', 'Brandon', 'Allen', 'Preston',
	'Nancy', 'Antony', 'Nelson', 'Barry', 'Dudley', 'Bradford', 'Brent', 'Chester', 'Chelsea', 'Arnold', 'Alton', 'Shirley',
	'Douglas', 'Hassan', 'Kamal', 'Bandar', 'Ariel', 'Martin', 'Roman', 'Brad', 'Adam', 'David', 'Mary', 'Anna',
	'Kara', 'Tara', 'Dara', 'Asha', 'Pilar', 'Mercedes', 'Dolores', 'Vera',
	'Esperanza', 'Darwin', 'Miranda', 'Lara', 'Griffith', 'Clayton', 'Carlton', 'Kaya', 'Nikki', 'Santana', 'Moreno',
	'Torres', 'Santos', 'Oliveira', 'Mendes', 'Lucas', 'Castro', 'Duncan', 'Lindsay', 'Vernon', 'Molina', 'Pereira', 'Morales',
	'Barbosa', 'Sokolov', 'Roth', 'Rees', 'Hagen', 'Mila', 'Pinto', 'Hayes', 'Leigh', 'Stanley', 'Flores', 'Ron', 'Marino',
	'Iglesias', 'Ferrara', 'Alba', 'Stella', 'Obama', 'Yamaguchi', 'Takahashi', 'Nakamura', 'Matsumoto', 'Kobayashi', 'Ikeda',
	'Hashimoto', 'Yamada', 'Mori', 'Harper', 'Buchanan', 'Rivas', 'Teresa', 'Ramos', 'Ramon', 'Rodriguez', 'Lopez', 'Alicia',
	'Delgado', 'Adler', 'Lund', 'Ariana', 'Helena', 'Troy', 'Bryant', 'Rogers', 'Kendall', 'Orlando', 'Sebastian', 'Stuart',
	'Weston', 'Wright', 'Dalton', 'Evans', 'Martinez', 'Perry', 'Godfrey', 'Marion', 'Jasper', 'Seymour', 'Gardner', 'Murray',
	'Hammond', 'Harvey', 'Monroe', 'Zachary', 'Frederick', 'Laurel', 'Ferguson', 'Cornelius', 'Eden', 'Leland', 'Matthews',
	'Shelby', 'Wilson', 'Mason', 'Ada', 'Bethany', 'Edmond', 'Enid', 'Moore', 'Anderson', 'Bartlett', 'Farah', 'Berat',
	'Wanda', 'Fontana', 'Doreen', 'Elwood', 'Sousa', 'Mari', 'Carolina', 'Schroeder', 'Mariana', 'Lorena', 'Amos',
	'Tula', 'Sakura', 'Asahi', 'Minato', 'Isla', 'Tala', 'Magdalena', 'Kari', 'Kati', 'Maia', 'Hala',
	'Kirby', 'Austin', 'Elizabeth', 'Warren', 'Delta', 'Franklin', 'Washington', 'Jefferson', 'Trump',
	'Perez', 'Garcia', 'Jimenez', 'Munoz', 'Rivera', 'Rubio', 'Rocha', 'Melo', 'Marin', 'Itai', 'Irati', 'Claudio', 'Concepcion',
	'Xinyi', 'Leticia', 'Florencia', 'Plato', 'Esmeralda', 'Jena', 'Constanza', 'Saida', 'Pinas', 'Rosetta', 'Ronda', 'Vic', 'Tui',
	'Wembley', 'Spalding', 'Beverley', 'Larisa', 'Tamra', 'Tarana', 'Rania', 'Patti', 'Mariani', 'Chas', 'Aron', 'Bronte', 'Ogawa',
	'Kikuchi', 'Ito', 'Ishikawa', 'Mariano', 'Isabela', 'Artem', 'Daphne', 'Selma', 'Bloomingdale', 'Iona', 'Tavares', 'Carmel',
	'Estelle', 'Addison', 'Alice', 'Alvin', 'Bryan', 'Dickinson', 'Donna', 'Garland', 'Irving', 'Katy', 'Keller', 'Kyle',
	'Marshall', 'Murphy', 'Richardson', 'Rosenberg', 'Sherman', 'Taylor', 'Terrell', 'Tyler', 'Burke', 'Sherwood', 'Shelton',
	'Clive', 'Johnston', 'Bradley', 'Dixon', 'Morton', 'Niles', 'Roselle', 'Gary', 'Westfield', 'Beverly', 'Everett', 'Lowell',
	'Lynn', 'Palmer', 'Randolph', 'Adrian', 'Burton', 'Holt', 'Trenton', 'Walker', 'Wayne', 'Blaine', 'Hopkins', 'Winona',
	'Clifton', 'Edison', 'Harrison', 'Baldwin', 'Roosevelt', 'Woodrow', 'Hudson', 'Kent', 'Sidney', 'Mitchell', 'Howard', 'Gilbert',
	'Goodyear', 'Blythe', 'Campbell', 'Carson', 'Colton', 'Davis', 'Duarte', 'Lamont', 'Linda', 'Marina', 'Patterson',
	'Ramona', 'Tracy', 'Vincent', 'Parker', 'Whitney', 'Eugene', 'Logan', 'Roy', 'Graham', 'Lacey', 'Cheyenne', 'Sheridan', 'Nigel',
	'Kimberley', 'Christiana', 'Robertson', 'Kanata',
]);

/**
 * Capitalised words that GeoNames knows as towns but that an article almost
 * always means as something else: English words met at a sentence start,
 * months and weekdays, first names and surnames. Only uncurated GeoNames
 * cities are subject to these; "Nice, France" still names Nice.
 */
export const notPlaces: ReadonlySet<string> = new Set([
	// Months and weekdays
	'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
	'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mon',
	// English words
	'Most', 'Nice', 'Reading', 'Bath', 'Mobile', 'Split', 'Of', 'Day', 'Police', 'Orange', 'Best', 'Goes', 'Same', 'Much', 'Along',
	'Man', 'Male', 'Deal', 'Bury', 'Hook', 'Salt', 'Roses', 'Tours', 'Stains', 'Angers', 'Boom', 'Manage', 'Peer', 'Lend', 'Plunge',
	'Bar', 'Pen', 'Tire', 'Lice', 'Buy', 'Gay', 'Marks', 'Bear', 'Sunrise', 'Paradise', 'Enterprise', 'Republic', 'Canton', 'Pearl',
	'Newton', 'Jupiter', 'Magenta', 'Tame', 'Date', 'Wedding', 'Worthing', 'Lancing', 'Barking', 'Shaping', 'Van', 'Bo', 'Boo', 'Bam',
	'Dinar', 'Lira', 'Acre', 'Alma', 'Sens', 'Dole', 'Leh', 'Mora', 'Moss', 'Salo', 'Gao',
	'Union', 'Liberty', 'Independence', 'Victory', 'Progress', 'Concord', 'Unity', 'Hope', 'Mission', 'Commerce', 'Industry',
	'Opportunity', 'Temple', 'Surprise', 'Ocean', 'Marine', 'Normal', 'Hazard', 'Energy', 'Eagle', 'Phoenix',
	'Save', 'Come', 'Coin', 'Can', 'Than', 'Hit', 'Dig', 'Punch', 'Begun', 'Spring', 'Springs', 'Sterling', 'Humble', 'Prosper',
	'Revere', 'Wheeling', 'Crystal', 'Green', 'Superior', 'Golden', 'Liberal', 'Sparks', 'Bend', 'Sandy', 'Young', 'Pop', 'Brits',
	'Mentor', 'Banning', 'Eureka', 'Argos', 'God', 'Leo', 'Oi', 'Bah', 'Abu', 'Federal', 'Manly', 'Congress', 'Senate', 'Parliament',
	// Companies
	'Nokia', 'Toyota', 'Hitachi', 'Honda', 'Monsanto', 'Avon', 'Ajax', 'Bentley',
	// First names and surnames
	...peoplesNames,
]);

/** Countries and states that are also common first names, checked like uncurated towns for a neighbouring name ("Chad Smith", "Victoria Beckham"). */
export const placesThatAreFirstNames = new Set(['Chad', 'Jordan', 'Georgia', 'Victoria', 'Virginia', 'Skye']);

/**
 * Capitalised words that may stand before a place without being part of a
 * name: a capitalised word next to an uncurated town otherwise marks it as
 * part of a person's or an organisation's name.
 */
export const capitalisedFunctionWords = new Set([
	'The', 'A', 'An', 'In', 'At', 'From', 'To', 'Of', 'On', 'For', 'By', 'With', 'Near', 'Outside', 'Inside', 'Across', 'Into',
	'Via', 'Over', 'Through', 'Around', 'And', 'Or', 'But', 'As', 'While', 'When', 'After', 'Before', 'Since', 'Like', 'Unlike',
	'Including', 'Between', 'Against', 'Toward', 'Towards', 'Beyond', 'Under', 'Within', 'Without', 'Despite', 'Until', 'Both',
	'Neither', 'Either', 'Only', 'Even', 'Also', 'Then', 'Where', 'Here', 'There', 'If', 'Although', 'Though', 'Because', 'So',
	'Yet', 'Not', 'Nor', 'Meanwhile', 'Elsewhere', 'Still', 'Now', 'Today', 'Yesterday',
]);

/**
 * Names that contain a place name but mean something wider or elsewhere:
 * matched whole, so that New England is not England, and then dropped. (Latin,
 * South, North and Central America are curated regions, matched whole as
 * themselves: curated-places.ts.)
 */
export const namesThatAreNoPlace = ['New Guinea', 'New England', 'District of Columbia', 'Russia Today'];
