import { Api } from 'grammy';
import { DomainError } from '../../domain/shared/domain-error.js';
import type { HttpDeps } from '../http-deps.js';
import { botNotConfigured } from '../middlewares/bot-key.js';

const asked = new WeakMap<HttpDeps, Promise<string>>();

async function askTelegram(token: string, apiRoot: string | undefined): Promise<string> {
  try {
    const me = await new Api(token, { ...(apiRoot ? { apiRoot } : {}), timeoutSeconds: 5 }).getMe();
    return me.username;
  } catch {
    throw new DomainError('unavailable', 'Не удалось связаться с Telegram. Попробуйте ещё раз позже.');
  }
}

/** The bot's @username for deep links: configured, or asked from Telegram once per app (again after a failure). */
export function botUsername(deps: HttpDeps): Promise<string> {
  if (deps.botUsername) return Promise.resolve(deps.botUsername);
  if (!deps.botToken) return Promise.reject(botNotConfigured());
  let username = asked.get(deps);
  if (!username) {
    username = askTelegram(deps.botToken, deps.botApiRoot);
    asked.set(deps, username);
    username.catch(() => asked.delete(deps));
  }
  return username;
}
