import { pino, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

type Line = Record<string, unknown> & {
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
};

/**
 * A request's line as `GET /api/v1/… → 200 (12 ms)`; any other line as its message, after the role that wrote it and
 * with the request it served.
 */
function readableMessage(line: Line, messageKey: string): string {
  const text = String(line[messageKey] ?? '');
  const role = typeof line.role === 'string' ? line.role : null;
  const message = role && !text.startsWith(`${role}:`) ? `${role}: ${text}` : text;
  if (!line.req) return message;
  const request = `${line.req.method ?? ''} ${line.req.url ?? ''}`;
  if (line.res?.statusCode !== undefined && message === 'request completed') {
    return `${request} → ${line.res.statusCode} (${Math.round(line.responseTime ?? 0)} ms)`;
  }
  return `${message} (${request})`;
}

/** Lines for a person at a terminal: time, level and message, the rest of a line's fields below it. */
export function readableDestination(
  options: { colorize?: boolean; output?: NodeJS.WritableStream } = {},
): DestinationStream {
  return pretty({
    colorize: options.colorize ?? true,
    ...(options.output ? { destination: options.output } : {}),
    sync: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,req,res,responseTime,role',
    messageFormat: (line, messageKey) => readableMessage(line as Line, messageKey),
  });
}

/**
 * The one logger of a process: readable lines on a terminal, JSON lines on standard output otherwise (a log
 * collector's input), or into `destination`; children carry request, update and job ids. Personal data never goes in.
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
  const target = destination ?? (process.stdout.isTTY ? readableDestination() : undefined);
  return target ? pino(options, target) : pino(options);
}
