import { cachedRead } from '../../db/read-cache.js';
import { AppealModel } from '../appeals/appeal.model.js';
import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import { ContractModel } from '../contracts/contract.model.js';
import { DuesAccrualModel } from '../finance/dues-accrual.model.js';
import { DuesPaymentModel } from '../finance/dues-payment.model.js';
import { InsuranceContractModel } from '../insurance/insurance-contract.model.js';
import { ResponsibilityLevelModel } from '../levels/responsibility-level.model.js';
import { MemberModel } from '../members/member.model.js';
import { countFailedOutboxMessages } from '../notifications/outbox.repository.js';
import { findCurrentMemberBriefs } from '../registry/registry-members.repository.js';
import { countRefusedTelegramDeliveries } from '../telegram/telegram-deliveries.repository.js';
import { appealsOverview, type AppealsOverview } from './appeals-overview.js';
import { duesDebtAlerts } from './dues-debt-alerts.js';
import { insuranceExpiryAlerts } from './insurance-expiry-alerts.js';
import { worstFirst, type AlertSummary } from './member-alert.js';
import { odoUsageAlerts } from './odo-usage-alerts.js';

export interface StaffDashboard {
  appeals: AppealsOverview;
  duesDebtors: AlertSummary;
  odoAboveWarning: AlertSummary;
  insuranceExpiring: AlertSummary;
  /** Outbox messages given up on, and pushes Telegram refused. */
  failedDeliveries: number;
  generatedAt: Date;
}

/** What the figures are read from; the failed deliveries, kept by no model that marks its writes, may lag by the limit. */
const FIGURES_FROM = [
  MemberModel,
  AppealModel,
  DuesAccrualModel,
  DuesPaymentModel,
  ContractModel,
  InsuranceContractModel,
  ResponsibilityLevelModel,
].map((model) => model.collection.collectionName);
const DASHBOARD_CACHE_MS = 30_000;

async function computeStaffDashboard(now: Date): Promise<StaffDashboard> {
  const members = await findCurrentMemberBriefs();
  const [appeals, dues, odo, insurance, failedMessages, refusedPushes] = await Promise.all([
    appealsOverview(now),
    duesDebtAlerts(members, now),
    odoUsageAlerts(members),
    insuranceExpiryAlerts(members, now),
    countFailedOutboxMessages(),
    countRefusedTelegramDeliveries(),
  ]);
  return {
    appeals,
    duesDebtors: worstFirst(dues),
    odoAboveWarning: worstFirst(odo),
    insuranceExpiring: worstFirst(insurance),
    failedDeliveries: failedMessages + refusedPushes,
    generatedAt: now,
  };
}

/**
 * The staff app's start page. Each figure is read across the whole registry in a few batch queries (members, ledgers,
 * contracts, policies, appeals), never member by member, and the page is kept in the read cache until one of those is
 * written (its time of reading is on the page); the members named are logged as a registry look at every visit.
 */
export async function getStaffDashboard(context: AuditContext, now = new Date()): Promise<StaffDashboard> {
  const dashboard = await cachedRead(
    'staff-dashboard',
    { collections: FIGURES_FROM },
    DASHBOARD_CACHE_MS,
    () => computeStaffDashboard(now),
  );
  await recordAudit(context, { action: 'dashboard.read', target: { kind: 'member' } });
  return dashboard;
}
