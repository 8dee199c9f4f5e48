import { signInRepresentative } from '../../domain/accounts/sign-in-representative.use-case.js';
import { signInStaff } from '../../domain/accounts/sign-in-staff.use-case.js';
import { signOut } from '../../domain/accounts/sign-out.use-case.js';
import {
  REPRESENTATIVE_SESSION_TTL_MS,
  STAFF_SESSION_TTL_MS,
} from '../../domain/sessions/sessions.repository.js';
import type { ApiRouter } from '../api-router.js';
import type { HttpDeps } from '../http-deps.js';
import { sessionToken } from '../middlewares/authenticate.js';
import { rateLimitsFor } from '../middlewares/rate-limit.js';
import { problemSchema } from '../openapi/problem.schema.js';
import { accountView, staffView } from './auth-views.js';
import {
  signInBodySchema,
  signInResultSchema,
  staffSignInBodySchema,
  staffSignInResultSchema,
} from './auth.schema.js';
import { clearSessionCookie, sessionClient, setSessionCookie } from './session-cookie.js';

const problem = (description: string) => ({
  description,
  schema: problemSchema,
  contentType: 'application/problem+json',
});

const TOO_MANY_FAILURES =
  'Слишком много неудачных попыток с этого адреса или в эту учётную запись; заголовок Retry-After — через сколько секунд повторить';

export function registerSignInRoutes(api: ApiRouter, deps: HttpDeps): void {
  const limits = rateLimitsFor(deps);
  api.add(
    {
      method: 'post',
      path: '/auth/sign-in',
      summary: 'Вход представителя по ИНН члена СРО и паролю',
      tags: ['Вход'],
      auth: 'none',
      body: signInBodySchema,
      before: [limits.signInByAddress, limits.signIn.middleware],
      responses: {
        200: { description: 'Сеанс открыт; токен также в cookie sid', schema: signInResultSchema },
        401: problem('Неверный ИНН, e-mail или пароль'),
        403: problem('Пароль верный, но доступ закрыт: исключение, приостановка, истёкшие полномочия'),
        422: problem('У организации несколько представителей: нужен e-mail (needEmail: true)'),
        429: problem(TOO_MANY_FAILURES),
      },
    },
    async ({ body, req, res }) => {
      const { session, account } = await signInRepresentative(body, deps.hasher, sessionClient(req));
      await limits.signIn.signedIn(req);
      setSessionCookie(res, session.token, REPRESENTATIVE_SESSION_TTL_MS, deps.publicUrl);
      res.json({ token: session.token, expiresAt: session.expiresAt.toISOString(), ...accountView(account) });
    },
  );
  api.add(
    {
      method: 'post',
      path: '/auth/staff/sign-in',
      summary: 'Вход сотрудника СРО по e-mail и паролю',
      tags: ['Вход'],
      auth: 'none',
      body: staffSignInBodySchema,
      before: [limits.staffSignInByAddress, limits.staffSignIn.middleware],
      responses: {
        200: { description: 'Сеанс открыт; токен также в cookie sid', schema: staffSignInResultSchema },
        401: problem('Неверный e-mail или пароль'),
        403: problem('Учётная запись сотрудника отключена'),
        429: problem(TOO_MANY_FAILURES),
      },
    },
    async ({ body, req, res }) => {
      const { session, account } = await signInStaff(body, deps.hasher, sessionClient(req));
      await limits.staffSignIn.signedIn(req);
      setSessionCookie(res, session.token, STAFF_SESSION_TTL_MS, deps.publicUrl);
      res.json({
        token: session.token,
        expiresAt: session.expiresAt.toISOString(),
        staff: staffView(account),
      });
    },
  );
  api.add(
    {
      method: 'post',
      path: '/auth/sign-out',
      summary: 'Выход: завершает сеанс, с которым пришёл запрос',
      tags: ['Вход'],
      auth: 'none',
      responses: { 204: { description: 'Сеанс завершён, cookie удалена' } },
    },
    async ({ req, res }) => {
      await signOut(sessionToken(req.headers.authorization, req.headers.cookie));
      clearSessionCookie(res, deps.publicUrl);
      res.status(204).end();
    },
  );
}
