import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { useTestApi } from '../../helpers/api-app.js';

function builtApp(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'admin-dist-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(
    path.join(dir, 'index.html'),
    '<html><head><meta property="csp-nonce" nonce="CSP_NONCE"><script type="module" src="/admin/assets/index-abc123.js" nonce="CSP_NONCE"></script></head></html>',
  );
  writeFileSync(
    path.join(dir, 'assets', 'index-abc123.js'),
    'console.log("Входящие обращения");\n'.repeat(500),
  );
  writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

describe('the staff app under /admin', () => {
  const api = useTestApi({ adminAppDir: builtApp() });

  it('when the page is asked for, then it comes uncached with a fresh nonce in its page and in a strict CSP', async () => {
    const first = await request(api.app).get('/admin/');
    const second = await request(api.app).get('/admin/');
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('no-cache');
    const csp = first.headers['content-security-policy'] as string;
    const nonce = csp.match(/style-src 'self' 'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeDefined();
    expect(first.text).toContain(`nonce="${nonce}"`);
    expect(first.text).not.toContain('CSP_NONCE');
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(second.headers['content-security-policy']).not.toBe(csp);
  });

  it('when a hashed asset is asked for, then it may be cached for a year; a missing one is a 404', async () => {
    const asset = await request(api.app).get('/admin/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request(api.app).get('/admin/assets/missing.js')).status).toBe(404);
  });

  it('when a browser accepts gzip, then the scripts come compressed and read back whole', async () => {
    const asset = await request(api.app).get('/admin/assets/index-abc123.js').set('Accept-Encoding', 'gzip');
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(asset.text).toBe('console.log("Входящие обращения");\n'.repeat(500));
  });

  it('when the browser asks for the tab icon, then the SVG comes, cached for a day', async () => {
    const icon = await request(api.app).get('/admin/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(icon.headers['cache-control']).toBe('public, max-age=86400');
  });

  it('when /admin is asked for without the slash, then it redirects to /admin/', async () => {
    const response = await request(api.app).get('/admin');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/admin/');
  });
});

describe('the staff app before it is built', () => {
  const api = useTestApi({ adminAppDir: path.join(tmpdir(), 'no-such-admin-dist') });

  it('when /admin/ is asked for, then 503 says how to build it', async () => {
    const response = await request(api.app).get('/admin/');
    expect(response.status).toBe(503);
    expect(response.body.detail).toContain('npm run build');
  });
});
