import type { RequestHandler } from 'express';
import { z } from 'zod';
import { activateAccount } from '../../domain/accounts/activate-account.use-case.js';
import { describeActivation } from '../../domain/accounts/describe-activation.use-case.js';
import { DomainError } from '../../domain/shared/domain-error.js';
import { html } from '../../domain/shared/html.js';
import type { HttpDeps } from '../http-deps.js';
import type { RateLimits } from '../middlewares/rate-limit.js';
import { telegramLinkOffer } from '../telegram/telegram-link-offer.js';
import { ACTIVATION_TITLE, activationDone, activationForm } from './activation-page.js';
import { linkToken } from './link-token.js';
import { sendPage } from './page-layout.js';
import { PASSWORDS_DIFFER } from './password-fields.js';

const activationFormSchema = z.object({
  token: z.string().default(''),
  password: z.string().max(1024).default(''),
  passwordRepeat: z.string().max(1024).default(''),
  acceptRegulation: z.string().optional(),
  regulationVersionId: z.string().max(64).optional(),
});

export const showActivation: RequestHandler = async (req, res) => {
  const token = linkToken(req.query.token, 'activation');
  const description = await describeActivation(token);
  sendPage(res, 200, ACTIVATION_TITLE, activationForm({ token, description, accepted: false }));
};

/** Activates, or shows the form again with what is wrong; only the password has to be typed again. */
export function submitActivation(deps: HttpDeps, limits: RateLimits): RequestHandler {
  return async (req, res) => {
    const form = activationFormSchema.parse(req.body);
    const token = linkToken(form.token, 'activation');
    const accepted = form.acceptRegulation === 'on';
    const showAgain = async (error: string, keepAccepted: boolean) => {
      const description = await describeActivation(token);
      sendPage(
        res,
        422,
        ACTIVATION_TITLE,
        activationForm({ token, description, accepted: keepAccepted, error }),
      );
    };
    if (form.password !== form.passwordRepeat) return showAgain(PASSWORDS_DIFFER, accepted);
    let activated: Awaited<ReturnType<typeof activateAccount>>;
    try {
      activated = await activateAccount(
        {
          token,
          password: form.password,
          acceptRegulation: accepted,
          ...(form.regulationVersionId ? { regulationVersionId: form.regulationVersionId } : {}),
        },
        deps.hasher,
      );
    } catch (error) {
      if (!(error instanceof DomainError) || !error.details.field) throw error;
      return showAgain(error.message, accepted && error.details.field !== 'acceptRegulation');
    }
    await limits.clearSignInFailures(activated.inn, activated.email);
    const telegram = await telegramLinkOffer(deps, String(activated.representativeId));
    sendPage(res, 200, 'Личный кабинет активирован', html`${activationDone}${telegram}`);
  };
}
