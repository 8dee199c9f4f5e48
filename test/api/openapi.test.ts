import { describe, expect, it } from '@jest/globals';
import { Validator } from '@seriousme/openapi-schema-validator';
import request from 'supertest';
import { useTestApi } from '../helpers/api-app.js';

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
  match(path: string): boolean;
}

/** Every method + path the express app actually serves under /api/v1, read from its router stack. */
function servedApiRoutes(app: { router: { stack: Layer[] } }): string[] {
  const routes: string[] = [];
  const mountedAtApi = (layer: Layer) => layer.match('/api/v1/x') && !layer.match('/x');
  for (const layer of app.router.stack.filter(mountedAtApi)) {
    for (const inner of layer.handle?.stack ?? []) {
      if (!inner.route) continue;
      for (const method of Object.keys(inner.route.methods)) {
        routes.push(`${method} /api/v1${inner.route.path.replace(/:(\w+)/g, '{$1}')}`);
      }
    }
  }
  return routes.sort();
}

/** Served outside /api/v1 and described all the same: the calendar feed that calendar apps fetch. */
const DESCRIBED_OUTSIDE_API = ['get /calendar/{token}.ics'];

describe('GET /api/openapi.json', () => {
  const api = useTestApi();

  it('when fetched, then it is a valid OpenAPI 3.1 document', async () => {
    const response = await request(api.app).get('/api/openapi.json');
    expect(response.status).toBe(200);
    const result = await new Validator().validate(response.body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('when compared with the routes the app serves, then each one is described and nothing else', async () => {
    const document = (await request(api.app).get('/api/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const described = Object.entries(document.paths)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`))
      .sort();
    expect(described).toEqual([...servedApiRoutes(api.app as never), ...DESCRIBED_OUTSIDE_API].sort());
    const feed = await request(api.app).get(`/calendar/${'a'.repeat(43)}.ics`);
    expect(feed.status).toBe(404);
    expect(feed.body.detail).toMatch(/^Календарь не найден/);
  });
});
