import { getResponsibilityLevel } from '../../domain/levels/get-responsibility-level.use-case.js';
import { listLevelTable } from '../../domain/levels/list-level-table.use-case.js';
import { updateResponsibilityLevel } from '../../domain/levels/update-responsibility-level.use-case.js';
import type { ApiRouter } from '../api-router.js';
import { auditContext } from '../audit-context.js';
import { pageOf, pageQuerySchema } from '../pagination.js';
import { idParamsSchema } from '../params.js';
import { present, presentPage, problem } from './answers.js';
import { levelSchema, updateLevelSchema } from './levels.schema.js';
import { INVALID_DATA } from './registry-routes.js';

const TAGS = ['Уровни ответственности (сотрудники)'];
const NOT_FOUND = { 404: problem('Строка таблицы не найдена') };

export function registerLevelRoutes(api: ApiRouter): void {
  api
    .add(
      {
        method: 'get',
        path: '/staff/levels',
        summary: 'Таблица уровней ответственности по фондам и уровням',
        tags: TAGS,
        auth: 'staff',
        query: pageQuerySchema,
        responses: { 200: { description: 'Строки таблицы', schema: pageOf(levelSchema) } },
      },
      async ({ query, res }) => {
        res.json(presentPage(levelSchema, await listLevelTable(query)));
      },
    )
    .add(
      {
        method: 'get',
        path: '/staff/levels/:id',
        summary: 'Строка таблицы уровней ответственности',
        tags: TAGS,
        auth: 'staff',
        params: idParamsSchema,
        responses: { 200: { description: 'Строка таблицы', schema: levelSchema }, ...NOT_FOUND },
      },
      async ({ params, res }) => {
        res.json(present(levelSchema, await getResponsibilityLevel(params.id)));
      },
    )
    .add(
      {
        method: 'patch',
        path: '/staff/levels/:id',
        summary: 'Исправить предел обязательств или размер взноса; строка считается сверенной',
        tags: TAGS,
        auth: 'admin',
        params: idParamsSchema,
        body: updateLevelSchema,
        responses: {
          200: { description: 'Изменена', schema: levelSchema },
          ...NOT_FOUND,
          ...INVALID_DATA,
        },
      },
      async ({ params, body, req, res }) => {
        res.json(present(levelSchema, await updateResponsibilityLevel(params.id, body, auditContext(req))));
      },
    );
}
