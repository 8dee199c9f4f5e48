import { getObligations } from '../../domain/cabinet/get-obligations.use-case.js';
import { getResponsibilityLevels } from '../../domain/cabinet/get-responsibility-levels.use-case.js';
import type { ApiRouter } from '../api-router.js';
import { CABINET_ROUTE } from './cabinet-route.js';
import { levelsSchema, obligationsQuerySchema, obligationsSchema } from './levels.schema.js';
import { toLevels, toObligations } from './standing.view.js';

export function registerLevelsRoutes(api: ApiRouter): void {
  api.add(
    {
      ...CABINET_ROUTE,
      method: 'get',
      path: '/cabinet/levels',
      summary: 'Уровни ответственности по КФ ВВ и КФ ОДО, внесённые взносы и таблица уровней',
      responses: { 200: { description: 'Уровни и взносы', schema: levelsSchema } },
    },
    async ({ auth, res }) => {
      res.json(toLevels(await getResponsibilityLevels(auth.memberId)));
    },
  );
  api.add(
    {
      ...CABINET_ROUTE,
      method: 'get',
      path: '/cabinet/obligations',
      summary:
        'Текущие обязательства по договорам ОДО против предельного размера; проверка цены нового договора',
      query: obligationsQuerySchema,
      responses: { 200: { description: 'Обязательства', schema: obligationsSchema } },
    },
    async ({ auth, query, res }) => {
      res.json(toObligations(await getObligations(auth.memberId, query.price)));
    },
  );
}
