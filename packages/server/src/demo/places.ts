/**
 * Real places the demo and bench data are set in: town centres and postcode districts with their real
 * approximate coordinates (WGS84, to about 1 km). The organisations, people and street addresses put there
 * are fictional; the postcodes are plausible for each district (real outward code, made-up inward code).
 */

export type Region = 'yorkshire' | 'wales';

export interface Town {
  name: string;
  county: string;
  region: Region;
  latitude: number;
  longitude: number;
}

export interface District {
  /** Postcode district (outward code). */
  code: string;
  /** The neighbourhood or town people know it by. */
  area: string;
  /** The town it belongs to (a name in DEMO_TOWNS). */
  town: string;
  latitude: number;
  longitude: number;
}

export const DEMO_TOWNS: readonly Town[] = [
  { name: 'Leeds', county: 'West Yorkshire', region: 'yorkshire', latitude: 53.7997, longitude: -1.5492 },
  { name: 'Bradford', county: 'West Yorkshire', region: 'yorkshire', latitude: 53.795, longitude: -1.7594 },
  { name: 'Keighley', county: 'West Yorkshire', region: 'yorkshire', latitude: 53.8676, longitude: -1.9065 },
  { name: 'Ilkley', county: 'West Yorkshire', region: 'yorkshire', latitude: 53.925, longitude: -1.822 },
  { name: 'Otley', county: 'West Yorkshire', region: 'yorkshire', latitude: 53.905, longitude: -1.692 },
  { name: 'Shipley', county: 'West Yorkshire', region: 'yorkshire', latitude: 53.833, longitude: -1.769 },
  { name: 'Bingley', county: 'West Yorkshire', region: 'yorkshire', latitude: 53.848, longitude: -1.838 },
  { name: 'Pudsey', county: 'West Yorkshire', region: 'yorkshire', latitude: 53.795, longitude: -1.664 },
  { name: 'Guiseley', county: 'West Yorkshire', region: 'yorkshire', latitude: 53.875, longitude: -1.715 },
  { name: 'Horsforth', county: 'West Yorkshire', region: 'yorkshire', latitude: 53.841, longitude: -1.638 },
  { name: 'Morley', county: 'West Yorkshire', region: 'yorkshire', latitude: 53.74, longitude: -1.6 },
  { name: 'Cardiff', county: 'Cardiff', region: 'wales', latitude: 51.4816, longitude: -3.1791 },
  { name: 'Caerphilly', county: 'Caerphilly', region: 'wales', latitude: 51.578, longitude: -3.218 },
  { name: 'Pontypridd', county: 'Rhondda Cynon Taf', region: 'wales', latitude: 51.601, longitude: -3.342 },
  { name: 'Llantrisant', county: 'Rhondda Cynon Taf', region: 'wales', latitude: 51.542, longitude: -3.376 },
  { name: 'Barry', county: 'Vale of Glamorgan', region: 'wales', latitude: 51.399, longitude: -3.283 },
  { name: 'Penarth', county: 'Vale of Glamorgan', region: 'wales', latitude: 51.438, longitude: -3.174 },
];

