import type { ApiRouter } from '../api-router.js';
import type { HttpDeps } from '../http-deps.js';
import { registerAuditRoutes } from './audit.router.js';
import { registerEventRoutes } from './events.router.js';
import { registerLevelRoutes } from './levels.router.js';
import { registerMemberDataRoutes } from './member-data/member-data.router.js';
import { registerMemberStandingRoutes } from './member-standing.router.js';
import { registerMemberRoutes } from './members.router.js';
import { registerStaffUserRoutes } from './staff-users.router.js';

/** The admin app's registry: members and their data, events, the level table, staff accounts and the audit log. */
export function registerStaffRegistryRoutes(api: ApiRouter, deps: HttpDeps): void {
  registerMemberRoutes(api);
  registerMemberStandingRoutes(api);
  registerMemberDataRoutes(api);
  registerEventRoutes(api);
  registerLevelRoutes(api);
  registerStaffUserRoutes(api, deps);
  registerAuditRoutes(api);
}
