/**
 * First-level divisions that the news names bare: states, provinces and
 * territories, each with its ISO country code and GeoNames admin1 code (its
 * point is the centre of the box its GeoNames places span). Cities of the same
 * name are left out or named apart: the country Georgia, the cities of New
 * York and Washington (so those states are "… State"), Berlin, Beijing, Delhi;
 * Brazil's São Paulo and Rio de Janeiro are "… state".
 */
export type Division = {name: string; country: string; adminCode: string; aliases?: string[]; key?: string};

const usStates: Array<[state: string, adminCode: string]> = [
	['Alabama', 'AL'],
	['Alaska', 'AK'],
	['Arizona', 'AZ'],
	['Arkansas', 'AR'],
	['California', 'CA'],
	['Colorado', 'CO'],
	['Connecticut', 'CT'],
	['Delaware', 'DE'],
	['Florida', 'FL'],
	['Hawaii', 'HI'],
	['Idaho', 'ID'],
	['Illinois', 'IL'],
	['Indiana', 'IN'],
	['Iowa', 'IA'],
	['Kansas', 'KS'],
	['Kentucky', 'KY'],
	['Louisiana', 'LA'],
	['Maine', 'ME'],
	['Maryland', 'MD'],
	['Massachusetts', 'MA'],
	['Michigan', 'MI'],
	['Minnesota', 'MN'],
	['Mississippi', 'MS'],
	['Missouri', 'MO'],
	['Montana', 'MT'],
	['Nebraska', 'NE'],
	['Nevada', 'NV'],
	['New Hampshire', 'NH'],
	['New Jersey', 'NJ'],
	['New Mexico', 'NM'],
	['New York State', 'NY'],
	['North Carolina', 'NC'],
	['North Dakota', 'ND'],
	['Ohio', 'OH'],
	['Oklahoma', 'OK'],
	['Oregon', 'OR'],
	['Pennsylvania', 'PA'],
	['Rhode Island', 'RI'],
	['South Carolina', 'SC'],
	['South Dakota', 'SD'],
	['Tennessee', 'TN'],
	['Texas', 'TX'],
	['Utah', 'UT'],
	['Vermont', 'VT'],
	['Virginia', 'VA'],
	['Washington State', 'WA'],
	['West Virginia', 'WV'],
	['Wisconsin', 'WI'],
	['Wyoming', 'WY'],
];

const canada: Division[] = [
	{name: 'Alberta', country: 'CA', adminCode: '01'},
	{name: 'British Columbia', country: 'CA', adminCode: '02', aliases: ['B.C.']},
	{name: 'Manitoba', country: 'CA', adminCode: '03'},
	{name: 'New Brunswick', country: 'CA', adminCode: '04'},
	{name: 'Newfoundland and Labrador', country: 'CA', adminCode: '05', aliases: ['Newfoundland']},
	{name: 'Nova Scotia', country: 'CA', adminCode: '07'},
	{name: 'Ontario', country: 'CA', adminCode: '08'},
	{name: 'Prince Edward Island', country: 'CA', adminCode: '09'},
	{name: 'Quebec', country: 'CA', adminCode: '10'},
	{name: 'Saskatchewan', country: 'CA', adminCode: '11'},
	{name: 'Yukon', country: 'CA', adminCode: '12'},
	{name: 'Northwest Territories', country: 'CA', adminCode: '13'},
	{name: 'Nunavut', country: 'CA', adminCode: '14'},
];

const australia: Division[] = [
	{name: 'Australian Capital Territory', country: 'AU', adminCode: '01'},
	{name: 'New South Wales', country: 'AU', adminCode: '02'},
	{name: 'Northern Territory', country: 'AU', adminCode: '03'},
	{name: 'Queensland', country: 'AU', adminCode: '04'},
	{name: 'South Australia', country: 'AU', adminCode: '05'},
	{name: 'Tasmania', country: 'AU', adminCode: '06'},
	{name: 'Victoria', country: 'AU', adminCode: '07'},
	{name: 'Western Australia', country: 'AU', adminCode: '08'},
];

