import type { Types } from 'mongoose';
import request from 'supertest';
import { AppealModel } from '../../../api/domain/appeals/appeal.model.js';
import { EventModel } from '../../../api/domain/events/event.model.js';
import { DuesAccrualModel } from '../../../api/domain/finance/dues-accrual.model.js';
import { InspectionModel } from '../../../api/domain/inspections/inspection.model.js';
import { InsuranceContractModel } from '../../../api/domain/insurance/insurance-contract.model.js';
import { ReportModel } from '../../../api/domain/reports/report.model.js';
import { TEST_PUBLIC_URL, type TestApi } from '../../helpers/api-app.js';
import { moscowNoon } from '../cabinet/cabinet-fixtures.js';

const HOUR_MS = 3_600_000;

/** Items of every kind the calendar holds, for one member; `label` tells one member's apart from another's. */
export async function seedEveryKind(
  memberId: Types.ObjectId,
  representativeId: Types.ObjectId,
  label: string,
) {
  const [event] = await EventModel.create([
    {
      title: `Совещание с членом ${label}`,
      kind: 'meeting',
      startsAt: moscowNoon(5),
      endsAt: new Date(moscowNoon(5).getTime() + 2 * HOUR_MS),
      location: 'Москва, ул. Строителей, 1',
      videoUrl: 'https://meet.example/sro',
      audience: [memberId],
    },
  ]);
  const [inspection] = await InspectionModel.create([
    {
      memberId,
      kind: 'planned',
      subject: `Соблюдение стандартов СРО (${label})`,
      periodFrom: moscowNoon(20),
      periodTo: moscowNoon(33),
    },
  ]);
  await InspectionModel.create({
    memberId,
    kind: 'unplanned',
    subject: `Отменённая проверка (${label})`,
    periodFrom: moscowNoon(40),
    periodTo: moscowNoon(41),
    status: 'cancelled',
  });
  const [report] = await ReportModel.create([
    { memberId, kind: 'activity', period: 2025, dueAt: moscowNoon(12) },
  ]);
  const [policy] = await InsuranceContractModel.create([
    {
      memberId,
      insurer: 'АО «Страхование»',
      policyNumber: `ГО-${label}`,
      kind: 'civil_liability',
      sumInsured: 1e7,
      validFrom: moscowNoon(-300),
      validTo: moscowNoon(30),
    },
  ]);
  const [accrual] = await DuesAccrualModel.create([
    { memberId, period: '2026-01', amount: 15000, dueDate: moscowNoon(10) },
  ]);
  const [appeal] = await AppealModel.create([
    {
      memberId,
      representativeId,
      registrationNumber: `ОБР-${label}-${Date.now()}`,
      category: 'other',
      details: {},
      dueAt: moscowNoon(20),
    },
  ]);
  return {
    event: event!,
    inspection: inspection!,
    report: report!,
    policy: policy!,
    accrual: accrual!,
    appeal: appeal!,
  };
}

/** The representative's feed address, through the API. */
export async function subscribe(api: TestApi, session: string) {
  const response = await request(api.app)
    .get('/api/v1/calendar/subscription')
    .auth(session, { type: 'bearer' });
  if (response.status !== 200) throw new Error(`subscription: ${response.status}`);
  return response.body as { url: string; webcalUrl: string };
}

/** Fetches the feed at its address, as a calendar app does, with any conditional headers. */
export const fetchFeed = (api: TestApi, url: string, headers: Record<string, string> = {}) =>
  request(api.app).get(url.slice(TEST_PUBLIC_URL.length)).set(headers);
