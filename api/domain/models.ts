import { AccountTokenModel } from './accounts/account-token.model.js';
import { UsedTokenModel } from './accounts/used-token.model.js';
import { AppealModel } from './appeals/appeal.model.js';
import { AuditEntryModel } from './audit/audit-entry.model.js';
import { CalendarFeedModel } from './calendar/calendar-feed.model.js';
import { ContractModel } from './contracts/contract.model.js';
import { EventModel } from './events/event.model.js';
import { FeedbackModel } from './feedback/feedback.model.js';
import { DuesAccrualModel } from './finance/dues-accrual.model.js';
import { DuesPaymentModel } from './finance/dues-payment.model.js';
import { FundContributionModel } from './finance/fund-contribution.model.js';
import { InspectionModel } from './inspections/inspection.model.js';
import { InsuranceContractModel } from './insurance/insurance-contract.model.js';
import { LetterModel } from './letters/letter.model.js';
import { LetterReadModel } from './letters/letter-read.model.js';
import { ResponsibilityLevelModel } from './levels/responsibility-level.model.js';
import { MemberModel } from './members/member.model.js';
import { NotificationModel } from './notifications/notification.model.js';
import { OutboxClaimModel } from './notifications/outbox-claim.model.js';
import { OutboxMessageModel } from './notifications/outbox-message.model.js';
import { RegulationVersionModel } from './regulation/regulation-version.model.js';
import { ReportModel } from './reports/report.model.js';
import { RepresentativeModel } from './representatives/representative.model.js';
import { SessionModel } from './sessions/session.model.js';
import { IssuedNumberModel } from './shared/issued-number.model.js';
import { SpecialistModel } from './specialists/specialist.model.js';
import { StaffUserModel } from './staff/staff-user.model.js';
import { TelegramCodeAttemptModel } from './telegram/telegram-code-attempt.model.js';
import { TelegramDeliveryModel } from './telegram/telegram-delivery.model.js';
import { TelegramEmailCodeModel } from './telegram/telegram-email-code.model.js';
import { TelegramLinkTokenModel } from './telegram/telegram-link-token.model.js';

/** Every model of the domain, so that their collections and indexes are set up in one place. */
export const MODELS: readonly { modelName: string; createIndexes(): Promise<void> }[] = [
  MemberModel,
  ResponsibilityLevelModel,
  RepresentativeModel,
  StaffUserModel,
  InspectionModel,
  FundContributionModel,
  DuesAccrualModel,
  DuesPaymentModel,
  ContractModel,
  InsuranceContractModel,
  NotificationModel,
  OutboxMessageModel,
  OutboxClaimModel,
  LetterModel,
  LetterReadModel,
  AppealModel,
  FeedbackModel,
  ReportModel,
  EventModel,
  SpecialistModel,
  RegulationVersionModel,
  AuditEntryModel,
  IssuedNumberModel,
  SessionModel,
  AccountTokenModel,
  UsedTokenModel,
  TelegramLinkTokenModel,
  TelegramEmailCodeModel,
  TelegramCodeAttemptModel,
  TelegramDeliveryModel,
  CalendarFeedModel,
];

/**
 * Creates the indexes each schema declares (existing ones are left as they are; nothing is dropped). One model after
 * another, which FerretDB's SQLite backend prefers to a burst of DDL.
 */
export async function ensureIndexes(): Promise<void> {
  for (const model of MODELS) await model.createIndexes();
}