const india: Division[] = [
	{name: 'Andhra Pradesh', country: 'IN', adminCode: '02'},
	{name: 'Assam', country: 'IN', adminCode: '03'},
	{name: 'Gujarat', country: 'IN', adminCode: '09'},
	{name: 'Haryana', country: 'IN', adminCode: '10'},
	{name: 'Himachal Pradesh', country: 'IN', adminCode: '11'},
	{name: 'Jammu and Kashmir', country: 'IN', adminCode: '12'},
	{name: 'Kerala', country: 'IN', adminCode: '13'},
	{name: 'Maharashtra', country: 'IN', adminCode: '16'},
	{name: 'Manipur', country: 'IN', adminCode: '17'},
	{name: 'Meghalaya', country: 'IN', adminCode: '18'},
	{name: 'Karnataka', country: 'IN', adminCode: '19'},
	{name: 'Nagaland', country: 'IN', adminCode: '20'},
	{name: 'Odisha', country: 'IN', adminCode: '21', aliases: ['Orissa']},
	{name: 'Punjab', country: 'IN', adminCode: '23'},
	{name: 'Rajasthan', country: 'IN', adminCode: '24'},
	{name: 'Tamil Nadu', country: 'IN', adminCode: '25'},
	{name: 'Tripura', country: 'IN', adminCode: '26'},
	{name: 'West Bengal', country: 'IN', adminCode: '28'},
	{name: 'Sikkim', country: 'IN', adminCode: '29'},
	{name: 'Arunachal Pradesh', country: 'IN', adminCode: '30'},
	{name: 'Mizoram', country: 'IN', adminCode: '31'},
	{name: 'Goa', country: 'IN', adminCode: '33'},
	{name: 'Bihar', country: 'IN', adminCode: '34'},
	{name: 'Madhya Pradesh', country: 'IN', adminCode: '35'},
	{name: 'Uttar Pradesh', country: 'IN', adminCode: '36'},
	{name: 'Chhattisgarh', country: 'IN', adminCode: '37'},
	{name: 'Jharkhand', country: 'IN', adminCode: '38'},
	{name: 'Uttarakhand', country: 'IN', adminCode: '39'},
	{name: 'Telangana', country: 'IN', adminCode: '40'},
	{name: 'Ladakh', country: 'IN', adminCode: '41'},
];

const pakistan: Division[] = [
	{name: 'Balochistan', country: 'PK', adminCode: '02', aliases: ['Baluchistan']},
	{name: 'Khyber Pakhtunkhwa', country: 'PK', adminCode: '03'},
	{name: 'Punjab', country: 'PK', adminCode: '04', key: 'punjab-pk'},
	{name: 'Sindh', country: 'PK', adminCode: '05'},
];

const china: Division[] = [
	{name: 'Anhui', country: 'CN', adminCode: '01'},
	{name: 'Zhejiang', country: 'CN', adminCode: '02'},
	{name: 'Jiangxi', country: 'CN', adminCode: '03'},
	{name: 'Jiangsu', country: 'CN', adminCode: '04'},
	{name: 'Jilin', country: 'CN', adminCode: '05'},
	{name: 'Qinghai', country: 'CN', adminCode: '06'},
	{name: 'Fujian', country: 'CN', adminCode: '07'},
	{name: 'Heilongjiang', country: 'CN', adminCode: '08'},
	{name: 'Henan', country: 'CN', adminCode: '09'},
	{name: 'Hebei', country: 'CN', adminCode: '10'},
	{name: 'Hunan', country: 'CN', adminCode: '11'},
	{name: 'Hubei', country: 'CN', adminCode: '12'},
	{name: 'Gansu', country: 'CN', adminCode: '15'},
	{name: 'Guangxi', country: 'CN', adminCode: '16'},
	{name: 'Guizhou', country: 'CN', adminCode: '18'},
	{name: 'Liaoning', country: 'CN', adminCode: '19'},
	{name: 'Inner Mongolia', country: 'CN', adminCode: '20'},
	{name: 'Ningxia', country: 'CN', adminCode: '21'},
	{name: 'Shanxi', country: 'CN', adminCode: '24'},
	{name: 'Shandong', country: 'CN', adminCode: '25'},
	{name: 'Shaanxi', country: 'CN', adminCode: '26'},
	{name: 'Yunnan', country: 'CN', adminCode: '29'},
	{name: 'Guangdong', country: 'CN', adminCode: '30'},
	{name: 'Hainan', country: 'CN', adminCode: '31'},
	{name: 'Sichuan', country: 'CN', adminCode: '32'},
];

/**
 * Oblasts share their names with their capitals, so an oblast is "the Kharkiv
 * region" as the news writes it; the bare name stays the city.
 */
const oblast = (name: string, country: string, adminCode: string): Division => ({
	name: `${name} region`,
	country,
	adminCode,
	aliases: [`${name} Region`, `${name} oblast`, `${name} Oblast`, `${name} province`, `${name} Province`],
});

const ukraine: Division[] = [
	oblast('Cherkasy', 'UA', '01'),
	oblast('Chernihiv', 'UA', '02'),
	oblast('Chernivtsi', 'UA', '03'),
	oblast('Dnipropetrovsk', 'UA', '04'),
	oblast('Donetsk', 'UA', '05'),
	oblast('Ivano-Frankivsk', 'UA', '06'),
	oblast('Kharkiv', 'UA', '07'),
	oblast('Kherson', 'UA', '08'),
	oblast('Khmelnytskyi', 'UA', '09'),
	oblast('Kirovohrad', 'UA', '10'),
	oblast('Kyiv', 'UA', '13'),
	oblast('Luhansk', 'UA', '14'),
	oblast('Lviv', 'UA', '15'),
	oblast('Mykolaiv', 'UA', '16'),
	oblast('Odesa', 'UA', '17'),
	oblast('Poltava', 'UA', '18'),
	oblast('Rivne', 'UA', '19'),
	oblast('Sumy', 'UA', '21'),
	oblast('Ternopil', 'UA', '22'),
	oblast('Vinnytsia', 'UA', '23'),
	oblast('Volyn', 'UA', '24'),
	oblast('Zakarpattia', 'UA', '25'),
	oblast('Zaporizhzhia', 'UA', '26'),
	oblast('Zhytomyr', 'UA', '27'),
];

