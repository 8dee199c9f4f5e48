import type { Types } from 'mongoose';
import { NotificationModel } from '../../domain/notifications/notification.model.js';
import type { DuesDebt } from '../../domain/finance/dues-debt.js';
import { formatRub } from '../../domain/shared/money.js';
import { SRO_TIME_ZONE, formatDate } from '../../domain/shared/sro-calendar.js';
import { addDays, onMoscowDay } from './dates.js';
import { lowerFirst } from './letter-texts.js';
import type { DemoEvent } from './seed-calendar.js';
import type { DemoInsurance } from './seed-insurance.js';
import type { DemoMember } from './seed-members.js';
import { DEMO_STAFF } from './seed-staff.js';

const clock = new Intl.DateTimeFormat('ru-RU', {
  timeZone: SRO_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
});

/** Notices to every member from the staff, and reminders the system sent to single members. */
export async function seedNotifications(
  members: readonly DemoMember[],
  facts: {
    debts: ReadonlyMap<string, DuesDebt>;
    policies: readonly DemoInsurance[];
    events: readonly DemoEvent[];
  },
  now: Date,
): Promise<number> {
  const admin = DEMO_STAFF[0]!._id;
  const maintenanceDay = addDays(now, -9);
  const seminar = facts.events.find((event) => event.kind === 'seminar' && event.startsAt > now)!;
  const assembly = facts.events.find((event) => event.kind === 'general_assembly')!;
  const toAll = [
    {
      kind: 'general',
      title: 'О созыве Общего собрания членов СРО',
      text:
        `${formatDate(assembly.startsAt)} в ${clock.format(assembly.startsAt)} — очередное Общее собрание членов СРО ` +
        `по адресу: ${assembly.location}. Участвовать можно очно или по видеоконференцсвязи. ` +
        `Повестка дня: ${lowerFirst(assembly.description)}`,
      createdAt: addDays(now, -3),
    },
    {
      kind: 'maintenance',
      title: 'Плановые технические работы',
      text: `${formatDate(maintenanceDay)} с 22:00 до 23:00 (мск) личный кабинет будет недоступен из-за технических работ (п. 6.2 Регламента).`,
      createdAt: onMoscowDay(addDays(maintenanceDay, -2), 10),
    },
    {
      kind: 'general',
      title: 'Открыта регистрация на семинар',
      text: `${seminar.title}: ${formatDate(seminar.startsAt)}, ссылка на видеоконференцию — в календаре событий.`,
      createdAt: addDays(now, -6),
    },
    {
      kind: 'general',
      title: 'Уведомление о фактическом совокупном размере обязательств',
      text: 'Напоминаем: уведомление за прошедший год представляется в СРО до 1 марта; его можно направить через личный кабинет без электронной подписи.',
      createdAt: addDays(now, -20),
    },
  ].map((notice) => ({ ...notice, memberId: null, createdBy: admin }));

  const reminders: { memberId: Types.ObjectId; title: string; text: string }[] = [];
  for (const member of members) {
    const debt = facts.debts.get(member._id.toHexString());
    if (debt?.oldestUnpaidDueDate && debt.daysOverdue > 0 && member.status !== 'excluded') {
      const text = `Задолженность — ${formatRub(debt.debt)}; срок оплаты истёк ${formatDate(debt.oldestUnpaidDueDate)}.`;
      reminders.push({ memberId: member._id, title: 'Задолженность по членским взносам', text });
    }
    const expiring = facts.policies.find(
      (policy) =>
        policy.memberId.equals(member._id) && policy.validTo > now && policy.validTo < addDays(now, 30),
    );
    if (expiring) {
      const text = `Договор № ${expiring.policyNumber} действует до ${formatDate(expiring.validTo)}.`;
      reminders.push({ memberId: member._id, title: 'Истекает договор страхования', text });
    }
  }

  const rows = [
    ...toAll,
    ...reminders.map((reminder) => ({
      ...reminder,
      kind: 'reminder',
      createdBy: null,
      createdAt: addDays(now, -1),
    })),
  ].map((row) => ({ ...row, updatedAt: row.createdAt }));
  await NotificationModel.insertMany(rows);
  return rows.length;
}
