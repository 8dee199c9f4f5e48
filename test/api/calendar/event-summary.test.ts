import { describe, expect, it } from '@jest/globals';
import { eventSummary } from '../../../api/domain/calendar/event-summary.js';

describe('an event’s heading in the calendar', () => {
  it.each([
    [
      'seminar',
      'Семинар «Изменения в Градостроительном кодексе»',
      'Семинар «Изменения в Градостроительном кодексе»',
    ],
    ['session', 'Заседание Совета СРО', 'Заседание Совета СРО'],
    ['session', 'заседание Дисциплинарной комиссии', 'заседание Дисциплинарной комиссии'],
    ['general_assembly', 'Общее собрание членов СРО', 'Общее собрание членов СРО'],
  ] as const)(
    'when the %s title already names its kind (%s), then it is not repeated',
    (kind, title, summary) => {
      expect(eventSummary(kind, title)).toBe(summary);
    },
  );

  it.each([
    ['seminar', 'Охрана труда на объекте', 'Семинар: Охрана труда на объекте'],
    ['meeting', 'Итоги проверок за квартал', 'Совещание: Итоги проверок за квартал'],
    ['seminar', 'Семинары года: расписание', 'Семинар: Семинары года: расписание'],
  ] as const)(
    'when the %s title does not name its kind (%s), then the kind comes first',
    (kind, title, summary) => {
      expect(eventSummary(kind, title)).toBe(summary);
    },
  );
});
