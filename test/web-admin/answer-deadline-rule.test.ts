import { describe, expect, it } from '@jest/globals';
import { APPEAL_CATEGORIES } from '../../api/domain/appeals/appeal-category.js';
import { APPEAL_ANSWER_DAYS } from '../../api/domain/appeals/appeal-deadline.js';
import { appealMessages } from '../../web-admin/src/appeals/messages.js';

describe('the answer deadline rule the staff inbox explains', () => {
  it('when the inbox states the days to answer, then they are the days filing gives each category', () => {
    const rule = appealMessages.appeals.deadline_rule;
    const daysAfter = (label: string) => Number(new RegExp(`${label} — (\\d+) дн`, 'i').exec(rule)?.[1]);
    const named = ['registry_extract', 'accounting_documents'] as const;

    expect(daysAfter('выписка из реестра')).toBe(APPEAL_ANSWER_DAYS.registry_extract);
    expect(daysAfter('бухгалтерские документы')).toBe(APPEAL_ANSWER_DAYS.accounting_documents);
    const others = APPEAL_CATEGORIES.filter((category) => !(named as readonly string[]).includes(category));
    expect(new Set(others.map((category) => APPEAL_ANSWER_DAYS[category]))).toEqual(
      new Set([daysAfter('остальные обращения')]),
    );
  });
});