export const DEMO_DISTRICTS: readonly District[] = [
  { code: 'LS1', area: 'Leeds city centre', town: 'Leeds', latitude: 53.797, longitude: -1.548 },
  { code: 'LS2', area: 'Woodhouse', town: 'Leeds', latitude: 53.806, longitude: -1.552 },
  { code: 'LS4', area: 'Kirkstall', town: 'Leeds', latitude: 53.811, longitude: -1.588 },
  { code: 'LS6', area: 'Headingley', town: 'Leeds', latitude: 53.82, longitude: -1.577 },
  { code: 'LS7', area: 'Chapel Allerton', town: 'Leeds', latitude: 53.826, longitude: -1.536 },
  { code: 'LS8', area: 'Roundhay', town: 'Leeds', latitude: 53.827, longitude: -1.507 },
  { code: 'LS9', area: 'Burmantofts', town: 'Leeds', latitude: 53.798, longitude: -1.51 },
  { code: 'LS11', area: 'Beeston', town: 'Leeds', latitude: 53.777, longitude: -1.558 },
  { code: 'LS12', area: 'Armley', town: 'Leeds', latitude: 53.795, longitude: -1.593 },
  { code: 'LS13', area: 'Bramley', town: 'Leeds', latitude: 53.808, longitude: -1.632 },
  { code: 'LS14', area: 'Seacroft', town: 'Leeds', latitude: 53.823, longitude: -1.455 },
  { code: 'LS15', area: 'Cross Gates', town: 'Leeds', latitude: 53.805, longitude: -1.446 },
  { code: 'LS16', area: 'Adel', town: 'Leeds', latitude: 53.852, longitude: -1.59 },
  { code: 'LS17', area: 'Moortown', town: 'Leeds', latitude: 53.853, longitude: -1.536 },
  { code: 'LS18', area: 'Horsforth', town: 'Horsforth', latitude: 53.841, longitude: -1.638 },
  { code: 'LS19', area: 'Yeadon', town: 'Guiseley', latitude: 53.866, longitude: -1.686 },
  { code: 'LS20', area: 'Guiseley', town: 'Guiseley', latitude: 53.875, longitude: -1.713 },
  { code: 'LS21', area: 'Otley', town: 'Otley', latitude: 53.905, longitude: -1.693 },
  { code: 'LS27', area: 'Morley', town: 'Morley', latitude: 53.742, longitude: -1.601 },
  { code: 'LS26', area: 'Rothwell', town: 'Leeds', latitude: 53.748, longitude: -1.478 },
  { code: 'LS28', area: 'Pudsey', town: 'Pudsey', latitude: 53.795, longitude: -1.664 },
  { code: 'LS29', area: 'Ilkley', town: 'Ilkley', latitude: 53.925, longitude: -1.823 },
  { code: 'BD1', area: 'Bradford city centre', town: 'Bradford', latitude: 53.795, longitude: -1.753 },
  { code: 'BD3', area: 'Barkerend', town: 'Bradford', latitude: 53.801, longitude: -1.728 },
  { code: 'BD5', area: 'Little Horton', town: 'Bradford', latitude: 53.776, longitude: -1.761 },
  { code: 'BD7', area: 'Great Horton', town: 'Bradford', latitude: 53.781, longitude: -1.786 },
  { code: 'BD8', area: 'Manningham', town: 'Bradford', latitude: 53.803, longitude: -1.779 },
  { code: 'BD9', area: 'Heaton', town: 'Bradford', latitude: 53.817, longitude: -1.792 },
  { code: 'BD10', area: 'Idle', town: 'Bradford', latitude: 53.834, longitude: -1.735 },
  { code: 'BD16', area: 'Bingley', town: 'Bingley', latitude: 53.849, longitude: -1.838 },
  { code: 'BD17', area: 'Baildon', town: 'Shipley', latitude: 53.849, longitude: -1.771 },
  { code: 'BD18', area: 'Shipley', town: 'Shipley', latitude: 53.833, longitude: -1.772 },
  { code: 'BD20', area: 'Silsden', town: 'Keighley', latitude: 53.913, longitude: -1.937 },
  { code: 'BD21', area: 'Keighley', town: 'Keighley', latitude: 53.867, longitude: -1.907 },
  { code: 'BD22', area: 'Haworth', town: 'Keighley', latitude: 53.83, longitude: -1.955 },
  { code: 'CF10', area: 'Cardiff city centre', town: 'Cardiff', latitude: 51.476, longitude: -3.177 },
  { code: 'CF11', area: 'Grangetown', town: 'Cardiff', latitude: 51.468, longitude: -3.191 },
  { code: 'CF5', area: 'Canton', town: 'Cardiff', latitude: 51.483, longitude: -3.215 },
  { code: 'CF14', area: 'Whitchurch', town: 'Cardiff', latitude: 51.516, longitude: -3.215 },
  { code: 'CF23', area: 'Cyncoed', town: 'Cardiff', latitude: 51.51, longitude: -3.16 },
  { code: 'CF24', area: 'Cathays', town: 'Cardiff', latitude: 51.489, longitude: -3.168 },
  { code: 'CF3', area: 'Rumney', town: 'Cardiff', latitude: 51.512, longitude: -3.125 },
  { code: 'CF15', area: 'Radyr', town: 'Cardiff', latitude: 51.518, longitude: -3.252 },
  { code: 'CF83', area: 'Caerphilly', town: 'Caerphilly', latitude: 51.576, longitude: -3.219 },
  { code: 'CF37', area: 'Pontypridd', town: 'Pontypridd', latitude: 51.601, longitude: -3.342 },
  { code: 'CF38', area: 'Llantwit Fardre', town: 'Pontypridd', latitude: 51.565, longitude: -3.33 },
  { code: 'CF72', area: 'Llantrisant', town: 'Llantrisant', latitude: 51.54, longitude: -3.38 },
  { code: 'CF62', area: 'Barry', town: 'Barry', latitude: 51.402, longitude: -3.276 },
  { code: 'CF63', area: 'Cadoxton', town: 'Barry', latitude: 51.41, longitude: -3.255 },
  { code: 'CF64', area: 'Penarth', town: 'Penarth', latitude: 51.437, longitude: -3.176 },
];

