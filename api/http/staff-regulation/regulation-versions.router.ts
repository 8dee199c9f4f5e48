import { listRegulationVersions } from '../../domain/regulation/list-regulation-versions.use-case.js';
import { publishRegulationVersion } from '../../domain/regulation/publish-regulation-version.use-case.js';
import type { ApiRouter } from '../api-router.js';
import { auditContext } from '../audit-context.js';
import { pageOf, pageQuerySchema } from '../pagination.js';
import { present, presentPage, problem } from '../staff-registry/answers.js';
import { publishRegulationSchema, regulationVersionSchema } from './regulation-versions.schema.js';

const ROUTE = { tags: ['Регламент (сотрудники)'], auth: 'admin' as const };

/** Editions of the regulation that representatives accept, published by administrators. */
export function registerRegulationVersionRoutes(api: ApiRouter): void {
  api
    .add(
      {
        ...ROUTE,
        method: 'get',
        path: '/staff/regulation-versions',
        summary: 'Редакции Регламента, последние первыми; действующая отмечена',
        query: pageQuerySchema,
        responses: { 200: { description: 'Страница редакций', schema: pageOf(regulationVersionSchema) } },
      },
      async ({ query, res }) => {
        res.json(presentPage(regulationVersionSchema, await listRegulationVersions(query)));
      },
    )
    .add(
      {
        ...ROUTE,
        method: 'post',
        path: '/staff/regulation-versions',
        summary: 'Опубликовать новую редакцию: с указанного дня её принимают представители',
        body: publishRegulationSchema,
        responses: {
          201: { description: 'Опубликована', schema: regulationVersionSchema },
          409: problem('Редакция с таким номером уже есть'),
          422: problem('Дата раньше начала действия действующей редакции'),
        },
      },
      async ({ body, req, res }) => {
        const edition = await publishRegulationVersion(body, auditContext(req));
        res.status(201).json(present(regulationVersionSchema, edition));
      },
    );
}
