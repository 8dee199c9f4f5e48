import type { Types } from 'mongoose';
import { FundContributionModel } from '../../../api/domain/finance/fund-contribution.model.js';
import { InspectionModel } from '../../../api/domain/inspections/inspection.model.js';
import { NotificationModel } from '../../../api/domain/notifications/notification.model.js';
import { SpecialistModel } from '../../../api/domain/specialists/specialist.model.js';
import { moscowNoon } from './cabinet-fixtures.js';

/** Inspections, fund contributions, notifications and specialists of both members. */
export async function seedRecords(memberA: Types.ObjectId, memberB: Types.ObjectId) {
  const inspection = (memberId: Types.ObjectId, status: string, monthsAgo: number) => ({
    memberId,
    kind: 'planned',
    subject: 'Соблюдение требований стандартов СРО',
    periodFrom: moscowNoon(-30 * monthsAgo),
    periodTo: moscowNoon(-30 * monthsAgo + 10),
    status,
    violations: [
      { description: 'Нет удостоверений специалистов' },
      { description: 'Устарел полис', fixedAt: moscowNoon(-1) },
    ],
    measures: ['Предписание'],
  });
  const [inspectionA] = await InspectionModel.create([
    inspection(memberA, 'completed', 2),
    inspection(memberA, 'scheduled', -1),
    inspection(memberB, 'completed', 1),
  ]);
  await FundContributionModel.create([
    { memberId: memberA, fund: 'vv', amount: 60_000, paidAt: moscowNoon(-400) },
    { memberId: memberA, fund: 'vv', amount: 40_000, paidAt: moscowNoon(-300) },
    { memberId: memberA, fund: 'odo', amount: 150_000.25, paidAt: moscowNoon(-200) },
    { memberId: memberB, fund: 'odo', amount: 7_000_000, paidAt: moscowNoon(-200) },
  ]);
  await NotificationModel.create([
    { memberId: null, title: 'Всем членам', text: 'Общее собрание 20 мая' },
    { memberId: memberA, title: 'Члену А', text: 'Продлите полис' },
    { memberId: memberB, title: 'Члену Б', text: 'Не для А' },
  ]);
  await SpecialistModel.create([
    { memberId: memberA, fullName: 'Яковлев Яков', nrsNumber: 'С-77-000002' },
    { memberId: memberA, fullName: 'Антонов Антон', nrsNumber: 'С-77-000001', position: 'Главный инженер' },
    { memberId: memberB, fullName: 'Борисов Борис', nrsNumber: 'С-77-000003' },
  ]);
  return { inspectionA: inspectionA! };
}
