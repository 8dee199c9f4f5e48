import type { ProcurementKind } from '../../domain/contracts/contract.model.js';
import { moscowSite } from './russian-addresses.js';
import type { Random } from './random.js';

const LEGAL_FORMS = {
  ООО: 'Общество с ограниченной ответственностью',
  АО: 'Акционерное общество',
} as const;
export type LegalForm = keyof typeof LEGAL_FORMS;

/** Names of building companies, without the legal form; enough for every demo member to have its own. */
export const COMPANY_NAMES = [
  'Стройинвест',
  'Мосстрой-7',
  'СК Вектор',
  'Монолит',
  'ПСК Атлант',
  'Гранит-Строй',
  'СтройАльянс',
  'Техностройпроект',
  'Инжстрой',
  'Спецфундаментстрой',
  'Горизонт',
  'Капитель',
  'СМУ-15',
  'Промстройкомплекс',
  'Дорстроймонтаж',
  'Энергостройсервис',
  'Стройресурс',
  'Кровельные технологии',
  'ГидроСпецСтрой',
  'Северная звезда',
  'Ремстройтрест',
  'Уралстройинжиниринг',
  'Волгастрой',
  'Сибирская строительная компания',
  'Фасадные системы',
  'Акведук',
  'Контур',
  'СК Меридиан',
  'ИнвестСтройГрупп',
  'Базис',
  'Бетонмонтаж',
  'Теплосетьмонтаж',
  'Стальконструкция',
  'Ника-Строй',
  'Арсенал',
  'Квартал',
  'Новый дом',
  'Стройтехмонтаж',
  'Инженерные сети',
  'Альфа-Строй',
  'Регионстрой',
  'Промжилстрой',
  'Строймеханизация-3',
  'Спецмонтаж',
  'Стройпартнёр',
  'Фундамент',
  'Реставрационные мастерские',
  'Эталон-Строй',
  'Каскад',
  'ДСК Прогресс',
  'Лифтмонтаж',
  'Электросетьстрой',
  'Ампир',
  'Твердь',
  'СМУ-3 Центр',
  'Основа',
];

/** «ООО «Стройинвест»» and «Общество с ограниченной ответственностью «Стройинвест»». */
export function companyNames(form: LegalForm, name: string): { shortName: string; fullName: string } {
  return { shortName: `${form} «${name}»`, fullName: `${LEGAL_FORMS[form]} «${name}»` };
}

/** The heads' positions of organizations, with their weights; an ИП heads itself. */
export const HEAD_POSITIONS = { 'Генеральный директор': 3, Директор: 1 };
export const ENTREPRENEUR_POSITION = 'Индивидуальный предприниматель';

export const SPECIALIST_POSITIONS = [
  'Главный инженер',
  'Главный инженер проекта',
  'Начальник участка',
  'Производитель работ',
  'Руководитель проекта',
  'Заместитель генерального директора по строительству',
  'Начальник производственно-технического отдела',
];

export interface Customer {
  name: string;
  procurement: ProcurementKind;
  /** What such a customer orders. */
  subjects: readonly ((random: Random) => string)[];
}

const at = (work: string) => (random: Random) => `${work} по адресу: ${moscowSite(random)}`;
const plain = (work: string) => () => work;

const HOUSING = [
  at('Капитальный ремонт кровли многоквартирного дома'),
  at('Капитальный ремонт фасада многоквартирного дома'),
  at('Капитальный ремонт внутридомовых инженерных систем теплоснабжения'),
  at('Замена лифтового оборудования в многоквартирном доме'),
];
const SOCIAL = [
  plain('Капитальный ремонт здания с заменой инженерных систем'),
  plain('Капитальный ремонт помещений корпуса № 2'),
  plain('Реконструкция спортивного зала с пристройкой'),
];

export const CUSTOMERS: readonly Customer[] = [
  {
    name: 'Фонд капитального ремонта многоквартирных домов города Москвы',
    procurement: '615-PP',
    subjects: HOUSING,
  },
  { name: 'ГБУ «Жилищник района Хамовники»', procurement: '44-FZ', subjects: HOUSING },
  { name: 'ГБУ «Жилищник района Марьино»', procurement: '44-FZ', subjects: HOUSING },
  { name: 'ГБУ «Жилищник района Люблино»', procurement: '44-FZ', subjects: HOUSING },
  { name: 'ГБУ «Жилищник Бабушкинского района»', procurement: '44-FZ', subjects: HOUSING },
  {
    name: 'АО «Мосводоканал»',
    procurement: '223-FZ',
    subjects: [at('Реконструкция канализационного коллектора'), at('Строительство водопроводной сети')],
  },
  {
    name: 'ПАО «МОЭК»',
    procurement: '223-FZ',
    subjects: [at('Капитальный ремонт тепловой сети'), at('Перекладка участка теплотрассы')],
  },
  {
    name: 'ПАО «Россети Московский регион»',
    procurement: '223-FZ',
    subjects: [
      plain('Реконструкция трансформаторной подстанции 10/0,4 кВ'),
      plain('Строительство кабельной линии 10 кВ'),
    ],
  },
  { name: 'ГБУЗ «Городская клиническая больница № 52 ДЗМ»', procurement: '44-FZ', subjects: SOCIAL },
  { name: 'ГБОУ «Школа № 1547»', procurement: '44-FZ', subjects: SOCIAL },
  {
    name: 'ФКУ «Дирекция по строительству и реконструкции объектов»',
    procurement: '44-FZ',
    subjects: [plain('Строительство административного здания'), plain('Реконструкция комплекса зданий')],
  },
  {
    name: 'МКУ «Управление капитального строительства» городского округа Подольск',
    procurement: '44-FZ',
    subjects: [plain('Строительство детского сада на 220 мест'), plain('Строительство школы на 1100 мест')],
  },
  {
    name: 'ООО «Девелопмент-Юг»',
    procurement: 'other',
    subjects: [
      plain('Строительство жилого дома с подземной автостоянкой'),
      plain('Устройство свайного поля'),
    ],
  },
];

/** Insurers that insure the civil liability of SRO members and the risk of breach of contract. */
export const INSURERS = [
  'САО «ВСК»',
  'СПАО «Ингосстрах»',
  'АО «АльфаСтрахование»',
  'АО «СОГАЗ»',
  'СПАО «РЕСО-Гарантия»',
  'ПАО СК «Росгосстрах»',
  'САО «Энергогарант»',
  'ООО «Абсолют Страхование»',
];
