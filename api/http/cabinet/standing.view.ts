import type { z } from 'zod';
import type { Dues } from '../../domain/cabinet/get-dues.use-case.js';
import type { Obligations } from '../../domain/cabinet/get-obligations.use-case.js';
import type {
  FundStanding,
  ResponsibilityLevels,
} from '../../domain/cabinet/get-responsibility-levels.use-case.js';
import { FUND_SHORT_LABELS, ODO_STATE_LABELS } from '../../domain/cabinet/labels.js';
import {
  ODO_WARNING_THRESHOLD_PERCENT,
  type OdoObligations,
} from '../../domain/contracts/odo-obligations.js';
import { duesPeriodLabel } from '../../domain/finance/dues-period-label.js';
import { FUND_TITLES } from '../../domain/levels/fund.js';
import type { ResponsibilityLevel } from '../../domain/levels/responsibility-level.model.js';
import { idOf, iso, isoOrNull } from '../shared/json.js';
import type { duesSchema } from './finance.schema.js';
import type {
  fundStandingSchema,
  levelRowSchema,
  levelsSchema,
  obligationFiguresSchema,
  obligationsSchema,
} from './levels.schema.js';

/** A member's standing as the cabinet shows it to the member, and the staff app to staff: levels, ОДО, dues. */
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

export const toFundStanding = ({
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

export const toLevels = ({ funds, table }: ResponsibilityLevels): z.infer<typeof levelsSchema> => ({
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

export const toObligations = (obligations: Obligations): z.infer<typeof obligationsSchema> => ({
  ...toObligationFigures(obligations, obligations.odoLevel),
  warningThresholdPercent: ODO_WARNING_THRESHOLD_PERCENT,
  contractsInForce: obligations.contractsInForce,
  check: obligations.check,
});

export const toDues = (dues: Dues): z.infer<typeof duesSchema> => ({
  accrued: dues.accrued,
  paid: dues.paid,
  debt: dues.debt,
  overpayment: dues.overpayment,
  overdueAmount: dues.overdueAmount,
  daysOverdue: dues.daysOverdue,
  oldestUnpaidDueDate: isoOrNull(dues.oldestUnpaidDueDate),
  accruals: dues.accruals.map((accrual) => ({
    id: idOf(accrual._id),
    period: accrual.period,
    periodLabel: duesPeriodLabel(accrual.period),
    amount: accrual.amount,
    dueDate: iso(accrual.dueDate),
  })),
  payments: dues.payments.map((payment) => ({
    id: idOf(payment._id),
    amount: payment.amount,
    paidAt: iso(payment.paidAt),
    document: payment.document ?? null,
  })),
});
