import { Types } from 'mongoose';
import { EventModel, type EventKind } from '../../domain/events/event.model.js';
import { addDays, earliest, onMoscowDay } from './dates.js';
import type { Random } from './random.js';
import { SRO_OFFICE } from './russian-addresses.js';
import type { DemoMember } from './seed-members.js';

export interface DemoEvent {
  _id: Types.ObjectId;
  title: string;
  kind: EventKind;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  videoUrl: string | null;
  description: string;
  audience: Types.ObjectId[];
}

interface EventPlan {
  title: string;
  kind: EventKind;
  /** Days from today, Moscow time of the start, and length in minutes. */
  day: number;
  at: [hour: number, minute: number];
  minutes: number;
  inOffice: boolean;
  description: string;
}

const EVENTS: readonly EventPlan[] = [
  {
    title: 'Семинар «Изменения в Градостроительном кодексе: что нужно знать члену СРО»',
    kind: 'seminar',
    day: -24,
    at: [11, 0],
    minutes: 120,
    inOffice: false,
    description:
      'Обзор изменений законодательства о саморегулировании в строительстве; ответы на вопросы членов СРО.',
  },
  {
    title: 'Заседание Совета СРО',
    kind: 'session',
    day: -12,
    at: [15, 0],
    minutes: 90,
    inOffice: true,
    description: 'Приём в члены СРО, изменение уровней ответственности, внесение изменений в реестр.',
  },
  {
    title: 'Консультация: уведомление о фактическом совокупном размере обязательств',
    kind: 'meeting',
    day: 5,
    at: [10, 30],
    minutes: 60,
    inOffice: false,
    description: 'Как заполнить уведомление и какие договоры в него включаются; разбор типичных ошибок.',
  },
  {
    title:
      'Семинар «Контроль исполнения обязательств по договорам, заключённым с использованием конкурентных способов»',
    kind: 'seminar',
    day: 15,
    at: [11, 0],
    minutes: 120,
    inOffice: false,
    description:
      'Журнал договоров ОДО, предельный размер обязательств по уровню КФ ОДО, дополнительные взносы.',
  },
  {
    title: 'Заседание Совета СРО',
    kind: 'session',
    day: 18,
    at: [15, 0],
    minutes: 90,
    inOffice: true,
    description:
      'Рассмотрение заявлений о повышении уровня ответственности и об изменении права выполнять работы.',
  },
  {
    title: 'Семинар «Национальный реестр специалистов: требования и порядок включения»',
    kind: 'seminar',
    day: 23,
    at: [11, 0],
    minutes: 90,
    inOffice: false,
    description:
      'Требования к специалистам по организации строительства, повышение квалификации, независимая оценка.',
  },
  {
    title: 'Заседание Дисциплинарной комиссии',
    kind: 'meeting',
    day: 27,
    at: [14, 0],
    minutes: 60,
    inOffice: true,
    description:
      'Рассмотрение материалов проверок; приглашены члены СРО, в отношении которых рассматриваются материалы.',
  },
  {
    title: 'Общее собрание членов СРО',
    kind: 'general_assembly',
    day: 36,
    at: [11, 0],
    minutes: 180,
    inOffice: true,
    description:
      'Отчёт Совета и исполнительного органа за год, утверждение сметы, избрание членов Совета СРО.',
  },
  {
    title: 'Вебинар «Страхование гражданской ответственности и риска неисполнения договоров»',
    kind: 'seminar',
    day: 41,
    at: [11, 0],
    minutes: 90,
    inOffice: false,
    description:
      'Требования СРО к договорам страхования, выбор страховой суммы, порядок представления договоров в СРО.',
  },
];

/** Seminars online, sessions and the general assembly in the office with a video link; a few already past. */
export async function seedCalendar(
  members: readonly DemoMember[],
  now: Date,
  random: Random,
): Promise<DemoEvent[]> {
  const disciplined = members.filter((member) => member.status === 'suspended').map((member) => member._id);
  const events = EVENTS.map(({ day, at: [hour, minute], minutes, inOffice, ...plan }): DemoEvent => {
    const startsAt = onMoscowDay(addDays(now, day), hour, minute);
    return {
      _id: new Types.ObjectId(),
      ...plan,
      startsAt,
      endsAt: new Date(startsAt.getTime() + minutes * 60_000),
      location: inOffice ? `${SRO_OFFICE}, конференц-зал` : null,
      videoUrl: `https://vks.sro.example/j/${random.digits(10)}`,
      audience: plan.title === 'Заседание Дисциплинарной комиссии' ? disciplined : [],
    };
  });
  await EventModel.insertMany(
    events.map((event) => {
      const announcedAt = earliest(addDays(event.startsAt, -30), addDays(now, -1));
      return { ...event, createdAt: announcedAt, updatedAt: announcedAt };
    }),
  );
  return events;
}
