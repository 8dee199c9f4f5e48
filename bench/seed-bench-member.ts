import { Types } from 'mongoose';
import type { PasswordHasher } from '../api/domain/accounts/password-hasher.js';
import { AppealModel } from '../api/domain/appeals/appeal.model.js';
import { ContractModel } from '../api/domain/contracts/contract.model.js';
import { EventModel } from '../api/domain/events/event.model.js';
import { DuesAccrualModel } from '../api/domain/finance/dues-accrual.model.js';
import { DuesPaymentModel } from '../api/domain/finance/dues-payment.model.js';
import { InsuranceContractModel } from '../api/domain/insurance/insurance-contract.model.js';
import { LetterModel } from '../api/domain/letters/letter.model.js';
import { MemberModel } from '../api/domain/members/member.model.js';
import { generateInn, generateOgrn } from '../api/domain/members/tax-ids.js';
import { ReportModel } from '../api/domain/reports/report.model.js';
import { RepresentativeModel } from '../api/domain/representatives/representative.model.js';
import { openSession } from '../api/domain/sessions/sessions.repository.js';

const DAY_MS = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY_MS);

/** A fixed sequence, so that every run measures the same data. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

/**
 * One member as the cabinet sees it after a few years: 30 contracts, 8 dues accruals and their payments, 50 letters,
 * appeals, policies, reports and a few events; returns a representative's session token.
 */
export async function seedBenchMember(hasher: PasswordHasher): Promise<string> {
  const random = seeded(2026);
  const member = await MemberModel.create({
    kind: 'legal',
    fullName: 'Общество с ограниченной ответственностью «СтройМонтаж-Бенч»',
    shortName: 'ООО «СтройМонтаж-Бенч»',
    inn: generateInn('legal', random),
    ogrn: generateOgrn('legal', random),
    registryNumber: 'БЕНЧ-1',
    admissionDate: new Date('2018-05-14'),
    head: { fullName: 'Иванов Иван Иванович', position: 'Генеральный директор' },
    levels: { vv: 2, odo: 2 },
  });
  const memberId = member._id;
  await ContractModel.create(
    Array.from({ length: 30 }, (_, i) => ({
      memberId,
      number: `${i + 1}/2025-СМР`,
      date: daysFromNow(-20 * i),
      customer: { name: 'ГКУ «Дирекция капитального строительства»' },
      subject: 'Капитальный ремонт здания',
      procurement: i % 3 === 0 ? '223-FZ' : '44-FZ',
      price: Math.round(random() * 30_000_000),
      status: i < 12 ? 'in_force' : 'completed',
    })),
  );
  await DuesAccrualModel.create(
    Array.from({ length: 8 }, (_, i) => ({
      memberId,
      period: `${2024 + Math.floor(i / 4)}-Q${(i % 4) + 1}`,
      amount: 45_000,
      dueDate: daysFromNow(-90 * (7 - i)),
    })),
  );
  await DuesPaymentModel.create(
    Array.from({ length: 6 }, (_, i) => ({
      memberId,
      amount: 45_000,
      paidAt: daysFromNow(-90 * (7 - i) - 3),
    })),
  );
  await LetterModel.create(
    Array.from({ length: 50 }, (_, i) => ({
      memberId,
      direction: i % 4 === 0 ? 'outgoing' : 'incoming',
      registrationNumber: `${i % 4 === 0 ? 'ВХ' : 'ИСХ'}-БЕНЧ-${String(i + 1).padStart(6, '0')}`,
      status: i % 4 === 0 ? 'registered' : i < 45 ? 'read' : 'sent',
      readAt: i % 4 !== 0 && i < 45 ? daysFromNow(-i) : null,
      subject: `Письмо № ${i + 1}`,
      text: 'Уважаемые коллеги! Направляем вам сведения о предстоящей проверке.',
    })),
  );
  await seedDeadlines(memberId);
  const representative = await RepresentativeModel.create({
    memberId,
    fullName: 'Петрова Анна Сергеевна',
    email: 'bench@example.ru',
    status: 'active',
    emailConfirmedAt: new Date(),
    passwordHash: await hasher.hash('Bench-Password-2026'),
  });
  const { token } = await openSession(
    { kind: 'representative', representativeId: representative._id, memberId },
    {},
  );
  return token;
}

async function seedDeadlines(memberId: Types.ObjectId): Promise<void> {
  await AppealModel.create(
    ['submitted', 'in_progress', 'answered'].map((status, i) => ({
      memberId,
      representativeId: new Types.ObjectId(),
      registrationNumber: `ОБР-БЕНЧ-${i + 1}`,
      category: 'odo_contracts',
      details: {},
      status,
      dueAt: daysFromNow(10),
    })),
  );
  await InsuranceContractModel.create(
    [20, 200].map((days, i) => ({
      memberId,
      insurer: 'АО «Страховая компания»',
      policyNumber: `ГО-${i + 1}`,
      kind: 'civil_liability',
      sumInsured: 10_000_000,
      validFrom: daysFromNow(days - 365),
      validTo: daysFromNow(days),
    })),
  );
  await ReportModel.create([
    { memberId, kind: 'activity', period: 2025, dueAt: daysFromNow(25) },
    { memberId, kind: 'annual_odo_notice', period: 2025, dueAt: daysFromNow(-2) },
  ]);
  await EventModel.create(
    [3, 10, 30, -7].map((days, i) => ({
      title: `Семинар ${i + 1}`,
      kind: 'seminar',
      startsAt: daysFromNow(days),
      endsAt: daysFromNow(days + 0.1),
      videoUrl: 'https://vks.sro.example/room',
      audience: i === 1 ? [memberId] : [],
    })),
  );
}
