import express, { Router, type RequestHandler } from 'express';
import { webhookCallback, type Bot } from 'grammy';
import type { BotContext } from '../context.js';
import { ALLOWED_UPDATES, prepareBot } from './setup.js';

export const WEBHOOK_PATH = '/telegram/webhook';
/** Telegram redelivers an update it has no answer to; past this the update is acknowledged and handled on. */
const ACKNOWLEDGE_WITHIN_MS = 800;

export interface WebhookSettings {
  /** External base URL of the HTTP server, as Telegram reaches it. */
  publicUrl: string;
  /** Telegram sends it in X-Telegram-Bot-Api-Secret-Token; any other request answers 401. */
  secretToken: string;
}

/**
 * The webhook route of the API's HTTP server. Until a bot is attached it answers 503, so Telegram delivers the update
 * again later; once attached, every update is acknowledged within a second even when the API is slow, and its
 * handling continues after the acknowledgement.
 */
export class WebhookEndpoint {
  readonly router = Router();
  private handler: RequestHandler | null = null;

  constructor() {
    this.router.post(WEBHOOK_PATH, express.json({ limit: '1mb' }), (req, res, next) => {
      if (this.handler) return this.handler(req, res, next);
      res.status(503).end();
    });
  }

  /** Starts taking updates for `bot` and tells Telegram where to send them. */
  async attach(bot: Bot<BotContext>, settings: WebhookSettings): Promise<void> {
    await prepareBot(bot);
    this.handler = webhookCallback(bot, 'express', {
      secretToken: settings.secretToken,
      onTimeout: 'return',
      timeoutMilliseconds: ACKNOWLEDGE_WITHIN_MS,
    });
    await bot.api.setWebhook(`${settings.publicUrl}${WEBHOOK_PATH}`, {
      secret_token: settings.secretToken,
      allowed_updates: ALLOWED_UPDATES,
    });
  }
}
