import { createRepresentative } from '../../domain/representatives/create-representative.use-case.js';
import { getRepresentative } from '../../domain/representatives/get-representative.use-case.js';
import { listRepresentativesForStaff } from '../../domain/representatives/list-representatives.use-case.js';
import { resendActivation } from '../../domain/representatives/resend-activation.use-case.js';
import { restoreRepresentative } from '../../domain/representatives/restore-representative.use-case.js';
import { suspendRepresentative } from '../../domain/representatives/suspend-representative.use-case.js';
import type { ApiRouter } from '../api-router.js';
import { memberRef } from '../staff-appeals/staff-appeal.view.js';
import { auditContext } from '../audit-context.js';
import type { HttpDeps } from '../http-deps.js';
import { idParamsSchema } from '../params.js';
import {
  memberParamsSchema,
  newRepresentativeSchema,
  REPRESENTATIVE_TAGS,
  representativeAnswer,
  representativesQuerySchema,
  staffRepresentativePageSchema,
  staffRepresentativeSchema,
  suspendBodySchema,
} from './staff-representatives.schema.js';
import { staffRepresentativeView } from './staff-representative.view.js';
import { registerStaffTelegramLinksRoute } from './telegram-links.route.js';

/** Staff manage members' representatives: create (activation e-mail), suspend, restore, re-send activation. */
export function registerStaffRepresentativesRoutes(api: ApiRouter, _deps: HttpDeps): void {
  api.add(
    {
      method: 'post',
      path: '/staff/members/:memberId/representatives',
      summary: 'Добавить представителя по заявлению члена СРО; ему уйдёт письмо со ссылкой для активации',
      tags: REPRESENTATIVE_TAGS,
      auth: 'staff',
      params: memberParamsSchema,
      body: newRepresentativeSchema,
      responses: { 201: { description: 'Представитель добавлен', schema: staffRepresentativeSchema } },
    },
    async ({ params, body, req, res }) => {
      const representative = await createRepresentative(
        { ...body, memberId: params.memberId },
        auditContext(req),
      );
      res.status(201).json(staffRepresentativeView(representative));
    },
  );
  api.add(
    {
      method: 'get',
      path: '/staff/representatives',
      summary: 'Представители членов СРО',
      tags: REPRESENTATIVE_TAGS,
      auth: 'staff',
      query: representativesQuerySchema,
      responses: { 200: { description: 'Страница списка', schema: staffRepresentativePageSchema } },
    },
    async ({ query, req, res }) => {
      const { page, perPage, ...filter } = query;
      const result = await listRepresentativesForStaff(filter, { page, perPage }, auditContext(req));
      res.json({
        ...result,
        items: result.items.map(({ representative, member }) => ({
          ...staffRepresentativeView(representative),
          member: memberRef(member),
        })),
      });
    },
  );
  api.add(
    {
      method: 'get',
      path: '/staff/representatives/:id',
      summary: 'Представитель',
      tags: REPRESENTATIVE_TAGS,
      auth: 'staff',
      params: idParamsSchema,
      responses: representativeAnswer('Представитель'),
    },
    async ({ params, req, res }) => {
      res.json(staffRepresentativeView(await getRepresentative(params.id, auditContext(req))));
    },
  );
  api.add(
    {
      method: 'post',
      path: '/staff/representatives/:id/suspend',
      summary: 'Приостановить доступ сразу и без уведомления (п. 2.4 Регламента); сеансы завершаются',
      tags: REPRESENTATIVE_TAGS,
      auth: 'staff',
      params: idParamsSchema,
      body: suspendBodySchema,
      responses: representativeAnswer('Доступ приостановлен'),
    },
    async ({ params, body, req, res }) => {
      res.json(
        staffRepresentativeView(await suspendRepresentative(params.id, body.reason, auditContext(req))),
      );
    },
  );
  api.add(
    {
      method: 'post',
      path: '/staff/representatives/:id/restore',
      summary: 'Восстановить приостановленный доступ',
      tags: REPRESENTATIVE_TAGS,
      auth: 'staff',
      params: idParamsSchema,
      responses: representativeAnswer('Доступ восстановлен'),
    },
    async ({ params, req, res }) => {
      res.json(staffRepresentativeView(await restoreRepresentative(params.id, auditContext(req))));
    },
  );
  api.add(
    {
      method: 'post',
      path: '/staff/representatives/:id/resend-activation',
      summary: 'Отправить новую ссылку для активации (п. 2.5 Регламента); прежняя перестаёт действовать',
      tags: REPRESENTATIVE_TAGS,
      auth: 'staff',
      params: idParamsSchema,
      responses: representativeAnswer('Новая ссылка будет отправлена'),
    },
    async ({ params, req, res }) => {
      res.json(staffRepresentativeView(await resendActivation(params.id, auditContext(req))));
    },
  );
  registerStaffTelegramLinksRoute(api);
}
