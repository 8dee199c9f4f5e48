import { Types } from 'mongoose';
import { DEFAULT_RESPONSIBILITY_LEVELS } from '../../domain/levels/default-responsibility-levels.js';
import { ResponsibilityLevelModel } from '../../domain/levels/responsibility-level.model.js';
import { RegulationVersionModel } from '../../domain/regulation/regulation-version.model.js';
import { atMoscow } from './dates.js';

export interface DemoRegulation {
  _id: Types.ObjectId;
  version: string;
  effectiveFrom: Date;
}

const REGULATION_TEXT = [
  'Регламент предоставления и пользования услугой «Личный кабинет члена СРО», редакция 1.',
  'Утверждён приказом Генерального директора от 27.11.2020 № 204/1.',
  '1. Личный кабинет доступен действующим членам СРО по заявлению о предоставлении доступа; после исключения ' +
    'организации из членов СРО доступ блокируется автоматически.',
  '2. Пользователь активирует личный кабинет по ссылке из письма, сам задаёт пароль и хранит его в секрете; при ' +
    'компрометации пароля немедленно меняет его. СРО вправе заблокировать доступ при подозрении на ' +
    'несанкционированный доступ без предварительного уведомления.',
  '3. В личном кабинете доступны сведения реестра, право выполнять работы, уровни ответственности, проверки, взносы ' +
    'в компенсационные фонды и членские взносы, журнал договоров ОДО, договоры страхования, уведомления, переписка, ' +
    'отчёты и календарь событий; через него направляются обращения в СРО.',
  '4. Заявления о внесении изменений в реестр членов СРО подаются с электронной подписью лица, их подписавшего.',
].join('\n\n');

/** The responsibility level table (defaults, to be checked by staff) and the regulation in effect. */
export async function seedReference(): Promise<DemoRegulation> {
  await ResponsibilityLevelModel.insertMany(DEFAULT_RESPONSIBILITY_LEVELS);
  const regulation: DemoRegulation = {
    _id: new Types.ObjectId(),
    version: 'СС-СРО-ОД-06-2020-01',
    effectiveFrom: atMoscow(2020, 11, 27, 0),
  };
  await RegulationVersionModel.create({
    ...regulation,
    title: 'Регламент предоставления и пользования услугой «Личный кабинет члена СРО», редакция 1',
    text: REGULATION_TEXT,
    createdAt: regulation.effectiveFrom,
    updatedAt: regulation.effectiveFrom,
  });
  return regulation;
}
