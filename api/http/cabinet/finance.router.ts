import type { z } from 'zod';
import { getDues } from '../../domain/cabinet/get-dues.use-case.js';
import { FUND_SHORT_LABELS } from '../../domain/cabinet/labels.js';
import { listMemberFundContributions } from '../../domain/cabinet/list-fund-contributions.use-case.js';
import type { FundContribution } from '../../domain/finance/fund-contribution.model.js';
import type { ApiRouter } from '../api-router.js';
import { CABINET_ROUTE } from './cabinet-route.js';
import {
  contributionsQuerySchema,
  duesQuerySchema,
  duesSchema,
  fundContributionPageSchema,
  type fundContributionSchema,
} from './finance.schema.js';
import { idOf, iso, mapPage } from '../shared/json.js';
import { toDues } from './standing.view.js';

const toContribution = (payment: FundContribution): z.infer<typeof fundContributionSchema> => ({
  id: idOf(payment._id),
  fund: payment.fund,
  fundLabel: FUND_SHORT_LABELS[payment.fund],
  amount: payment.amount,
  paidAt: iso(payment.paidAt),
  purpose: payment.purpose ?? null,
  document: payment.document ?? null,
});

export function registerFinanceRoutes(api: ApiRouter): void {
  api.add(
    {
      ...CABINET_ROUTE,
      method: 'get',
      path: '/cabinet/contributions',
      summary: 'Взносы в компенсационные фонды КФ ВВ и КФ ОДО',
      query: contributionsQuerySchema,
      responses: { 200: { description: 'Платежи, новые первыми', schema: fundContributionPageSchema } },
    },
    async ({ auth, query, res }) => {
      const { fund, page, perPage } = query;
      res.json(
        mapPage(await listMemberFundContributions(auth.memberId, fund, { page, perPage }), toContribution),
      );
    },
  );
  api.add(
    {
      ...CABINET_ROUTE,
      method: 'get',
      path: '/cabinet/dues',
      summary: 'Членские взносы: начисления, платежи, задолженность и просрочка',
      query: duesQuerySchema,
      responses: { 200: { description: 'Итоги и последние записи', schema: duesSchema } },
    },
    async ({ auth, query, res }) => {
      res.json(toDues(await getDues(auth.memberId, query.recent)));
    },
  );
}
