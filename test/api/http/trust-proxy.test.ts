import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import type { Express } from 'express';
import request from 'supertest';
import { createApp, type HttpDeps } from '../../../api/http/app.js';
import { useTestApi } from '../../helpers/api-app.js';

/** The per-address limit of password-reset requests (10 an hour); its counters kept in the app's own memory. */
const ADDRESS_LIMIT = 10;

const resetRequest = (app: Express, forwardedFor: string) =>
  request(app)
    .post('/api/v1/auth/password-reset')
    .set('X-Forwarded-For', forwardedFor)
    .send({ inn: '7707083893', email: `${randomUUID().slice(0, 8)}@example.ru` });

describe('the client’s address behind a reverse proxy (TRUST_PROXY)', () => {
  const api = useTestApi();
  const appTrusting = (trustProxy: HttpDeps['trustProxy']) =>
    createApp({ ...api.deps, redis: null, trustProxy });

  it.each([
    ['one hop', 1],
    ['the proxy’s range', ['127.0.0.0/8']],
  ] as const)(
    'when the proxy is trusted by %s, then the per-address limit counts each client named in X-Forwarded-For',
    async (_name, trustProxy) => {
      const app = appTrusting(typeof trustProxy === 'number' ? trustProxy : [...trustProxy]);
      for (let i = 0; i < ADDRESS_LIMIT; i += 1) {
        expect((await resetRequest(app, '203.0.113.7')).status).toBe(202);
      }

      expect((await resetRequest(app, '203.0.113.7')).status).toBe(429);
      expect((await resetRequest(app, '203.0.113.8')).status).toBe(202);
    },
  );

  it.each([
    ['off', false],
    ['a list without the proxy', ['10.0.0.0/8']],
  ] as const)(
    'when TRUST_PROXY is %s, then X-Forwarded-For is ignored and the limit counts the connection’s address',
    async (_name, trustProxy) => {
      const app = appTrusting(trustProxy === false ? false : [...trustProxy]);
      for (let i = 0; i < ADDRESS_LIMIT; i += 1) {
        expect((await resetRequest(app, `203.0.113.${i + 1}`)).status).toBe(202);
      }

      const spoofed = await resetRequest(app, '198.51.100.1');
      expect(spoofed.status).toBe(429);
      expect(spoofed.body.detail).toContain('с вашего адреса');
    },
  );
});
