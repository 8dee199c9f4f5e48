import { beforeAll, describe, expect, it } from '@jest/globals';
import { Validator } from '@seriousme/openapi-schema-validator';
import request from 'supertest';
import { createRandom } from '../../api/db/demo/random.js';
import { seedMembers } from '../../api/db/demo/seed-members.js';
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

interface PatternSite {
  where: string;
  name: string;
  pattern: string;
}

/** Every `pattern` in the document, with the parameter or property it constrains. */
function patternSites(node: unknown, where: string, name: string, sites: PatternSite[] = []): PatternSite[] {
  if (Array.isArray(node)) {
    node.forEach((item, index) => patternSites(item, `${where}/${index}`, name, sites));
  } else if (node && typeof node === 'object') {
    const object = node as Record<string, unknown>;
    if (typeof object.pattern === 'string') sites.push({ where, name, pattern: object.pattern });
    const ownName = typeof object.name === 'string' && 'in' in object ? object.name : name;
    for (const [key, value] of Object.entries(object)) {
      const childName = where.endsWith('/properties') ? key : ownName;
      patternSites(value, `${where}/${key}`, key === 'properties' ? ownName : childName, sites);
    }
  }
  return sites;
}

/** Identifiers that are not database ids: a session's public id (43 characters) and a Telegram user's number. */
const OTHER_IDS = ['/paths//api/v1/auth/sessions/{id}/', '/paths//api/v1/telegram/links/{telegramUserId}/'];
const describesDatabaseId = (site: PatternSite) =>
  (site.name === 'id' || /Ids?$/.test(site.name)) && !OTHER_IDS.some((path) => site.where.startsWith(path));

describe('GET /api/openapi.json: patterns', () => {
  const api = useTestApi();
  let demoIds: string[];

  beforeAll(async () => {
    const members = await seedMembers(new Date('2026-03-16T09:00:00Z'), createRandom(1).fork('members'));
    demoIds = members.slice(0, 5).map((member) => member._id.toHexString());
  });

  it('when every pattern is read, then it compiles as an ECMAScript regex, and each id pattern matches real ids of the demo data', async () => {
    const document = (await request(api.app).get('/api/openapi.json')).body as unknown;
    const sites = patternSites(document, '', '');
    const idSites = sites.filter(describesDatabaseId);
    expect(idSites.length).toBeGreaterThan(50);

    const uncompiled = sites.filter((site) => {
      try {
        new RegExp(site.pattern, 'u');
        return false;
      } catch {
        return true;
      }
    });
    expect(uncompiled).toEqual([]);
    const rejectingIds = idSites.filter((site) =>
      demoIds.some((id) => !new RegExp(site.pattern, 'u').test(id)),
    );
    expect(rejectingIds).toEqual([]);
    const acceptingNonIds = idSites.filter((site) => new RegExp(site.pattern, 'u').test('not-an-id'));
    expect(acceptingNonIds).toEqual([]);
  });
});
