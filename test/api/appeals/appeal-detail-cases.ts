/** For each category: details that are filed (and how they come back) and details refused with their messages. */
export interface CategoryCase {
  category: string;
  valid: Record<string, unknown>;
  stored: Record<string, unknown>;
  invalid: unknown;
  errors: { path: string; message: string }[];
}

export const CATEGORY_CASES: CategoryCase[] = [
  {
    category: 'inspection',
    valid: { inspectionId: '65f1a2b3c4d5e6f7a8b9c0d1' },
    stored: { inspectionId: '65f1a2b3c4d5e6f7a8b9c0d1' },
    invalid: { inspectionId: 'проверка-7' },
    errors: [{ path: 'details.inspectionId', message: 'Неверный идентификатор проверки' }],
  },
  {
    category: 'odo_contracts',
    valid: { contractNumber: '0373200041524000012' },
    stored: { contractNumber: '0373200041524000012' },
    invalid: { contractNumber: '   ' },
    errors: [{ path: 'details.contractNumber', message: 'Номер договора не может быть пустым' }],
  },
  {
    category: 'level_change',
    valid: { fund: 'odo', requestedLevel: 3 },
    stored: { fund: 'odo', requestedLevel: 3 },
    invalid: { fund: 'odo', requestedLevel: 0 },
    errors: [{ path: 'details.requestedLevel', message: 'Упрощённый уровень есть только в КФ ВВ' }],
  },
  {
    category: 'work_right_change',
    valid: { objectKinds: ['ordinary', 'dangerous'] },
    stored: { objectKinds: ['ordinary', 'dangerous'] },
    invalid: { objectKinds: [] },
    errors: [{ path: 'details.objectKinds', message: 'Выберите хотя бы один вид объектов' }],
  },
  {
    category: 'insurance',
    valid: { policyNumber: 'СГО-2026/0042' },
    stored: { policyNumber: 'СГО-2026/0042' },
    invalid: { policyNumber: 'П'.repeat(101) },
    errors: [{ path: 'details.policyNumber', message: 'Номер полиса — не длиннее 100 знаков' }],
  },
  {
    category: 'registry_extract',
    valid: { copies: 2, delivery: 'paper_pickup' },
    stored: { copies: 2, delivery: 'paper_pickup' },
    invalid: { copies: 11, delivery: 'почтой' },
    errors: [
      { path: 'details.copies', message: 'Количество экземпляров выписки — от 1 до 10' },
      {
        path: 'details.delivery',
        message:
          'Выберите способ получения: электронный документ в личный кабинет или бумажный экземпляр в офисе СРО',
      },
    ],
  },
  {
    category: 'accounting_documents',
    valid: { documents: ['reconciliation_act', 'invoice'], periodFrom: '2026-01-01', periodTo: '2026-03-31' },
    stored: {
      documents: ['reconciliation_act', 'invoice'],
      periodFrom: '2026-01-01T00:00:00.000Z',
      periodTo: '2026-03-31T00:00:00.000Z',
    },
    invalid: { documents: ['invoice'], periodFrom: '2026-03-01', periodTo: '2026-01-01' },
    errors: [{ path: 'details.periodTo', message: 'Начало периода не может быть позже его конца' }],
  },
  {
    category: 'other',
    valid: {},
    stored: { registryChange: false },
    invalid: { registryChange: 'да' },
    errors: [{ path: 'details.registryChange', message: 'Укажите, меняет ли обращение сведения реестра' }],
  },
];
