import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { useTestApi } from '../../helpers/api-app.js';

describe('the site’s own address in a browser', () => {
  const api = useTestApi();

  it('when / is opened, then a Russian page leads to the staff app, the API description and how accounts start', async () => {
    const page = await request(api.app).get('/').set('Accept', 'text/html');

    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<html lang="ru">');
    expect(page.text).toContain('href="admin/"');
    expect(page.text).toContain('href="api/openapi.json"');
    expect(page.text).toContain('Ссылка для активации личного кабинета приходит на e-mail');
  });

  it('when / is opened, then every address it links to answers', async () => {
    const page = await request(api.app).get('/');
    const links = [...page.text.matchAll(/(?:href)="([^"#]+)"/g)].map((match) => `/${match[1]}`);

    const statuses = await Promise.all(
      links
        .filter((link) => !link.startsWith('/admin'))
        .map(async (link) => [link, (await request(api.app).get(link)).status]),
    );

    expect(links).toContain('/account/assets/account.css');
    expect(statuses).toEqual(statuses.map(([link]) => [link, 200]));
  });
});
