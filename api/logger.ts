import { pino, type Logger } from 'pino';

export type { Logger };

/** The one logger of a process; children carry request, update and job ids. Personal data never goes in. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'req.headers.authorization',
        'req.headers.cookie',
      ],
      censor: '[скрыто]',
    },
  });
}
