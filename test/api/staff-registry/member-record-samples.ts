/** For each kind of member record: a valid body whose natural date is in year `2020 + n`, and one change. */
export interface RecordSample {
  path: string;
  /** The action prefix in the audit log. */
  name: string;
  body(n: number): Record<string, unknown>;
  change: Record<string, unknown>;
  /** What the answer shows after the change. */
  changed: Record<string, unknown>;
  invalid: { body: Record<string, unknown>; path: string };
}

const day = (n: number, monthDay = '03-15') => `${2020 + n}-${monthDay}`;

export const RECORD_SAMPLES: RecordSample[] = [
  {
    path: 'inspections',
    name: 'inspection',
    body: (n) => ({
      kind: 'planned',
      subject: `Плановая проверка ${n}`,
      periodFrom: day(n),
      periodTo: day(n, '03-30'),
    }),
    change: { status: 'completed', violations: [{ description: 'Нет допуска к работам' }] },
    changed: { status: 'completed', violations: [{ description: 'Нет допуска к работам', fixedAt: null }] },
    invalid: {
      body: { kind: 'sudden', subject: 'Проверка', periodFrom: day(1), periodTo: day(1) },
      path: 'kind',
    },
  },
  {
    path: 'fund-contributions',
    name: 'fund_contribution',
    body: (n) => ({ fund: 'vv', amount: 100_000 + n, paidAt: day(n), document: `п/п № ${n}` }),
    change: { amount: 150_000.5 },
    changed: { amount: 150_000.5 },
    invalid: { body: { fund: 'vv', amount: 10.123, paidAt: day(1) }, path: 'amount' },
  },
  {
    path: 'dues-accruals',
    name: 'dues_accrual',
    body: (n) => ({ period: `${2020 + n}-Q1`, amount: 15_000, dueDate: day(n) }),
    change: { period: '2026-02' },
    changed: { period: '2026-02' },
    invalid: { body: { period: '2026-13', amount: 1, dueDate: day(1) }, path: 'period' },
  },
  {
    path: 'dues-payments',
    name: 'dues_payment',
    body: (n) => ({ amount: 15_000, paidAt: day(n) }),
    change: { document: 'п/п № 456 от 01.02.2026' },
    changed: { document: 'п/п № 456 от 01.02.2026' },
    invalid: { body: { amount: -1, paidAt: day(1) }, path: 'amount' },
  },
  {
    path: 'contracts',
    name: 'contract',
    body: (n) => ({
      number: `К-${n}`,
      date: day(n),
      customer: { name: 'ГКУ «Дирекция»', inn: '7707083893' },
      subject: 'Капитальный ремонт школы',
      procurement: '44-FZ',
      price: 12_500_000,
    }),
    change: { customer: { name: 'ГБУ «Заказчик»' }, status: 'completed' },
    changed: { customer: { name: 'ГБУ «Заказчик»', inn: '7707083893' }, status: 'completed' },
    invalid: {
      body: {
        number: '1',
        date: day(1),
        customer: { name: 'X', inn: '123' },
        subject: 'S',
        procurement: '44-FZ',
        price: 1,
      },
      path: 'customer.inn',
    },
  },
  {
    path: 'insurance-contracts',
    name: 'insurance_contract',
    body: (n) => ({
      insurer: 'АО «Страховая»',
      policyNumber: `ГО-${n}`,
      kind: 'civil_liability',
      sumInsured: 10_000_000,
      validFrom: day(n - 1),
      validTo: day(n),
    }),
    change: { sumInsured: 20_000_000 },
    changed: { sumInsured: 20_000_000 },
    invalid: {
      body: {
        insurer: '',
        policyNumber: '1',
        kind: 'other',
        sumInsured: 1,
        validFrom: day(1),
        validTo: day(2),
      },
      path: 'insurer',
    },
  },
  {
    path: 'reports',
    name: 'report',
    body: (n) => ({ kind: 'activity', period: 2019 + n, dueAt: day(n) }),
    change: { status: 'rejected', comment: 'Нет подписи руководителя' },
    changed: { status: 'rejected', comment: 'Нет подписи руководителя', files: [] },
    invalid: { body: { kind: 'activity', period: 1999, dueAt: day(1) }, path: 'period' },
  },
  {
    path: 'specialists',
    name: 'specialist',
    body: (n) => ({ fullName: `Инженеров Иван ${n}`, nrsNumber: `С-77-${100000 + n}`, includedAt: day(n) }),
    change: { position: 'Главный инженер проекта' },
    changed: { position: 'Главный инженер проекта' },
    invalid: { body: { fullName: 'Инженеров', includedAt: 'вчера' }, path: 'nrsNumber' },
  },
];
