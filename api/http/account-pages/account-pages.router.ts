import express, { Router } from 'express';
import type { HttpDeps } from '../http-deps.js';
import { rateLimitsFor } from '../middlewares/rate-limit.js';
import { ACCOUNT_CSS } from './account-css.js';
import { accountPageErrors } from './account-page-errors.js';
import { showActivation, submitActivation } from './activation-pages.js';
import { showHome } from './home-page.js';
import { showReset, submitReset } from './reset-pages.js';

/**
 * The pages behind the links in account e-mails, outside /api/v1: plain server-rendered forms that work on a phone
 * without scripts. Rate-limited per address and per link like the JSON endpoints, sharing their counters.
 */
export function accountPagesRouter(deps: HttpDeps): Router {
  const limits = rateLimitsFor(deps);
  const perLink = [limits.linkByAddress, limits.linkByToken];
  const form = express.urlencoded({ extended: false, limit: '20kb', parameterLimit: 20 });
  return Router()
    .get('/account/assets/account.css', (_req, res) => {
      res.type('css').set('Cache-Control', 'public, max-age=86400').send(ACCOUNT_CSS);
    })
    .get('/', showHome)
    .get('/account/activate', ...perLink, showActivation)
    .post('/account/activate', form, ...perLink, submitActivation(deps, limits))
    .get('/account/reset', ...perLink, showReset)
    .post('/account/reset', form, ...perLink, submitReset(deps, limits))
    .use('/account', accountPageErrors);
}
