import type { ApiRouter } from '../api-router.js';
import type { HttpDeps } from '../http-deps.js';
import { registerStaffLettersRoutes } from '../staff-letters/staff-letters.router.js';
import { registerStaffNotificationsRoutes } from '../staff-notifications/staff-notifications.router.js';
import { registerStaffAppealsRoutes } from './staff-appeals.router.js';

/** The staff side of correspondence with members: the appeals inbox, letters and notifications. */
export function registerStaffCorrespondenceRoutes(api: ApiRouter, deps: HttpDeps): void {
  registerStaffAppealsRoutes(api, deps);
  registerStaffLettersRoutes(api, deps);
  registerStaffNotificationsRoutes(api, deps);
}
