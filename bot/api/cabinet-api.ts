import type { z } from 'zod';
import type { memberCardSchema, workRightSchema } from '../../api/http/cabinet/card.schema.js';
import type { contractPageSchema } from '../../api/http/cabinet/contracts.schema.js';
import type { eventPageSchema } from '../../api/http/cabinet/events.schema.js';
import type { duesSchema, fundContributionPageSchema } from '../../api/http/cabinet/finance.schema.js';
import type { inspectionPageSchema } from '../../api/http/cabinet/inspections.schema.js';
import type { insuranceListSchema } from '../../api/http/cabinet/insurance.schema.js';
import type { levelsSchema, obligationsSchema } from '../../api/http/cabinet/levels.schema.js';
import type { summarySchema } from '../../api/http/cabinet/summary.schema.js';
import type { BotContext } from '../context.js';
import { accountFile, accountRequest } from './account-request.js';

export type CabinetSummary = z.infer<typeof summarySchema>;
export type MemberCard = z.infer<typeof memberCardSchema>;
export type WorkRight = z.infer<typeof workRightSchema>;
export type Levels = z.infer<typeof levelsSchema>;
export type Obligations = z.infer<typeof obligationsSchema>;
export type ContractPage = z.infer<typeof contractPageSchema>;
export type Dues = z.infer<typeof duesSchema>;
export type ContributionPage = z.infer<typeof fundContributionPageSchema>;
export type InspectionPage = z.infer<typeof inspectionPageSchema>;
export type InsuranceList = z.infer<typeof insuranceListSchema>;
export type EventPage = z.infer<typeof eventPageSchema>;

/** Items per page of every list the bot shows: a phone screen's worth. */
export const PER_PAGE = 5;
/** How many recent accruals and payments the dues screen lists. */
const RECENT_DUES = 5;

const page = (number: number) => ({ page: number, perPage: PER_PAGE });

/** The representative's read side of the cabinet, as the current account. */
export const cabinetApi = {
  summary: (ctx: BotContext) => accountRequest<CabinetSummary>(ctx, '/cabinet/summary'),
  card: (ctx: BotContext) => accountRequest<MemberCard>(ctx, '/cabinet/card'),
  workRight: (ctx: BotContext) => accountRequest<WorkRight>(ctx, '/cabinet/work-right'),
  levels: (ctx: BotContext) => accountRequest<Levels>(ctx, '/cabinet/levels'),
  obligations: (ctx: BotContext, price?: number) =>
    accountRequest<Obligations>(ctx, '/cabinet/obligations', { query: { price } }),
  contractsInForce: (ctx: BotContext, number: number) =>
    accountRequest<ContractPage>(ctx, '/cabinet/contracts', {
      query: { status: 'in_force', ...page(number) },
    }),
  dues: (ctx: BotContext) => accountRequest<Dues>(ctx, '/cabinet/dues', { query: { recent: RECENT_DUES } }),
  contributions: (ctx: BotContext, number: number) =>
    accountRequest<ContributionPage>(ctx, '/cabinet/contributions', { query: page(number) }),
  inspections: (ctx: BotContext, number: number) =>
    accountRequest<InspectionPage>(ctx, '/cabinet/inspections', { query: page(number) }),
  insurance: (ctx: BotContext) => accountRequest<InsuranceList>(ctx, '/cabinet/insurance'),
  events: (ctx: BotContext, number: number) =>
    accountRequest<EventPage>(ctx, '/cabinet/events', { query: page(number) }),
  /** An event as an .ics file to add to a calendar. */
  eventFile: (ctx: BotContext, eventId: string) =>
    accountFile(ctx, `/cabinet/events/${encodeURIComponent(eventId)}.ics`),
};
