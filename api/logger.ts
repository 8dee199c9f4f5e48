import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * The one logger of a process, JSON lines on standard output (or `destination`); children carry request, update and
 * job ids. Personal data never goes in.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
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
  };
  return destination ? pino(options, destination) : pino(options);
}