export function townByName(name: string): Town {
  const town = DEMO_TOWNS.find((t) => t.name === name);
  if (!town) throw new Error(`Unknown demo town ${name}`);
  return town;
}

export function districtByCode(code: string): District {
  const district = DEMO_DISTRICTS.find((d) => d.code === code);
  if (!district) throw new Error(`Unknown demo postcode district ${code}`);
  return district;
}

export function regionOf(district: District): Region {
  return townByName(district.town).region;
}

/** Great-circle distance in kilometres. */
export function distanceKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Moves a point by (north, east) kilometres. */
export function offsetKm(latitude: number, longitude: number, northKm: number, eastKm: number): [number, number] {
  const lat = latitude + northKm / 110.574;
  const lng = longitude + eastKm / (111.32 * Math.cos((latitude * Math.PI) / 180));
  return [Math.round(lat * 1e6) / 1e6, Math.round(lng * 1e6) / 1e6];
}

/** Town centres across Great Britain, weighted roughly by the population around them, for the bench data. */
export interface BenchTown {
  name: string;
  county: string;
  latitude: number;
  longitude: number;
  /** Relative share of activities. */
  weight: number;
  /** Spread (standard deviation) of activities around the centre, km. */
  spreadKm: number;
  /** Outward codes to draw postcodes from. */
  districts: readonly string[];
}

