import { beforeAll } from '@jest/globals';
import type { Types } from 'mongoose';
import request from 'supertest';
import { useTestApi, type TestApi } from '../../helpers/api-app.js';
import { createStaff, staffToken } from '../../helpers/factories.js';

export interface RegistryKit extends TestApi {
  admin: { _id: Types.ObjectId; token: string };
  expert: { _id: Types.ObjectId; token: string };
  /** A request as the admin, the expert, or with another bearer token. */
  as(who: 'admin' | 'expert' | string): ReturnType<typeof bearerAgent>;
}

function bearerAgent(app: TestApi['app'], token: string) {
  const withToken = (test: request.Test) => test.set('Authorization', `Bearer ${token}`);
  return {
    get: (url: string) => withToken(request(app).get(url)),
    post: (url: string) => withToken(request(app).post(url)),
    put: (url: string) => withToken(request(app).put(url)),
    patch: (url: string) => withToken(request(app).patch(url)),
    delete: (url: string) => withToken(request(app).delete(url)),
  };
}

/** The real app on a fresh database with one administrator and one expert signed in. */
export function useRegistryKit(): RegistryKit {
  const api = useTestApi();
  const kit = {} as RegistryKit;
  beforeAll(async () => {
    const admin = await createStaff(api.deps.hasher, 'admin');
    const expert = await createStaff(api.deps.hasher, 'expert');
    Object.assign(kit, {
      app: api.app,
      deps: api.deps,
      admin: { _id: admin._id, token: await staffToken(admin) },
      expert: { _id: expert._id, token: await staffToken(expert) },
      as: (who: string) =>
        bearerAgent(api.app, who === 'admin' ? kit.admin.token : who === 'expert' ? kit.expert.token : who),
    });
  });
  return kit;
}

/** Valid tax ids (check digits included) of an organization and of an individual entrepreneur. */
export const LEGAL_IDS = { inn: '7707083893', ogrn: '1027700132195' };
export const INDIVIDUAL_IDS = { inn: '500100732259', ogrn: '304500116000157' };

export const newMemberBody = (overrides: Record<string, unknown> = {}) => ({
  kind: 'legal',
  fullName: 'Общество с ограниченной ответственностью «СтройМонтаж»',
  shortName: 'ООО «СтройМонтаж»',
  ...LEGAL_IDS,
  kpp: '770701001',
  registryNumber: 'СРО-001',
  admissionDate: '2019-04-15',
  head: { fullName: 'Кузнецов Андрей Викторович', position: 'Генеральный директор' },
  addresses: { legal: 'г. Москва, ул. Строителей, д. 1' },
  contacts: { phone: '+7 495 000-00-00', email: 'Info@StroyMontazh.ru' },
  ...overrides,
});
