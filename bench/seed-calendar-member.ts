import { Types } from 'mongoose';
import { AppealModel } from '../api/domain/appeals/appeal.model.js';
import { findOrCreateFeedToken } from '../api/domain/calendar/calendar-feeds.repository.js';
import { EventModel } from '../api/domain/events/event.model.js';
import { DuesAccrualModel } from '../api/domain/finance/dues-accrual.model.js';
import { InspectionModel } from '../api/domain/inspections/inspection.model.js';
import { InsuranceContractModel } from '../api/domain/insurance/insurance-contract.model.js';
import { MemberModel } from '../api/domain/members/member.model.js';
import { generateInn, generateOgrn } from '../api/domain/members/tax-ids.js';
import { ReportModel } from '../api/domain/reports/report.model.js';
import { RepresentativeModel } from '../api/domain/representatives/representative.model.js';

const DAY_MS = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY_MS);
const times = <T>(count: number, make: (i: number) => T) => Array.from({ length: count }, (_, i) => make(i));

/** How many items of each kind the calendar member has: 1 000 in all. */
export const CALENDAR_ITEMS = {
  events: 300,
  inspections: 150,
  reports: 150,
  dues: 150,
  insurance: 150,
  appeals: 100,
} as const;

/**
 * A member whose calendar holds 1 000 items of every kind, all within the feed's window, and its representative's
 * feed token. Each item has a different text, as a real calendar would.
 */
export async function seedCalendarMember(): Promise<{ token: string; memberId: Types.ObjectId }> {
  let sequence = 0;
  const random = () => (sequence = (sequence * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const member = await MemberModel.create({
    kind: 'legal',
    fullName: 'Общество с ограниченной ответственностью «Календарь-Бенч»',
    shortName: 'ООО «Календарь-Бенч»',
    inn: generateInn('legal', random),
    ogrn: generateOgrn('legal', random),
    registryNumber: 'БЕНЧ-К',
    admissionDate: new Date('2018-05-14'),
    head: { fullName: 'Сидоров Пётр Андреевич', position: 'Генеральный директор' },
  });
  const memberId = member._id;
  await EventModel.create(
    times(CALENDAR_ITEMS.events, (i) => ({
      title: `Семинар № ${i + 1}: изменения Градостроительного кодекса и практика контроля`,
      kind: (['seminar', 'meeting', 'session', 'general_assembly'] as const)[i % 4],
      startsAt: daysFromNow(i - 60),
      endsAt: daysFromNow(i - 60 + 0.1),
      location: 'Москва, ул. Строителей, д. 1, конференц-зал',
      videoUrl: 'https://vks.sro.example/room',
      description: 'Повестка: изменения законодательства, ответы на вопросы членов СРО.',
      audience: [memberId],
    })),
  );
  await InspectionModel.create(
    times(CALENDAR_ITEMS.inspections, (i) => ({
      memberId,
      kind: i % 3 === 0 ? 'unplanned' : 'planned',
      subject: `Соблюдение требований стандартов СРО, проверка № ${i + 1}`,
      periodFrom: daysFromNow(i * 2 - 30),
      periodTo: daysFromNow(i * 2 - 16),
    })),
  );
  await ReportModel.create(
    times(CALENDAR_ITEMS.reports, (i) => ({
      memberId,
      kind: i % 2 === 0 ? 'activity' : 'annual_odo_notice',
      period: 2000 + Math.floor(i / 2),
      dueAt: daysFromNow(i * 3),
    })),
  );
  await DuesAccrualModel.create(
    times(CALENDAR_ITEMS.dues, (i) => ({
      memberId,
      period: `${2026 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      amount: 15_000,
      dueDate: daysFromNow(i * 30 - 60),
    })),
  );
  await InsuranceContractModel.create(
    times(CALENDAR_ITEMS.insurance, (i) => ({
      memberId,
      insurer: 'АО «Страховая компания»',
      policyNumber: `ГО-К-${i + 1}`,
      kind: 'civil_liability',
      sumInsured: 10_000_000,
      validFrom: daysFromNow(i * 5 - 365),
      validTo: daysFromNow(i * 5),
    })),
  );
  const representative = await RepresentativeModel.create({
    memberId,
    fullName: 'Кузнецова Мария Ивановна',
    email: 'calendar-bench@example.ru',
    status: 'active',
    emailConfirmedAt: new Date(),
  });
  await AppealModel.create(
    times(CALENDAR_ITEMS.appeals, (i) => ({
      memberId,
      representativeId: representative._id,
      registrationNumber: `ОБР-К-${i + 1}`,
      category: 'other',
      details: {},
      dueAt: daysFromNow(i + 1),
    })),
  );
  return { token: await findOrCreateFeedToken(representative._id), memberId };
}
