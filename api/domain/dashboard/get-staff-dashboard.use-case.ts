import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
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

/**
 * The staff app's start page. Each figure is read across the whole registry in a few batch queries (members, ledgers,
 * contracts, policies, appeals), never member by member; the members named are logged as a registry look.
 */
export async function getStaffDashboard(context: AuditContext, now = new Date()): Promise<StaffDashboard> {
  const members = await findCurrentMemberBriefs();
  const [appeals, dues, odo, insurance, failedMessages, refusedPushes] = await Promise.all([
    appealsOverview(now),
    duesDebtAlerts(members, now),
    odoUsageAlerts(members),
    insuranceExpiryAlerts(members, now),
    countFailedOutboxMessages(),
    countRefusedTelegramDeliveries(),
  ]);
  await recordAudit(context, { action: 'dashboard.read', target: { kind: 'member' } });
  return {
    appeals,
    duesDebtors: worstFirst(dues),
    odoAboveWarning: worstFirst(odo),
    insuranceExpiring: worstFirst(insurance),
    failedDeliveries: failedMessages + refusedPushes,
    generatedAt: now,
  };
}
