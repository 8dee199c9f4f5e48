import { beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Types } from 'mongoose';
import { seedResponsibilityLevels } from '../../../api/domain/levels/responsibility-level.repository.js';
import { OutboxMessageModel } from '../../../api/domain/notifications/outbox-message.model.js';
import { formatLongDate } from '../../../api/domain/shared/sro-calendar.js';
import { TelegramDeliveryModel } from '../../../api/domain/telegram/telegram-delivery.model.js';
import { moscowNoon } from '../cabinet/cabinet-fixtures.js';
import { appealFor, daysFromNow } from '../staff-correspondence/correspondence-fixtures.js';
import { useRegistryKit } from '../staff-registry/registry-kit.js';
import { createMember, createRepresentative, createStaff } from '../../helpers/factories.js';
import { accrue, contract, pay, policy } from './dashboard-fixtures.js';

const NBSP = '\u00a0';
type Member = Awaited<ReturnType<typeof createMember>>;
const top = (member: Member, detail: string) => ({
  id: String(member._id),
  shortName: member.shortName,
  inn: member.inn,
  detail,
});

describe('staff admin: the dashboard', () => {
  const kit = useRegistryKit();
  const debtors: Member[] = [];
  const odo: Record<string, Member> = {};
  const insured: Record<string, Member> = {};
  let colleague: { _id: Types.ObjectId; fullName: string };

  beforeAll(async () => {
    await seedResponsibilityLevels();
    for (let i = 0; i < 6; i += 1) debtors.push(await createMember());
    const [d1, d2, d3, d4, d5, d6] = debtors as [Member, Member, Member, Member, Member, Member];
    await accrue(d1, 120_000, -45);
    await accrue(d2, 50_000, -100);
    await accrue(d2, 50_000, -10);
    await pay(d2, 60_000);
    await accrue(d3, 10_000, -5);
    await accrue(d4, 20_000, -5);
    await accrue(d5, 30_000, -5);
    await accrue(d6, 5_000, -5);
    const settled = await createMember();
    await accrue(settled, 30_000, -20);
    await pay(settled, 30_000);
    await accrue(await createMember(), 30_000, 10);
    await accrue(await createMember({ status: 'excluded', excludedAt: new Date() }), 999_999, -30);

    for (const name of ['near', 'over', 'low', 'done', 'none']) odo[name] = await createMember();
    odo.none = await createMember({ levels: { vv: 1, odo: null } });
    await contract(odo.near!, 55_200_000);
    await contract(odo.over!, 70_000_000);
    await contract(odo.low!, 10_000_000);
    await contract(odo.done!, 30_000_000);
    await contract(odo.done!, 40_000_000, 'completed');
    await contract(odo.none, 10_000_000);

    for (const name of ['soon', 'renewed', 'twoKinds', 'later', 'ended'])
      insured[name] = await createMember();
    await policy(insured.soon!, 'ГО-1', 10);
    await policy(insured.renewed!, 'ГО-2', 3);
    await policy(insured.renewed!, 'ГО-2Н', 200);
    await policy(insured.twoKinds!, 'ГО-3', 25);
    await policy(insured.twoKinds!, 'СР-3', 5, 'contract_risk');
    await policy(insured.later!, 'ГО-4', 40);
    await policy(insured.ended!, 'ГО-5', -2);

    colleague = await createStaff(kit.deps.hasher, 'expert', { fullName: 'Орлова Мария Петровна' });
    const filer = await createRepresentative(kit.deps.hasher, d1._id);
    const late = { dueAt: daysFromNow(-1) };
    await appealFor(d1, filer);
    await appealFor(d1, filer);
    await appealFor(d1, filer, { status: 'registered', ...late });
    await appealFor(d1, filer, { status: 'in_progress', assignedExpertId: kit.expert._id, ...late });
    await appealFor(d1, filer, { status: 'in_progress', assignedExpertId: kit.expert._id });
    await appealFor(d1, filer, { status: 'registered', assignedExpertId: colleague._id });
    await appealFor(d1, filer, { status: 'answered', assignedExpertId: colleague._id, ...late });

    const failed = await OutboxMessageModel.create({ kind: 'letter.created', status: 'failed', attempts: 8 });
    await OutboxMessageModel.create({ kind: 'letter.created', status: 'pending' });
    const push = (chatId: number, status: string) => ({
      _id: `${String(failed._id)}:${chatId}`,
      outboxMessageId: failed._id,
      representativeId: filer._id,
      chatId,
      status,
      claimedAt: new Date(),
    });
    await TelegramDeliveryModel.create([push(1, 'rejected'), push(2, 'blocked'), push(3, 'sent')]);
  });

  it('when staff open the dashboard, then dues debtors are counted and the five largest overdue debts named first', async () => {
    const response = await kit.as('expert').get('/api/v1/staff/dashboard');
    expect(response.status).toBe(200);
    const [d1, d2, d3, d4, d5] = debtors as [Member, Member, Member, Member, Member];
    const rub = (amount: string) => `${amount.replaceAll(' ', NBSP)},00${NBSP}₽`;
    expect(response.body.duesDebtors).toEqual({
      count: 6,
      members: [
        top(d1, `долг ${rub('120 000')}, 45 дн.`),
        top(d2, `долг ${rub('40 000')}, 10 дн.`),
        top(d5, `долг ${rub('30 000')}, 5 дн.`),
        top(d4, `долг ${rub('20 000')}, 5 дн.`),
        top(d3, `долг ${rub('10 000')}, 5 дн.`),
      ],
    });
    expect(Date.now() - Date.parse(response.body.generatedAt)).toBeLessThan(60_000);
  });

  it('when staff open the dashboard, then members at or past 80 % of the КФ ОДО cap and policies ending within 30 days are listed', async () => {
    const { body } = await kit.as('expert').get('/api/v1/staff/dashboard');
    expect(body.odoAboveWarning).toEqual({
      count: 2,
      members: [top(odo.over!, 'использовано 116,7 % предела'), top(odo.near!, 'использовано 92 % предела')],
    });
    expect(body.insuranceExpiring).toEqual({
      count: 2,
      members: [
        top(insured.twoKinds!, `полис № СР-3 до ${formatLongDate(moscowNoon(5))}`),
        top(insured.soon!, `полис № ГО-1 до ${formatLongDate(moscowNoon(10))}`),
      ],
    });
    expect(formatLongDate(new Date('2026-03-11T21:30:00Z'))).toBe('12 марта 2026');
  });

  it('when staff open the dashboard, then open appeals are counted in all and by expert, and failed deliveries summed', async () => {
    const { body } = await kit.as('admin').get('/api/v1/staff/dashboard');
    const expert = await kit.as('admin').get(`/api/v1/staff/staff-users/${String(kit.expert._id)}`);
    expect(body.appeals).toEqual({
      new: 2,
      open: 6,
      overdue: 2,
      byExpert: [
        { expert: null, open: 3, overdue: 1 },
        { expert: { id: String(kit.expert._id), fullName: expert.body.fullName }, open: 2, overdue: 1 },
        { expert: { id: String(colleague._id), fullName: 'Орлова Мария Петровна' }, open: 1, overdue: 0 },
      ],
    });
    expect(body.failedDeliveries).toBe(2);
  });

  it('when the dashboard is opened, then the look is audited; without a session it is refused', async () => {
    await kit.as('expert').get('/api/v1/staff/dashboard');
    const audit = await kit.as('admin').get('/api/v1/staff/audit?action=dashboard.read');
    expect(audit.body.items[0].actor).toMatchObject({ kind: 'staff', id: String(kit.expert._id) });
    expect((await request(kit.app).get('/api/v1/staff/dashboard')).status).toBe(401);
  });
});
