import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createApp } from '../../../api/http/app.js';
import { useTestApi } from '../../helpers/api-app.js';

describe('transport security headers follow the public address', () => {
  const api = useTestApi();

  it('when PUBLIC_URL is plain http, then the account pages send neither HSTS nor upgrade-insecure-requests', async () => {
    const page = await request(api.app).get('/account/activate?token=unknown-token-000000000000');

    expect(page.headers['strict-transport-security']).toBeUndefined();
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });

  it('when PUBLIC_URL is https, then the account pages send HSTS and upgrade-insecure-requests', async () => {
    const app = createApp({ ...api.deps, publicUrl: 'https://lk.sro.example' });

    const page = await request(app).get('/account/activate?token=unknown-token-000000000000');

    expect(page.headers['strict-transport-security']).toMatch(/^max-age=\d+; includeSubDomains$/);
    expect(page.headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });
});
