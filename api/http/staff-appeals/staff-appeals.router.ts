import { findAppealCard, openAppealFile } from '../../domain/appeals/appeals-inbox.repository.js';
import { assignAppeal } from '../../domain/appeals/assign-appeal.use-case.js';
import { changeAppealStatus } from '../../domain/appeals/change-appeal-status.use-case.js';
import { listAppealsInbox } from '../../domain/appeals/list-appeals-inbox.use-case.js';
import { recordAudit } from '../../domain/audit/record-audit.use-case.js';
import { DomainError } from '../../domain/shared/domain-error.js';
import type { ApiRouter } from '../api-router.js';
import { auditContext } from '../audit-context.js';
import { mapPage } from '../shared/json.js';
import type { HttpDeps } from '../http-deps.js';
import { pageOf } from '../pagination.js';
import { idParamsSchema } from '../params.js';
import { registerAnswerAppealRoute } from './answer-appeal.route.js';
import { registerAppealCountsRoute } from './appeal-counts.route.js';
import { sendStoredFile } from '../shared/send-stored-file.js';
import { appealStateView, inboxAppealView, staffAppealView } from './staff-appeal.view.js';
import {
  APPEAL_CHANGE_RESPONSES,
  appealsInboxQuerySchema,
  appealStateSchema,
  assignAppealBodySchema,
  changeAppealStatusBodySchema,
  inboxAppealSchema,
  staffAppealSchema,
  STAFF_APPEALS_ROUTE,
} from './staff-appeals.schema.js';
import { fileParamsSchema, problemResponse } from './staff-correspondence.schema.js';

const NOT_FOUND = new DomainError('not_found', 'Обращение не найдено.');
const NOT_FOUND_RESPONSE = problemResponse('Обращение не найдено');
const CHANGED = {
  200: { description: 'Обращение изменено', schema: appealStateSchema },
  ...APPEAL_CHANGE_RESPONSES,
};

/** The appeals inbox of the SRO's staff: filter, read, assign, move along the statuses, answer. */
export function registerStaffAppealsRoutes(api: ApiRouter, deps: HttpDeps): void {
  api.add(
    {
      ...STAFF_APPEALS_ROUTE,
      method: 'get',
      path: '/staff/appeals',
      summary: 'Входящие обращения: фильтры, сортировка, страницы',
      query: appealsInboxQuerySchema,
      responses: { 200: { description: 'Страница обращений', schema: pageOf(inboxAppealSchema) } },
    },
    async ({ query, auth, res }) => {
      const { mine, assignedExpertId, status, ...filter } = query;
      const page = await listAppealsInbox({
        ...filter,
        statuses: status,
        assignedExpertId: mine ? auth.staffId : assignedExpertId,
      });
      res.json(mapPage(page, inboxAppealView));
    },
  );
  registerAppealCountsRoute(api);
  api.add(
    {
      ...STAFF_APPEALS_ROUTE,
      method: 'get',
      path: '/staff/appeals/:id',
      summary: 'Обращение целиком: история статусов, файлы, проверка подписи, карточка члена СРО',
      params: idParamsSchema,
      responses: { 200: { description: 'Обращение', schema: staffAppealSchema }, 404: NOT_FOUND_RESPONSE },
    },
    async ({ params, req, res }) => {
      const card = await findAppealCard(params.id);
      if (!card) throw NOT_FOUND;
      const { appeal } = card;
      await recordAudit(auditContext(req), {
        action: 'appeal.read',
        target: { kind: 'appeal', id: appeal._id, memberId: appeal.memberId },
      });
      res.json(staffAppealView(card, new Date()));
    },
  );
  api.add(
    {
      ...STAFF_APPEALS_ROUTE,
      method: 'get',
      path: '/staff/appeals/:id/files/:fileId',
      summary: 'Скачать файл обращения (вложение, подписанный документ или подпись)',
      params: fileParamsSchema,
      responses: {
        200: { description: 'Файл', contentType: 'application/octet-stream' },
        404: NOT_FOUND_RESPONSE,
      },
    },
    async ({ params, req, res }) => {
      const opened = await openAppealFile(params.id, params.fileId);
      if (!opened) throw new DomainError('not_found', 'Файл не найден.');
      await recordAudit(auditContext(req), {
        action: 'appeal.file_read',
        target: { kind: 'appeal', id: params.id, memberId: opened.memberId },
        changes: { fileId: params.fileId },
      });
      await sendStoredFile(res, opened.file);
    },
  );
  api.add(
    {
      ...STAFF_APPEALS_ROUTE,
      method: 'post',
      path: '/staff/appeals/:id/assign',
      summary: 'Назначить эксперта; поданное или зарегистрированное обращение переходит в работу',
      params: idParamsSchema,
      body: assignAppealBodySchema,
      responses: CHANGED,
    },
    async ({ params, body, auth, req, res }) => {
      const appeal = await assignAppeal(
        { appealId: params.id, expertId: body.expertId, staffId: auth.staffId },
        auditContext(req),
      );
      res.json(appealStateView(appeal));
    },
  );
  api.add(
    {
      ...STAFF_APPEALS_ROUTE,
      method: 'post',
      path: '/staff/appeals/:id/status',
      summary: 'Изменить статус: зарегистрировано, в работе или отклонено (с причиной в комментарии)',
      params: idParamsSchema,
      body: changeAppealStatusBodySchema,
      responses: CHANGED,
    },
    async ({ params, body, auth, req, res }) => {
      const appeal = await changeAppealStatus(
        { appealId: params.id, ...body, staffId: auth.staffId },
        auditContext(req),
      );
      res.json(appealStateView(appeal));
    },
  );
  registerAnswerAppealRoute(api, deps);
}
