import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from '../../api/logger.js';
import { FinalDeliveryFailure } from '../outbox/final-failure.js';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface EmailChannel {
  send(message: EmailMessage): Promise<void>;
  close(): void;
}

export interface EmailSettings {
  /** smtp:// or smtps:// URL; without it every message is written as an .eml file under `<dataDir>/outbox/`. */
  smtpUrl?: string;
  from: string;
  dataDir: string;
  log: Logger;
}

/** Short enough that a stuck server fails the attempt well within the outbox lease, so it is retried, not doubled. */
const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

/** A 5xx answer of the SMTP server refuses the message for good (unknown mailbox, policy); a 4xx is for now. */
const finalIfRefused = (error: unknown): never => {
  const code = (error as { responseCode?: unknown }).responseCode;
  if (typeof code === 'number' && code >= 500 && code < 600) {
    throw new FinalDeliveryFailure((error as Error).message, { cause: error });
  }
  throw error;
};

/** E-mail delivery by SMTP, or into files for development. Logs where a message went, never to whom or what. */
export function createEmailChannel({ smtpUrl, from, dataDir, log }: EmailSettings): EmailChannel {
  if (smtpUrl) {
    const transport = nodemailer.createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS });
    return {
      send: async (message) => {
        const info = await transport.sendMail({ from, ...message }).catch(finalIfRefused);
        log.info({ messageId: info.messageId }, 'e-mail handed to the SMTP server');
      },
      close: () => transport.close(),
    };
  }
  const outbox = path.join(dataDir, 'outbox');
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    send: async (message) => {
      const info = await transport.sendMail({ from, ...message });
      await mkdir(outbox, { recursive: true });
      const file = path.join(outbox, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`);
      await writeFile(file, info.message as Buffer);
      log.info({ file }, 'e-mail written to a file (SMTP_URL is not set)');
    },
    close: () => transport.close(),
  };
}
