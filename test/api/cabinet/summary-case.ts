import { Types } from 'mongoose';
import { AppealModel } from '../../../api/domain/appeals/appeal.model.js';
import { ContractModel } from '../../../api/domain/contracts/contract.model.js';
import { EventModel } from '../../../api/domain/events/event.model.js';
import { DuesAccrualModel } from '../../../api/domain/finance/dues-accrual.model.js';
import { DuesPaymentModel } from '../../../api/domain/finance/dues-payment.model.js';
import { InsuranceContractModel } from '../../../api/domain/insurance/insurance-contract.model.js';
import { ReportModel } from '../../../api/domain/reports/report.model.js';
import { letterFor, moscowNoon } from './cabinet-fixtures.js';

/** The ledger, contracts, correspondence and deadlines of the hand-computed summary of member A (see summary.test). */
export async function seedSummaryCase(memberA: Types.ObjectId, memberB: Types.ObjectId): Promise<void> {
  await DuesAccrualModel.create([
    { memberId: memberA, period: '2025-Q3', amount: 30_000, dueDate: moscowNoon(-70) },
    { memberId: memberA, period: '2025-Q4', amount: 30_000, dueDate: moscowNoon(-40) },
    { memberId: memberA, period: '2026-Q1', amount: 30_000, dueDate: moscowNoon(-10) },
    { memberId: memberA, period: '2026-Q2', amount: 30_000, dueDate: moscowNoon(20) },
    { memberId: memberB, period: '2025-Q3', amount: 99_000, dueDate: moscowNoon(-300) },
  ]);
  await DuesPaymentModel.create([
    { memberId: memberA, amount: 30_000, paidAt: moscowNoon(-75) },
    { memberId: memberA, amount: 15_000.5, paidAt: moscowNoon(-5) },
  ]);
  const contract = (memberId: Types.ObjectId, price: number, status: string, daysAgo: number) => ({
    memberId,
    number: `Д-${price}-${status}`,
    date: moscowNoon(-daysAgo),
    customer: { name: 'ГКУ «Управление строительства»' },
    subject: 'Капитальный ремонт школы',
    procurement: '44-FZ',
    price,
    status,
  });
  await ContractModel.create([
    contract(memberA, 30_000_000, 'in_force', 100),
    contract(memberA, 18_000_000.4, 'in_force', 50),
    contract(memberA, 50_000_000, 'completed', 400),
    contract(memberA, 5_000_000, 'terminated', 300),
    contract(memberB, 59_000_000, 'in_force', 10),
  ]);
  await Promise.all([
    letterFor(memberA),
    letterFor(memberA),
    letterFor(memberA),
    letterFor(memberA, { status: 'read', readAt: moscowNoon(-1) }),
    letterFor(memberA, { direction: 'outgoing', status: 'registered' }),
    letterFor(memberB),
  ]);
  const appeal = (memberId: Types.ObjectId, status: string) => ({
    memberId,
    representativeId: new Types.ObjectId(),
    registrationNumber: `ОБР-ТЕСТ-${new Types.ObjectId().toHexString()}`,
    category: 'odo_contracts',
    details: {},
    status,
    dueAt: moscowNoon(20),
  });
  await AppealModel.create([
    appeal(memberA, 'submitted'),
    appeal(memberA, 'in_progress'),
    appeal(memberA, 'answered'),
    appeal(memberA, 'rejected'),
    appeal(memberB, 'submitted'),
  ]);
  await seedDeadlines(memberA, memberB);
}

async function seedDeadlines(memberA: Types.ObjectId, memberB: Types.ObjectId): Promise<void> {
  const policy = (memberId: Types.ObjectId, policyNumber: string, validTo: Date) => ({
    memberId,
    insurer: 'АО «СК Гарант»',
    policyNumber,
    kind: 'civil_liability',
    sumInsured: 10_000_000,
    validFrom: moscowNoon(-365),
    validTo,
  });
  await InsuranceContractModel.create([
    policy(memberA, 'ГО-1', moscowNoon(10)),
    policy(memberA, 'ГО-2', moscowNoon(200)),
    policy(memberA, 'ГО-3', moscowNoon(-5)),
    policy(memberB, 'ГО-4', moscowNoon(3)),
  ]);
  const report = (memberId: Types.ObjectId, kind: string, period: number, status: string, dueIn: number) => ({
    memberId,
    kind,
    period,
    status,
    dueAt: moscowNoon(dueIn),
  });
  await ReportModel.create([
    report(memberA, 'activity', 2025, 'expected', 15),
    report(memberA, 'annual_odo_notice', 2025, 'expected', -3),
    report(memberA, 'activity', 2024, 'submitted', -5),
    report(memberA, 'activity', 2026, 'expected', 100),
    report(memberA, 'annual_odo_notice', 2024, 'rejected', -2),
    report(memberB, 'activity', 2025, 'expected', -1),
  ]);
  const event = (title: string, startsIn: number, audience: Types.ObjectId[]) => ({
    title,
    kind: 'seminar',
    startsAt: moscowNoon(startsIn),
    endsAt: new Date(moscowNoon(startsIn).getTime() + 2 * 3600_000),
    videoUrl: 'https://vks.sro.example/room/1',
    audience,
  });
  await EventModel.create([
    event('Общий семинар', 5, []),
    event('Совещание с членом Б', 1, [memberB]),
    event('Прошедший семинар', -1, []),
    event('Совещание с членом А', 3, [memberA]),
  ]);
}
