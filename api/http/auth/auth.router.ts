import type { ApiRouter } from '../api-router.js';
import type { HttpDeps } from '../http-deps.js';
import { registerPasswordRoutes } from './auth-password.router.js';
import { registerSessionRoutes } from './auth-sessions.router.js';
import { registerSignInRoutes } from './auth-sign-in.router.js';

/** /auth: sign-in and sign-out, the signed-in account and its sessions, activation and passwords. */
export function registerAuthRoutes(api: ApiRouter, deps: HttpDeps): void {
  registerSignInRoutes(api, deps);
  registerSessionRoutes(api);
  registerPasswordRoutes(api, deps);
}
