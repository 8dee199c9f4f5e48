import { Types } from 'mongoose';
import {
  InspectionModel,
  type InspectionKind,
  type InspectionStatus,
} from '../../domain/inspections/inspection.model.js';
import { formatDate } from '../../domain/shared/sro-calendar.js';
import { addDays, earliest, moscowDate } from './dates.js';
import type { Random } from './random.js';
import type { DemoMember } from './seed-members.js';

export interface DemoInspection {
  _id: Types.ObjectId;
  memberId: Types.ObjectId;
  kind: InspectionKind;
  subject: string;
  periodFrom: Date;
  periodTo: Date;
  status: InspectionStatus;
  result: string | null;
  violations: { description: string; fixedAt: Date | null }[];
  measures: string[];
  actNumber: string | null;
}

const SUBJECTS = {
  planned:
    'Соблюдение требований стандартов и внутренних документов СРО, условий членства в СРО и исполнение обязательств ' +
    'по договорам строительного подряда, заключённым с использованием конкурентных способов',
  overCap:
    'Превышение совокупного размера обязательств по договорам, заключённым с использованием конкурентных способов, ' +
    'предельного размера по уровню ответственности в КФ ОДО',
  complaint: 'Жалоба заказчика на нарушение сроков выполнения работ по договору строительного подряда',
  order: 'Исполнение предписания об устранении нарушений, выявленных при плановой проверке',
};

const VIOLATIONS = [
  'Отсутствует действующий договор страхования гражданской ответственности',
  'В штате менее двух специалистов по организации строительства, включённых в НРС',
  'Не представлены документы о повышении квалификации специалистов',
  'Общий журнал работ ведётся с нарушением установленного порядка',
  'Нарушены сроки уплаты членских взносов',
  'Не представлено уведомление о фактическом совокупном размере обязательств',
];

const NO_VIOLATIONS =
  'Нарушений не выявлено: член СРО соответствует требованиям стандартов и внутренних документов СРО.';

function inspection(
  member: DemoMember,
  kind: InspectionKind,
  subject: string,
  from: Date,
  status: InspectionStatus,
): DemoInspection {
  return {
    _id: new Types.ObjectId(),
    memberId: member._id,
    kind,
    subject,
    periodFrom: from,
    periodTo: addDays(from, 13),
    status,
    result: null,
    violations: [],
    measures: [],
    actNumber: null,
  };
}

/** Fills in what a finished inspection found: nothing, or violations (some already fixed) and the measures taken. */
function complete(
  found: DemoInspection,
  violationCount: number,
  measures: string[],
  now: Date,
  random: Random,
): DemoInspection {
  if (violationCount === 0) {
    found.result = NO_VIOLATIONS;
    return found;
  }
  const deadline = addDays(found.periodTo, 30);
  found.violations = random.sample(VIOLATIONS, violationCount).map((description) => ({
    description,
    fixedAt: deadline < now && random.chance(0.6) ? addDays(found.periodTo, random.int(5, 29)) : null,
  }));
  found.measures = measures;
  found.result = `Выявлены нарушения; выдано предписание устранить их до ${formatDate(deadline)}.`;
  return found;
}

function memberInspections(member: DemoMember, index: number, now: Date, random: Random): DemoInspection[] {
  const planned = (from: Date, status: InspectionStatus) =>
    inspection(member, 'planned', SUBJECTS.planned, from, status);
  const unplanned = (subject: string, from: Date, status: InspectionStatus) =>
    inspection(member, 'unplanned', subject, from, status);
  const order = 'Предписание об обязательном устранении выявленных нарушений';
  const list: DemoInspection[] = [];
  for (
    let from = addDays(member.admissionDate, 365);
    addDays(from, 27) < now;
    from = addDays(from, 3 * 365)
  ) {
    list.push(
      complete(planned(from, 'completed'), random.chance(0.25) ? random.int(1, 2) : 0, [order], now, random),
    );
  }
  if (member.status !== 'member') {
    const excluded = member.status === 'excluded';
    const before = addDays(member.statusSince, -random.int(20, 90));
    const measure = excluded
      ? 'Рекомендация Совету СРО об исключении из членов СРО'
      : 'Приостановление права осуществлять строительство';
    list.push(
      complete(
        unplanned(SUBJECTS.order, before, 'completed'),
        excluded ? 2 : 1,
        [order, measure],
        now,
        random,
      ),
    );
    if (excluded) return list;
  }
  if (member.spec.odoUsage === 'over_cap') {
    list.push(unplanned(SUBJECTS.overCap, addDays(now, -random.int(2, 8)), 'in_progress'));
  }
  if (index % 6 === 0) list.push(planned(addDays(now, random.int(10, 60)), 'scheduled'));
  if (index % 9 === 5) list.push(planned(addDays(now, -random.int(1, 6)), 'in_progress'));
  if (index % 10 === 3) {
    const found = unplanned(SUBJECTS.complaint, addDays(now, -random.int(60, 300)), 'completed');
    list.push(complete(found, 0, [], now, random));
  }
  if (index % 13 === 6) {
    const withdrawn = unplanned(SUBJECTS.complaint, addDays(now, random.int(5, 20)), 'cancelled');
    withdrawn.result = 'Проверка отменена: заказчик отозвал жалобу.';
    list.push(withdrawn);
  }
  return list;
}

/** Acts are numbered within a year in the order the inspections ended: «А-2025/017». */
function numberActs(inspections: DemoInspection[]): void {
  const lastByYear = new Map<number, number>();
  const completed = inspections.filter((found) => found.status === 'completed');
  for (const found of completed.sort((a, b) => a.periodTo.getTime() - b.periodTo.getTime())) {
    const year = moscowDate(found.periodTo).year;
    const next = (lastByYear.get(year) ?? 0) + 1;
    lastByYear.set(year, next);
    found.actNumber = `А-${year}/${String(next).padStart(3, '0')}`;
  }
}

/** Planned inspections every three years since admission, unplanned ones where the member's story calls for them. */
export async function seedInspections(
  members: readonly DemoMember[],
  now: Date,
  random: Random,
): Promise<DemoInspection[]> {
  const inspections = members.flatMap((member, index) => memberInspections(member, index, now, random));
  numberActs(inspections);
  await InspectionModel.insertMany(
    inspections.map((found) => ({
      ...found,
      createdAt: earliest(addDays(found.periodFrom, -20), addDays(now, -1)),
      updatedAt: earliest(found.periodTo, now),
    })),
  );
  return inspections;
}
