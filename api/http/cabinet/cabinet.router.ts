import type { ApiRouter } from '../api-router.js';
import type { HttpDeps } from '../http-deps.js';
import { registerCardRoutes } from './card.router.js';
import { registerContractsRoutes } from './contracts.router.js';
import { registerEventsRoutes } from './events.router.js';
import { registerFinanceRoutes } from './finance.router.js';
import { registerInspectionsRoutes } from './inspections.router.js';
import { registerInsuranceRoutes } from './insurance.router.js';
import { registerLettersRoutes } from './letters.router.js';
import { registerLevelsRoutes } from './levels.router.js';
import { registerNotificationsRoutes } from './notifications.router.js';
import { registerReportsRoutes } from './reports.router.js';
import { registerSpecialistsRoutes } from './specialists.router.js';
import { registerSummaryRoutes } from './summary.router.js';

/** The representative's read side of the cabinet (regulation §3.1), every route scoped to the member represented. */
export function registerCabinetRoutes(api: ApiRouter, deps: HttpDeps): void {
  registerSummaryRoutes(api);
  registerCardRoutes(api);
  registerLevelsRoutes(api);
  registerContractsRoutes(api);
  registerFinanceRoutes(api);
  registerInspectionsRoutes(api);
  registerInsuranceRoutes(api);
  registerNotificationsRoutes(api);
  registerLettersRoutes(api);
  registerReportsRoutes(api);
  registerEventsRoutes(api, deps);
  registerSpecialistsRoutes(api);
}
