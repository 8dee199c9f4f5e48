import type { RequestHandler } from 'express';
import { z } from 'zod';
import { describeAccountLink } from '../../domain/accounts/describe-account-link.use-case.js';
import { resetPassword } from '../../domain/accounts/reset-password.use-case.js';
import { DomainError } from '../../domain/shared/domain-error.js';
import type { HttpDeps } from '../http-deps.js';
import type { RateLimits } from '../middlewares/rate-limit.js';
import { linkToken } from './link-token.js';
import { sendPage } from './page-layout.js';
import { PASSWORDS_DIFFER } from './password-fields.js';
import { RESET_TITLE, resetDone, resetForm } from './reset-page.js';

const resetFormSchema = z.object({
  token: z.string().default(''),
  password: z.string().max(1024).default(''),
  passwordRepeat: z.string().max(1024).default(''),
});

export const showReset: RequestHandler = async (req, res) => {
  const token = linkToken(req.query.token, 'password_reset');
  const description = await describeAccountLink(token, 'password_reset');
  sendPage(res, 200, RESET_TITLE, resetForm(token, description));
};

/** Sets the new password, or shows the form again with what is wrong. */
export function submitReset(deps: HttpDeps, limits: RateLimits): RequestHandler {
  return async (req, res) => {
    const form = resetFormSchema.parse(req.body);
    const token = linkToken(form.token, 'password_reset');
    const showAgain = async (error: string) => {
      const description = await describeAccountLink(token, 'password_reset');
      sendPage(res, 422, RESET_TITLE, resetForm(token, description, error));
    };
    if (form.password !== form.passwordRepeat) return showAgain(PASSWORDS_DIFFER);
    let account: { inn: string; email: string };
    try {
      account = await resetPassword({ token, password: form.password }, deps.hasher);
    } catch (error) {
      if (!(error instanceof DomainError) || !error.details.field) throw error;
      return showAgain(error.message);
    }
    await limits.clearSignInFailures(account.inn, account.email);
    sendPage(res, 200, 'Пароль изменён', resetDone);
  };
}
