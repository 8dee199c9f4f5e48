import type { ApiRouter } from '../../api-router.js';
import { registerMemberRecordRoutes } from '../member-records.router.js';
import { contracts } from './contracts.schema.js';
import { duesAccruals } from './dues-accruals.schema.js';
import { duesPayments } from './dues-payments.schema.js';
import { fundContributions } from './fund-contributions.schema.js';
import { inspections } from './inspections.schema.js';
import { insuranceContracts } from './insurance-contracts.schema.js';
import { reports } from './reports.schema.js';
import { specialists } from './specialists.schema.js';

/** Every kind of a member's records, each through the same routes. */
export function registerMemberDataRoutes(api: ApiRouter): void {
  registerMemberRecordRoutes(api, inspections);
  registerMemberRecordRoutes(api, fundContributions);
  registerMemberRecordRoutes(api, duesAccruals);
  registerMemberRecordRoutes(api, duesPayments);
  registerMemberRecordRoutes(api, contracts);
  registerMemberRecordRoutes(api, insuranceContracts);
  registerMemberRecordRoutes(api, reports);
  registerMemberRecordRoutes(api, specialists);
}
