import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import compression from 'compression';
import express, { Router } from 'express';
import { sendProblem } from '../problem.js';
import { adminContentSecurityPolicy, issueNonce } from './admin-csp.js';

export const ADMIN_PATH = '/admin';
const DAY_SECONDS = 24 * 3600;
const YEAR_SECONDS = 365 * DAY_SECONDS;

/**
 * The staff app, built to static files: hashed assets are cached for a year, the page itself never, and the page
 * gets a strict Content-Security-Policy with a nonce of its own. Routing inside the app is by hash, so one page serves
 * every screen.
 */
export function adminAppRouter(distDir: string | null, publicUrl: string): Router {
  const router = Router();
  const indexFile = distDir && path.join(distDir, 'index.html');
  if (!indexFile || !existsSync(indexFile)) {
    router.use(ADMIN_PATH, (_req, res) =>
      sendProblem(res, {
        type: 'admin-app-not-built',
        title: 'Приложение сотрудников не собрано',
        status: 503,
        detail: 'Соберите его командой npm run build и перезапустите сервер.',
      }),
    );
    return router;
  }
  // the app's scripts are a few hundred kilobytes gzipped, several times that raw
  router.use(ADMIN_PATH, compression());
  router.use(
    `${ADMIN_PATH}/assets`,
    express.static(path.join(distDir, 'assets'), {
      immutable: true,
      maxAge: YEAR_SECONDS * 1000,
      index: false,
    }),
  );
  router.get(`${ADMIN_PATH}/favicon.svg`, (_req, res) => {
    res.sendFile(path.join(distDir, 'favicon.svg'), { maxAge: DAY_SECONDS * 1000 });
  });
  // read at each visit (a small file), so that a rebuild is served without a restart
  router.get(
    [ADMIN_PATH, `${ADMIN_PATH}/`],
    issueNonce,
    adminContentSecurityPolicy(publicUrl),
    async (req, res) => {
      if (req.originalUrl.split('?')[0] === ADMIN_PATH) return res.redirect(301, `${ADMIN_PATH}/`);
      const page = await readFile(indexFile, 'utf8');
      res
        .set('Cache-Control', 'no-cache')
        .type('html')
        .send(page.replaceAll('CSP_NONCE', String(res.locals.cspNonce)));
    },
  );
  return router;
}
