import { randomUUID } from 'node:crypto';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../../logger.js';

const REQUEST_ID = /^[\w-]{8,64}$/;

/** A child logger per request carrying its id (taken from X-Request-Id when sane); URLs only, no bodies. */
export function requestLogger(log: Logger) {
  return pinoHttp({
    logger: log,
    genReqId: (req, res) => {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url
          .replace(/([?&](token|code)=)[^&]+/g, '$1[скрыто]')
          .replace(/^(\/calendar\/)[^/?]+(\.ics)/, '$1[скрыто]$2'),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    autoLogging: { ignore: (req) => req.url === '/healthz' },
  });
}
