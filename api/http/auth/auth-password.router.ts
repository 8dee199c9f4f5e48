import { activateAccount } from '../../domain/accounts/activate-account.use-case.js';
import { changePassword } from '../../domain/accounts/change-password.use-case.js';
import { HOW_TO_SIGN_IN } from '../../domain/accounts/how-to-sign-in.js';
import { requestPasswordReset } from '../../domain/accounts/request-password-reset.use-case.js';
import { resetPassword } from '../../domain/accounts/reset-password.use-case.js';
import type { ApiRouter } from '../api-router.js';
import type { HttpDeps } from '../http-deps.js';
import { rateLimitsFor } from '../middlewares/rate-limit.js';
import { problemSchema } from '../openapi/problem.schema.js';
import {
  activationBodySchema,
  authMessageSchema,
  passwordChangeSchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
} from './auth.schema.js';

export const RESET_REQUESTED =
  'Если ИНН и e-mail указаны верно, на этот адрес придёт письмо со ссылкой для смены пароля. Ссылка действует 1 час.';

const refused = {
  description: 'Ссылка не действует или пароль не подходит (reason, field)',
  schema: problemSchema,
  contentType: 'application/problem+json',
};

export function registerPasswordRoutes(api: ApiRouter, deps: HttpDeps): void {
  const limits = rateLimitsFor(deps);
  api.add(
    {
      method: 'post',
      path: '/auth/activation',
      summary: 'Активация по ссылке из письма: согласие с Регламентом и пароль',
      tags: ['Вход'],
      auth: 'none',
      body: activationBodySchema,
      before: [limits.linkByAddress, limits.linkByToken],
      responses: { 200: { description: 'Кабинет активирован', schema: authMessageSchema }, 422: refused },
    },
    async ({ body, res }) => {
      const activated = await activateAccount(body, deps.hasher);
      await limits.clearSignInFailures(activated.inn, activated.email);
      res.json({ message: `Личный кабинет активирован. ${HOW_TO_SIGN_IN}` });
    },
  );
  api.add(
    {
      method: 'post',
      path: '/auth/password-reset',
      summary: 'Забыли пароль: письмо со ссылкой на e-mail представителя',
      tags: ['Вход'],
      auth: 'none',
      body: passwordResetRequestSchema,
      before: [limits.resetRequestByAddress, limits.resetRequestByAccount],
      responses: { 202: { description: 'Ответ всегда одинаков', schema: authMessageSchema } },
    },
    async ({ body, res }) => {
      await requestPasswordReset(body);
      res.status(202).json({ message: RESET_REQUESTED });
    },
  );
  api.add(
    {
      method: 'post',
      path: '/auth/password-reset/confirm',
      summary: 'Новый пароль по ссылке из письма; все сеансы и привязки Telegram завершаются',
      tags: ['Вход'],
      auth: 'none',
      body: passwordResetConfirmSchema,
      before: [limits.linkByAddress, limits.linkByToken],
      responses: { 200: { description: 'Пароль изменён', schema: authMessageSchema }, 422: refused },
    },
    async ({ body, res }) => {
      const account = await resetPassword(body, deps.hasher);
      await limits.clearSignInFailures(account.inn, account.email);
      res.json({ message: 'Пароль изменён. Войдите с новым паролем.' });
    },
  );
  api.add(
    {
      method: 'post',
      path: '/auth/password',
      summary: 'Сменить пароль; другие сеансы и привязки Telegram завершаются',
      tags: ['Вход'],
      auth: 'representative',
      body: passwordChangeSchema,
      before: [limits.passwordChangeByAccount],
      responses: { 200: { description: 'Пароль изменён', schema: authMessageSchema }, 422: refused },
    },
    async ({ body, auth, res }) => {
      await changePassword(
        { ...body, representativeId: auth.representativeId, sessionId: auth.sessionId },
        deps.hasher,
      );
      res.json({ message: 'Пароль изменён. Остальные сеансы завершены, привязки Telegram отменены.' });
    },
  );
}