const russianBorderRegions: Division[] = [oblast('Belgorod', 'RU', '09'), oblast('Bryansk', 'RU', '10'), oblast('Kursk', 'RU', '41'), oblast('Voronezh', 'RU', '86')];

const vietnam: Division[] = [
	{name: 'Quang Ninh', country: 'VN', adminCode: '30', aliases: ['Quảng Ninh']},
	{name: 'Nghe An', country: 'VN', adminCode: '58', aliases: ['Nghệ An']},
	{name: 'Thua Thien Hue', country: 'VN', adminCode: '66', aliases: ['Thừa Thiên Huế', 'Thua Thien-Hue']},
	{name: 'Quang Nam', country: 'VN', adminCode: '84', aliases: ['Quảng Nam']},
];

const germany: Division[] = [
	{name: 'Baden-Württemberg', country: 'DE', adminCode: '01', aliases: ['Baden-Wurttemberg']},
	{name: 'Bavaria', country: 'DE', adminCode: '02', aliases: ['Bayern']},
	{name: 'Hesse', country: 'DE', adminCode: '05', aliases: ['Hessen']},
	{name: 'Lower Saxony', country: 'DE', adminCode: '06'},
	{name: 'North Rhine-Westphalia', country: 'DE', adminCode: '07', aliases: ['North Rhine Westphalia']},
	{name: 'Rhineland-Palatinate', country: 'DE', adminCode: '08'},
	{name: 'Saarland', country: 'DE', adminCode: '09'},
	{name: 'Schleswig-Holstein', country: 'DE', adminCode: '10'},
	{name: 'Brandenburg', country: 'DE', adminCode: '11'},
	{name: 'Mecklenburg-Western Pomerania', country: 'DE', adminCode: '12', aliases: ['Mecklenburg-Vorpommern']},
	{name: 'Saxony', country: 'DE', adminCode: '13', aliases: ['Sachsen']},
	{name: 'Saxony-Anhalt', country: 'DE', adminCode: '14'},
	{name: 'Thuringia', country: 'DE', adminCode: '15', aliases: ['Thüringen']},
];

/** A state named like a city (its capital São Paulo, or Paraná in Argentina) is "São Paulo state" as the news writes it; the bare name stays the city. */
const stateNamedLikeACity = (name: string, country: string, adminCode: string): Division => ({
	name: `${name} state`,
	country,
	adminCode,
	aliases: [`${name} State`, `State of ${name}`],
});

const brazil: Division[] = [
	stateNamedLikeACity('Acre', 'BR', '01'),
	{name: 'Alagoas', country: 'BR', adminCode: '02'},
	{name: 'Amapá', country: 'BR', adminCode: '03', aliases: ['Amapa']},
	{name: 'Amazonas', country: 'BR', adminCode: '04'},
	{name: 'Bahia', country: 'BR', adminCode: '05'},
	{name: 'Ceará', country: 'BR', adminCode: '06', aliases: ['Ceara']},
	{name: 'Espírito Santo', country: 'BR', adminCode: '08', aliases: ['Espirito Santo']},
	{name: 'Mato Grosso do Sul', country: 'BR', adminCode: '11'},
	{name: 'Maranhão', country: 'BR', adminCode: '13', aliases: ['Maranhao']},
	{name: 'Mato Grosso', country: 'BR', adminCode: '14'},
	{name: 'Minas Gerais', country: 'BR', adminCode: '15'},
	{name: 'Pará', country: 'BR', adminCode: '16', aliases: ['Para']},
	{name: 'Paraíba', country: 'BR', adminCode: '17', aliases: ['Paraiba']},
	stateNamedLikeACity('Paraná', 'BR', '18'),
	{name: 'Piauí', country: 'BR', adminCode: '20', aliases: ['Piaui']},
	stateNamedLikeACity('Rio de Janeiro', 'BR', '21'),
	{name: 'Rio Grande do Norte', country: 'BR', adminCode: '22'},
	{name: 'Rio Grande do Sul', country: 'BR', adminCode: '23'},
	{name: 'Rondônia', country: 'BR', adminCode: '24', aliases: ['Rondonia']},
	{name: 'Roraima', country: 'BR', adminCode: '25'},
	{name: 'Santa Catarina', country: 'BR', adminCode: '26'},
	stateNamedLikeACity('São Paulo', 'BR', '27'),
	{name: 'Sergipe', country: 'BR', adminCode: '28'},
	{name: 'Goiás', country: 'BR', adminCode: '29', aliases: ['Goias']},
	{name: 'Pernambuco', country: 'BR', adminCode: '30'},
	{name: 'Tocantins', country: 'BR', adminCode: '31'},
];

export const divisions: Division[] = [
	...usStates.map(([name, adminCode]) => ({name, country: 'US', adminCode, aliases: name.endsWith(' State') ? [name.replace(/ State$/, ' state')] : []})),
	...canada,
	...australia,
	...india,
	...pakistan,
	...china,
	...germany,
	...ukraine,
	...russianBorderRegions,
	...vietnam,
	...brazil,
];
