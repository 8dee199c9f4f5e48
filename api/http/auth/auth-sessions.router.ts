import { z } from 'zod';
import { endOwnSession } from '../../domain/accounts/end-own-session.use-case.js';
import { getCurrentAccount } from '../../domain/accounts/get-current-account.use-case.js';
import { listOwnSessions } from '../../domain/accounts/list-own-sessions.use-case.js';
import type { ApiRouter } from '../api-router.js';
import { problemSchema } from '../openapi/problem.schema.js';
import { accountView, isoOrNull, staffView } from './auth-views.js';
import { currentAccountSchema, ownSessionSchema, sessionParamsSchema } from './auth.schema.js';
import { signedIn } from './signed-in.js';

/** Open to representatives and staff alike, so the router's auth is 'none' and `signedIn` checks the session. */
const SIGNED_IN_PROBLEMS = {
  401: { description: 'Требуется вход', schema: problemSchema, contentType: 'application/problem+json' },
  403: { description: 'Доступ закрыт', schema: problemSchema, contentType: 'application/problem+json' },
};

export function registerSessionRoutes(api: ApiRouter): void {
  api.add(
    {
      method: 'get',
      path: '/auth/me',
      summary: 'Кто вошёл: представитель и его организация или сотрудник СРО',
      tags: ['Вход'],
      auth: 'none',
      responses: {
        200: { description: 'Текущая учётная запись', schema: currentAccountSchema },
        ...SIGNED_IN_PROBLEMS,
      },
    },
    async ({ req, res }) => {
      const account = await getCurrentAccount(signedIn(req));
      res.json(
        account.kind === 'staff'
          ? { kind: 'staff', staff: staffView(account.staff) }
          : { kind: 'representative', ...accountView(account) },
      );
    },
  );
  api.add(
    {
      method: 'get',
      path: '/auth/sessions',
      summary: 'Мои действующие сеансы; текущий отмечен',
      tags: ['Вход'],
      auth: 'none',
      responses: {
        200: { description: 'Сеансы, последние использованные первыми', schema: z.array(ownSessionSchema) },
        ...SIGNED_IN_PROBLEMS,
      },
    },
    async ({ req, res }) => {
      const sessions = await listOwnSessions(signedIn(req));
      res.json(
        sessions.map((session) => ({
          id: session._id,
          current: session.current,
          createdAt: isoOrNull(session.createdAt),
          lastSeenAt: session.lastSeenAt.toISOString(),
          expiresAt: session.expiresAt.toISOString(),
          ip: session.ip ?? null,
          userAgent: session.userAgent ?? null,
        })),
      );
    },
  );
  api.add(
    {
      method: 'delete',
      path: '/auth/sessions/:id',
      summary: 'Завершить один из моих сеансов (например, на потерянном телефоне)',
      tags: ['Вход'],
      auth: 'none',
      params: sessionParamsSchema,
      responses: { 204: { description: 'Сеанс завершён' }, ...SIGNED_IN_PROBLEMS },
    },
    async ({ params, req, res }) => {
      await endOwnSession(signedIn(req), params.id);
      res.status(204).end();
    },
  );
}
