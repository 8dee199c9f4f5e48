import { describe, it, expect } from '@jest/globals';
import { computeDuesDebt } from '../../../api/domain/finance/dues-debt.js';

/** An instant on the SRO's (Moscow) wall clock. */
const msk = (dateTime: string) => new Date(`${dateTime}+03:00`);
const accrual = (amount: number, due: string) => ({ amount, dueDate: msk(`${due}T00:00`) });
const payment = (amount: number, paid: string) => ({ amount, paidAt: msk(`${paid}T12:00`) });

describe('membership dues debt', () => {
  it('when nothing is accrued or paid, then there is no debt', () => {
    expect(computeDuesDebt({ accruals: [], payments: [], now: msk('2025-06-01T12:00') })).toEqual({
      accrued: 0,
      paid: 0,
      debt: 0,
      overpayment: 0,
      oldestUnpaidDueDate: null,
      daysOverdue: 0,
      overdueAmount: 0,
    });
  });

  it('when payments cover part of the accruals, then they settle the oldest first and the rest is overdue', () => {
    const result = computeDuesDebt({
      accruals: [accrual(10_000, '2025-07-31'), accrual(10_000, '2025-01-31'), accrual(10_000, '2025-04-30')],
      payments: [payment(10_000, '2025-02-10'), payment(5_000, '2025-06-15')],
      now: msk('2025-08-10T09:00'),
    });
    expect(result).toEqual({
      accrued: 30_000,
      paid: 15_000,
      debt: 15_000,
      overpayment: 0,
      oldestUnpaidDueDate: msk('2025-04-30T00:00'),
      daysOverdue: 102, // 1 + 31 (May) + 30 (June) + 31 (July) + 9 (August) days after 30 April
      overdueAmount: 15_000,
    });
  });

  it('when a later payment is made, then it still goes to the oldest accrual rather than the latest', () => {
    const result = computeDuesDebt({
      accruals: [accrual(10_000, '2025-01-31'), accrual(10_000, '2025-04-30')],
      payments: [payment(10_000, '2025-05-05')],
      now: msk('2025-05-10T12:00'),
    });
    expect(result).toMatchObject({ oldestUnpaidDueDate: msk('2025-04-30T00:00'), daysOverdue: 10 });
  });

  it('when the oldest accrual is partly paid and the next is not yet due, then only the unpaid part is overdue', () => {
    const result = computeDuesDebt({
      accruals: [accrual(12_000, '2025-03-31'), accrual(12_000, '2025-06-30')],
      payments: [payment(4_000.5, '2025-03-20')],
      now: msk('2025-04-02T08:00'),
    });
    expect(result).toMatchObject({
      debt: 19_999.5,
      overdueAmount: 7_999.5,
      oldestUnpaidDueDate: msk('2025-03-31T00:00'),
      daysOverdue: 2,
    });
  });

  it('when more is paid than accrued, then the debt is 0 and the surplus is an overpayment', () => {
    const result = computeDuesDebt({
      accruals: [accrual(10_000, '2025-01-31'), accrual(10_000, '2025-04-30')],
      payments: [payment(25_000.5, '2025-01-15')],
      now: msk('2025-08-01T12:00'),
    });
    expect(result).toEqual({
      accrued: 20_000,
      paid: 25_000.5,
      debt: 0,
      overpayment: 5_000.5,
      oldestUnpaidDueDate: null,
      daysOverdue: 0,
      overdueAmount: 0,
    });
  });

  it('when amounts have kopecks, then they settle exactly without float drift', () => {
    const result = computeDuesDebt({
      accruals: [accrual(0.1, '2025-01-31'), accrual(0.2, '2025-01-31')],
      payments: [payment(0.3, '2025-01-20')],
      now: msk('2025-03-01T12:00'),
    });
    expect(result).toMatchObject({ accrued: 0.3, debt: 0, overpayment: 0, oldestUnpaidDueDate: null });
  });

  it('when the unpaid accrual is not yet due, then it is a debt but nothing is overdue', () => {
    const result = computeDuesDebt({
      accruals: [accrual(10_000, '2025-12-31')],
      payments: [],
      now: msk('2025-10-01T12:00'),
    });
    expect(result).toMatchObject({ debt: 10_000, overdueAmount: 0, daysOverdue: 0 });
  });

  it('when today is the due date, then it is still on time; from the next day it is 1 day overdue', () => {
    const input = { accruals: [accrual(10_000, '2025-03-31')], payments: [] };
    expect(computeDuesDebt({ ...input, now: msk('2025-03-31T23:59') })).toMatchObject({
      daysOverdue: 0,
      overdueAmount: 0,
    });
    expect(computeDuesDebt({ ...input, now: msk('2025-04-01T00:01') })).toMatchObject({
      daysOverdue: 1,
      overdueAmount: 10_000,
    });
  });

  it.each([
    ['2025-01-31', '2025-03-01T10:00', 29],
    ['2024-01-31', '2024-03-01T10:00', 30],
    ['2024-12-31', '2025-01-01T00:00', 1],
    ['2024-11-30', '2025-02-01T18:00', 63],
  ])('when the due date is %s and now is %s, then the debt is %i days overdue', (due, now, days) => {
    const result = computeDuesDebt({ accruals: [accrual(100, due)], payments: [], now: msk(now) });
    expect(result.daysOverdue).toBe(days);
  });

  it('when the due date is stored as midnight UTC, then it is still that calendar day in Moscow', () => {
    const result = computeDuesDebt({
      accruals: [{ amount: 100, dueDate: new Date('2025-03-31T00:00:00Z') }],
      payments: [],
      now: msk('2025-04-01T00:30'), // still 31 March in UTC
    });
    expect(result).toMatchObject({ daysOverdue: 1, overdueAmount: 100 });
  });
});
