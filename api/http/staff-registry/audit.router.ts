import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS } from '../../domain/audit/audit-actions.js';
import { listAuditEntries } from '../../domain/audit/list-audit-entries.use-case.js';
import type { ApiRouter } from '../api-router.js';
import { pageOf } from '../pagination.js';
import { presentPage } from './answers.js';
import { auditActionsSchema, auditEntrySchema, auditQuerySchema } from './audit.schema.js';

export function registerAuditRoutes(api: ApiRouter): void {
  api.add(
    {
      method: 'get',
      path: '/staff/audit',
      summary:
        'Журнал аудита: кто, что, когда и откуда; фильтры по сотруднику, члену СРО, действию и периоду',
      tags: ['Журнал аудита'],
      auth: 'admin',
      query: auditQuerySchema,
      responses: {
        200: { description: 'Страница журнала, новые записи первыми', schema: pageOf(auditEntrySchema) },
      },
    },
    async ({ query, res }) => {
      const { page, perPage, ...filter } = query;
      res.json(presentPage(auditEntrySchema, await listAuditEntries(filter, { page, perPage })));
    },
  );
  api.add(
    {
      method: 'get',
      path: '/staff/audit/actions',
      summary: 'Действия, которые записывает журнал аудита, с их названиями — для фильтра журнала',
      tags: ['Журнал аудита'],
      auth: 'admin',
      responses: { 200: { description: 'Все действия', schema: auditActionsSchema } },
    },
    ({ res }) => {
      res.json({ items: AUDIT_ACTIONS.map((code) => ({ code, label: AUDIT_ACTION_LABELS[code] })) });
    },
  );
}