export const BENCH_TOWNS: readonly BenchTown[] = [
  { name: 'London', county: 'Greater London', latitude: 51.5074, longitude: -0.1278, weight: 14, spreadKm: 10, districts: ['N1', 'E8', 'SE15', 'SW9', 'W12', 'NW5', 'E17', 'N17'] },
  { name: 'Birmingham', county: 'West Midlands', latitude: 52.4862, longitude: -1.8904, weight: 4.5, spreadKm: 6, districts: ['B5', 'B11', 'B13', 'B23', 'B29'] },
  { name: 'Manchester', county: 'Greater Manchester', latitude: 53.4808, longitude: -2.2426, weight: 4.5, spreadKm: 7, districts: ['M1', 'M14', 'M20', 'M40', 'M9'] },
  { name: 'Leeds', county: 'West Yorkshire', latitude: 53.7997, longitude: -1.5492, weight: 2.5, spreadKm: 5, districts: ['LS6', 'LS8', 'LS11', 'LS12'] },
  { name: 'Glasgow', county: 'Glasgow City', latitude: 55.8642, longitude: -4.2518, weight: 3, spreadKm: 5, districts: ['G3', 'G31', 'G41', 'G51'] },
  { name: 'Liverpool', county: 'Merseyside', latitude: 53.4084, longitude: -2.9916, weight: 2.5, spreadKm: 5, districts: ['L1', 'L8', 'L15', 'L4'] },
  { name: 'Sheffield', county: 'South Yorkshire', latitude: 53.3811, longitude: -1.4701, weight: 2, spreadKm: 4.5, districts: ['S1', 'S7', 'S11', 'S5'] },
  { name: 'Newcastle upon Tyne', county: 'Tyne and Wear', latitude: 54.9783, longitude: -1.6178, weight: 2, spreadKm: 5, districts: ['NE1', 'NE4', 'NE6', 'NE3'] },
  { name: 'Bristol', county: 'Bristol', latitude: 51.4545, longitude: -2.5879, weight: 2, spreadKm: 4.5, districts: ['BS1', 'BS3', 'BS5', 'BS7'] },
  { name: 'Nottingham', county: 'Nottinghamshire', latitude: 52.9548, longitude: -1.1581, weight: 1.7, spreadKm: 4.5, districts: ['NG1', 'NG5', 'NG7', 'NG3'] },
  { name: 'Leicester', county: 'Leicestershire', latitude: 52.6369, longitude: -1.1398, weight: 1.4, spreadKm: 4, districts: ['LE1', 'LE2', 'LE4', 'LE3'] },
  { name: 'Edinburgh', county: 'City of Edinburgh', latitude: 55.9533, longitude: -3.1883, weight: 1.6, spreadKm: 4, districts: ['EH1', 'EH6', 'EH11', 'EH8'] },
  { name: 'Cardiff', county: 'Cardiff', latitude: 51.4816, longitude: -3.1791, weight: 1.4, spreadKm: 4, districts: ['CF10', 'CF11', 'CF24', 'CF5'] },
  { name: 'Bradford', county: 'West Yorkshire', latitude: 53.795, longitude: -1.7594, weight: 1.3, spreadKm: 4, districts: ['BD1', 'BD3', 'BD8', 'BD9'] },
  { name: 'Coventry', county: 'West Midlands', latitude: 52.4068, longitude: -1.5197, weight: 1.1, spreadKm: 3.5, districts: ['CV1', 'CV2', 'CV5', 'CV6'] },
  { name: 'Wolverhampton', county: 'West Midlands', latitude: 52.587, longitude: -2.1288, weight: 1, spreadKm: 3.5, districts: ['WV1', 'WV3', 'WV10'] },
  { name: 'Stoke-on-Trent', county: 'Staffordshire', latitude: 53.0027, longitude: -2.1794, weight: 1, spreadKm: 4, districts: ['ST1', 'ST4', 'ST6'] },
  { name: 'Kingston upon Hull', county: 'East Riding of Yorkshire', latitude: 53.7676, longitude: -0.3274, weight: 1, spreadKm: 3.5, districts: ['HU1', 'HU3', 'HU5', 'HU9'] },
  { name: 'Derby', county: 'Derbyshire', latitude: 52.9225, longitude: -1.4746, weight: 0.9, spreadKm: 3.5, districts: ['DE1', 'DE22', 'DE23', 'DE24'] },
  { name: 'Southampton', county: 'Hampshire', latitude: 50.9097, longitude: -1.4044, weight: 0.9, spreadKm: 3, districts: ['SO14', 'SO15', 'SO17', 'SO19'] },
  { name: 'Portsmouth', county: 'Hampshire', latitude: 50.8198, longitude: -1.088, weight: 0.8, spreadKm: 2.5, districts: ['PO1', 'PO4', 'PO5', 'PO2'] },
  { name: 'Plymouth', county: 'Devon', latitude: 50.3755, longitude: -4.1427, weight: 0.8, spreadKm: 3, districts: ['PL1', 'PL4', 'PL5', 'PL6'] },
  { name: 'Brighton', county: 'East Sussex', latitude: 50.8225, longitude: -0.1372, weight: 0.9, spreadKm: 3, districts: ['BN1', 'BN2', 'BN3'] },
  { name: 'Reading', county: 'Berkshire', latitude: 51.4543, longitude: -0.9781, weight: 0.8, spreadKm: 3.5, districts: ['RG1', 'RG2', 'RG30', 'RG6'] },
  { name: 'Milton Keynes', county: 'Buckinghamshire', latitude: 52.0406, longitude: -0.7594, weight: 0.8, spreadKm: 4, districts: ['MK9', 'MK6', 'MK12', 'MK14'] },
  { name: 'Swansea', county: 'Swansea', latitude: 51.6214, longitude: -3.9436, weight: 0.7, spreadKm: 3.5, districts: ['SA1', 'SA2', 'SA5', 'SA6'] },
  { name: 'Aberdeen', county: 'Aberdeen City', latitude: 57.1497, longitude: -2.0943, weight: 0.7, spreadKm: 3.5, districts: ['AB10', 'AB11', 'AB24', 'AB25'] },
  { name: 'Dundee', county: 'Dundee City', latitude: 56.462, longitude: -2.9707, weight: 0.5, spreadKm: 3, districts: ['DD1', 'DD3', 'DD4'] },
  { name: 'Norwich', county: 'Norfolk', latitude: 52.6309, longitude: 1.2974, weight: 0.6, spreadKm: 3.5, districts: ['NR1', 'NR2', 'NR3', 'NR5'] },
  { name: 'York', county: 'North Yorkshire', latitude: 53.96, longitude: -1.0873, weight: 0.6, spreadKm: 3.5, districts: ['YO1', 'YO10', 'YO24', 'YO31'] },
  { name: 'Oxford', county: 'Oxfordshire', latitude: 51.752, longitude: -1.2577, weight: 0.5, spreadKm: 3, districts: ['OX1', 'OX2', 'OX3', 'OX4'] },
  { name: 'Cambridge', county: 'Cambridgeshire', latitude: 52.2053, longitude: 0.1218, weight: 0.5, spreadKm: 3, districts: ['CB1', 'CB2', 'CB4', 'CB5'] },
  { name: 'Exeter', county: 'Devon', latitude: 50.7184, longitude: -3.5339, weight: 0.5, spreadKm: 3, districts: ['EX1', 'EX2', 'EX4'] },
  { name: 'Preston', county: 'Lancashire', latitude: 53.7632, longitude: -2.7031, weight: 0.6, spreadKm: 3.5, districts: ['PR1', 'PR2', 'PR5'] },
  { name: 'Middlesbrough', county: 'North Yorkshire', latitude: 54.5742, longitude: -1.235, weight: 0.6, spreadKm: 3.5, districts: ['TS1', 'TS3', 'TS5', 'TS4'] },
  { name: 'Sunderland', county: 'Tyne and Wear', latitude: 54.9069, longitude: -1.3838, weight: 0.6, spreadKm: 3, districts: ['SR1', 'SR2', 'SR4', 'SR5'] },
  { name: 'Bournemouth', county: 'Dorset', latitude: 50.7192, longitude: -1.8808, weight: 0.6, spreadKm: 3.5, districts: ['BH1', 'BH8', 'BH9', 'BH11'] },
  { name: 'Peterborough', county: 'Cambridgeshire', latitude: 52.5695, longitude: -0.2405, weight: 0.5, spreadKm: 3, districts: ['PE1', 'PE2', 'PE3', 'PE4'] },
  { name: 'Ipswich', county: 'Suffolk', latitude: 52.0567, longitude: 1.1482, weight: 0.4, spreadKm: 3, districts: ['IP1', 'IP3', 'IP4'] },
  { name: 'Lincoln', county: 'Lincolnshire', latitude: 53.2307, longitude: -0.5406, weight: 0.4, spreadKm: 3, districts: ['LN1', 'LN2', 'LN6'] },
  { name: 'Gloucester', county: 'Gloucestershire', latitude: 51.8642, longitude: -2.2382, weight: 0.4, spreadKm: 3, districts: ['GL1', 'GL2', 'GL4'] },
  { name: 'Carlisle', county: 'Cumbria', latitude: 54.8925, longitude: -2.9329, weight: 0.3, spreadKm: 3, districts: ['CA1', 'CA2', 'CA3'] },
  { name: 'Inverness', county: 'Highland', latitude: 57.4778, longitude: -4.2247, weight: 0.3, spreadKm: 3, districts: ['IV1', 'IV2', 'IV3'] },
  { name: 'Wrexham', county: 'Wrexham', latitude: 53.0462, longitude: -2.993, weight: 0.3, spreadKm: 3, districts: ['LL11', 'LL12', 'LL13'] },
];

const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

/** A made-up inward code (digit + two letters from the set Royal Mail uses). */
export function inwardCode(next: () => number): string {
  const digit = Math.floor(next() * 10);
  const a = INWARD_LETTERS[Math.floor(next() * INWARD_LETTERS.length)];
  const b = INWARD_LETTERS[Math.floor(next() * INWARD_LETTERS.length)];
  return `${digit}${a}${b}`;
}
