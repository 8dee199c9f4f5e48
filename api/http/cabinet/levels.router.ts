import type { z } from 'zod';
import { FUND_SHORT_LABELS, ODO_STATE_LABELS } from '../../domain/cabinet/labels.js';
import { getObligations, type Obligations } from '../../domain/cabinet/get-obligations.use-case.js';
import {
  getResponsibilityLevels,
  type FundStanding,
  type ResponsibilityLevels,
} from '../../domain/cabinet/get-responsibility-levels.use-case.js';
import {
  ODO_WARNING_THRESHOLD_PERCENT,
  type OdoObligations,
} from '../../domain/contracts/odo-obligations.js';
import { FUND_TITLES } from '../../domain/levels/fund.js';
import type { ResponsibilityLevel } from '../../domain/levels/responsibility-level.model.js';
import type { ApiRouter } from '../api-router.js';
import { CABINET_ROUTE } from './cabinet-route.js';
import {
  levelsSchema,
  obligationsQuerySchema,
  obligationsSchema,
  type fundStandingSchema,
  type levelRowSchema,
  type obligationFiguresSchema,
} from './levels.schema.js';

const capOf = (row: ResponsibilityLevel) =>
  (row.fund === 'vv' ? row.maxContractPrice : row.maxTotalObligations) ?? null;

const toLevelRow = (row: ResponsibilityLevel): z.infer<typeof levelRowSchema> => ({
  fund: row.fund,
  fundLabel: FUND_SHORT_LABELS[row.fund],
  level: row.level,
  title: row.title,
  cap: capOf(row),
  contribution: row.contribution,
  needsReview: row.needsReview,
});

const toFundStanding = ({
  fund,
  level,
  row,
  paid,
  shortfall,
}: FundStanding): z.infer<typeof fundStandingSchema> => ({
  fund,
  fundLabel: FUND_SHORT_LABELS[fund],
  fundTitle: FUND_TITLES[fund],
  level,
  levelTitle: row?.title ?? null,
  cap: row ? capOf(row) : null,
  unlimited: row !== null && capOf(row) === null,
  requiredContribution: row?.contribution ?? null,
  paid,
  shortfall,
  needsReview: row?.needsReview ?? false,
});

const toLevels = ({ funds, table }: ResponsibilityLevels): z.infer<typeof levelsSchema> => ({
  funds: funds.map(toFundStanding),
  table: table.map(toLevelRow),
});

/** The figures of current obligations, as the summary shows them too. */
export const toObligationFigures = (
  obligations: OdoObligations,
  level: number | null,
): z.infer<typeof obligationFiguresSchema> => ({
  level,
  total: obligations.total,
  cap: obligations.cap,
  usagePercent: obligations.usagePercent,
  headroom: obligations.headroom,
  state: obligations.state,
  stateLabel: ODO_STATE_LABELS[obligations.state],
});

const toObligations = (obligations: Obligations): z.infer<typeof obligationsSchema> => ({
  ...toObligationFigures(obligations, obligations.odoLevel),
  warningThresholdPercent: ODO_WARNING_THRESHOLD_PERCENT,
  contractsInForce: obligations.contractsInForce,
  check: obligations.check,
});

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
