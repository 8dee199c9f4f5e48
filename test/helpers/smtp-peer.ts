import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from '@jest/globals';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpPeer {
  /** smtp://127.0.0.1:<port>, for the e-mail channel. */
  url: string;
  /** Every message accepted so far, parsed. */
  messages: ParsedMail[];
  /** Refuses the next `count` messages with a temporary error (451), as a busy server does. */
  refuseNext(count: number): void;
  stop(): Promise<void>;
}

export interface SmtpPeerOptions {
  /**
   * The answer to a recipient on its `attempt`-th RCPT TO (from 1): a temporary (4xx) or permanent (5xx) refusal, or
   * null to accept it.
   */
  refuseRecipient?: (address: string, attempt: number) => number | null;
}

/** A real SMTP server on a free loopback port that keeps what it receives. */
export async function startSmtpPeer(options: SmtpPeerOptions = {}): Promise<SmtpPeer> {
  const messages: ParsedMail[] = [];
  let refusals = 0;
  const attempts = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    logger: false,
    onRcptTo({ address }, _session, callback) {
      const attempt = (attempts.get(address) ?? 0) + 1;
      attempts.set(address, attempt);
      const code = options.refuseRecipient?.(address, attempt) ?? null;
      if (code === null) return callback();
      const text = code >= 500 ? 'Такого почтового ящика нет' : 'Ящик временно недоступен';
      callback(Object.assign(new Error(text), { responseCode: code }));
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        if (refusals > 0) {
          refusals -= 1;
          return callback(Object.assign(new Error('Сервер временно занят'), { responseCode: 451 }));
        }
        messages.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refuseNext: (count) => {
      refusals = count;
    },
    stop: () => new Promise<void>((resolve) => server.close(resolve)),
  };
}

/** An SMTP peer for the test file, started in beforeAll; use it inside tests only. */
export function useSmtpPeer(): { peer: SmtpPeer } {
  const holder = {} as { peer: SmtpPeer };
  beforeAll(async () => {
    holder.peer = await startSmtpPeer();
  });
  afterAll(async () => {
    await holder.peer?.stop();
  });
  return holder;
}
