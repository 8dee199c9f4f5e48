import type { Random } from './random.js';
import { words } from './russian-names.js';

interface City {
  /** «г. Москва» or «Московская обл., г. Химки», as written after the postcode. */
  place: string;
  /** The lowest postcode of the city and how many follow it. */
  postcode: readonly [number, number];
  phoneCode: string;
}

const city = (place: string, postcode: number, spread: number, phoneCode: string): City => ({
  place,
  postcode: [postcode, spread],
  phoneCode,
});

/** Cities by the region code an INN starts with (the regions generateInn uses). */
const CITIES_BY_REGION: Record<string, readonly City[]> = {
  '77': [city('г. Москва', 101000, 29000, '495'), city('г. Москва', 101000, 29000, '499')],
  '50': [
    city('Московская обл., г. Химки', 141400, 20, '495'),
    city('Московская обл., г. Мытищи', 141000, 30, '495'),
    city('Московская обл., г. Балашиха', 143900, 90, '495'),
    city('Московская обл., г. Подольск', 142100, 20, '496'),
  ],
  '78': [city('г. Санкт-Петербург', 190000, 9000, '812')],
  '47': [
    city('Ленинградская обл., г. Гатчина', 188300, 60, '813'),
    city('Ленинградская обл., г. Всеволожск', 188640, 50, '813'),
  ],
  '63': [city('Самарская обл., г. Самара', 443001, 120, '846')],
  '66': [city('Свердловская обл., г. Екатеринбург', 620000, 140, '343')],
  '16': [city('Республика Татарстан, г. Казань', 420000, 140, '843')],
  '23': [city('Краснодарский край, г. Краснодар', 350000, 90, '861')],
  '52': [city('Нижегородская обл., г. Нижний Новгород', 603000, 160, '831')],
  '54': [city('Новосибирская обл., г. Новосибирск', 630000, 130, '383')],
  '61': [city('Ростовская обл., г. Ростов-на-Дону', 344000, 110, '863')],
  '74': [city('Челябинская обл., г. Челябинск', 454000, 130, '351')],
  '02': [city('Республика Башкортостан, г. Уфа', 450000, 110, '347')],
  '36': [city('Воронежская обл., г. Воронеж', 394000, 90, '473')],
};

const MOSCOW_STREETS = [
  'ул. Профсоюзная',
  'Ленинградский пр-т',
  'ул. Большая Ордынка',
  'Варшавское ш.',
  'ул. Новослободская',
  'ул. Вавилова',
  'Каширское ш.',
  'ул. Щепкина',
  'ул. Бауманская',
  'Волгоградский пр-т',
  'ул. Летниковская',
  'ул. Нижняя Красносельская',
  'Дмитровское ш.',
  'ул. Шарикоподшипниковская',
  'ул. Обручева',
  'ул. Складочная',
  'ул. Маршала Бирюзова',
  'Рязанский пр-т',
];

const STREETS = [
  ...words(
    'Ленина Советская Садовая Мира Гагарина Строителей Заводская Октябрьская Промышленная Кирова Московская',
  ).map((name) => `ул. ${name}`),
  'пр-т Победы',
  'пр-т Ленина',
  'ул. Молодёжная',
  'ул. Карла Маркса',
];

function building(random: Random): string {
  const house = `д. ${random.int(1, 120)}`;
  const block = random.chance(0.3) ? `, ${random.pick(['корп.', 'стр.'])} ${random.int(1, 5)}` : '';
  return house + block;
}

export interface Locality {
  regionCode: string;
  city: City;
}

/** Where a member with this INN is registered: its tax office's region. */
export function localityOfInn(inn: string, random: Random): Locality {
  const regionCode = inn.slice(0, 2);
  const cities = CITIES_BY_REGION[regionCode];
  if (!cities) throw new Error(`demo data: no cities for region ${regionCode}`);
  return { regionCode, city: random.pick(cities) };
}

/** «117342, г. Москва, ул. Профсоюзная, д. 65, корп. 1, офис 412». */
export function streetAddress(locality: Locality, random: Random, withOffice = true): string {
  const [lowest, spread] = locality.city.postcode;
  const streets = locality.regionCode === '77' ? MOSCOW_STREETS : STREETS;
  const office = withOffice ? `, ${random.pick(['офис', 'пом.'])} ${random.int(1, 520)}` : '';
  return `${lowest + random.int(0, spread)}, ${locality.city.place}, ${random.pick(streets)}, ${building(random)}${office}`;
}

/** «Москва, ул. Вавилова, д. 12», the site of a construction contract in Moscow. */
export function moscowSite(random: Random): string {
  return `г. Москва, ${random.pick(MOSCOW_STREETS)}, ${building(random)}`;
}

function sevenDigits(random: Random): string {
  return `${random.digits(3)}-${random.digits(2)}-${random.digits(2)}`;
}

/** An office number: «+7 (495) 123-45-67». */
export function cityPhone(locality: Locality, random: Random): string {
  return `+7 (${locality.city.phoneCode}) ${random.int(2, 9)}${sevenDigits(random).slice(1)}`;
}

/** A mobile number: «+7 (916) 123-45-67». */
export function mobilePhone(random: Random): string {
  return `+7 (9${random.digits(2)}) ${random.int(1, 9)}${sevenDigits(random).slice(1)}`;
}

/** The SRO's office, where meetings are held and paper documents handed out. */
export const SRO_OFFICE = '127055, г. Москва, ул. Новослободская, д. 20, стр. 1';
